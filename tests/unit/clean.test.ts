/** Stage 3, clean: one scenario per rule, on small articles written for the purpose. */
import { describe, it, expect } from 'vitest';
import { clean, headlineLength, CLEAN_STEPS } from '../../scripts/ingest/clean.ts';
import { textBlocks } from '../../scripts/ingest/extract.ts';
import type { Draft } from '../../scripts/ingest/types.ts';

const draftOf = (text: string, titleKnown = false): Draft => ({ blocks: textBlocks(text), meta: {}, changes: [], embeds: [], titleKnown });
const rules = (d: Draft) => d.changes.map((c) => c.rule);
const lede = 'QUETTA: Officials in Balochistan said on Tuesday that exploration licences would be reviewed before the end of the year.';

describe('clean', () => {
  it('names every step and gives it a description', () => {
    for (const step of CLEAN_STEPS) expect(step.description.length).toBeGreaterThan(10);
    expect(new Set(CLEAN_STEPS.map((s) => s.name)).size).toBe(CLEAN_STEPS.length);
  });

  it('moves copyright and source lines into metadata evidence', () => {
    const d = clean(draftOf(`Copyright thenews\n\n${lede}\n\nSource: https://www.thenews.com.pk/print/123-mining-story`));
    expect(d.blocks).toEqual([lede]);
    expect(d.meta.publisher).toEqual({ value: 'thenews', from: 'text', evidence: 'Copyright thenews' });
    expect(d.meta.url?.value).toBe('https://www.thenews.com.pk/print/123-mining-story');
  });

  it('takes a bare site address as the original publisher of a copy, not as the article URL', () => {
    const d = clean(draftOf(`${lede}\n\nSource:https://www.dawn.com`));
    expect(d.meta.originalPublisher?.value).toBe('dawn.com');
    expect(d.meta.url).toBeUndefined();
  });

  it('removes read-more lines, share bars, breadcrumbs, newsletter prompts and pagination', () => {
    const d = clean(draftOf(['Home › World › Asia', lede, 'Read more: Copper prices climb', 'Also read: Gold hits a record', 'Share on Facebook Share on X Share on WhatsApp', 'Sign up for our daily newsletter', 'Page 1 of 1', 'The review will cover 120 licences.'].join('\n')));
    expect(d.blocks).toEqual([lede, 'The review will cover 120 licences.']);
    // A page marker is page furniture, removed before any other rule runs.
    expect(rules(d)).toEqual(['page-furniture', 'breadcrumb', 'read-more-line', 'read-more-line', 'share-bar', 'newsletter-prompt']);
  });

  it('removes the comment form and a donation appeal with its short lines', () => {
    const d = clean(draftOf([lede, 'This holiday season, give to:', 'Truth and understanding', 'We see it.', '', 'The review will cover 120 licences issued since 2015, officials said, and companies that have not started work within three years could lose them, the mines department added.', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Name*', 'Email*', 'Website'].join('\n')));
    expect(d.blocks).toEqual([lede, 'The review will cover 120 licences issued since 2015, officials said, and companies that have not started work within three years could lose them, the mines department added.']);
    expect(rules(d).filter((r) => r === 'comment-form')).toHaveLength(5);
    expect(rules(d)).toContain('donation-appeal');
  });

  it('removes press-release labels, end markers, contact lines and topic lists', () => {
    const d = clean(draftOf(['MEDIA RELEASE', lede, '— ENDS —', 'Media contact: Jo Bloggs, +61 8 0000 0000', 'Related topics: Mining | Batteries | Trade'].join('\n')));
    expect(d.blocks).toEqual([lede]);
    expect(rules(d)).toEqual(['release-label', 'release-end', 'release-end', 'related-topics']);
  });

  it('takes the author from a byline and the publisher from a copyright line with links after it', () => {
    const d = clean(draftOf(['By Jane Example · January 14, 2025', lede, '© 2025 Example Europe. All rights reserved. | Privacy | Cookies'].join('\n')));
    expect(d.blocks).toEqual([lede]);
    expect(d.meta.author?.value).toBe('Jane Example');
    expect(d.meta.publisher?.value).toBe('Example Europe');
  });

  it('removes stray words at the end but keeps a short final sentence', () => {
    expect(clean(draftOf(`${lede}\n\nMinisterial\n\nogimageimage-name`)).blocks).toEqual([lede]);
    expect(clean(draftOf(`${lede}\n\nIt did.`)).blocks).toEqual([lede, 'It did.']);
  });

  it('unwraps hard-wrapped lines and rejoins words hyphenated at a line break, keeping real compounds', () => {
    const wrapped = [
      'The mining company said on Monday that the new invest-',
      'ment would support the long-',
      'term development of the copper deposit in Chagai over the',
      'next decade, according to a statement from the provincial government.',
    ].join('\n');
    const d = clean(draftOf(`${lede}\n\n${wrapped}`));
    expect(d.blocks[1]).toBe('The mining company said on Monday that the new investment would support the long-term development of the copper deposit in Chagai over the next decade, according to a statement from the provincial government.');
    expect(d.changes).toContainEqual({ rule: 'hyphenation', before: 'invest-⏎ment', after: 'investment' });
  });

  it('drops a title repeated as the next line', () => {
    const d = clean(draftOf(`Pakistan Joins Minerals Initiative\n\nPakistan Joins Minerals Initiative\n\n${lede}`));
    expect(d.blocks).toEqual(['Pakistan Joins Minerals Initiative', lede]);
    expect(rules(d)).toEqual(['repeated-title']);
  });

  it('cuts inline "Read More:" headlines and keeps a paragraph break in their place', () => {
    const d = clean(draftOf(`${lede} Read More: Pakistan seeks global partners for mineral development Mr Khan said the review was overdue. Read More: Copper: The New Gold Rush Begins The minister agreed.`));
    expect(d.blocks).toEqual([lede, 'Mr Khan said the review was overdue.', 'The minister agreed.']);
    expect(d.changes.map((c) => c.before)).toEqual(['Read More: Pakistan seeks global partners for mineral development', 'Read More: Copper: The New Gold Rush Begins']);
  });

  it('finds where a run-in headline ends', () => {
    expect(headlineLength('Islamabad pushes for US partnership to develop critical minerals In response, he'.split(' '))).toBe(9);
    expect(headlineLength('Pakistan’s Minerals: The New Geopolitical Bargaining Chip The delegation, led'.split(' '))).toBe(7);
  });

  it('lifts an embedded social post out of the text as an attributed embed', () => {
    const post = 'The minister met the delegation today. Talks focused on copper…';
    const d = clean(draftOf(`${lede}\n${post} pic.twitter.com/AbC123 — Ministry of Energy (@MoEnergyPak) March 3, 2025 The talks ended at noon.`));
    expect(d.embeds).toEqual([{ kind: 'social-post', text: post, author: 'Ministry of Energy', handle: 'MoEnergyPak', date: '2025-03-03', link: 'https://pic.twitter.com/AbC123' }]);
    expect(d.blocks).toEqual([lede, 'The talks ended at noon.']);
  });

  it('removes a pull-quote that repeats a later paragraph, and exact repeated paragraphs', () => {
    const quote = 'If investors come here, the impact could be transformational for jobs and exports.';
    const later = `He pointed to the mining sector. “If investors come here, the impact could be transformational for jobs and exports,” he said.`;
    const d = clean(draftOf([lede, quote, later, later].join('\n')));
    expect(d.blocks).toEqual([lede, later]);
    expect(rules(d)).toEqual(['pull-quote', 'duplicate-paragraph']);
  });

  it('splits a one-line article between sentences, not at every sentence', () => {
    const text = Array.from({ length: 14 }, (_, i) => `The provincial government said rule ${i + 1} would apply to all exploration licences issued since ${2000 + i}.`).join(' ');
    const d = clean(draftOf(text));
    expect(d.blocks.length).toBeGreaterThan(2);
    expect(d.blocks.length).toBeLessThan(14);
    expect(d.blocks.join(' ')).toBe(text);
  });
});

describe('clean: header lines of outlets never seen', () => {
  const para = 'Officials said on Monday that the channel would reopen to ships within weeks, once the last of the wreckage had been lifted from the river.';

  it('reads a masthead printed with an edition label as the publisher, not the headline', () => {
    const d = clean(draftOf(`IBERIA GAZETTE — English edition\nMadrid, 15 July 2024\n\nMadrid celebrates as the champions return\n\n${para}`));
    expect(d.blocks[0]).toBe('Madrid celebrates as the champions return');
    expect(d.meta.publisher?.value).toBe('Iberia Gazette');
    expect(d.meta.date?.value).toBe('2024-07-15');
  });

  it('reads a name line with a section label under the headline as the publisher', () => {
    const d = clean(draftOf(`What the collapse changed for the port\n\nMaritime Review — Analysis\n\n${para}`));
    expect(d.blocks).toEqual(['What the collapse changed for the port', para]);
    expect(d.meta.publisher?.value).toBe('Maritime Review');
  });

  it('reads a short name beside the kind of piece under the headline as the publisher, whatever its last word', () => {
    const d = clean(draftOf(`How the harbour deal fell apart: a timeline

The Steel Primer — Explainer

${para}`));
    expect(d.blocks).toEqual(['How the harbour deal fell apart: a timeline', para]);
    expect(d.meta.publisher?.value).toBe('The Steel Primer');
    expect(clean(draftOf(`Mpox emergency: a timeline

The Explainer Desk — Timeline

${para}`)).meta.publisher?.value).toBe('The Explainer Desk');
    // A headline with a label after a dash is no masthead.
    expect(clean(draftOf(`Port strike ends after talks through the night — Analysis

${para}`)).meta.publisher).toBeUndefined();
  });

  it('reads "The …" under the headline as the outlet, not a standfirst', () => {
    const d = clean(draftOf(`Seven wins out of seven: how they became champions\n\nThe Terrace\n\n${para}`));
    expect(d.blocks).toEqual(['Seven wins out of seven: how they became champions', para]);
    expect(d.meta.publisher?.value).toBe('The Terrace');
    expect(rules(d)).toContain('masthead');
  });

  it('keeps a headline that starts with "The" when nothing stands above it', () => {
    const d = clean(draftOf(`The Long Road Home\n\n${para}`));
    expect(d.blocks[0]).toBe('The Long Road Home');
    expect(d.meta.publisher).toBeUndefined();
  });

  it('reads the outlet a byline names after the reporter, and the dateline under it', () => {
    const d = clean(draftOf(`Key Bridge collapses after ship strikes support\n\nBy Dana Whitfield, Harbor Ledger\nBALTIMORE, March 26, 2024\n\n${para}`));
    expect(d.blocks[0]).toBe('Key Bridge collapses after ship strikes support');
    expect(d.meta.author?.value).toBe('Dana Whitfield');
    expect(d.meta.publisher?.value).toBe('Harbor Ledger');
    expect(d.meta.date?.value).toBe('2024-03-26');
  });

  it('reads a name over its outlet and dateline as a byline without "By"', () => {
    const d = clean(draftOf(`Key Bridge collapses after ship strikes support\n\nDana Whitfield\n\nHarbor Ledger\n\nBALTIMORE, March 26, 2024\n\n${para}`));
    expect(d.blocks).toEqual(['Key Bridge collapses after ship strikes support', para]);
    expect(d.meta.author?.value).toBe('Dana Whitfield');
    expect(d.meta.publisher?.value).toBe('Harbor Ledger');
    expect(d.meta.date?.value).toBe('2024-03-26');
  });

  it('does not take an institution over a date line for an author', () => {
    const d = clean(draftOf(`Bank cuts its prime rate\n\nHarbor Point Bank\n\nSeptember 18, 2024\n\n${para}`));
    expect(d.meta.author).toBeUndefined();
  });

  it('does not take a byline role for the outlet', () => {
    const d = clean(draftOf(`Star sings from the tower\n\nBy Sophie Grant, Showbiz Reporter\n\n${para}`));
    expect(d.meta.author?.value).toBe('Sophie Grant');
    expect(d.meta.publisher).toBeUndefined();
  });
});
