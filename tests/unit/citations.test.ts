/**
 * The briefing citation check (src/lib/citations.ts): every <Cite> must name a
 * source that exists and a paragraph that source has; problems name the line.
 */
import { describe, expect, it } from 'vitest';
import {
  blankFrontmatter,
  checkCitations,
  citedSources,
  findCitations,
  formatProblems,
  sourceIndex,
} from '../../src/lib/citations.ts';
import { checkBriefings } from '../../src/lib/briefings.ts';

const index = sourceIndex([
  { slug: 'alpha' as never, paragraphs: [{ id: 'p-0000aaaa', n: 1, text: 'One.' }, { id: 'p-0000bbbb', n: 2, text: 'Two.' }] as never },
  { slug: 'beta' as never, paragraphs: [{ id: 'p-1111cccc', n: 1, text: 'Uno.' }] as never },
]);

const briefing = (body: string) => `---\ntitle: A briefing\nsummary: "x < y {z}"\n---\n\n${body}`;

describe('findCitations', () => {
  it('finds inline and block <Cite> elements with their lines and claims', () => {
    const mdx = briefing(
      [
        'Intro with <Cite source="alpha" p="p-0000aaaa">a first claim</Cite> and',
        '<Cite source="beta" p={"p-1111cccc"}>a *second* claim</Cite>.',
        '',
        '<Cite source="alpha" p="p-0000bbbb">',
        '  A block claim.',
        '</Cite>',
        '',
        '| figure | who |',
        '| --- | --- |',
        '| <Cite source="beta" p="p-1111cccc">52</Cite> | TDAP |',
      ].join('\n'),
    );
    const { citations, problems } = findCitations(mdx);
    expect(problems).toEqual([]);
    expect(citations).toEqual([
      { source: 'alpha', p: 'p-0000aaaa', line: 6, claim: 'a first claim' },
      { source: 'beta', p: 'p-1111cccc', line: 7, claim: 'a second claim' },
      { source: 'alpha', p: 'p-0000bbbb', line: 9, claim: 'A block claim.' },
      { source: 'beta', p: 'p-1111cccc', line: 15, claim: '52' },
    ]);
  });

  it('ignores other elements, including lower-case <cite>', () => {
    const { citations, problems } = findCitations('<cite>Title</cite> and <Quote source="alpha">x</Quote>');
    expect(citations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reports missing, empty and non-string attributes, spreads and empty claims', () => {
    const mdx = [
      '<Cite p="p-0000aaaa">no source</Cite>',
      '<Cite source="alpha">no paragraph</Cite>',
      '<Cite source="" p="p-0000aaaa">empty source</Cite>',
      '<Cite source={slug} p="p-0000aaaa">expression</Cite>',
      '<Cite {...props}>spread</Cite>',
      '<Cite source="alpha" p="p-0000aaaa"></Cite>',
    ].join('\n\n');
    const problems = findCitations(mdx).problems;
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5, 7, 9, 9, 9, 11]);
    expect(problems[0]!.message).toBe('<Cite> has no source="…" attribute (a source slug)');
    expect(problems[1]!.message).toMatch(/^<Cite> has no p="…" attribute/);
    expect(problems[2]!.message).toMatch(/^<Cite> attribute source must be a non-empty plain string/);
    expect(problems[3]!.message).toMatch(/^<Cite> attribute source must be a non-empty plain string/);
    expect(problems[4]!.message).toMatch(/spread/);
    expect(problems[7]!.message).toMatch(/^<Cite> has no claim text/);
  });

  it('reports MDX that cannot be parsed, with its line', () => {
    const problems = findCitations(briefing('Fine.\n\nBroken <Cite source="alpha" p="p-0000aaaa">claim\n')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^cannot be read as MDX/);
  });
});

describe('checkCitations', () => {
  it('accepts citations that resolve', () => {
    expect(checkCitations(briefing('<Cite source="alpha" p="p-0000bbbb">claim</Cite>'), index)).toEqual([]);
  });

  it('names an unknown paragraph and its source, at the right line', () => {
    const mdx = briefing('One.\n\nTwo <Cite source="alpha" p="p-deadbeef">claim</Cite>.');
    expect(formatProblems('content/briefings/x.mdx', checkCitations(mdx, index))).toEqual([
      'content/briefings/x.mdx:8: <Cite> names paragraph p-deadbeef, which source alpha does not have',
    ]);
  });

  it('names an unknown source', () => {
    const problems = checkCitations('<Cite source="gamma" p="p-0000aaaa">claim</Cite>', index);
    expect(problems).toEqual([{ line: 1, message: '<Cite> names source gamma, which does not exist (no source has that slug)' }]);
  });

  it('does not accept a paragraph of another source', () => {
    const problems = checkCitations('<Cite source="beta" p="p-0000aaaa">claim</Cite>', index);
    expect(problems[0]!.message).toBe('<Cite> names paragraph p-0000aaaa, which source beta does not have');
  });

  it('does not read <Cite> inside front matter or code', () => {
    const mdx = '---\ntitle: <Cite source="gamma" p="p-1">x</Cite>\nsummary: s\n---\n\n`<Cite source="gamma" p="p-1">x</Cite>`\n';
    expect(checkCitations(mdx, index)).toEqual([]);
  });
});

describe('helpers', () => {
  it('blankFrontmatter keeps line numbers', () => {
    const text = '---\na: 1\nb: 2\n---\nbody\n';
    const blanked = blankFrontmatter(text);
    expect(blanked.split('\n')).toHaveLength(text.split('\n').length);
    expect(blanked.split('\n')[4]).toBe('body');
    expect(blanked).not.toContain('a: 1');
  });

  it('citedSources lists each source once, in order of first citation, with its paragraphs', () => {
    const mdx = [
      '<Cite source="beta" p="p-1111cccc">a</Cite>',
      '<Cite source="alpha" p="p-0000bbbb">b</Cite>',
      '<Cite source="beta" p="p-1111cccc">c</Cite>',
      '<Cite source="alpha" p="p-0000aaaa">d</Cite>',
    ].join('\n\n');
    expect(citedSources(mdx)).toEqual([
      { source: 'beta', paragraphs: ['p-1111cccc'] },
      { source: 'alpha', paragraphs: ['p-0000bbbb', 'p-0000aaaa'] },
    ]);
  });
});

describe('the written briefings', () => {
  it('cite only sources and paragraphs that exist in content/', async () => {
    expect(await checkBriefings()).toEqual([]);
  });
});
