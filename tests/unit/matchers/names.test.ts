import { describe, expect, it } from 'vitest';
import { names } from '../../../src/lib/knowledge/matchers/names.ts';
import { places } from '../../../src/lib/knowledge/matchers/places.ts';
import { findWith, found, mentionOf } from '../../helpers/matchers.ts';

describe('the names matcher', () => {
  it('finds people by a speech verb, an apposition, a relative clause, a title and “said” before the name', () => {
    expect(found(findWith([names], [
      'Ahmed Khan said the deal was good.',
      'Lena Vint, who advises port operators, disagreed.',
      '“Prices will settle,” said Bima Quarstad, a trader in the city.',
      'Finance Minister Paul Kabuswe met reporters.',
    ]))).toEqual(['person:Ahmed Khan', 'person:Lena Vint', 'person:Bima Quarstad', 'person:Paul Kabuswe']);
  });

  it('reads names written surname first, with a hyphenated given name or three syllables, even where the surname is an English word', () => {
    const r = findWith([names], [
      'Opposition leader Baek Min-jae said the decree was illegal.',
      'The vote was held late, and Han Seo-yeon, the party leader, conceded.',
      'Jang Suk Hyeon declared the decree void.',
      'Anti-war protesters and a Co-founder of the group marched.',
    ]);
    expect(r.mentions.filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Baek Min-jae', 'Han Seo-yeon', 'Jang Suk Hyeon']);
  });

  it('reads “X, the agency’s director-general,” as a person (the possessor is not the head), and leaves a hyphenated title off the name', () => {
    const r = findWith([names], [
      '"The case is the first," Mira Olofsdal, the agency\'s director-general, told reporters.',
      'Health Organisation Director-General Teodor Abrahale Kesselmo made the declaration.',
    ]);
    expect(r.mentions.map((m) => `${m.type}:${m.name}`)).toEqual(['person:Mira Olofsdal', 'person:Teodor Abrahale Kesselmo']);
  });

  it('takes no trophy, prize or contest for a person (“the Webb Ellis Cup”, “the Nobel Prize”)', () => {
    const r = findWith([names], ['Mara Quint lifted the Kelmar Ellis Cup, said Tomas Brell.', 'She won the Harlow Prize and played in the Kelmouth Series.']);
    expect(r.mentions.filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Mara Quint', 'Tomas Brell']);
  });

  it('places a name of several words after “of” only when a word of place comes before it (“the outskirts of”, not “far ahead of”)', () => {
    const r = findWith([names], ['Mara Quint finished far ahead of Anvo Baswedi and Gantor Pranol.', 'Floods reached the outskirts of Kelmar Tolosa.']);
    expect(r.mentions.filter((m) => m.type === 'place').map((m) => m.name)).toEqual(['Kelmar Tolosa']);
  });

  it('does not glue the verb or the title to the name', () => {
    const r = findWith([names], ['The deal, Ahmed Khan said, was good. Minister of Mines Paul Kabuswe agreed.']);
    expect(r.mentions.map((m) => m.name)).toEqual(['Ahmed Khan', 'Paul Kabuswe']);
  });

  it('does not glue an office title to the name (Administrator, Speaker, Detective), nor take a surname that is one for a title', () => {
    const r = findWith([names], ['Agency Administrator Michael Regan visited on Thursday.', 'Speaker Mike Johnson and Detective Ana Ruiz spoke.', 'Stephanie Pope, the division’s chief, agreed.', 'Special Counsel Jack Smith appealed.']);
    expect(r.mentions.map((m) => m.name)).toEqual(['Michael Regan', 'Mike Johnson', 'Ana Ruiz', 'Stephanie Pope', 'Jack Smith']);
  });

  it('takes a place noun after a name as a place, but not a verb that looks like one', () => {
    const r = findWith([names], ['Output at the Mutanda mine fell.', 'Lynas mines rare earths.']);
    expect(mentionOf(r, 'Mutanda')).toMatchObject({ type: 'place', aliases: ['Mutanda mine'] });
    expect(mentionOf(r, 'Lynas')?.type).not.toBe('place');
  });

  it('reads an organisation from a statement, and a hint of a place from the place after it', () => {
    const r = findWith([places, names], ['Norvale Holdco said in a statement that output rose.', 'Trucks load ore at Cavanto, Peru.']);
    expect(mentionOf(r, 'Norvale Holdco')?.type).toBe('organization');
    expect(mentionOf(r, 'Cavanto')).toMatchObject({ type: 'unknown', hints: { person: false, place: true } });
  });

  it('does not take an abbreviated weekday or a lone capitalised word without evidence as a person', () => {
    const wed = mentionOf(findWith([names], ['Talks resumed Wed. Officials said so.']), 'Wed');
    expect(wed?.type).not.toBe('person');
    expect(wed?.hints.person).toBe(false);
    expect(found(findWith([names], ['Monday was calm. Officials met in March.']))).toEqual([]);
  });

  it('lets a person’s name start a later sentence (its words are remembered for the source)', () => {
    const r = findWith([names], ['Julio Ponce Lerou, a businessman, said so.', 'Ponce declined to comment.']);
    expect(r.mentions.map((m) => m.text)).toEqual(['Julio Ponce Lerou', 'Ponce']);
  });
});

describe('camel-cased names in clean text', () => {
  it('stay one word (a brand written so), so the name is never cut at its inner capital', () => {
    const r = findWith([names], ['Analysts said StormShield said on Friday that the fix was out.']);
    expect(r.mentions.map((m) => m.text)).toContain('StormShield');
    expect(r.mentions.map((m) => m.text)).not.toContain('Shield');
  });
});

describe('a lone name used as a place by its context', () => {
  const hints = (paragraphs: string[], text: string) => mentionOf(findWith([names], paragraphs), text)?.hints;

  it('after a title and “of” is the jurisdiction, not the holder', () => {
    const r = findWith([names], ['Tomas Berrow, the mayor of Ulvik, said the damage was total.']);
    expect(mentionOf(r, 'Ulvik')).toMatchObject({ type: 'unknown', hints: { person: false, place: true } });
  });

  it('shares the place cue of the name it is coordinated with, and a verb of going makes a destination', () => {
    expect(hints(['Rescuers worked in Ulvik and Brevna all night.'], 'Brevna')?.place).toBe(true);
    expect(hints(['Most deaths were in the towns of Ulvik and Brevna.'], 'Brevna')?.place).toBe(true);
    expect(hints(['The minister flew to Brevna on Friday.'], 'Brevna')?.place).toBe(true);
    expect(hints(['The minister spoke to Brevna on Friday.'], 'Brevna')?.place).toBe(false);
  });
});

describe('a first name that is also a place or a word', () => {
  it('stays with the surname after it, even after “for”', () => {
    const r = findWith([places, names], ['The shot went past Jordan Pickwell, and Kane was replaced by Ollie Wattsford, then substituted for Ollie Wattsford.']);
    expect(r.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Jordan Pickwell', 'Ollie Wattsford', 'Ollie Wattsford']);
  });

  it('is still a place before an ordinary word or alone', () => {
    const r = findWith([places, names], ['She flew to Jordan on Monday and crossed the Jordan River.']);
    expect(r.mentions.filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('a first name before a surname that is also a word', () => {
  it('keeps both when the surname is tagged as a name', () => {
    const r = findWith([names], ['Later, Shawn Henry, the firm’s security chief, wrote to customers.']);
    expect(r.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Shawn Henry']);
  });
});

describe('a company\'s legal form', () => {
  it('is the end of a name, never a name of its own', async () => {
    const { names } = await import('../../../src/lib/knowledge/matchers/names.ts');
    const r = findWith([names], ['Lumen Grip & Lighting, Inc., a supplier, said it would recall its crew.', 'Formosa Crest Technology Co., Ltd. said so too.']);
    expect(found(r).filter((x) => /:(?:Inc|Co|Ltd)\.?$/.test(x))).toEqual([]);
  });
});
