/** Stage 1, decode: bytes → normalised Unicode text (BOM, UTF-8, UTF-16, Windows-1252), or a rejection. */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { fileTypeFromBuffer } from 'file-type';
import { Rejection } from './types.ts';
import type { Change } from '../../src/schemas/source.ts';

import { MAX_INPUT_BYTES } from './read.ts';

export { MAX_INPUT_BYTES };

/** What decoding produced: the text, the encoding it was read as, and any repair it logged. */
export type Decoded = { text: string; encoding: string; changes: Change[] };

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Decode and normalise one input file's bytes. Throws Rejection for empty or binary input. */
export async function decode(bytes: Uint8Array): Promise<Decoded> {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new Rejection(`file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB per article`);
  }
  const changes: Change[] = [];
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  let text: string;
  let encoding: string;
  if (bom) {
    encoding = bom.encoding;
    text = iconv.decode(Buffer.from(bytes.subarray(bom.bytes.length)), encoding);
  } else {
    const type = await fileTypeFromBuffer(bytes);
    // A signature that plain text can carry (an MPEG transport stream is a `G` every 188 bytes: "GWADAR: …") is believed
    // only when the bytes do not read as text.
    const weak = type !== undefined && TEXT_COLLIDING_TYPES.has(type.mime) && !hasControlBytes(bytes);
    if (type && !['xml', 'txt'].includes(type.ext) && !weak) {
      throw new Rejection(`binary file (${type.mime}), not an article`);
    }
    const utf16 = looksUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = iconv.decode(Buffer.from(bytes), utf16);
      changes.push({ rule: 'encoding', before: `${utf16.toUpperCase()} without a byte order mark`, after: 'read as Unicode text' });
    } else {
      if (looksBinary(bytes)) throw new Rejection('binary file (mostly non-text bytes), not an article');
      ({ text, encoding } = decodeUnmarked(bytes, changes));
    }
  }
  const withoutControls = text.replace(/\r\n?/g, '\n').replace(CONTROL, (c) => (c === '\u000c' ? '\n' : ''));
  if (withoutControls.length !== text.replace(/\r\n?/g, '\n').length) {
    changes.push({ rule: 'control-characters', before: 'NUL and other control characters', after: '' });
  }
  const normalised = withoutControls.normalize('NFC');
  if (normalised.trim() === '') throw new Rejection(bytes.length === 0 ? 'empty file' : 'file has no text (only white space)');
  return { text: normalised, encoding, changes };
}

/** Types whose signature is a few bytes that text can hold by chance. */
const TEXT_COLLIDING_TYPES: ReadonlySet<string> = new Set(['video/mp2t']);

/** A control byte (NUL included) other than tab, line feed, form feed and carriage return. */
const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f;

/** Any control byte in the first 8 KB. */
function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).some(isControl);
}

/** More than 10% control bytes (NUL included, and more than a stray few) in the first 8 KB means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (isControl(b)) control++;
  return control > 8 && control / sample.length > 0.1;
}

/** Code units that are text: letters, marks, numbers, punctuation, symbols, spaces, tab and line breaks. */
const TEXTLIKE = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/gu;
/** Word separators: prose has them often; random bytes rarely. */
const SEPARATORS = /[ \n]/g;

/**
 * UTF-16 without a byte order mark (alphabetic scripts): ASCII text has a NUL in every other byte,
 * Cyrillic or Arabic a 0x04 or 0x06. Read as UTF-16, real text is almost all letters and punctuation
 * from one or two blocks, with spaces between words; binary noise is not. (CJK text without a BOM is
 * not recognised: its high bytes vary as much as noise's.)
 */
function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 32 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, 65536);
  let odd = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20)) odd++;
  if (odd < sample.length * 0.05) return null; // plain single-byte or UTF-8 text
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    // Text in one alphabet keeps to one or two blocks of 256 code points (ASCII, Cyrillic, Arabic…): few distinct high bytes.
    const high = new Map<number, number>();
    for (let i = encoding === 'utf-16le' ? 1 : 0; i < sample.length; i += 2) high.set(sample[i]!, (high.get(sample[i]!) ?? 0) + 1);
    const top = [...high.values()].sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0);
    if (top < (sample.length / 2) * 0.9) continue;
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length - (sample.length % 2)));
    } catch {
      continue;
    }
    const n = text.length;
    if (n === 0) continue;
    const textlike = text.match(TEXTLIKE)?.length ?? 0;
    const separators = text.match(SEPARATORS)?.length ?? 0;
    if (textlike >= n * 0.97 && separators >= n * 0.03) return encoding;
  }
  return null;
}

/** The charset a web page declares in its first 1,024 bytes (<meta charset> or http-equiv), as browsers read it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const name = m?.[1]?.toLowerCase();
  return name && iconv.encodingExists(name) ? name : null;
}

/** No BOM: valid UTF-8 wins; mostly-UTF-8 with a few bad bytes is repaired; otherwise the detector's legacy encoding. */
function decodeUnmarked(bytes: Uint8Array, changes: Change[]): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: decide below
  }
  const { valid, invalid } = countUtf8(bytes);
  // Legacy encodings almost never form valid multi-byte UTF-8 by chance: any valid sequence means UTF-8 with damage.
  if (valid > 0 && (valid >= invalid || invalid <= 16)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    changes.push({ rule: 'invalid-utf8', before: `${invalid} byte sequence(s) that are not UTF-8`, after: 'removed' });
    return { text: text.replace(/\ufffd/g, ''), encoding: 'utf-8 (repaired)' };
  }
  // A page's own declaration beats a statistical guess (short Cyrillic or Arabic pages fool the detector).
  const detected = (declaredCharset(bytes) ?? chardet.detect(bytes) ?? 'windows-1252').toLowerCase();
  // Browsers read ISO-8859-1 as Windows-1252; so do we (curly quotes live in 0x80–0x9f).
  const encoding = /^(iso-8859-1|ascii|utf-8)$/.test(detected) || !iconv.encodingExists(detected) ? 'windows-1252' : detected;
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

/** Count well-formed multi-byte UTF-8 sequences and invalid bytes. */
function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const need = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let ok = need > 0 && i + need < bytes.length + 0;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else invalid++;
  }
  return { valid, invalid };
}
