/**
 * The Pakistan pack: provinces, cities below the world's capitals, the rupee
 * as `Rs`/`PKR`, and demonyms that news about Pakistan uses. The default corpus
 * (seeds/) turns it on.
 */
import type { Pack } from '../types.ts';

/** Pakistan's topic knowledge. */
export const PAKISTAN: Pack = {
  places: [
    {
      kind: 'subnational',
      entries: [
        ['Balochistan', 'Baluchistan'], ['Khyber Pakhtunkhwa', 'KP', 'KPK'], ['Punjab'], ['Sindh'], ['Gilgit-Baltistan', 'Gilgit Baltistan'],
        ['Azad Kashmir', 'Azad Jammu and Kashmir', 'AJK'],
      ],
    },
    {
      kind: 'city',
      entries: [
        ['Quetta'], ['Peshawar'], ['Rawalpindi'], ['Faisalabad'], ['Multan'], ['Gwadar'], ['Sialkot'], ['Gilgit'], ['Skardu'], ['Muzaffarabad'],
        ['Sukkur'], ['Abbottabad'], ['Chagai'],
      ],
    },
  ],
  demonyms: [['Baloch', 'Balochistan'], ['Punjabi', 'Punjab'], ['Sindhi', 'Sindh']],
  currencySymbols: [{ pattern: String.raw`Rs\.?\s?|PKR\s?`, code: 'PKR' }],
  currencyWords: [{ pattern: 'rupees?', code: 'PKR' }],
};
