/**
 * The ingest on articles it has never seen: outlets' chrome classified by evidence, the headline found
 * among the first lines, dates/publishers/authors read from the text with their evidence and never
 * invented, broken words repaired. Every article here is written for the test (none is a seed or an
 * evaluation article); each is run through the real per-file stages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/one.ts';
import { FORMATS } from '../../scripts/ingest/extract.ts';
import { statedDates, isDateLine } from '../../scripts/ingest/rules/stated-dates.ts';
import { chromeRule, keepsHyphen, nameAsWritten } from '../../scripts/ingest/clean.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-boilerplate-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Ingest one article written as `text` under the name `file`. */
async function ingestText(file: string, text: string) {
  await writeFile(path.join(dir, file), text);
  return ingestOne(file, path.join(dir, file), FORMATS[path.extname(file).slice(1) as keyof typeof FORMATS], null);
}
const removed = (a: { changes: { rule: string; before: string; after: string }[] }) => a.changes.filter((c) => c.after === '').map((c) => c.before);

const LEDE = 'BALTIMORE — Divers returned to the Patapsco River on Wednesday to search for four workers still missing after the bridge collapsed, officials said, as the port remained closed to most ships.';
const SECOND = 'The state police superintendent said the search would continue for as long as the water allowed, and that the families had been told of every step the crews took.';
const THIRD = 'Salvage crews began cutting the steel truss on Saturday, the Coast Guard said, the first step toward opening a channel for the ships that have been trapped in the harbour since the collapse.';

describe('a page pasted from a newspaper site', async () => {
  const a = await ingestText('ledger.txt', [
    'Divers search the Patapsco as port stays…', 'Skip to main content', 'The Harbour Ledger', 'Home > Maryland > Baltimore', '',
    'Divers search the Patapsco as port stays closed', '', 'By Marisa Kent, Staff Writer', 'Published March 26, 2024, 8:52 p.m. EDT | Updated March 27, 2024', '',
    'Share this story: Facebook | X | LinkedIn | Email | Copy link', '', LEDE, '', 'Advertisement', '', SECOND, '', '“We will bring them home.”', '',
    'Related coverage', 'Port workers wait for news', 'How the bridge fell', '', THIRD, '',
    'Follow us on WhatsApp for the latest news', 'We use cookies to give you the best experience. By continuing you agree to our cookie policy.',
    'Subscribe to our newsletter', 'Copyright 2024 The Harbour Ledger. All rights reserved.', 'Page 1 of 1',
  ].join('\n'));

  it('finds the headline under the skip link, masthead and breadcrumbs, completing the cut tab title', () => {
    expect(a.title).toBe('Divers search the Patapsco as port stays closed');
    expect(a.titleTruncated).toBeUndefined();
    expect(a.standfirst).toBeNull();
  });

  it('keeps every paragraph, a one-line quotation too, and nothing else', () => {
    expect(a.paragraphs).toEqual([LEDE, SECOND, '“We will bring them home.”', THIRD]);
  });

  it('logs every line it removed', () => {
    expect(removed(a)).toEqual(expect.arrayContaining([
      'Skip to main content', 'The Harbour Ledger', 'Home > Maryland > Baltimore', 'Share this story: Facebook | X | LinkedIn | Email | Copy link',
      'Advertisement', 'Related coverage', 'Port workers wait for news', 'How the bridge fell', 'Follow us on WhatsApp for the latest news',
      'Subscribe to our newsletter', 'Page 1 of 1',
    ]));
  });

  it('reads the publication and update dates, the publisher and the author, each with its evidence', () => {
    expect(a.date).toEqual({ value: '2024-03-26', from: 'text', evidence: 'Published March 26, 2024, 8:52 p.m. EDT | Updated March 27, 2024' });
    expect(a.updated?.value).toBe('2024-03-27');
    expect(a.publisher).toMatchObject({ value: 'The Harbour Ledger', from: 'text' });
    expect(a.author).toMatchObject({ value: 'Marisa Kent', from: 'text' });
  });
});

describe('a government press release', async () => {
  const a = await ingestText('release.txt', [
    'OFFICE OF THE GOVERNOR', 'State House, 100 State Circle, Annapolis, MD 21401', '', 'FOR IMMEDIATE RELEASE', '',
    'Governor Announces Relief Fund for Port Workers', '', 'Grants of up to $5,000 for workers who lost hours during the closure', '',
    `ANNAPOLIS, MD (April 5, 2024) — ${SECOND}`, '', THIRD, '', '###', '', 'Media Contacts:', 'Office of Communications', '(410) 555-0100', 'press@governor.example.gov',
  ].join('\n'));

  it('takes the headline and standfirst, not the letterhead', () => {
    expect(a.title).toBe('Governor Announces Relief Fund for Port Workers');
    expect(a.standfirst).toBe('Grants of up to $5,000 for workers who lost hours during the closure');
  });

  it('reads the date in the dateline (which stays in the paragraph) and the publisher from the letterhead', () => {
    expect(a.paragraphs).toEqual([`ANNAPOLIS, MD (April 5, 2024) — ${SECOND}`, THIRD]);
    expect(a.date).toMatchObject({ value: '2024-04-05', from: 'text' });
    expect(a.publisher.value).toBe('Office of the Governor');
  });

  it('keeps a short closing sentence that follows an advertisement', async () => {
    const b = await ingestText('closing.txt', ['River search resumes', '', LEDE, '', SECOND, '', 'Advertisement', '', '“It is not over,” she said.'].join('\n'));
    expect(b.paragraphs).toEqual([LEDE, SECOND, '“It is not over,” she said.']);
  });

  it('removes the end mark and the contact block after it', () => {
    expect(removed(a)).toEqual(expect.arrayContaining(['###', 'Media Contacts:', 'Office of Communications', '(410) 555-0100', 'press@governor.example.gov']));
  });
});

describe('kickers, standfirsts and leads that are not headlines', async () => {
  it('skips a Title Case kicker above the headline and a standfirst written as a sentence', async () => {
    const a = await ingestText('kicker.txt', ['THE EVENING STAR', 'Olympic Games 2024', '', 'Boats carry athletes along the Seine in the rain', '', 'The first opening ceremony held outside a stadium drew crowds to the quays.', '', SECOND, '', THIRD].join('\n'));
    expect(a.title).toBe('Boats carry athletes along the Seine in the rain');
    expect(a.publisher.value).toBe('The Evening Star');
    expect(a.paragraphs).toEqual(['The first opening ceremony held outside a stadium drew crowds to the quays.', SECOND, THIRD]);
  });

  it('keeps an all-capitals headline of a few words followed by its standfirst', async () => {
    const a = await ingestText('tabloid.txt', ['SHOWBIZ', '', 'TOWER OF POWER', '', 'Star’s comeback from the Eiffel Tower steals the show at soggy Seine opener', '', SECOND, '', THIRD].join('\n'));
    expect(a.title).toBe('TOWER OF POWER');
    expect(a.standfirst).toBe('Star’s comeback from the Eiffel Tower steals the show at soggy Seine opener');
  });

  it('removes nothing above a short first paragraph that is no headline', async () => {
    const short = 'Officials in Quetta said on Tuesday that licences would be reviewed before the end of the year.';
    const a = await ingestText('short-lede.txt', [short, '', 'Twelve licences are affected, officials said.', '', SECOND, '', THIRD].join('\n'));
    expect(a.paragraphs).toEqual([short, 'Twelve licences are affected, officials said.', SECOND, THIRD]);
    expect(a.titleFrom).toBe('derived');
  });
});

describe('metadata is never invented', async () => {
  it('leaves the date and publisher unknown when the text does not state them', async () => {
    const a = await ingestText('plain.txt', `River search resumes\n\n${LEDE}\n\nDivers said on Friday that the search would go on. ${SECOND}`);
    expect(a.date).toEqual({ value: null, from: null });
    expect(a.publisher).toEqual({ value: null, from: null });
    expect(a.author).toEqual({ value: null, from: null });
  });

  it('takes no section label for a masthead', async () => {
    const a = await ingestText('label.txt', ['SCIENCE & SPACE', 'FEATURE', '', 'Rover finds water ice near the pole', '', SECOND, '', THIRD].join('\n'));
    expect(a.title).toBe('Rover finds water ice near the pole');
    expect(a.publisher).toEqual({ value: null, from: null });
  });

  it('reads no date from a weekday or a day without its year, nor from dates in the story', () => {
    expect(statedDates('on Friday')).toEqual([]);
    expect(statedDates('LONDON, July 5 (Wire) —')).toEqual([]);
    expect(isDateLine('The election of July 4, 2024 was won on a third of the vote.')).toBe(false);
  });

  it('reads the site named in a pasted tab title', async () => {
    const a = await ingestText('tab.txt', ['River search resumes as port stays shut | Island Ledger', 'Skip to main content', '', 'River search resumes as port stays shut', '', SECOND, '', THIRD].join('\n'));
    expect(a.title).toBe('River search resumes as port stays shut');
    expect(a.publisher).toMatchObject({ value: 'Island Ledger', from: 'text' });
    expect(a.paragraphs).toEqual([SECOND, THIRD]);
  });

  it('marks a headline cut with "…" when no full version is in the input', async () => {
    const a = await ingestText('cut.txt', `Fed cuts rates by half a point, first reduction since…\n\nPosted 3/29/2024\n\n${SECOND}\n\n${THIRD}`);
    expect(a.title).toBe('Fed cuts rates by half a point, first reduction since…');
    expect(a.titleTruncated).toBe(true);
    expect(a.date.value).toBe('2024-03-29');
  });
});

describe('dates as outlets print them', () => {
  it.each([
    ['Published March 26, 2024, 8:52 p.m. EDT', '2024-03-26'],
    ['Wed 27 Mar 2024 06.10 EDT', '2024-03-27'],
    ['Posted 3/29/2024', '2024-03-29'],
    ['Sep 18, 2024, 16:45 ET', '2024-09-18'],
    ['Thursday, September 19, 2024', '2024-09-19'],
    ['SEATTLE, Sept. 13, 2024', '2024-09-13'],
  ])('%s', (line, date) => {
    expect(isDateLine(line)).toBe(true);
    expect(statedDates(line)[0]?.date).toBe(date);
  });

  it('keeps the day as printed whatever the time zone, and tells "Updated" apart', () => {
    expect(statedDates('Fri 26 Jul 2024 23.58 PDT')[0]?.date).toBe('2024-07-26');
    expect(statedDates('Posted 9/18/2024 | Updated 9/19/2024').map((d) => d.updated)).toEqual([false, true]);
  });
});

describe('republished copies', async () => {
  it('keeps the original publisher and date apart from the copy\'s own', async () => {
    const a = await ingestText('copy.txt', [
      'COMMONS REVIEW', '', 'Why the count took all night', '', 'Posted 7/8/2024', 'By Dr. Jane Roe, Senior Lecturer in Politics', '',
      'Republished from The Westminster Journal under a Creative Commons licence. This article originally appeared in The Westminster Journal on July 6, 2024.', '',
      SECOND, '', THIRD, '', 'Read the original article.', '', 'Published by Commons Review · Republish this article',
    ].join('\n'));
    expect(a.publisher).toMatchObject({ value: 'The Westminster Journal', from: 'text' });
    expect(a.date).toMatchObject({ value: '2024-07-06', from: 'text' });
    expect(a.republished?.by.value).toBe('Commons Review');
    expect(a.republished?.date.value).toBe('2024-07-08');
    expect(a.author.value).toBe('Jane Roe');
    expect(a.paragraphs).toEqual([SECOND, THIRD]);
  });

  it('does not call a copy what names its own site as its source', async () => {
    const a = await ingestText('own.txt', `Copyright thenews\n\n${SECOND}\n\nSource: https://www.thenews.com.pk`);
    expect(a.republished).toBeUndefined();
    expect(a.publisher.value).toBe('thenews');
  });
});

describe('a saved web page', async () => {
  it('takes the headline from <title> without the site name, so the slug has none either', async () => {
    const a = await ingestText('page.html', `<!doctype html><html><head><title>Rover finds water ice | Skyline Daily</title></head><body><article><p>${SECOND}</p><p>${THIRD}</p></article></body></html>`);
    expect(a.title).toBe('Rover finds water ice');
    expect(a.slugBase).toBe('rover-finds-water-ice');
    // The page names its site in its <title>: that is where the publisher is read from, and said so.
    expect(a.publisher).toEqual({ value: 'Skyline Daily', from: 'html-meta', evidence: '<title>Rover finds water ice | Skyline Daily</title>' });
  });

  it('reads the publisher from a copyright line in the footer when the page has no publisher metadata', async () => {
    const a = await ingestText('footer.html', `<!doctype html><html><head><title>Rover finds water ice</title></head><body><article><p>${SECOND}</p><p>${THIRD}</p></article><footer><p>© 2023 Skyline Daily Media Group. All rights reserved.</p></footer></body></html>`);
    expect(a.publisher).toMatchObject({ value: 'Skyline Daily', from: 'text' });
    expect(a.paragraphs).toEqual([SECOND, THIRD]);
  });

  it('leaves a photo caption out of the text and logs it', async () => {
    const a = await ingestText('figure.html', `<!doctype html><html><head><title>Rover finds water ice</title></head><body><article><p>${SECOND}</p><figure><img src="x.jpg" alt=""><figcaption>The rover on the lunar surface. Photograph: Space Agency</figcaption></figure><p>${THIRD}</p></article></body></html>`);
    expect(a.paragraphs).toEqual([SECOND, THIRD]);
    expect(a.changes).toContainEqual({ rule: 'photo-caption', before: 'The rover on the lunar surface. Photograph: Space Agency', after: '' });
  });

  it('takes no newspaper name set as <h1> for the headline, and reads a republication note outside the article', async () => {
    const a = await ingestText('syndicated.html', `<!doctype html><html><head><title>Rover finds water ice near the pole</title><meta property="og:site_name" content="Orbit Review"></head><body><h1>Deal Flow Weekly</h1><article><p>${SECOND}</p><p>${THIRD}</p></article><aside><p>This article was originally published by Lunar Post on August 30, 2023.</p></aside></body></html>`);
    expect(a.title).toBe('Rover finds water ice near the pole');
    expect(a.publisher.value).toBe('Lunar Post');
    expect(a.date.value).toBe('2023-08-30');
    expect(a.republished?.by.value).toBe('Orbit Review');
  });

  it('prefers og:title and reads JSON-LD dates, author and publisher', async () => {
    const a = await ingestText('ld.html', `<!doctype html><html><head><title>Short | Section | The Northern Paper</title><meta property="og:title" content="The full headline of the story"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-07-05T08:30:00+01:00","author":{"@type":"Person","name":"Gareth Pollard"},"publisher":{"@type":"Organization","name":"The Northern Paper"}}</script></head><body><article><p>${SECOND}</p><p>${THIRD}</p></article></body></html>`);
    expect(a.title).toBe('The full headline of the story');
    expect(a.date).toMatchObject({ value: '2024-07-05', from: 'html-meta' });
    expect(a.author.value).toBe('Gareth Pollard');
    expect(a.publisher.value).toBe('The Northern Paper');
  });
});

describe('broken words', async () => {
  const a = await ingestText('scan.txt', [
    'Port reopening plan', '',
    'The Transportation Secretary, Pete Butti-', 'gieg, said rebuilding would take years. Governor Wes', 'Mooresaid thePort of Baltimore would reopen by June and', 'the Federal HighwayAdministration released funds. Many', 'hard-working crews came from Balti-', 'more and from beyond, and Mr. Buttigieg thanked them all.',
  ].join('\n'));

  it('rejoins names hyphenated at a line break and splits names run into the next word', () => {
    expect(a.paragraphs[0]).toBe('The Transportation Secretary, Pete Buttigieg, said rebuilding would take years. Governor Wes Moore said the Port of Baltimore would reopen by June and the Federal Highway Administration released funds. Many hard-working crews came from Baltimore and from beyond, and Mr. Buttigieg thanked them all.');
    expect(a.changes.filter((c) => c.rule === 'run-together').map((c) => c.after)).toEqual(['Moore said', 'the Port', 'Highway Administration']);
  });

  it('keeps the hyphen of a compound and joins a word broken by the line', () => {
    expect(keepsHyphen('hard', 'working', [])).toBe(true);
    expect(keepsHyphen('long', 'term', [])).toBe(true);
    expect(keepsHyphen('investiga', 'tors', [])).toBe(false);
    expect(keepsHyphen('some', 'thing', [])).toBe(false);
    expect(keepsHyphen('Guate', 'mala', [])).toBe(false);
    // A name's start that is no word, and a short tail that happens to be one.
    expect(keepsHyphen('Pinel', 'las', [])).toBe(false);
    expect(keepsHyphen('Notre', 'Dame', [])).toBe(true);
    expect(keepsHyphen('Well', 'known', [])).toBe(true);
    // The article's own spelling decides first.
    expect(keepsHyphen('co', 'operation', ['co-operation is the word here'])).toBe(true);
  });
});

describe('chrome kinds', () => {
  it.each([
    ['Skip to main content', 'skip-link'],
    ['We use cookies to improve your experience on our site. By using our site, you consent to cookies. Learn more', 'cookie-notice'],
    ['News | Sport | Showbiz | TV | Money', 'navigation'],
    ['Politics • Analysis', 'navigation'],
    ['Follow us on WhatsApp for the latest news', 'app-promo'],
    ['Comments (212)', 'comments'],
    ['Purchase Licensing Rights', 'legal'],
    ['The wreckage rests on the ship. (Ledger photo)', 'caption'],
    ['18.02 BST', 'timestamp'],
    ['Image source, Getty Images', 'image'],
    ['4 min read', 'video-chrome'],
    ['View original content to download multimedia: https://www.example.com/news/123', 'republish-link'],
    ['https://www.example.com/story', 'bare-link'],
  ])('%s is %s', (line, rule) => {
    expect(chromeRule(line)).toBe(rule);
  });

  it('leaves article sentences alone, also short ones and ones about cookies or navigation', () => {
    for (const line of [
      '“We will bring them home.”', 'The bakery sold cookies to the rescue crews all night, and the crowd agreed it helped.', 'Officials said the channel would reopen.',
      'Labour won 411 seats.', 'The forum was sponsored by the World Bank, officials said.', 'Topics discussed included trade and security.',
      'Get the facts right, he said.', 'Readers can unsubscribe from the alerts at any time, the agency said in a statement on its website about the change.',
    ]) expect(chromeRule(line)).toBeNull();
  });

  it('writes a name printed in capitals as it is written in running text', () => {
    expect(nameAsWritten('OFFICE OF GOVERNOR WES MOORE')).toBe('Office of Governor Wes Moore');
    expect(nameAsWritten('The Daily Clarion')).toBe('The Daily Clarion');
  });
});

describe('outlet shapes of issue #14 (written for the test)', () => {
  it('a blog post: the readers’ comments under their heading leave, the category above the headline is a kicker, "Posted on … by" is the byline', async () => {
    const a = await ingestText('blog-comments.txt', [
      'Skip to content', 'Harbour Notes', '', 'Local life', 'Why the ferry still matters to the island', 'Posted on March 3, 2024 by Ana Ruiz', '',
      LEDE, '', SECOND, '', THIRD, '', 'Categories: Local life', '',
      '2 thoughts on “Why the ferry still matters to the island”', '', 'Tom B.', 'March 3, 2024 at 8:12 pm', 'Great piece, thank you for writing it up so carefully.', 'Reply', '',
      'Mira', 'March 4, 2024 at 7:02 am', 'I remember the old ferry well and the long queues on summer evenings.', 'Reply',
    ].join('\n'));
    expect(a.title).toBe('Why the ferry still matters to the island');
    expect(a.author.value).toBe('Ana Ruiz');
    expect(a.date.value).toBe('2024-03-03');
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
  });

  it('a forwarded e-mail: the covering note and its headers leave; the forwarded release is the article', async () => {
    const a = await ingestText('fwd.txt', [
      'From: Desk <desk@paper.example>', 'Date: Sat, 9 Mar 2024 09:00:00 -0500', 'Subject: Fwd: port update', '',
      'Can we run this on the community page tonight? It is their release, not ours, so please leave off any byline.', 'J.', '',
      '---------- Forwarded message ---------', 'From: Port Authority <media@port.example>', 'Date: Fri, Mar 8, 2024 at 5:00 PM', 'Subject: Port update', '',
      'Port Reopens Second Channel as Salvage Continues', '', LEDE, '', SECOND,
    ].join('\n'));
    expect(a.title).toBe('Port Reopens Second Channel as Salvage Continues');
    expect(a.date.value).toBe('2024-03-08');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a printed page: the header and footer it repeats on every page leave and the paragraph cut by the page break is joined', async () => {
    const cut = THIRD.indexOf(' the first step');
    const a = await ingestText('print.txt', [
      '10/03/2024, 09:15    Divers search the Patapsco as port stays… | Harbour Ledger', '',
      'Divers search the Patapsco as port stays closed', '', LEDE, '', SECOND, '', THIRD.slice(0, cut), '',
      'https://ledger.example/2024/03/09/divers-search    1/2', '10/03/2024, 09:15    Divers search the Patapsco as port stays… | Harbour Ledger', '',
      THIRD.slice(cut + 1), '', 'https://ledger.example/2024/03/09/divers-search    2/2',
    ].join('\n'));
    expect(a.title).toBe('Divers search the Patapsco as port stays closed');
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
  });

  it('TOML front matter gives the title and author', async () => {
    const a = await ingestText('toml.md', ['+++', 'title = "Three hours on the ferry"', 'author = "Ana Ruiz"', 'tags = ["travel"]', '+++', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('Three hours on the ferry');
    expect(a.author.value).toBe('Ana Ruiz');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('names the publisher from the site name a blog prints over its menu, and from a release\'s "About" section', async () => {
    const blog = await ingestText('site.txt', ['Skip to content', 'Letters from the Harbour', 'Notes on island life', 'Menu', 'Home', 'About', '', 'Why the ferry still matters', '', LEDE, '', SECOND].join('\n'));
    expect(blog.publisher.value).toBe('Letters from the Harbour');
    const release = await ingestText('about.txt', ['FOR IMMEDIATE RELEASE', '', 'Port Reopens Second Channel', '', `BALTIMORE (March 8, 2024) — Harbour Pilots Association said the second channel reopened today. ${SECOND}`, '', SECOND, '', THIRD, '', 'About Harbour Pilots Association', 'Harbour Pilots Association guides ships into the port of Baltimore and has done so since 1852, with forty pilots.'].join('\n'));
    expect(release.publisher.value).toBe('Harbour Pilots Association');
    const plain = await ingestText('no-site.txt', ['Why the ferry still matters', '', LEDE, '', SECOND].join('\n'));
    expect(plain.publisher.value).toBeNull();
  });

  it('never removes a paragraph for naming its author or a comment', async () => {
    const own = 'Ana Ruiz is not the only one who remembers the queues: the harbour master said on Friday that the old timetable had been kept in a drawer at the terminal for thirty years.';
    const a = await ingestText('keep.txt', ['Why the ferry still matters', 'By Ana Ruiz', '', LEDE, '', own, '', SECOND].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, own, SECOND]);
  });
});

describe('outlet shapes of the third evaluation batch (written for the test)', () => {
  it('wire copy: the version and topic codes leave the headline; the advisory, slug, contact and keywords lines leave the text', async () => {
    const a = await ingestText('wire-update.txt', [
      'HARBOUR NEWS AGENCY  |  GENERAL NEWS', 'PORT-BALTIMORE/CHANNEL (UPDATE 2)', '', 'UPDATE 2-Shipping-Port reopens second channel as salvage goes on', '',
      '    (Adds pilots\' statement in paragraph 3, details of', '    salvage in paragraph 2)', '', LEDE, '', SECOND, '', THIRD, '',
      '    ((ana.ruiz@harbournews.example; +1 410 555 0142))', '', 'Keywords: PORT-BALTIMORE/CHANNEL', 'Related coverage:', '(c) Copyright Harbour News Agency 2024. Click For Restrictions - https://harbournews.example/terms',
    ].join('\n'));
    expect(a.title).toBe('Port reopens second channel as salvage goes on');
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
    expect(a.changes.map((c) => c.rule)).toEqual(expect.arrayContaining(['wire-version-prefix', 'wire-advisory', 'wire-slug']));
  });

  it('a newsletter digest: its e-mail headers, greeting and contents list leave; the numbered item is the article, up to the next item', async () => {
    const a = await ingestText('digest.txt', [
      'From: Harbour Weekly <hello@harbourweekly.example>', 'Date: Fri, 8 Mar 2024 13:02:44 +0000', 'List-Unsubscribe: <https://harbourweekly.example/u/1>', 'Content-Type: text/plain; charset="utf-8"', '',
      'View this email in your browser: https://harbourweekly.example/issues/12', '', 'Hi all, and welcome to the many of you who signed up this week. Yes, we will talk about the channel.', '',
      'IN THIS ISSUE', '1. Port reopens second channel', '2. Ferry timetable changes', '',
      '1. Port reopens second channel', 'by Ana Ruiz', '', LEDE, '', SECOND, '', '2. Ferry timetable changes', '', THIRD,
    ].join('\n'));
    expect(a.title).toBe('Port reopens second channel');
    expect(a.author.value).toBe('Ana Ruiz');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a translated copy: the original publisher and its date in Spanish are read; the original headline line leaves', async () => {
    const a = await ingestText('translated.txt', [
      'Port reopens second channel', '', 'Original headline: «El puerto reabre un segundo canal»', '', LEDE, '', SECOND, '',
      'This article was first published in Spanish by El Diario del Puerto on 8 de marzo de 2024. Translated by Tom Ashby.',
    ].join('\n'));
    expect(a.publisher.value).toBe('El Diario del Puerto');
    expect(a.date.value).toBe('2024-03-08');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a government page: the "From:" office publishes it on the date it says it was published, not a date from its update history', async () => {
    const a = await ingestText('gov.html', [
      '<html><head><title>Port reopens second channel - GOV.EXAMPLE</title></head><body><main>', '<h1>Port reopens second channel</h1>',
      '<dl><dt>From:</dt><dd><a href="/ports">Office of Port Safety</a></dd><dt>Published</dt><dd>8 March 2024</dd></dl>',
      `<p>${LEDE}</p><p>${SECOND}</p>`, '<ul><li><time>10 March 2024</time> Added salvage details.</li><li><time>8 March 2024</time> First published.</li></ul>',
      '<footer><p>© Crown copyright</p></footer></main></body></html>',
    ].join('\n'));
    expect(a.publisher.value).toBe('Office of Port Safety');
    expect(a.date.value).toBe('2024-03-08');
  });

  it('a blogging platform\'s post: its menu, member label, follow buttons, reading time and counters leave; the lone name over them is the byline', async () => {
    const a = await ingestText('platform.txt', [
      'Why the ferry still matters to the… | by Ana Ruiz | Mar, 2024 | Medium', 'Open in app', 'Sign up', 'Sign in', 'Write', 'Member-only story', '',
      'Why the ferry still matters to the island', 'A harbour pilot reads the timetable', 'Ana Ruiz', '·', 'Follow', '6 min read', '·', 'Mar 3, 2024', '1.2K', '31', '', 'Listen', '', 'Share', '',
      LEDE, '', SECOND, '', THIRD,
    ].join('\n'));
    expect(a.title).toBe('Why the ferry still matters to the island');
    expect(a.author.value).toBe('Ana Ruiz');
    expect(a.date.value).toBe('2024-03-03');
    expect(a.publisher.value).toBeNull();
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
  });

  it('a podcast\'s show notes: the player, chapter times and headings leave; a timed sentence of a live page stays', async () => {
    const a = await ingestText('podcast.txt', [
      'Port reopens second channel', '', 'Episode 87 · 52 min', 'Loading player…', '', 'Show notes', '', LEDE, '', SECOND, '',
      'Chapters', '00:00 Cold open', '04:12 The second channel', '', 'Transcript (excerpt)', '', THIRD, '', '10:30 a.m. Pilots said the channel would open before noon on Friday.',
    ].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD, '10:30 a.m. Pilots said the channel would open before noon on Friday.']);
  });

  it('a web clipper\'s note: the source address is the URL, not the publisher; the site and wiki-linked authors are read; hidden comments leave', async () => {
    const a = await ingestText('clip.md', [
      '---', 'title: "Port reopens second channel"', 'source: "https://www.harbourledger.example/2024/03/08/port-reopens/"', 'author:', '  - "[[Ana Ruiz]]"', 'site: "The Harbour Ledger"', 'published:', 'created: 2024-03-10', '---', '',
      '%% ask the pilots about the night shift %%', '', LEDE, '', SECOND,
    ].join('\n'));
    expect(a.publisher.value).toBe('The Harbour Ledger');
    expect(a.url.value).toBe('https://www.harbourledger.example/2024/03/08/port-reopens/');
    expect(a.author.value).toBe('Ana Ruiz');
    expect(a.date.value).toBeNull();
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a phone-saved page: no date from "3h ago"; the innermost byline, or the link to the reporter\'s page, names the author', async () => {
    const page = (byline: string) => `<html><head><meta property="og:title" content="Port reopens second channel"></head><body><main><div class="m-meta">${byline}<p class="m-time">3h ago</p></div><p>${LEDE}</p><p>${SECOND}</p></main></body></html>`;
    const boxed = await ingestText('boxed.html', page('<div class="byline"><span class="name">By Ana Ruiz</span> <span class="role">Harbour Reporter</span> <span>3 days ago</span></div>'));
    expect(boxed.author.value).toBe('Ana Ruiz');
    expect(boxed.date.value).toBeNull();
    const linked = await ingestText('linked.html', page('<p><a href="/profile/ana-ruiz">Ana Ruiz</a> in Baltimore</p>'));
    expect(linked.author.value).toBe('Ana Ruiz');
  });

  it('a wire copyright line with its restrictions link names the agency in full, over the short name in the dateline', async () => {
    const a = await ingestText('wire-copyright.txt', ['Port reopens second channel', '', `BALTIMORE, March 8 (Harbour) - ${LEDE}`, '', SECOND, '', '(c) Copyright Harbour News Agency 2024. Click For Restrictions - https://harbournews.example/terms'].join('\n'));
    expect(a.publisher.value).toBe('Harbour News Agency');
  });

  it('a web page: the printed <h1> is the headline over a different og:title; a liveblog\'s "First published on <date>" is no republication; a profile address is no author', async () => {
    const a = await ingestText('h1.html', `<html><head><title>Port reopens | The Harbour Ledger</title><meta property="og:title" content="Second channel open as salvage goes on"><meta property="article:author" content="https://harbour.example/profile/ana-ruiz"></head><body><main><h1>Port reopens second channel as salvage continues</h1><div class="contributor"><span class="contributor-name">Ana Ruiz</span></div><p>${LEDE}</p><p>${SECOND}</p><p>First published on Tue 18 Jun 2024 07.05 BST</p></main></body></html>`);
    expect(a.title).toBe('Port reopens second channel as salvage continues');
    expect(a.author.value).toBe('Ana Ruiz');
    expect(a).not.toHaveProperty('republished');
  });

  it('a question is a headline; a company\'s "Pte Ltd" is no part of its name', async () => {
    const a = await ingestText('question.txt', ['HARBOUR MARKETS', '', 'Can the port keep its ships?', '', LEDE, '', SECOND, '', '© 2024 Harbour Markets Pte Ltd. All rights reserved.'].join('\n'));
    expect(a.title).toBe('Can the port keep its ships?');
    expect(a.publisher.value).toBe('Harbour Markets');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('wire copy with paragraphs marked only by an indent: the slug and editors\' note leave, the date line and the agency under the byline are read', async () => {
    const wrap = (t: string) => t.match(/.{1,60}(?:\s|$)/g)!.map((l, i) => (i === 0 ? `   ${l.trim()}` : l.trim())).join('\n');
    const a = await ingestText('indented.txt', ['Mar. 8, 2024 2:22 PM EDT', 'BC-US--Port-Channel, 1st Ld-Writethru, 610', 'Port reopens second channel as salvage continues', 'Eds: UPDATES with pilots\' statement.', 'By ANA RUIZ', 'Harbour Press', wrap(LEDE), wrap(SECOND), wrap(THIRD)].join('\n'));
    expect(a.title).toBe('Port reopens second channel as salvage continues');
    expect(a.date.value).toBe('2024-03-08');
    expect(a.publisher.value).toBe('Harbour Press');
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
  });

  it('a breadcrumb that ends with the headline cut short does not read as article text above the headline', async () => {
    const a = await ingestText('crumb.txt', ['Harbour Evening Post', 'Home › World › Maryland › Baltimore › Port reopens its second shipping channel as the salvage of the…', '', 'Port reopens its second shipping channel as the salvage of the bridge continues', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('Port reopens its second shipping channel as the salvage of the bridge continues');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a print page: a headline set over several lines is one headline; a dek without a full stop, the byline\'s "in <place>" and a photo credit with its caption are no paragraphs', async () => {
    const wrap = (t: string) => t.match(/.{1,55}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const caps = await ingestText('print-caps.txt', ['e-Edition · Text view', 'THE HARBOUR SENTINEL | Sunday, March 10, 2024 | A1', '', 'SALVAGE: WEEK TWO', '', 'CRANES LIFT THE FIRST', 'STEEL FROM THE CHANNEL', '', 'Divers guide the lifts as the port waits for its ships', '', 'BY ANA RUIZ', '', 'PHOTO: JO LEE | Sentinel', 'Cranes lift the first span', 'on Saturday.', '', wrap(LEDE), '', wrap(SECOND)].join('\n'));
    expect(caps.title).toBe('CRANES LIFT THE FIRST STEEL FROM THE CHANNEL');
    expect(caps.paragraphs).toEqual([LEDE, SECOND]);
    const mixed = await ingestText('print-mixed.txt', ['HARBOUR OUTLOOK                        WORLD', '', 'Shaken, not sunk: how', 'the port kept its ships', '', 'The salvage tested everything the harbour had learned since the last storm, and most of it held up', '', 'BY ANA RUIZ', 'in Baltimore', '', wrap(LEDE), '', wrap(SECOND)].join('\n'));
    expect(mixed.title).toBe('Shaken, not sunk: how the port kept its ships');
    expect(mixed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a magazine scan: running heads set in columns leave the text and give the issue date and the name every head prints, never a section label', async () => {
    const wrap = (t: string) => t.match(/.{1,55}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const a = await ingestText('magazine.txt', ['HARBOUR OUTLOOK                                WORLD', '', 'The port that would not close', '', wrap(LEDE), '', '22   HARBOUR OUTLOOK   MARCH 15, 2024', '', wrap(SECOND), '', 'MARCH 15, 2024   HARBOUR OUTLOOK   23'].join('\n'));
    expect(a.publisher).toMatchObject({ value: 'Harbour Outlook', from: 'text' });
    expect(a.date.value).toBe('2024-03-15');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    // The name with the date after a comma, beside a section label; a section label alone names no one.
    const once = await ingestText('folio.txt', ['6A          THE HARBOUR STANDARD          THURSDAY, JULY 4, 2024', '', 'The port that would not close', '', wrap(LEDE), '', wrap(SECOND)].join('\n'));
    expect(once.publisher.value).toBe('The Harbour Standard');
    expect(once.date.value).toBe('2024-07-04');
    const b = await ingestText('examiner.txt', ['16   WORLD           THE HARBOUR EXAMINER, SATURDAY, APRIL 20, 2024', '', 'The port that would not close', '', wrap(LEDE), '', 'THE HARBOUR EXAMINER, SATURDAY, APRIL 20, 2024           WORLD   17', '', wrap(SECOND)].join('\n'));
    expect(b.publisher.value).toBe('The Harbour Examiner');
    expect(b.date.value).toBe('2024-04-20');
    const c = await ingestText('features.txt', ['FEATURES                                  33', '', 'The port that would not close', '', wrap(LEDE), '', wrap(SECOND), '', 'HARBOUR QUARTERLY                    FEATURES'].join('\n'));
    expect(c.publisher.value).toBeNull();
    expect(c.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a sponsor line ("Presented by X – what X sells") names no author; a distributed release\'s "SOURCE X" names its issuer over the site\'s name', async () => {
    const a = await ingestText('sponsor.txt', ['THE HARBOUR BRIEF', '', 'Presented by Dockside – berth booking that keeps ships moving, from €9 a call.', '', 'Port reopens channel', 'By Ana Ruiz', '', LEDE, '', SECOND].join('\n'));
    expect(a.author.value).toBe('Ana Ruiz');
    const b = await ingestText('release.html', `<!doctype html><html><head><meta property="og:site_name" content="PressWire Europe"><title>Harbour Line offers refunds</title></head><body><article><h1>Harbour Line offers refunds</h1><p>${SECOND}</p><p>${THIRD}</p><p>SOURCE Harbour Line</p></article></body></html>`);
    expect(b.publisher).toMatchObject({ value: 'Harbour Line', from: 'text' });
  });

  it('player messages, caption toggles, decorated ad labels, post pagers, like widgets, forward prompts and named sign-ups are chrome', async () => {
    const chrome = ['- Advertisement -', 'hide caption', 'This video can not be played', 'Highlights: Port v City (4:58)', '▶ Listen to this article · 5 min', '← Older post · Newer post →', '*Like this:* Like Loading...', 'Was this forwarded to you? Sign up free at brief.example/join', 'Tips, complaints, praise: reply to this email. We read everything.', 'Sign up to Harbour Notes', 'Get the Harbour Briefing: the day’s top port news, every weekday morning.', 'Duration: 1 minute, 4 seconds', 'Factbox: Who runs the port?', 'Stories like this are possible because of you.', 'Harbour Radio is listener-supported. Make a gift today and keep local reporting strong.', 'Give Now'];
    const a = await ingestText('chrome.txt', ['Port reopens channel', '', LEDE, '', ...chrome.flatMap((c) => [c, '']), SECOND].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a name written with a capital inside (“smartUSA”) that the article writes twice is never split as run-together words', async () => {
    const p1 = 'The smartUSA scheme was launched by the port on Monday, and officials said the first ships had already signed up for it.';
    const p2 = 'Critics of smartUSA said the port had not explained how the scheme would be paid for, or who would run it after the pilot.';
    const a = await ingestText('brand.txt', ['Port launches scheme', '', p1, '', p2].join('\n'));
    expect(a.paragraphs).toEqual([p1, p2]);
  });

  it('a newsletter\'s section headings ("THIS WEEK’S LEAD", "ALSO IN THIS ISSUE", "ELSEWHERE IN THE REGION") and the list under them are no text, and no headline', async () => {
    const a = await ingestText('letter.txt', ['THE HARBOUR BRIEF', '', 'THIS WEEK’S LEAD', '', 'Port reopens channel after salvage', '', 'By Ana Ruiz', '', LEDE, '', SECOND, '', 'ALSO IN THIS ISSUE', '', '• Patch watch: cranes, tugs and a busy week for pilots', '• Jobs: harbour pilot (Kelmouth), crane operator (Tolosa)', '', 'ELSEWHERE IN THE REGION', '', '- Podcast: this week’s episode asks what the salvage means for the ferries. Listen'].join('\n'));
    expect(a.title).toBe('Port reopens channel after salvage');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a note above the headline (two sentences, a web address) is neither the headline nor text', async () => {
    const a = await ingestText('note.txt', ['THE HARBOUR BRIEF', '', 'A note before we start: our Friday issue will be free for everyone this week. If you find the Brief useful, a paid subscription keeps it going – brief.example/support', '', 'Port reopens channel after salvage', '', 'By Ana Ruiz', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('Port reopens channel after salvage');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a press contact on one line (name, role, e-mail, phone) leaves the text; a sentence giving a number and an address stays', async () => {
    const help = 'Residents can call 0117 555 0148 or write to help@port.example for advice on claims.';
    const a = await ingestText('contact.txt', ['Port reopens channel', '', LEDE, '', help, '', SECOND, '', 'Ana Ruiz, Head of Regional Office, ana.ruiz@port.example, +54 11 5555 0142', 'Port Media Relations, Rapid Response Team, (425) 555-0171, media@port.example'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, help, SECOND]);
  });

  it('a note on the writer or translator at the foot leaves the text with its heading; an expert the article quotes stays', async () => {
    const a = await ingestText('bio.txt', ['Port reopens channel', '', 'By Ana Ruiz', '', LEDE, '', SECOND, '', 'ABOUT THE AUTHOR', '', 'Ana Ruiz is the Harbour Ledger\'s port reporter. She has covered shipping since 2015.', '', 'Tom Ashby is a translator from Spanish based in Bristol.'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    expect(a.changes.filter((c) => c.rule === 'contributor-note').map((c) => c.before)).toContain('Tom Ashby is a translator from Spanish based in Bristol.');
    const expert = 'Mara Quint is a professor of engineering at Kelmouth University who has studied the bridge for a decade.';
    const b = await ingestText('expert.txt', ['Port reopens channel', '', LEDE, '', '"The steel was old," said Mara Quint.', '', expert].join('\n'));
    expect(b.paragraphs.at(-1)).toBe(expert);
  });

  it('a release header gives the issuer and date and leaves the text; a headline broken once before a lower-case line is one headline', async () => {
    const a = await ingestText('statement.txt', ['MEDIA STATEMENT                                17 April 2024', '', 'Port council advises members to expect delays after record', 'rainfall closes the harbour road', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('Port council advises members to expect delays after record rainfall closes the harbour road');
    expect(a.date.value).toBe('2024-04-17');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    const b = await ingestText('release.md', ['---', 'title: Salvage begins', '---', '', '**PRESS RELEASE** · Harbour Research Institute · For immediate release', '', LEDE, '', SECOND].join('\n'));
    expect(b.publisher).toMatchObject({ value: 'Harbour Research Institute', from: 'text' });
    expect(b.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a scanned narrow column: running heads with a date leave the text, the column is one paragraph, a drop cap joins its word', async () => {
    const col = (t: string) => t.match(/.{1,40}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const lead = 'The port reopened its second channel on Friday, the first ships moving past the wreck since the collapse, officials said on the quay.';
    const a = await ingestText('scan.txt', ['54   Monday July 15 2024   THE HARBOUR TIMES', '', 'SALVAGE BEGINS', 'AT THE BRIDGE', '', col(`T h${lead.slice(2)}`), '', col(SECOND), '', 'THE HARBOUR TIMES   Monday July 15 2024   55'].join('\n'));
    expect(a.title).toBe('SALVAGE BEGINS AT THE BRIDGE');
    expect(a.date.value).toBe('2024-07-15');
    expect(a.paragraphs).toEqual([lead, SECOND]);
    expect(a.changes).toContainEqual({ rule: 'drop-cap', before: 'T he', after: 'The' });
    // A name no dictionary knows joins when the article writes it whole elsewhere.
    const b = await ingestText('scan-name.txt', ['PORT CHIEF SPEAKS', '', 'W iedefeld said the channel would reopen by the end of May, once the last span was lifted clear.', '', 'Wiedefeld has run the port authority since 2019 and said the crews had worked through every night of the salvage.'].join('\n'));
    expect(b.paragraphs[0]).toBe('Wiedefeld said the channel would reopen by the end of May, once the last span was lifted clear.');
  });

  it('a wire dateline\'s short agency credit ("(Harbour)") gives the agency\'s full name the page prints elsewhere', async () => {
    const a = await ingestText('wire.txt', ['HARBOUR NEWS AGENCY', '', 'Port reopens channel', '', `KELMOUTH, Feb 16 (Harbour) - ${SECOND}`, '', THIRD].join('\n'));
    expect(a.publisher.value).toBe('Harbour News Agency');
  });

  it('terminal wire copy: a version number after the headline, an agency credit without a place, and the closing credits', async () => {
    const a = await ingestText('terminal.txt', ['Port Reopens Channel After Salvage (2)', '2024-04-05 19:48:06 GMT', '', 'By Ana Ruiz', '', `(Harbour Wire) -- ${SECOND}`, '', THIRD, '', '--With assistance from Petra Sandoval.', '', 'To contact the reporter on this story: Ana Ruiz in Baltimore at aruiz@wire.example'].join('\n'));
    expect(a.title).toBe('Port Reopens Channel After Salvage');
    expect(a.publisher.value).toBe('Harbour Wire');
    expect(a.paragraphs).toEqual([`(Harbour Wire) -- ${SECOND}`, THIRD]);
  });

  it('a plain-text e-mail: the heading mark before the headline goes, and the list footer is chrome', async () => {
    const a = await ingestText('mail.txt', ['** Salvage crews reach the span', '', LEDE, '', SECOND, '', 'You are receiving this because you signed up at brief.example.', 'Our mailing address is: The Brief, PO Box 555, Leeds'].join('\n'));
    expect(a.title).toBe('Salvage crews reach the span');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('an aggregator page names the outlet it credits ("via …"), not its own site name', async () => {
    const a = await ingestText('agg.html', `<html><head><meta property="og:site_name" content="Skimreader"><title>Salvage begins</title></head><body><header><span>via <a href="/s/harbour">The Harbour Dispatch</a></span><button>Follow</button></header><article><h1>Salvage crews begin cutting the bridge steel</h1><p>${LEDE}</p><p>${SECOND}</p></article></body></html>`);
    expect(a.publisher.value).toBe('The Harbour Dispatch');
    // Pasted as text, the credit line leaves the text and names the publisher too.
    const b = await ingestText('agg.txt', ['Skimreader', '', 'via The Harbour Dispatch', '', 'Salvage crews begin cutting the bridge steel', '', LEDE, '', SECOND].join('\n'));
    expect(b.publisher.value).toBe('The Harbour Dispatch');
    expect(b.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a Markdown page\'s own headline comes before a shorter front-matter title, and leaves the text', async () => {
    const a = await ingestText('hugo.md', ['---', 'title: "Salvage explained"', '---', '', '# Salvage crews begin cutting the steel that blocks the channel', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('Salvage crews begin cutting the steel that blocks the channel');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    const b = await ingestText('short-h1.md', ['---', 'title: "Salvage crews begin cutting the steel"', '---', '', '# Salvage', '', LEDE].join('\n'));
    expect(b.title).toBe('Salvage crews begin cutting the steel');
    // A section heading that shares no word with the title is not a version of it.
    const c = await ingestText('section-h1.md', ['---', 'title: "Salvage crews begin cutting the steel"', '---', '', '# What the divers found there', '', LEDE].join('\n'));
    expect(c.title).toBe('Salvage crews begin cutting the steel');
  });

  it('MDX written into a Markdown post (imports, components, comments, admonition fences) leaves the text; its authors list names the author', async () => {
    const a = await ingestText('docusaurus.md', ['---', 'title: Notes from the quay', 'authors:', '  - name: Mira Okonjo', '    url: https://notes.example/about', '---', '', "import MatchScore from '@site/src/components/MatchScore';", '', '<MatchScore', '  event="Final"', '  sets={["6-2"]}', '/>', '', LEDE, '', '{/* truncate */}', '', ':::note', '', SECOND, '', ':::', '', 'Import duties from the port rose, officials said.'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND, 'Import duties from the port rose, officials said.']);
    expect(a.author.value).toBe('Mira Okonjo');
  });

  it('reader-funding appeals, channel promos, forward prompts, jump lines, template tags and the site\'s name on its own line are chrome', async () => {
    const a = await ingestText('appeals.txt', ['Harbour Dispatch', '', 'Salvage crews begin cutting the bridge steel', '', LEDE, '', 'The Harbour Dispatch is reader-funded. If our port coverage is useful to you, please consider a contribution.', '', 'Contribute from £1', '', SECOND, '', 'Join the Harbour Dispatch’s WhatsApp channel and get the latest news.', '', 'From A1', '', THIRD, '', 'Full results, page 57', '', 'Enjoying the Dispatch? Forward it to a colleague.', '', 'Harbour Dispatch', '', '© 2024 Harbour Dispatch'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
    const b = await ingestText('jekyll.md', ['---', 'title: Salvage begins', '---', '', LEDE, '', '{% include newsletter-box.html list="port" %}', '', SECOND].join('\n'));
    expect(b.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a podcast transcript: episode label, time stamps and speaker labels are chrome, the host is the author, the date line may carry a length', async () => {
    const wrap = (t: string) => t.match(/.{1,60}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const a = await ingestText('transcript.txt', ['Harbour Hour — Episode 412', '“Salvage begins at the bridge”', 'Published: May 10, 2024 · 14 min', 'Host: Clara Ventura', '', '[00:00:00] [THEME MUSIC]', '', `[00:00:41] CLARA VENTURA:\n${wrap(SECOND)}`, '', `[00:01:12] TOMÁS HELLER:\n${wrap(THIRD)}`, '', 'Subscribe to Harbour Hour wherever you get your podcasts.'].join('\n'));
    expect(a.author.value).toBe('Clara Ventura');
    expect(a.date.value).toBe('2024-05-10');
    expect(a.paragraphs).toEqual([SECOND, THIRD]);
  });

  it('a compiled social thread\'s post numbers and reaction counts, and a fenced code block, leave the text', async () => {
    const a = await ingestText('thread.md', ['---', 'title: Salvage, live', '---', '', '**1/2** · 19:01', '', LEDE, '', '↩ 4 🔁 31 ⭐ 88', '', '**2/2** · 19:42', '', SECOND, '', '```swift', 'struct Intent: AppIntent {', '  static var title = "Open"', '}', '```', '', '↩ 2 🔁 12 ⭐ 40'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a forum thread: its software\'s buttons, profile fields and footers are chrome, and the post\'s byline names its author', async () => {
    const a = await ingestText('forum.txt', ['Quick links FAQ Register Login', '', 'Post Reply', 'Search this topic…', '', 'Salvage crews begin cutting the bridge steel', '', 'by harbourwatcher » Sun May 12, 2024 8:31 am', '', LEDE, '', SECOND, '', 'Last edited by harbourwatcher on Sun May 12, 2024 9:03 am, edited 1 time in total.', '', 'harbourwatcher', 'Posts: 4812', 'Joined: Sat Mar 14, 2015 8:02 pm', 'Location: Tampere', '', 'Top', '', 'Who is online', 'Users browsing this forum: No registered users and 38 guests', 'Powered by phpBB® Forum Software © phpBB Limited'].join('\n'));
    expect(a.author.value).toBe('harbourwatcher');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a radio transcript\'s sound cues and disclaimer and a page\'s language switch are chrome', async () => {
    const a = await ingestText('radio.txt', ['Salvage crews begin cutting the bridge steel', '', 'Leer en español', '', LEDE, '', '(SOUNDBITE OF SONG, "THE CODE")', '', SECOND, '', 'This transcript was created on a rush deadline. This text may not be in its final form.'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a live page\'s time stamp over a hard-wrapped entry is no part of it, and the entry is kept whole', async () => {
    const wrap = (t: string) => t.match(/.{1,66}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const a = await ingestText('live.txt', ['Salvage crews begin cutting the bridge steel – as it happened', '', '19.40 GMT', wrap(SECOND), '', '18.05 GMT', wrap(THIRD)].join('\n'));
    expect(a.paragraphs).toEqual([SECOND, THIRD]);
  });

  it('a publication time given in UTC gives way to the same instant in the page\'s own time zone', async () => {
    const page = (meta: string, shown: string) => `<html><head><meta property="article:published_time" content="${meta}"></head><body><article><h1>Salvage crews begin cutting the bridge steel</h1><p>Malmö - <time datetime="${shown}">May 12, 2024 - 00:37 CEST</time></p><p>${LEDE}</p></article></body></html>`;
    expect((await ingestText('utc.html', page('2024-05-11T22:37:00Z', '2024-05-12T00:37:00+02:00'))).date.value).toBe('2024-05-12');
    // Another instant is another time: the meta date stands.
    expect((await ingestText('utc2.html', page('2024-05-11T20:00:00Z', '2024-05-12T00:37:00+02:00'))).date.value).toBe('2024-05-11');
  });

  it('a Markdown file opening with MultiMarkdown (Pelican) metadata lines reads them as front matter', async () => {
    const a = await ingestText('pelican.md', ['Title: The day the harbour closed', 'Date: 2024-04-18 21:04', 'Authors: Priya Raman', 'Tags: port, floods', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('The day the harbour closed');
    expect(a.date.value).toBe('2024-04-18');
    expect(a.author.value).toBe('Priya Raman');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a newsletter\'s pitch and a government page\'s type label and update history leave the text', async () => {
    const a = await ingestText('pitch.txt', ['News story', '', 'Port reopens second channel', '', LEDE, '', '👋', '', 'New here? The Harbour Dispatch is a free weekly newsletter on the port.', '', SECOND, '', THIRD, '', 'Get the Dispatch every Tuesday', 'One email a week on the harbour. No spam, unsubscribe any time.', '', 'Updates to this page', '', 'Published 8 March 2024', '', '9 March 2024 — Added the salvage plan.'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
  });

  it('a section label beside the date, a staff credit, a cry in capitals and a short lede under the date line do not take the headline', async () => {
    const a = await ingestText('agency.txt', ['HARBOUR NEWS AGENCY', 'SCIENCE | 23 Aug 2023 | 14:20 GMT', '', 'Divers resume search for missing workers', '', LEDE, '', SECOND].join('\n'));
    expect(a.title).toBe('Divers resume search for missing workers');
    expect(a.date.value).toBe('2023-08-23');
    const b = await ingestText('staff.txt', ['Divers resume search for missing workers', '', 'Published Aug. 21, 2023, 6:48 p.m. HST', '', 'Harbour Ledger Staff', '', LEDE, '', SECOND, '', 'Copyright 2023 Harbour Ledger'].join('\n'));
    expect(b.title).toBe('Divers resume search for missing workers');
    expect(b.paragraphs).toEqual([LEDE, SECOND]);
    const short = 'THE last of the four workers was found on Friday, a week after the bridge fell.';
    const c = await ingestText('tabloid.txt', ['THE EVENING HARBOUR', 'NEWS  >  LOCAL', '', 'FOUND!', '', 'Divers end a week of searching in the river', '', 'By Jack Rowntree, Chief Reporter', 'Published: 23:14, 18 Dec 2022', '', short, '', SECOND].join('\n'));
    expect(c.title).toBe('FOUND!');
    expect(c.standfirst).toBe('Divers end a week of searching in the river');
    expect(c.paragraphs).toEqual([short, SECOND]);
    expect(c.date.value).toBe('2022-12-18');
  });

  it('a bare <title> that is the site name printed in the header is the publisher, and the headline is found in the text', async () => {
    const a = await ingestText('office.html', `<!doctype html><html><head><title>Harbour Information Office</title></head><body><div class="header"><div>Harbour Information Office<br>Port Authority</div></div><div class="release"><div>Department of Ports</div><h2>Second channel reopens to ships after the collapse</h2><div>Posted On: 23 AUG 2023 7:32PM by HIO Baltimore</div><p>${LEDE}</p><p>${SECOND}</p><p>${THIRD}</p></div></body></html>`);
    expect(a.title).toBe('Second channel reopens to ships after the collapse');
    expect(a.publisher).toMatchObject({ value: 'Harbour Information Office' });
    expect(a.date.value).toBe('2023-08-23');
    expect(a.author.value).toBeNull();
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
    const b = await ingestText('blog.txt', ['Divers resume search for missing workers', '', 'Posted on March 5, 2024 by Jane Doe', '', LEDE, '', SECOND].join('\n'));
    expect(b.author.value).toBe('Jane Doe');
    expect(b.date.value).toBe('2024-03-05');
  });

  it('a newsletter issue line and a release dateline with its date between two dashes give the date', async () => {
    const a = await ingestText('issue.txt', ['Divers resume search for missing workers', '', 'Sunday, October 15, 2023 · Issue #212', '', LEDE, '', SECOND].join('\n'));
    expect(a.date.value).toBe('2023-10-15');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    const lede = 'REDMOND, Wash. — Oct. 13, 2023 — The harbour authority today announced that the second channel has reopened to ships, the first to move past the wreck since the collapse, and that a third channel would follow within weeks.';
    const b = await ingestText('release.txt', ['Harbour authority reopens the second channel', '', lede, '', SECOND].join('\n'));
    expect(b.date.value).toBe('2023-10-13');
  });

  it('a byline element that prints only the names, or names its class in another language, gives the authors', async () => {
    const page = (byline: string) => `<!doctype html><html><head><title>Divers resume search | Harbour Daily</title></head><body><main><h1>Divers resume search for missing workers</h1>${byline}<p>${LEDE}</p><p>${SECOND}</p><p>${THIRD}</p></main></body></html>`;
    expect((await ingestText('names.html', page('<p class="byline">Rob Kenning and Amy Lowe</p>'))).author.value).toBe('Rob Kenning and Amy Lowe');
    expect((await ingestText('autor.html', page('<div class="autoria">By <span class="autor">Júlia Brandão</span></div>'))).author.value).toBe('Júlia Brandão');
    expect((await ingestText('staff.html', page('<p class="byline">Staff Reporter</p>'))).author.value).toBeNull();
  });

  it('a printed page: an index line, a folio with the date and price or page, a caption credited in capitals, a headline and deck broken after any word', async () => {
    const col = (t: string) => t.match(/.{1,40}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const a = await ingestText('front.txt', ['INSIDE · Lotto results, A2 · Obituaries, B6 · Weather, B8', '', 'THE HARBOUR MERCURY', 'Baltimore, Md.    FRIDAY, JUNE 23, 2023    $2.50', '', 'Regulators seize', 'Harbour Bridge Site', '', 'Salvage is the largest', 'U.S. harbour job since 2008', '', 'By GRACE KEARSEY', '', 'The Harbour Bridge before the collapse in', 'March 2024. MERCURY FILE PHOTO', '', col(LEDE), '', col(SECOND)].join('\n'));
    expect(a.title).toBe('Regulators seize Harbour Bridge Site');
    expect(a.standfirst).toBe('Salvage is the largest U.S. harbour job since 2008');
    expect(a.date.value).toBe('2023-06-23');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    const b = await ingestText('inside.txt', ['14   THE HARBOUR MERCURY   Thursday, May 11, 2023', '', 'CROWDS BRAVE THE RAIN', 'TO SEE THE SALVAGE', '', col(LEDE), '', col(SECOND)].join('\n'));
    expect(b.title).toBe('CROWDS BRAVE THE RAIN TO SEE THE SALVAGE');
    expect(b.date.value).toBe('2023-05-11');
    expect(b.publisher.value).toBe('The Harbour Mercury');
  });

  it('wire and newsletter details: an agency\'s initials spelled out, a copyright name without its comma, an issue number, a section path, release fields and footers', async () => {
    const wire = (lede: string) => ['PENNANT NEWS SERVICE -- WORLD SERVICE', 'World | Middle East & Africa', '', 'Divers resume search for missing workers', '', lede, '', SECOND].join('\n');
    const a = await ingestText('wire.txt', wire(`LONDON (PNS) — ${LEDE.replace('BALTIMORE — ', '')}`));
    expect(a.title).toBe('Divers resume search for missing workers');
    expect(a.publisher.value).toBe('Pennant News Service');
    const b = await ingestText('letter.txt', ['HARBOUR BRIEF', 'Wednesday 22 November 2023 · Issue No. 214', '', 'Divers resume search for missing workers', '', LEDE, '', 'Story continues below advertisement', '', SECOND, '', "The week's biggest stories from the port, every Thursday.", '', 'You’re receiving this because you signed up for Harbour Brief.', 'Harbour Brief · 8581 Santa Monica Blvd #555 · West Hollywood, CA 90069', 'Copyright © 2023 Harbour Brief Media, all rights reserved.'].join('\n'));
    expect(b.date.value).toBe('2023-11-22');
    expect(b.publisher.value).toBe('Harbour Brief');
    expect(b.paragraphs).toEqual([LEDE, SECOND]);
    const morning = await ingestText('morning.txt', ['HARBOURLINE MORNING', '', 'Divers resume search for missing workers', '', LEDE, '', SECOND, '', '© 2023 Harbourline Media LLC'].join('\n'));
    expect(morning.publisher.value).toBe('Harbourline Morning');
    const c = await ingestText('release.txt', ['BizWire -- Entertainment & Media Wire', 'Release ID: BNL-20230927-0412', 'Released: 09/27/2023 08:30 AM PT', 'Industry: Film & Motion Pictures; Television; Labor', '', 'Harbour Lighting Recalls Furloughed Crew', '', LEDE, '', SECOND].join('\n'));
    expect(c.title).toBe('Harbour Lighting Recalls Furloughed Crew');
    expect(c.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('a newsletter e-mail: its sender named again is the publisher, a name-and-date byline, web-view and like links, a reader-supported pitch and the digest\'s other items leave', async () => {
    const a = await ingestText('letter.txt', ['From: Harbour Notes <harbournotes@letters.example>', 'To: reader@mail.example', 'Subject: Salvage', '', 'View this post on the web at https://harbournotes.example/p/salvage', '', 'Divers resume search for missing workers', '', 'Dana Whitfield · Aug 22, 2023', '', LEDE, '', SECOND, '', 'ALSO TODAY', '', '• The city council delayed its vote on parking meters along the waterfront until next month.', '• Ferry fares rise on Monday.', '', 'Like (https://harbournotes.example/p/salvage?action=like) Comment (https://harbournotes.example/p/salvage/comments)', '', 'Harbour Notes is a reader-supported letter about the port. To receive new posts, become a subscriber.', '', '© 2023 Dana Whitfield'].join('\n'));
    expect(a.title).toBe('Divers resume search for missing workers');
    expect(a.author.value).toBe('Dana Whitfield');
    expect(a.date.value).toBe('2023-08-22');
    expect(a.publisher.value).toBe('Harbour Notes');
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('Markdown: a site generator\'s tag on the line above a note is a line of its own, and a republication note set in italics is read', async () => {
    const a = await ingestText('copy.md', ['---', 'title: Divers resume search for missing workers', 'date: 2023-10-11', '---', '', '{{< republished-badge >}}', '*This story was originally published by The Harbour Report on Oct. 10, 2023, and is republished here under a Creative Commons license.*', '', LEDE, '', SECOND].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND]);
    // The copy is cited by its original: publisher and date are the original's, the copy's own date under `republished`.
    expect(a.publisher).toMatchObject({ value: 'The Harbour Report', from: 'text' });
    expect(a.date.value).toBe('2023-10-10');
    expect(a.republished?.date.value).toBe('2023-10-11');
  });

  it('a jump to another page and its head, a reporter\'s contact line, and an "About" heading set over its wrapped paragraph leave', async () => {
    const wrap = (t: string) => t.match(/.{1,40}(?:\s|$)/g)!.map((l) => l.trim()).join('\n');
    const a = await ingestText('jump.txt', ['Divers resume search for missing workers', '', wrap(LEDE), 'Please see BRIDGE, Page B4', '', 'BRIDGE', 'From Page B1', '', wrap(SECOND), '', wrap(THIRD), '', 'Renee Calloway can be reached at rcalloway@harbour.example or 555-0143.', '', `About Harbour Lighting\n${wrap('Founded in 1992 in Sun Valley, California, Harbour Lighting, Inc. rents lighting, grip and power equipment to productions across Southern California. Learn more at harbourlighting.example.')}`].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
  });

  it('a subheading inside the article is logged and kept out of the paragraphs to cite; a heading of the page\'s own sections still goes with what it heads', async () => {
    const a = await ingestText('post.md', ['---', 'title: Divers resume search for missing workers', '---', '', LEDE, '', '## What the crews found', '', SECOND, '', THIRD, '', '## About Harbour Relief', '', 'Harbour Relief is a charity founded in 1992 that supports families of port workers across the region.'].join('\n'));
    expect(a.paragraphs).toEqual([LEDE, SECOND, THIRD]);
    expect(a.changes).toContainEqual({ rule: 'crosshead', before: 'What the crews found', after: '' });
    const b = await ingestText('page.html', `<!doctype html><html><head><title>Divers resume search | Harbour Daily</title></head><body><article><h1>Divers resume search for missing workers</h1><p>${LEDE}</p><h3>What the crews found</h3><p>${SECOND}</p><p>${THIRD}</p><h2>Related stories</h2><ul><li>Port reopens second channel</li><li>Salvage begins</li></ul></article></body></html>`);
    expect(b.paragraphs).toEqual([LEDE, SECOND, THIRD]);
    expect(b.changes).toContainEqual({ rule: 'crosshead', before: 'What the crews found', after: '' });
  });
});
