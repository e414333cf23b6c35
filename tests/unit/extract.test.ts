/** Stage 2, extract: plain text blocks, Markdown front matter, saved web pages. */
import { describe, it, expect } from 'vitest';
import { extract, flattenHtml, MAX_HTML_DEPTH, textBlocks } from '../../scripts/ingest/extract.ts';
import { printReport } from '../../scripts/ingest/report.ts';
import { Rejection } from '../../scripts/ingest/types.ts';

describe('extract: plain text', () => {
  it('keeps one block per line when lines are paragraphs, and one block per hard-wrapped group', () => {
    expect(textBlocks('First paragraph.\nSecond paragraph.\n\n\nThird.')).toEqual(['First paragraph.', 'Second paragraph.', 'Third.']);
    const wrapped = 'The mining company said on Monday that the new\ninvestment would support the development of the\ncopper deposit.';
    expect(textBlocks(wrapped)).toEqual([wrapped]);
  });
});

describe('extract: Markdown', () => {
  const md = `---
title: "US Strategic Metals signs MoU"
date: 2025-09-08
publisher: The Example Ledger
url: https://ledger.example.com/ussm
author: Zara Hussain
lang: en
category: mining
---

# A heading in the body

ISLAMABAD: A *first* paragraph with a [link](https://example.org).

- a list item
`;

  it('takes metadata from front matter and says so', () => {
    const d = extract(md, 'markdown');
    expect(d.meta.title).toEqual({ value: 'US Strategic Metals signs MoU', from: 'front-matter', evidence: 'title: US Strategic Metals signs MoU' });
    expect(d.meta.date?.value).toMatch(/^2025-09-08/);
    expect(d.meta.publisher?.value).toBe('The Example Ledger');
    expect(d.meta.author?.value).toBe('Zara Hussain');
    expect(d.titleKnown).toBe(true);
  });

  it('turns the body into plain-text blocks and logs unknown keys', () => {
    const d = extract(md, 'markdown');
    expect(d.blocks).toEqual(['A heading in the body', 'ISLAMABAD: A first paragraph with a link.', 'a list item']);
    expect(d.changes).toEqual([{ rule: 'front-matter-ignored-key', before: 'category: "mining"', after: '' }]);
  });

  it('survives broken front matter', () => {
    const d = extract('---\ntitle: [unclosed\n---\n\nBody text.', 'markdown');
    expect(d.blocks).toEqual(['Body text.']);
    expect(d.changes[0]!.rule).toBe('front-matter-invalid');
  });
});

describe('extract: HTML', () => {
  const page = `<!doctype html><html lang="en-GB"><head>
<title>Copper forum opens | Example Daily</title>
<meta property="og:title" content="Copper forum opens">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2025-04-08T09:00:00+05:00">
<meta name="author" content="Hamza Qureshi">
<link rel="canonical" href="https://daily.example.com/copper-forum">
<style>p{color:red}</style><script>var tracking = 1;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<div class="cookie-banner" aria-hidden="true">We use cookies. Accept?</div>
<article>
<h1>Copper forum opens</h1>
<p>ISLAMABAD: A two-day minerals forum opened in the capital on Tuesday, with delegations from more than a dozen countries and heads of mining companies in attendance.</p>
<p>Officials said the forum would showcase copper and gold deposits in Balochistan and invite foreign investment in exploration and processing over the next decade.</p>
<aside>Related stories: gold prices rise</aside>
<p>The government expects agreements worth several hundred million dollars to be signed, a senior official said, although no figures were confirmed.</p>
</article>
<footer>Copyright Example Daily 2025</footer>
</body></html>`;

  it('keeps the article text and drops scripts, styles, navigation, banners, asides and footers', () => {
    const d = extract(page, 'html');
    expect(d.blocks).toHaveLength(3);
    expect(d.blocks[0]).toMatch(/^ISLAMABAD: A two-day minerals forum/);
    expect(d.blocks.join(' ')).not.toMatch(/cookies|tracking|Related stories|Copyright|Business/);
  });

  it('reads title, date, author, canonical URL, publisher and language from meta tags', () => {
    const { meta } = extract(page, 'html');
    expect(meta.title).toMatchObject({ value: 'Copper forum opens', from: 'html-meta' });
    expect(meta.date?.value).toBe('2025-04-08T09:00:00+05:00');
    expect(meta.author?.value).toBe('Hamza Qureshi');
    expect(meta.url?.value).toBe('https://daily.example.com/copper-forum');
    expect(meta.publisher?.value).toBe('Example Daily');
    expect(meta.lang?.value).toBe('en-GB');
  });
});

describe('report', () => {
  it('prints accepted and rejected files as a table with totals', () => {
    const lines: string[] = [];
    printReport({ accepted: [{ file: 'a.txt', slug: 'a', changes: 1 }], rejected: [{ file: 'b.bin', reason: 'binary file' }], ignored: ['.x'], rules: [], written: ['x'], removed: [] }, 1234, (l) => lines.push(l));
    expect(lines[0]).toMatch(/a\.txt\s+accepted\s+a \(1 change\)/);
    expect(lines[1]).toMatch(/b\.bin\s+REJECTED\s+binary file/);
    expect(lines[2]).toBe('ingest: 1 accepted, 1 rejected, 1 ignored; 1 file(s) written, 0 removed in 1.23 s');
  });
});

describe('extract: depth and size limits', () => {
  const nested = (n: number) => `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>${'Copper output rose in Chagai, officials said. '.repeat(8)}</p><p>Second paragraph stays apart from the first.</p>${'</div>'.repeat(n)}</body></html>`;

  it('leaves a page no deeper than the limit untouched', () => {
    expect(flattenHtml(nested(50))).toEqual({ html: nested(50), unwrapped: 0, elements: 3 + 50 + 2 }); // html, head, body (the title is raw text), the divs, the paragraphs
  });

  it('unwraps what is nested past the limit, keeping paragraphs apart, in time linear in the page', () => {
    const started = performance.now();
    const { html, unwrapped } = flattenHtml(nested(100_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(unwrapped).toBe(100_000 - MAX_HTML_DEPTH + 2); // the divs past the limit, less the <html> and <body> above them
    const draft = extract(html, 'html');
    expect(draft.blocks).toEqual(['Copper output rose in Chagai, officials said. '.repeat(8).trim(), 'Second paragraph stays apart from the first.']);
  });

  it('extracts a page of 100,000 nested elements in a few seconds and logs the unwrapping', () => {
    const started = performance.now();
    const draft = extract(nested(100_000), 'html');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(draft.blocks).toContain('Second paragraph stays apart from the first.');
    expect(draft.changes.find((c) => c.rule === 'html-depth')?.before).toMatch(/nested deeper than 100 levels/);
  });

  it('refuses a page of more than 50,000 elements at once, naming the count', () => {
    const started = performance.now();
    expect(() => extract(`<html><body><p>Text.</p>${'<i></i>'.repeat(2_800_000)}</body></html>`, 'html')).toThrow(new Rejection('web page has 2,800,003 elements; the limit is 50,000'));
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('does not count unclosed paragraphs, comments or script text as nesting', () => {
    const page = `<html><body>${'<p>One more paragraph of copper news. '.repeat(300)}<!-- ${'<div>'.repeat(500)} --><script>${'<div>'.repeat(500)}</script></body></html>`;
    expect(flattenHtml(page).unwrapped).toBe(0);
  });

  it('reads Markdown quoted 5,000 levels deep and emphasis nested 5,000 deep without recursion', () => {
    const quotes = extract(`${'>'.repeat(5000)} Deep text.\n\nAfter.\n`, 'markdown');
    expect(quotes.blocks).toEqual(['Deep text.', 'After.']);
    const emphasis = extract(`${'*_'.repeat(2500)}word${'_*'.repeat(2500)} and more.\n`, 'markdown');
    expect(emphasis.blocks[0]).toMatch(/word/);
  });

  it('logs raw HTML in Markdown, keeping its text', () => {
    const draft = extract('Before.\n\n<div onclick="x()">Kept text</div>\n\n<!-- hidden -->\n\nAfter.\n', 'markdown');
    expect(draft.blocks).toEqual(['Before.', 'Kept text', 'After.']);
    expect(draft.changes.filter((c) => c.rule === 'html-markup').map((c) => [c.before, c.after])).toEqual([
      ['<div onclick="x()">Kept text</div>', 'Kept text'],
      ['<!-- hidden -->', ''],
    ]);
  });

  it('compares a title with the first paragraph in any script (an Urdu first paragraph is not mistaken for the title)', () => {
    const page = '<html><head><title>پاکستان میں معدنیات</title></head><body><article><p>اسلام آباد: حکومت نے معدنیات کی نئی پالیسی کا اعلان کیا ہے جس کے تحت غیر ملکی سرمایہ کاروں کو لائسنس دیے جائیں گے اور مقامی کمپنیوں کو بھی موقع ملے گا۔</p><p>دوسرا پیراگراف یہاں ہے اور اس میں مزید تفصیلات شامل ہیں جو حکام نے بتائیں۔</p></article></body></html>';
    expect(extract(page, 'html').blocks[0]).toMatch(/^اسلام آباد/);
  });
});
