/** Evidence across the corpus: boilerplate that repeats across articles, and the corpus's own vocabulary. */
import { describe, it, expect } from 'vitest';
import { applyCorpusEvidence } from '../../scripts/ingest/corpus.ts';
import type { Emittable } from '../../scripts/ingest/emit.ts';

const source = (file: string, publisher: string | null, paragraphs: string[], extra: Partial<Emittable['frontmatter']> = {}): Emittable =>
  ({
    frontmatter: { file, slug: file, title: `Story ${file}`, publisher: { value: publisher, from: publisher ? 'text' : null }, duplicateOf: null, changes: [], wordCount: 0, ...extra },
    paragraphs,
    raw: '',
  }) as unknown as Emittable;

const text = (n: number) => `Officials said on Monday that the ${n} workers were safe and the harbour would reopen within weeks, once the wreckage was cleared.`;

describe('corpus evidence: boilerplate', () => {
  it('removes a line two articles of one publisher print, with the reason logged', () => {
    const out = applyCorpusEvidence([
      source('a.txt', 'Harbor Ledger', [text(1), 'Harbor Ledger reporting desk tips line']),
      source('b.txt', 'Harbor Ledger', [text(2), 'Harbor Ledger reporting desk tips line']),
      source('c.txt', 'Other Paper', [text(3), 'Harbor Ledger reporting desk tips line']),
    ]);
    expect(out[0]!.paragraphs).toEqual([text(1)]);
    expect(out[1]!.paragraphs).toEqual([text(2)]);
    expect(out[0]!.frontmatter.changes).toEqual([{ rule: 'corpus-boilerplate', before: 'Harbor Ledger reporting desk tips line', after: 'printed in 2 articles of harbor ledger' }]);
    expect(out[0]!.frontmatter.wordCount).toBe(text(1).split(' ').length);
  });

  it('keeps a line of one publisher printed once, and a short line two outlets share', () => {
    const out = applyCorpusEvidence([
      source('a.txt', 'Harbor Ledger', [text(1), 'Bridge timeline']),
      source('b.txt', 'Other Paper', [text(2), 'Bridge timeline']),
    ]);
    expect(out[0]!.paragraphs).toEqual([text(1), 'Bridge timeline']);
  });

  it('never removes a line that reads as article text, however often it repeats', () => {
    const shared = 'The bridge collapsed on March 26 after the ship lost power.';
    const out = applyCorpusEvidence(['a', 'b', 'c', 'd'].map((f) => source(`${f}.txt`, 'Harbor Ledger', [text(1), shared])));
    for (const s of out) expect(s.paragraphs).toContain(shared);
  });

  it('does not count copies as evidence', () => {
    const out = applyCorpusEvidence([
      source('a.txt', 'Harbor Ledger', [text(1), 'Share this story']),
      source('b.txt', 'Harbor Ledger', [text(1), 'Share this story'], { duplicateOf: 'a.txt' } as never),
    ]);
    expect(out[0]!.paragraphs).toContain('Share this story');
  });

  it('is a function of the corpus: the same input gives the same output', () => {
    const corpus = [source('a.txt', 'X Daily', [text(1), 'Tips: call 555-0100']), source('b.txt', 'X Daily', [text(2), 'Tips: call 555-0100'])];
    expect(JSON.stringify(applyCorpusEvidence(corpus))).toBe(JSON.stringify(applyCorpusEvidence(corpus)));
  });
});

describe('corpus evidence: the corpus vocabulary', () => {
  const said = (name: string, n: number) => `${name} said the port would reopen, and the mayor said ${n} crews said they were ready.`;

  it('splits a name run into the next word when another article writes the name intact', () => {
    const out = applyCorpusEvidence([
      source('a.txt', null, ['Governor Moore said the state would rebuild the bridge within four years.']),
      source('b.txt', null, [said('Mayor Scott', 1)]),
      source('c.txt', null, [said('Officials', 2)]),
      source('d.txt', null, ['The governor said on Tuesday that Mooresaid nothing more about the cost.'.replace('that Mooresaid', 'that Governor Mooresaid')]),
    ]);
    expect(out[3]!.paragraphs[0]).toBe('The governor said on Tuesday that Governor Moore said nothing more about the cost.');
    expect(out[3]!.frontmatter.changes).toContainEqual({ rule: 'run-together-corpus', before: 'Mooresaid', after: 'Moore said' });
  });

  it('leaves a word the corpus writes whole elsewhere, and a name it never writes intact', () => {
    const out = applyCorpusEvidence([
      source('a.txt', null, ['Southgate said the team would learn from the defeat in Berlin.']),
      source('b.txt', null, [said('Southgate', 1)]),
      source('c.txt', null, [said('Officials', 2), 'Whitfieldsaid the crew was safe.']),
    ]);
    expect(out[0]!.paragraphs[0]).toContain('Southgate said');
    expect(out[2]!.paragraphs[1]).toBe('Whitfieldsaid the crew was safe.');
  });

  it('leaves a dictionary word written once, even when its halves are a name and a word the corpus writes', () => {
    const out = applyCorpusEvidence([
      source('a.txt', null, ['Fans filled Centre Court on the home side for the final on Sunday afternoon.']),
      source('b.txt', null, [said('Court', 1), 'The side that won was the better one.']),
      source('c.txt', null, ['Each side of the Court was full.']),
      source('d.txt', null, [said('Officials', 2), 'Courtside seats sold out within minutes of the draw.']),
    ]);
    expect(out[3]!.paragraphs[1]).toBe('Courtside seats sold out within minutes of the draw.');
  });

  it('leaves a token the article writes more than once: an outlet\'s own name, not a name run into a word', () => {
    const corpus = (last: string[]) => applyCorpusEvidence([
      source('a.txt', null, ['The Harbor Ledger said the port would reopen within weeks, with a line of ships waiting.']),
      source('b.txt', null, [said('Ledger', 1), 'A line of ships waited outside the harbour.']),
      source('c.txt', null, [said('Officials', 2), 'The line moved at dawn.']),
      source('d.txt', null, last),
    ]);
    // Written once, the token is a name run into a word; written twice in the article, it is the article's own word.
    expect(corpus(['Officials at Ledgerline said the port was ready.'])[3]!.paragraphs[0]).toBe('Officials at Ledger line said the port was ready.');
    const twice = ['Ledgerline readers asked about the port.', 'You are receiving Ledgerline because you signed up.'];
    expect(corpus(twice)[3]!.paragraphs).toEqual(twice);
  });

  it('joins a word hyphenated at a line break when the corpus writes it whole elsewhere', () => {
    const out = applyCorpusEvidence([
      source('a.txt', null, ['Dana Whitfield reported from the harbour on Tuesday morning.']),
      source('b.txt', null, ['By Dana Whit-field, the crews were counted.'], { changes: [{ rule: 'hyphenated-compound', before: 'Whit-⏎field', after: 'Whit-field' }] } as never),
    ]);
    expect(out[1]!.paragraphs[0]).toBe('By Dana Whitfield, the crews were counted.');
  });

  it('splits a camel-case name run into a verb of saying, and two names the corpus writes apart', () => {
    const out = applyCorpusEvidence([
      source('a.txt', null, ['SpaceX flew the booster back to St. Lucie County on Sunday.', 'Alaska Airlines said the jets were grounded.']),
      source('b.txt', null, [said('Officials', 1), 'The airlines were told to wait.']),
      source('c.txt', null, [said('Engineers', 2)]),
      source('d.txt', null, ['SpaceXsaid the tower worked, and Airlinessaid little in LucieCounty on Monday.']),
    ]);
    expect(out[3]!.paragraphs[0]).toBe('SpaceX said the tower worked, and Airlines said little in Lucie County on Monday.');
  });

  it('puts back the hyphen of a compound joined at a line break when the corpus writes it hyphenated, and joins one it writes whole', () => {
    const out = applyCorpusEvidence([
      source('a.txt', null, ['The ship survived re-entry over the ocean and flew back toward Starbase.']),
      source('b.txt', null, ['The pad at Starbase was cleared on Sunday.']),
      source('c.txt', null, ['The reentry began over the ocean, far from Star-base.'], { changes: [{ rule: 'hyphenation', before: 're-⏎entry', after: 'reentry' }, { rule: 'hyphenated-compound', before: 'Star-⏎base', after: 'Star-base' }] } as never),
    ]);
    expect(out[2]!.paragraphs[0]).toBe('The re-entry began over the ocean, far from Starbase.');
  });
});
