/**
 * Zotero's "Embedded Metadata" web translator, ported to TypeScript for the
 * tests: what Zotero's browser connector saves from a page that has no
 * site-specific translator (every Sourcebook page). Ported from
 * github.com/zotero/translators "Embedded Metadata.js" at commit
 * f6350edad7f4b627903eb6a5601ac3f700aacfbd (lastUpdated 2026-04-27) and, for
 * the part it delegates, "RDF.js" at commit
 * 6c9e20a05fdfdb524b10ad87d5934850498b8bdb (2026-06-19). Keep the two in sync:
 * each function names the function it ports, in the same order of rules.
 *
 * Ported: the meta-tag scan and item-type choice (`init`), the RDF import of
 * the prefixed tags (`detectType` and `importItem` of RDF.js, for the
 * vocabularies a meta tag can carry: dc, dcterms, og, article, prism,
 * eprints, z, bib/bibo types), the Highwire pass (`addHighwireMetadata`), the
 * last-resort fallbacks (`addLowQualityMetadata`, including the byline and
 * `<time datetime>` reads) and the final clean-up. Left out, because a
 * Sourcebook page carries none of them: parsely JSON, PDF and PMID
 * attachments, ISSN/ISBN/DOI cleaning, RDF containers and creator nodes,
 * custom field mappings. Zotero drops fields an item type does not have; so
 * does `validFields` here, for the types a news page can become.
 */
import { parseHTML } from 'linkedom';

export interface ZoteroCreator {
  firstName?: string;
  lastName: string;
  creatorType: string;
  fieldMode?: 1;
}

/** The item Zotero would save (fields it does not set are absent; accessDate and attachments left out). */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: ZoteroCreator[];
  publicationTitle?: string;
  date?: string;
  url?: string;
  language?: string;
  abstractNote?: string;
  libraryCatalog?: string;
  [field: string]: unknown;
}

// Embedded Metadata.js: HIGHWIRE_MAPPINGS
const HIGHWIRE_MAPPINGS: Record<string, string> = {
  citation_title: 'title',
  citation_publication_date: 'date',
  citation_cover_date: 'date',
  citation_date: 'date',
  citation_journal_title: 'publicationTitle',
  citation_journal_abbrev: 'journalAbbreviation',
  citation_inbook_title: 'publicationTitle',
  citation_book_title: 'bookTitle',
  citation_volume: 'volume',
  citation_issue: 'issue',
  citation_series_title: 'series',
  citation_conference_title: 'conferenceName',
  citation_conference: 'conferenceName',
  citation_dissertation_institution: 'university',
  citation_technical_report_institution: 'institution',
  citation_technical_report_number: 'number',
  citation_publisher: 'publisher',
  citation_isbn: 'ISBN',
  citation_abstract: 'abstractNote',
  citation_doi: 'DOI',
  citation_public_url: 'url',
  citation_language: 'language',
};

// Embedded Metadata.js: _prefixes (the defaults; <link rel="schema.X"> and prefix attributes may add more)
const DEFAULT_PREFIXES = {
  bib: 'http://purl.org/net/biblio#',
  bibo: 'http://purl.org/ontology/bibo/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  prism: 'http://prismstandard.org/namespaces/1.2/basic/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://nwalsh.com/rdf/vCard#',
  link: 'http://purl.org/rss/1.0/modules/link/',
  z: 'http://www.zotero.org/namespaces/export#',
  eprint: 'http://purl.org/eprint/terms/',
  eprints: 'http://purl.org/eprint/terms/',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
  book: 'http://ogp.me/ns/book#',
  music: 'http://ogp.me/ns/music#',
  video: 'http://ogp.me/ns/video#',
  so: 'http://schema.org/',
  codemeta: 'https://codemeta.github.io/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

// RDF.js: n (the same namespaces as the prefixes above, plus older versions of DC and PRISM, and vCard 2006)
const n = {
  ...DEFAULT_PREFIXES,
  dc1_0: 'http://purl.org/dc/elements/1.0/',
  prism2_0: 'http://prismstandard.org/namespaces/basic/2.0/',
  prism2_1: 'http://prismstandard.org/namespaces/basic/2.1/',
  vcard2: 'http://www.w3.org/2006/vcard/ns#',
} as const;

/** Zotero item types (the ones these rules can produce) and the fields each has, from Zotero's schema. */
const COMMON = ['title', 'abstractNote', 'date', 'shortTitle', 'language', 'url', 'accessDate', 'archive', 'archiveLocation', 'libraryCatalog', 'callNumber', 'rights', 'extra'];
const FIELDS: Record<string, string[]> = {
  newspaperArticle: [...COMMON, 'publicationTitle', 'place', 'edition', 'section', 'pages', 'ISSN'],
  journalArticle: [...COMMON, 'publicationTitle', 'volume', 'issue', 'pages', 'series', 'seriesTitle', 'seriesText', 'journalAbbreviation', 'DOI', 'ISSN'],
  magazineArticle: [...COMMON, 'publicationTitle', 'volume', 'issue', 'pages', 'ISSN'],
  webpage: [...COMMON, 'websiteTitle', 'websiteType'],
  blogPost: [...COMMON, 'blogTitle', 'websiteType'],
  report: [...COMMON, 'reportNumber', 'reportType', 'seriesTitle', 'place', 'institution', 'pages'],
  book: [...COMMON, 'series', 'seriesNumber', 'volume', 'numberOfVolumes', 'edition', 'place', 'publisher', 'numPages', 'ISBN'],
};
/** Base fields Zotero maps onto a type's own field (publicationTitle → websiteTitle for a web page, …). */
const BASE_FIELD: Record<string, Record<string, string>> = {
  webpage: { publicationTitle: 'websiteTitle' },
  blogPost: { publicationTitle: 'blogTitle' },
  report: { publisher: 'institution' },
};

type Doc = ReturnType<typeof parseHTML>['document'];

/** ZU.trimInternal */
const trimInternal = (s: string) => s.replace(/\s+/g, ' ').trim();

/** ZU.cleanAuthor: "First Last" or, with `useComma`, "Last, First". */
function cleanAuthor(author: string, creatorType: string, useComma = false): ZoteroCreator {
  const name = trimInternal(author.replace(/^[\s.,/[\]:]+|[\s,/[\]:]+$/g, ''));
  if (useComma && name.includes(',')) {
    const [last, first] = name.split(/\s*,\s*/, 2);
    return { firstName: first ?? '', lastName: last ?? '', creatorType };
  }
  const space = name.lastIndexOf(' ');
  return space === -1 ? { firstName: '', lastName: name, creatorType } : { firstName: name.slice(0, space), lastName: name.slice(space + 1), creatorType };
}

/** ZU.strToISO for the forms a page writes: YYYY, YYYY-MM(-DD), YYYY/MM(/DD), with an optional time. */
function strToISO(value: string | null | undefined): string | false {
  const m = value ? /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(value) : null;
  if (!m) return false;
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

/** A tiny triple store: the statements of one node (the page), in the order added (Zotero.RDF.addStatement). */
class Statements {
  private readonly map = new Map<string, string[]>();
  add(predicate: string, value: string): void {
    const list = this.map.get(predicate);
    if (list) list.push(value);
    else this.map.set(predicate, [value]);
  }
  get size(): number {
    return this.map.size;
  }
  /** RDF.js getFirstResults(node, properties, onlyOneString): the values of the first property that has any. */
  first(properties: string[]): string[] | undefined {
    for (const p of properties) {
      const values = this.map.get(p);
      if (values?.length) return values;
    }
    return undefined;
  }
  one(properties: string[]): string | undefined {
    return this.first(properties)?.[0];
  }
}

/** Embedded Metadata.js: getContentText (non-strict: the name ends with `name`). */
function getContentText(doc: Doc, name: string, strict = false, all = false): string | undefined {
  const metas = [...doc.querySelectorAll('head > meta')].filter((m) => {
    const attr = m.getAttribute('name');
    return attr !== null && (strict ? attr === name : attr.endsWith(name));
  });
  if (all) return metas.map((m) => m.getAttribute('content') ?? '').join(', ') || undefined;
  const m = metas[0];
  return m ? (m.getAttribute('content') ?? m.getAttribute('contents') ?? undefined) : undefined;
}

/** Embedded Metadata.js: getContent (the nodes, for authors). */
function getContent(doc: Doc, name: string): string[] {
  return [...doc.querySelectorAll('meta')].filter((m) => (m.getAttribute('name') ?? '').endsWith(name)).map((m) => m.getAttribute('content') ?? '');
}

/** Embedded Metadata.js: init — scan the meta tags into RDF statements and Highwire type hints. */
function init(doc: Doc) {
  const prefixes: Record<string, string> = { ...DEFAULT_PREFIXES };
  // getPrefixes
  for (const link of doc.querySelectorAll('link')) {
    const m = /^schema\.([a-zA-Z]+)/.exec(link.getAttribute('rel') ?? '');
    if (m) prefixes[m[1]!.toLowerCase()] = link.getAttribute('href') ?? '';
  }
  const prefixAttr = (doc.documentElement.getAttribute('prefix') ?? '') + (doc.head?.getAttribute('prefix') ?? '');
  for (const m of prefixAttr.matchAll(/(\w+):\s+(\S+)/g)) prefixes[m[1]!.toLowerCase()] = m[2]!;

  const statements = new Statements();
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  let generatorType: string | undefined;
  let heuristicType: string | undefined;
  for (const metaTag of doc.querySelectorAll('meta')) {
    const tagsAttr = metaTag.getAttribute('name') || metaTag.getAttribute('property');
    let value = metaTag.getAttribute('content');
    if (!tagsAttr || !value) continue;
    for (const tag of tagsAttr.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      let prefix: string | undefined;
      let prefixLength = 0;
      if (parts.length > 2) {
        prefix = parts[1]!.toLowerCase();
        prefixLength = parts[0]!.length + parts[1]!.length + 1;
      }
      if (!prefix || !prefixes[prefix]) {
        prefix = parts[0]!.toLowerCase();
        prefixLength = parts[0]!.length;
      }
      if (prefixes[prefix]) {
        let prop = tag.slice(prefixLength + 1);
        prop = prop.charAt(0).toLowerCase() + prop.slice(1);
        if (prop === 'type' && [prefixes.bib, prefixes.bibo].includes(prefixes[prefix])) {
          value = prefixes[prefix] + value;
          prefix = 'rdf';
        }
        statements.add(prefixes[prefix]! + prop, value);
      } else if (tag.toLowerCase() === 'generator') {
        const lc = value.toLowerCase();
        if (lc.includes('blogger') || lc.includes('wordpress') || lc.includes('wooframework')) generatorType = 'blogPost';
      } else {
        switch (tag.slice(tag.lastIndexOf('citation_'))) {
          case 'citation_journal_title':
            hwType = 'journalArticle';
            break;
          case 'citation_technical_report_institution':
            hwType = 'report';
            break;
          case 'citation_conference_title':
          case 'citation_conference':
            hwType = 'conferencePaper';
            break;
          case 'citation_book_title':
          case 'citation_inbook_title':
            hwType = 'bookSection';
            break;
          case 'citation_dissertation_institution':
            hwType = 'thesis';
            break;
          case 'citation_title':
          case 'citation_series_title':
            hwTypeGuess = hwTypeGuess || 'journalArticle';
            break;
          case 'citation_isbn':
            hwTypeGuess = 'book';
            break;
        }
      }
    }
  }
  if (doc.getElementById('wp-block-library-css') || doc.getElementById('wp-block-library-inline-css') || doc.getElementsByClassName('yoast-schema-graph').length) {
    heuristicType = 'blogPost';
  }
  return { statements, hwType, hwTypeGuess, generatorType, heuristicType };
}

/** RDF.js: detectType, for the statements a meta tag can make (no isPartOf containers). */
function detectType(s: Statements, defaultUnknownType: string | false): string | false {
  const t: Record<string, string> = {};
  let type = s.one([n.rdf + 'type']);
  if (type) {
    let pref = '';
    if (type.startsWith(n.bib)) pref = n.bib;
    else if (type.startsWith(n.bibo)) pref = n.bibo;
    else if (type.startsWith(n.so)) pref = n.so;
    const local = type.slice(pref.length).toLowerCase();
    if (['book', 'thesis', 'letter', 'manuscript', 'interview', 'report', 'patent', 'map'].includes(local)) {
      if (pref === n.bib || pref === n.bibo) t.bib = local;
      if (pref === n.so) t.so = local;
    } else if (['newsarticle', 'analysisnewsarticle', 'backgroundnewsarticle', 'reportagenewsarticle', 'reviewnewsarticle'].includes(local)) {
      t.so = 'newspaperArticle';
    } else if (local === 'article' && pref === n.so) {
      t.soGuess = 'magazineArticle';
    } else if (local === 'document') {
      t.bib = 'webpage';
    }
  }
  type = s.one([n.z + 'itemType', n.z + 'type']);
  if (type && Number.isNaN(parseInt(type, 10)) && type in FIELDS) t.zotero = type;
  type = s.one([n.dc + 'type', n.dc1_0 + 'type', n.dcterms + 'type']);
  if (type) {
    if (Number.isNaN(parseInt(type, 10)) && type in FIELDS) t.dc = type;
    else {
      const key = type.toLowerCase().replace(/\s/g, '');
      const dc: Record<string, string> = {
        book: 'book', patent: 'patent', report: 'report', thesis: 'thesis', bookitem: 'bookSection',
        conferenceitem: 'conferencePaper', conferencepaper: 'conferencePaper', conferenceposter: 'conferencePaper',
        article: 'journalArticle', journalitem: 'journalArticle', journalarticle: 'journalArticle', submittedjournalarticle: 'journalArticle',
        'text.serial.journal': 'journalArticle', newsitem: 'newspaperArticle', scholarlytext: 'journalArticle', workingpaper: 'report',
        authoredbook: 'book', bookchapter: 'bookSection', bachelorthesis: 'thesis', masterthesis: 'thesis', doctoralthesis: 'thesis',
        electronicbook: 'book', homepage: 'webpage', webpage: 'webpage', illustration: 'artwork', map: 'map',
      };
      const dcGuess: Record<string, string> = {
        musicitem: 'audioRecording', event: 'presentation', image: 'artwork', movingimage: 'videoRecording', software: 'computerProgram',
        sound: 'audioRecording', stillimage: 'artwork', text: 'journalArticle',
      };
      const dcType = dc[key];
      const guess = dcGuess[key];
      if (dcType) t.dc = dcType;
      else if (guess) t.dcGuess = guess;
    }
  }
  type = s.one([n.eprints + 'type']);
  if (type) {
    const eprints: Record<string, string> = {
      book: 'book', patent: 'patent', report: 'report', thesis: 'thesis', bookitem: 'bookSection', conferenceitem: 'conferencePaper',
      conferencepaper: 'conferencePaper', conferenceposter: 'conferencePaper', journalitem: 'journalArticle', journalarticle: 'journalArticle',
      submittedjournalarticle: 'journalArticle', article: 'journalArticle', newsitem: 'newspaperArticle', scholarlytext: 'journalArticle',
      workingpaper: 'report', techreport: 'report', bookedit: 'book', proceedings: 'book', book_section: 'bookSection',
    };
    const eprintsType = eprints[type];
    if (eprintsType) t.eprints = eprintsType;
  }
  switch (s.one([n.og + 'type'])) {
    case 'video.movie':
    case 'video.episode':
    case 'video.tv_show':
    case 'video.other':
      t.og = 'videoRecording';
      break;
    case 'article':
      t.ogGuess = 'journalArticle';
      break;
    case 'book':
      t.og = 'book';
      break;
    case 'music.song':
    case 'music.album':
      t.og = 'audioRecording';
      break;
    case 'website':
      t.og = 'webpage';
      break;
  }
  const prismProps = (p: string) => [n.prism + p, n.prism2_0 + p, n.prism2_1 + p];
  switch (s.one(prismProps('aggregationtype'))) {
    case 'book':
      t.prism = 'bookSection';
      break;
    case 'feed':
      t.prismGuess = 'blogPost';
      break;
    case 'journal':
      t.prism = 'journalArticle';
      break;
    case 'magazine':
      t.prism = 'magazineArticle';
      break;
    case 'newsletter':
      t.prism = 'newspaperArticle';
      break;
  }
  const genre = s.one(prismProps('genre'));
  if (genre && ['column', 'newsbulletin', 'opinion'].includes(genre)) t.prismGuess = 'newspaperArticle';
  else if (genre && ['coverstory', 'essay', 'feature', 'insidecover'].includes(genre)) t.prismGuess = 'magazineArticle';
  else if (genre && ['adaptation', 'analysis'].includes(genre)) t.prismGuess = 'journalArticle';
  else if (genre === 'blogentry') t.prism = 'blogPost';
  else if (genre === 'homepage' || genre === 'webliography') t.prism = 'webpage';
  const platform = s.one(prismProps('platform'));
  if (platform === 'broadcast') t.prismGuess = 'tvBroadcast';
  if (platform === 'web') t.prismGuess = 'webpage';

  return t.zotero || t.bib || t.prism || t.eprints || t.og || t.dc || t.so || defaultUnknownType || t.zoteroGuess || t.bibGuess || t.prismGuess || t.ogGuess || t.dcGuess || t.soGuess || false;
}

/** RDF.js: importItem, for the fields a page's meta tags can give. */
function importItem(s: Statements, itemType: string): ZoteroItem {
  const item: ZoteroItem = { itemType, creators: [] };
  const title = s.one([n.dc + 'title', n.dc1_0 + 'title', n.dcterms + 'title', n.eprints + 'title', n.vcard2 + 'fn', n.og + 'title', n.so + 'headline']);
  if (title) item.title = title;
  const creators = s.first([n.bib + 'authors', n.so + 'author', n.so + 'creator', n.dc + 'creator', n.dc + 'creator.PersonalName', n.dc1_0 + 'creator', n.dcterms + 'creator', n.eprints + 'creators_name', n.dc + 'contributor', n.dc1_0 + 'contributor', n.dcterms + 'contributor']);
  for (const c of creators ?? []) item.creators.push(cleanAuthor(c, 'author', c.includes(',')));
  const publicationTitle = s.one([n.prism + 'publicationName', n.prism2_0 + 'publicationName', n.prism2_1 + 'publicationName', n.eprints + 'publication', n.eprints + 'book_title', n.dc + 'source', n.dc1_0 + 'source', n.dcterms + 'source']);
  if (publicationTitle) item.publicationTitle = publicationTitle;
  const siteName = s.one([n.og + 'site_name']);
  if (siteName && !item.publicationTitle && ['blogPost', 'webpage', 'newspaperArticle'].includes(item.itemType)) item.publicationTitle = siteName;
  const rights = s.one([n.prism + 'copyright', n.dc + 'rights', n.dcterms + 'rights', n.so + 'license']);
  if (rights) item.rights = rights;
  const section = s.one([n.article + 'section', n.so + 'genre']);
  if (section) item.section = section;
  const publisher = s.one([n.dc + 'publisher', n.dc1_0 + 'publisher', n.dcterms + 'publisher', n.vcard2 + 'org', n.eprints + 'institution', n.so + 'publisher', n.so + 'publishedBy']);
  if (publisher) item.publisher = publisher;
  const date = s.one([
    n.eprints + 'date', n.prism + 'publicationDate', n.prism2_0 + 'publicationDate', n.prism2_1 + 'publicationDate', n.og + 'published_time',
    n.article + 'published_time', n.book + 'release_date', n.music + 'release_date', n.video + 'release_date', n.dc + 'date.issued',
    n.dcterms + 'date.issued', n.dcterms + 'issued', n.dc + 'date', n.dc1_0 + 'date', n.dcterms + 'date', n.dcterms + 'dateSubmitted',
    n.eprints + 'datestamp', n.so + 'datePublished',
  ]);
  if (date) item.date = date;
  const url = s.one([n.eprints + 'official_url', n.vcard2 + 'url', n.og + 'url', n.prism2_0 + 'url', n.prism2_1 + 'url', n.bibo + 'uri', n.so + 'url', n.so + 'sameAs']);
  if (url) item.url = url;
  const archiveLocation = s.one([n.dc + 'coverage', n.dc1_0 + 'coverage', n.dcterms + 'coverage']);
  if (archiveLocation) item.archiveLocation = archiveLocation;
  const abstract = s.one([n.eprints + 'abstract', n.prism + 'teaser', n.og + 'description', n.bibo + 'abstract', n.dcterms + 'abstract', n.dc + 'description.abstract', n.dcterms + 'description.abstract', n.dc1_0 + 'description', n.so + 'description']);
  if (abstract) item.abstractNote = abstract;
  const language = s.one([n.dc + 'language', n.dc1_0 + 'language', n.dcterms + 'language', n.so + 'inLanguage']);
  if (language) item.language = language;
  if (!item.abstractNote) {
    const description = s.one([n.dc + 'description', n.dcterms + 'description']);
    if (description) item.abstractNote = description;
  }
  return item;
}

/** Embedded Metadata.js: addHighwireMetadata (authors, fields, type swap, date and URL fallbacks). */
function addHighwireMetadata(doc: Doc, item: ZoteroItem, hwType: string | undefined): void {
  for (const [metaName, field] of Object.entries(HIGHWIRE_MAPPINGS)) {
    const value = getContentText(doc, metaName, false, field === 'ISSN' || field === 'ISBN');
    if (value && value.trim()) item[field] = trimInternal(value);
  }
  const authorNodes = getContent(doc, 'citation_author').length ? getContent(doc, 'citation_author') : getContent(doc, 'citation_authors');
  const hwCreators: ZoteroCreator[] = [];
  let last: string | null = null;
  for (const node of authorNodes) {
    let list = node.split(/\s*;\s*/);
    if (list.length === 1 && authorNodes.length === 1) {
      const byComma = list[0]!.split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) list = byComma;
    }
    for (let creator of list) {
      creator = creator.trim();
      if (!creator || !/[^\s,-.;]/.test(creator) || creator === last) continue;
      last = creator;
      hwCreators.push(cleanAuthor(creator, 'author', creator.includes(',')));
    }
  }
  if (hwCreators.length) item.creators = hwCreators;
  if (hwType && hwType !== item.itemType) item.itemType = hwType;
  if (!item.date) {
    const online = getContentText(doc, 'citation_online_date');
    const year = getContentText(doc, 'citation_year');
    const date = online && year ? (year < String(strToISO(online)).slice(0, 4) ? year : strToISO(online)) : online || year;
    if (date) item.date = date;
  }
  if (!item.url) {
    const url = getContentText(doc, 'citation_abstract_html_url') || getContentText(doc, 'citation_fulltext_html_url');
    if (url) item.url = url;
  }
}

/** Embedded Metadata.js: getAuthorFromByline, simplified to its outcome for pages with one byline element. */
function getAuthorFromByline(doc: Doc, item: ZoteroItem): void {
  const classes = ['byline', 'bylines', 'vcard', 'article-byline'];
  let bylines = classes.flatMap((c) => [...doc.getElementsByClassName(c)]).filter((e) => (e.textContent ?? '').trim());
  if (!bylines.length) bylines = classes.flatMap((c) => [...doc.querySelectorAll(`[class*="${c}" i]`)]).filter((e) => (e.textContent ?? '').trim());
  if (!bylines.length) {
    const rel = [...doc.querySelectorAll('a[rel="author"]')].filter((e) => (e.textContent ?? '').trim());
    if (rel.length === 1) bylines = rel;
  }
  // Several bylines: Zotero picks the one nearest the title, and bails out when that is ambiguous; a single one is read.
  if (bylines.length !== 1) {
    if (bylines.length > 1) item.bylineAmbiguous = bylines.length;
    return;
  }
  const text = trimInternal(bylines[0]!.textContent ?? '').split(/\bby[:\s]+/i).at(-1)!.replace(/\s*[[(].+?[)\]]\s*/g, '');
  for (const author of text.split(/\s*(?:(?:,\s*)?\band\b|,|&)\s*/i)) {
    if (!author || author.includes('@')) continue;
    item.creators.push(author.split(/\s/).length === 1 ? { lastName: author, creatorType: 'author', fieldMode: 1 } : cleanAuthor(author, 'author'));
  }
}

/** Embedded Metadata.js: addLowQualityMetadata (title, creators, abstract, URL, language and date of last resort). */
function addLowQualityMetadata(doc: Doc, item: ZoteroItem, location: URL): void {
  if (!item.title) item.title = doc.title;
  if (item.title) {
    item.title = item.title.replace(/\s+/g, ' ');
    if (item.publicationTitle) {
      const escaped = item.publicationTitle.replace(/([()[\]$^*+.?|])/g, '\\$1');
      item.title = item.title.replace(new RegExp(`\\s*[-–—=_:|~#]\\s*${escaped}\\s*$`, 'i'), '');
    }
  }
  if (!item.creators.length) {
    const w3 = new Set([...doc.querySelectorAll('meta')].filter((m) => /^author$/i.test(m.getAttribute('name') ?? m.getAttribute('property') ?? '')).map((m) => m.getAttribute('content') ?? '').filter((c) => /[^\s,-.;]/.test(c)));
    const og = [...doc.querySelectorAll('meta')]
      .filter((m) => ['article:author', 'video:director', 'music:musician'].includes(m.getAttribute('property') ?? ''))
      .map((m) => m.getAttribute('content') ?? '')
      .filter((c) => c && !/(https?:\/\/)?[\da-z.-]+\.[a-z.]{2,6}/.test(c) && c !== 'false');
    if (w3.size && !(w3.size === 1 && w3.has('Condé Nast'))) for (const a of w3) item.creators.push(cleanAuthor(a, 'author'));
    else if (og.length) item.creators = og.map((a) => cleanAuthor(a, 'author'));
    else getAuthorFromByline(doc, item);
  }
  if (!item.abstractNote) {
    const description = doc.querySelector('meta[name="description" i]')?.getAttribute('content');
    if (description) item.abstractNote = trimInternal(description);
  }
  if (!item.url) item.url = doc.querySelector('head > link[rel="canonical"]')?.getAttribute('href') || location.href;
  if (!item.language) {
    const lang = doc.querySelector('meta[name="language" i]')?.getAttribute('content') || doc.querySelector('meta[name="lang"]')?.getAttribute('content') || doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute('content') || doc.documentElement.getAttribute('lang');
    if (lang) item.language = lang;
  }
  if (!item.date) {
    const date = strToISO(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
    if (date) item.date = date;
  }
  item.libraryCatalog = location.host;
}

/** Embedded Metadata.js: finalDataCleanup (no automatic tags; a relative URL resolved against the page). */
function finalDataCleanup(item: ZoteroItem, location: URL): void {
  if (item.url) item.url = new URL(item.url, location).href;
  if (!item.title) item.title = item.url;
}

/** Zotero keeps only the fields an item type has (a base field lands in the type's own field). */
function validFields(item: ZoteroItem): ZoteroItem {
  const allowed = FIELDS[item.itemType];
  if (!allowed) return item;
  const out: ZoteroItem = { itemType: item.itemType, creators: item.creators };
  for (const [key, value] of Object.entries(item)) {
    if (key === 'itemType' || key === 'creators' || value === undefined || value === '') continue;
    const field = BASE_FIELD[item.itemType]?.[key] ?? key;
    if (allowed.includes(field)) out[field] = value;
  }
  return out;
}

/**
 * What Zotero's Embedded Metadata translator saves from `html` served at
 * `pageUrl` (Embedded Metadata.js: doWeb → init → importRDF → completeItem).
 */
export function zoteroEmbeddedMetadata(html: string, pageUrl: string): ZoteroItem {
  const { document: doc } = parseHTML(html);
  const location = new URL(pageUrl);
  const { statements, hwType, hwTypeGuess, generatorType, heuristicType } = init(doc);
  const defaultUnknownType = hwTypeGuess || generatorType || heuristicType || (statements.size ? 'webpage' : false);
  let itemType: string;
  let item: ZoteroItem;
  if (statements.size) {
    // init: hwTypes win; else the RDF translator's detectType, whose own fallback is the unknown-type default.
    itemType = hwType || detectType(statements, defaultUnknownType) || 'webpage';
    item = importItem(statements, itemType);
  } else {
    itemType = hwType || hwTypeGuess || generatorType || 'webpage';
    item = { itemType, creators: [] };
  }
  addHighwireMetadata(doc, item, hwType);
  addLowQualityMetadata(doc, item, location);
  finalDataCleanup(item, location);
  return validFields(item);
}
