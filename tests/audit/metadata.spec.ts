/**
 * Citation metadata as real clients read it. Each source page is read by
 * html-metadata (the scraper behind Wikipedia's citation tool, Citoid) and by
 * a port of Zotero's Embedded Metadata translator
 * (tests/helpers/zotero-embedded-metadata.ts). What they must find is the
 * original article as src/lib/csl/facts.ts states it: its title (an incomplete
 * one labelled so), and its publication date, publication and author exactly
 * when they are known and never when they are not (a date known only as the
 * republication date is not a publication date); Zotero must file it as a
 * newspaper article at the original's URL when that is known. The page's own
 * citations (CSL-JSON, RIS, BibTeX) and its metadata list must not claim an
 * unknown date or publisher either.
 *
 * For the default build (the seeds, no site URL) both readings are also kept
 * as golden files in tests/fixtures/golden/metadata/ (UPDATE=1 rewrites them).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import htmlMetadata from 'html-metadata';
import { parseHTML } from 'linkedom';
import { citeFacts, type CiteFacts } from '../../src/lib/csl/facts.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import type { Source } from '../../src/schemas/source.ts';
import { zoteroEmbeddedMetadata } from '../helpers/zotero-embedded-metadata.ts';
import { Findings } from './lib/findings.ts';
import { BASE, CONTENT, DIST, ROOT, walkJson } from './lib/site.ts';

/** Where the default build's readings are kept, and whether this run is of the default build (the repository's content). */
const GOLDEN = path.join(ROOT, 'tests/fixtures/golden/metadata');
const sources = await loadSources(path.join(CONTENT, 'sources'));
const fingerprint = (list: Source[]) => JSON.stringify(list.map((s) => [s.slug, s.contentHash, s.title, s.publisher, s.date, s.url, s.author]));
const DEFAULT_BUILD = fingerprint(sources) === fingerprint(await loadSources(path.join(ROOT, 'content', 'sources')));

/** A value html-metadata found, with where (e.g. `highwirePress.publication_date`). */
interface Claim {
  where: string;
  value: string;
}

/** Every value under `meta` whose key path matches `key` (objects give their `name`). */
function claims(meta: unknown, key: RegExp, exclude?: RegExp): Claim[] {
  const out: Claim[] = [];
  const visit = (value: unknown, at: string) => {
    const last = at.split('.').at(-1) ?? '';
    if (key.test(last) && !exclude?.test(at)) {
      if (typeof value === 'string' || typeof value === 'number') out.push({ where: at, value: String(value) });
      else if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { name?: unknown }).name === 'string') {
        out.push({ where: `${at}.name`, value: (value as { name: string }).name });
      }
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, at ? `${at}.${k}` : k);
  };
  visit(meta, '');
  return out;
}

/** YYYY-MM-DD of a date as scrapers write it (2026-02-03, 2026/02/03, 2026-02-03T00:00:00Z …), or the text as is. */
function day(value: string): string {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value.trim();
}

// Publication date: any date-like key (date, publication_date, datePublished, published_time, issued, year …),
// except the page's own modification or access date and the dateline (a place).
const DATE_KEY = /(^|[^a-z])date|Date|published|issued|created|^year$/;
const NOT_PUBLICATION = /modified|updated|accessed|dateline/i;
// Publisher: who published the article (not the website it is kept on: og:site_name, isPartOf).
const PUBLISHER_KEY = /^(publisher|journal_title|publicationName|container-title|containerTitle|sourceOrganization|provider)$/i;
const AUTHOR_KEY = /^(author|authors|creator|citation_author|byline)$/i;

for (const source of sources) {
  test(`${BASE}sources/${source.slug}/ gives citation clients its title${source.date.value ? ', date' : ''}${source.publisher.value ? ', publisher' : ''}`, async ({}, testInfo) => {
    const findings = new Findings(testInfo);
    const label = `${BASE}sources/${source.slug}/`;
    const file = path.join(DIST, 'sources', source.slug, 'index.html');
    expect(existsSync(file), `the source page ${label} was not built`).toBe(true);
    const html = readFileSync(file, 'utf8');
    const canonical = parseHTML(html).document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
    // The site URL the page was built with: its canonical URL's origin, or none.
    const facts = citeFacts(source, canonical ? new URL(canonical).origin : undefined);
    const meta = (await htmlMetadata.loadFromString(html)) as Record<string, unknown>;
    await testInfo.attach('html-metadata.json', { body: JSON.stringify(meta, null, 2), contentType: 'application/json' });

    // Title: the structured fields clients prefer (Highwire, Dublin Core, Open Graph, JSON-LD) give the title as cited.
    const titles = [
      ...claims(meta.highwirePress, /^title$/).map((c) => ({ ...c, where: `highwirePress.${c.where}` })),
      ...claims(meta.dublinCore, /^title$/).map((c) => ({ ...c, where: `dublinCore.${c.where}` })),
      ...claims(meta.openGraph, /^title$/).map((c) => ({ ...c, where: `openGraph.${c.where}` })),
      ...claims(meta.twitter, /^title$/).map((c) => ({ ...c, where: `twitter.${c.where}` })),
      ...claims(meta.jsonLd, /^(headline|name)$/, /isPartOf|publisher|author|sourceOrganization/).map((c) => ({ ...c, where: `jsonLd.${c.where}` })),
    ];
    if (titles.length === 0) findings.add('citation metadata', label, 'html-metadata finds no title in Highwire, Dublin Core, Open Graph or JSON-LD');
    for (const t of titles) {
      if (t.value.trim() !== facts.title) findings.add('citation metadata', label, `${t.where} is “${t.value}”, not the source’s title “${facts.title}”`);
      if (/(…|\.\.\.)$/.test(t.value.trim())) findings.add('citation metadata', label, `${t.where} ends cut off: “${t.value}”`);
    }
    const general = (meta.general as { title?: string } | undefined)?.title ?? '';
    if (!general.startsWith(facts.title)) findings.add('citation metadata', label, `<title> “${general}” does not start with the source’s title`);

    checkClaims(findings, label, 'date', facts.published, claims(meta, DATE_KEY, NOT_PUBLICATION), (v) => day(v));
    checkClaims(findings, label, 'publisher', facts.publisher, claims(meta, PUBLISHER_KEY), (v) => v.trim());
    checkClaims(findings, label, 'author', facts.author, claims(meta, AUTHOR_KEY), (v) => v.trim());

    // Zotero, as its connector saves the page from where it is served.
    const location = canonical ?? `http://127.0.0.1${label}`;
    const zotero = zoteroEmbeddedMetadata(html, location);
    await testInfo.attach('zotero.json', { body: JSON.stringify(zotero, null, 2), contentType: 'application/json' });
    checkZotero(findings, label, zotero, facts, source, location);

    checkPage(findings, label, html, facts);
    if (DEFAULT_BUILD && !canonical) golden(findings, label, source, { zotero, htmlMetadata: meta });
    findings.save();
    findings.expectNone('citation metadata');
    findings.expectNone('page claims');
  });
}

/** Zotero's reading: a newspaper article with the title, publication, date, author, language and URL the source states, and nothing else. */
function checkZotero(findings: Findings, label: string, item: ReturnType<typeof zoteroEmbeddedMetadata>, facts: CiteFacts, source: Source, location: string): void {
  const expected: Record<string, string | undefined> = {
    itemType: 'newspaperArticle',
    title: facts.title,
    publicationTitle: facts.publisher ?? undefined,
    date: facts.published ?? undefined,
    // The original article's URL when known, else this page (the only place the article can be read).
    url: facts.originalUrl ?? location,
    language: source.lang,
  };
  for (const [field, value] of Object.entries(expected)) {
    const got = item[field];
    if (got !== value) findings.add('citation metadata', label, `Zotero reads ${field} ${got === undefined ? 'as nothing' : `“${String(got)}”`}; expected ${value === undefined ? 'nothing (not known)' : `“${value}”`}`);
  }
  const authors = item.creators.map((c) => [c.firstName, c.lastName].filter(Boolean).join(' '));
  if (authors.join('; ') !== (facts.author ?? '')) findings.add('citation metadata', label, `Zotero reads the author(s) ${JSON.stringify(authors)}; expected ${facts.author ?? 'none (not known)'}`);
}

/** The readings of the default build, kept for review (UPDATE=1 rewrites them). */
function golden(findings: Findings, label: string, source: Source, readings: unknown): void {
  const file = path.join(GOLDEN, `${source.file}.json`);
  const text = `${JSON.stringify(readings, null, 2)}\n`;
  if (process.env.UPDATE === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  const stored = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (stored !== text) findings.add('citation metadata', label, stored === null ? `no golden reading ${path.relative(ROOT, file)} (run the audit with UPDATE=1 and review it)` : `the Zotero or html-metadata reading differs from ${path.relative(ROOT, file)} (review, then UPDATE=1)`);
}

/** Known: found, and every claim agrees. Unknown: no claim at all. */
function checkClaims(findings: Findings, label: string, what: string, expected: string | null, found: Claim[], norm: (v: string) => string): void {
  if (expected === null) {
    for (const c of found) findings.add('citation metadata', label, `the ${what} is not known, but html-metadata reads ${c.where} = “${c.value}”`);
    return;
  }
  if (found.length === 0) findings.add('citation metadata', label, `html-metadata finds no ${what}; expected “${expected}”`);
  for (const c of found) {
    if (norm(c.value) !== norm(expected)) findings.add('citation metadata', label, `${c.where} = “${c.value}”, expected the ${what} “${expected}”`);
  }
}

/** The page itself: its metadata list and its ready-made citations claim no unknown date or publisher. */
function checkPage(findings: Findings, label: string, html: string, facts: CiteFacts): void {
  const { document } = parseHTML(html);
  const date = facts.published;
  const publisher = facts.publisher;

  // The metadata list: <dt>Date</dt> / <dt>Publisher</dt>.
  for (const dt of document.querySelectorAll('dt')) {
    const name = (dt.textContent ?? '').trim().toLowerCase();
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName !== 'DD') continue;
    if (/^(date|published|publication date)$/.test(name)) {
      const times = [...dd.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? t.textContent ?? '');
      if (date === null && times.length > 0) findings.add('page claims', label, `the date is not known, but the page’s “${dt.textContent}” says ${times.join(', ')}`);
      if (date !== null && !times.some((t) => day(t) === date)) findings.add('page claims', label, `the page’s “${dt.textContent}” does not give the date ${date} in a <time datetime>`);
    }
    if (/^publisher$/.test(name)) {
      const text = (dd.textContent ?? '').trim();
      if (publisher === null && !dd.querySelector('.unknown')) findings.add('page claims', label, `the publisher is not known, but the page’s “Publisher” says “${text}”`);
      if (publisher !== null && !text.includes(publisher)) findings.add('page claims', label, `the page’s “Publisher” is “${text}”, not “${publisher}”`);
    }
  }

  // CSL-JSON: issued / publisher / container-title.
  for (const pre of document.querySelectorAll('[data-format="csl-json"]')) {
    let items: unknown;
    try {
      items = JSON.parse(pre.textContent ?? '');
    } catch {
      findings.add('page claims', label, `a CSL-JSON citation (#${pre.id}) does not parse`);
      continue;
    }
    walkJson(items, (key, value) => {
      if (key === 'issued' && date === null) findings.add('page claims', label, `the date is not known, but CSL-JSON #${pre.id} has issued ${JSON.stringify(value)}`);
      if (key === 'issued' && date !== null && value && typeof value === 'object') {
        const parts = (value as { 'date-parts'?: number[][] })['date-parts']?.[0] ?? [];
        const got = parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
        if (!date.startsWith(got)) findings.add('page claims', label, `CSL-JSON #${pre.id} has issued ${got}, not ${date}`);
      }
      if ((key === 'publisher' || key === 'container-title') && typeof value === 'string') {
        if (publisher === null) findings.add('page claims', label, `the publisher is not known, but CSL-JSON #${pre.id} has ${key} “${value}”`);
        else if (value !== publisher) findings.add('page claims', label, `CSL-JSON #${pre.id} has ${key} “${value}”, not “${publisher}”`);
      }
    });
  }

  // RIS: PY/DA/Y1 (date), PB/JO/JF/T2 (publisher or publication).
  for (const pre of document.querySelectorAll('[data-format="ris"]')) {
    for (const line of (pre.textContent ?? '').split('\n')) {
      const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line.trim());
      if (!m) continue;
      const [, tag, value] = m as unknown as [string, string, string];
      if (/^(PY|DA|Y1)$/.test(tag)) {
        if (date === null) findings.add('page claims', label, `the date is not known, but RIS #${pre.id} has ${tag} ${value}`);
        else if (!date.replace(/-/g, '/').startsWith(value.replace(/-/g, '/').replace(/\/+$/, ''))) findings.add('page claims', label, `RIS #${pre.id} has ${tag} ${value}, not ${date}`);
      }
      if (/^(PB|JO|JF|T2)$/.test(tag)) {
        if (publisher === null) findings.add('page claims', label, `the publisher is not known, but RIS #${pre.id} has ${tag} ${value}`);
        else if (value.trim() !== publisher) findings.add('page claims', label, `RIS #${pre.id} has ${tag} “${value}”, not “${publisher}”`);
      }
    }
  }

  // BibTeX: year/date, publisher/journal/organization.
  for (const pre of document.querySelectorAll('[data-format="bibtex"]')) {
    for (const m of (pre.textContent ?? '').matchAll(/^\s*(year|date|publisher|journal|journaltitle|organization)\s*=\s*\{(.*)\},?\s*$/gim)) {
      const [, field, value] = m as unknown as [string, string, string];
      const isDate = /^(year|date)$/i.test(field);
      if (isDate && date === null) findings.add('page claims', label, `the date is not known, but BibTeX #${pre.id} has ${field} = {${value}}`);
      if (isDate && date !== null && !date.startsWith(value.replace(/[{}]/g, ''))) findings.add('page claims', label, `BibTeX #${pre.id} has ${field} = {${value}}, not ${date}`);
      if (!isDate && publisher === null) findings.add('page claims', label, `the publisher is not known, but BibTeX #${pre.id} has ${field} = {${value}}`);
      if (!isDate && publisher !== null && value.replace(/[{}]/g, '') !== publisher) findings.add('page claims', label, `BibTeX #${pre.id} has ${field} = {${value}}, not “${publisher}”`);
    }
  }
}

test('every source page belongs to a source, and every source has a page', async ({}, testInfo) => {
  const findings = new Findings(testInfo);
  const slugs = new Set<string>(sources.map((s) => s.slug));
  const dir = path.join(DIST, 'sources');
  const built = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'index.html'))) : [];
  for (const slug of built) if (!slugs.has(slug)) findings.add('citation metadata', `${BASE}sources/${slug}/`, `no source “${slug}” in ${CONTENT}/sources (is AUDIT_CONTENT the content this site was built from?)`);
  for (const slug of slugs) if (!built.includes(slug)) findings.add('citation metadata', `${BASE}sources/${slug}/`, 'the source has no page');
  findings.save();
  expect(sources.length, `no sources in ${CONTENT}/sources`).toBeGreaterThan(0);
  findings.expectNone('citation metadata');
});
