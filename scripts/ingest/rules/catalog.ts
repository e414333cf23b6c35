/**
 * Every rule the ingest can write into a change log, with the one-line description readers see
 * (a source page's "What we changed", /about/). The ingest publishes this catalog in its report
 * (content/ingest-report.json → `rules`), so the site reads descriptions as data and never imports
 * the cleaner; the page and the cleaner cannot disagree about what a rule does.
 */
import { CLEAN_STEPS } from '../clean.ts';
import { BLOCK_RULES, EVIDENCE_RULES } from './clutter.ts';
import { CHROME_RULES, SECTION_OPENERS } from './boilerplate.ts';
import type { RuleInfo } from '../../../src/schemas/ingest-report.ts';

/** Rules logged under a name of their own by a stage (decode, extract, headline, boilerplate, corpus evidence, metadata). */
export const LOGGED_RULES: readonly Omit<RuleInfo, 'kind'>[] = [
  { name: 'encoding', description: 'Text read in another encoding than the one it was declared or guessed in' },
  { name: 'control-characters', description: 'Control characters (such as NUL) removed from the text' },
  { name: 'invalid-utf8', description: 'Byte sequences that are not valid UTF-8 removed' },
  { name: 'front-matter-invalid', description: 'Front matter that could not be read was ignored' },
  { name: 'front-matter-ignored-key', description: 'A front-matter key Sourcebook does not use was ignored' },
  { name: 'html-markup', description: 'HTML markup inside a Markdown article reduced to its text' },
  { name: 'html-depth', description: 'Elements nested too deep in a web page unwrapped (their text kept)' },
  { name: 'html-elements', description: 'Page elements that are not article text (scripts, navigation, forms, asides) left out' },
  { name: 'html-outside-article', description: 'Page text outside the article element left out' },
  { name: 'photo-caption', description: 'A photo caption or credit' },
  { name: 'repeated-title', description: 'The title repeated as the first line of the text' },
  { name: 'sidebar', description: 'A box beside the column (in a PDF\'s text) that ran into the middle of a paragraph' },
  { name: 'heading-join', description: 'A headline broken over two lines joined into one' },
  { name: 'wire-version-suffix', description: 'A wire headline\'s version number after it ("… Setting Homes on Fire (2)") left out of the title' },
  { name: 'heading-mark', description: 'A plain-text e-mail\'s heading mark ("** ") in front of the headline left out of the title' },
  { name: 'code-block', description: 'A fenced code block marked with a programming language: code shown on the page, not prose' },
  { name: 'mdx-syntax', description: 'MDX written into a Markdown post (imports, components, {/* comments */}, ::: fences): site code, not article text' },
  { name: 'printed-headline', description: 'A Markdown page\'s own `# ` headline taken as the title before a shorter front-matter title' },
  { name: 'crosshead', description: 'A subheading inside a Markdown or web-page article ("## What the AI rules say"), logged and kept out of the paragraphs to cite' },
  { name: 'site-name-title', description: 'A web page\'s <title> that is only the site\'s name (printed again in its header) was read as the publisher, not the headline' },
  { name: 'site-name', description: 'The site\'s or publisher\'s name on a line of its own (a logo, a page head or foot)' },
  { name: 'via-line', description: 'An aggregator\'s "via <outlet>" credit above the story: the outlet is the publisher' },
  { name: 'drop-cap', description: 'A drop cap a scan set apart from its word ("C arlos", "T he") joined to it' },
  { name: 'wire-version-prefix', description: 'A wire service\'s version and topic codes in front of the headline ("UPDATE 2-Soccer-") left out of the title' },
  { name: 'list-number', description: 'The number a digest gives its item ("1. ") left out of the headline' },
  { name: 'digest-other-item', description: 'The other items of a newsletter digest, after the article (from the next item its contents list names)' },
  { name: 'truncated-title', description: 'A headline cut off with "…" completed from another place in the same file' },
  { name: 'date-line', description: 'A line giving the publication or update date (kept as metadata)' },
  { name: 'byline', description: 'A byline (kept as the author)' },
  { name: 'byline-role', description: 'A reporter\'s role or desk under the byline' },
  { name: 'masthead', description: 'The outlet\'s name printed as a masthead (kept as the publisher when nothing better states it)' },
  { name: 'tab-title', description: 'A browser tab\'s title (the headline and the site\'s name)' },
  { name: 'kicker', description: 'A section label or kicker above the headline' },
  { name: 'before-headline', description: 'Page text before the headline (navigation, skip links, site name)' },
  { name: 'navigation', description: 'A line of navigation labels between separators ("News | Sport | TV", "Home > Business")' },
  { name: 'caption', description: 'A photo caption or credit line' },
  { name: 'greeting', description: 'A newsletter\'s greeting line' },
  { name: 'author-bio', description: 'A reporter\'s biography and contact line' },
  { name: 'related-list', description: 'A list of links to other stories under a "Related" or "Most read" heading' },
  { name: 'repeats-navigation', description: 'A line that repeats an item of the page\'s navigation' },
  { name: 'entry-heading', description: 'The heading of a live page\'s time-stamped entry' },
  { name: 'aside', description: 'A short line beside an image or outside the article text' },
  { name: 'comment-section', description: 'Readers\' comments under the article (from their heading to the end of the page)' },
  { name: 'page-footer', description: 'Short lines of the page footer after the article' },
  { name: 'italic-paragraph', description: 'A paragraph set in italics kept without its emphasis marks' },
  { name: 'hyphenation', description: 'A word hyphenated across a line break rejoined' },
  { name: 'hyphenated-compound', description: 'A hyphenated compound split across a line break rejoined, hyphen kept' },
  { name: 'unwrap-lines', description: 'Hard-wrapped lines joined' },
  { name: 'page-break-join', description: 'A paragraph cut in two by a page break joined' },
  { name: 'pull-quote', description: 'A pull-quote that repeats a sentence of the article' },
  { name: 'duplicate-paragraph', description: 'A paragraph that appears twice' },
  { name: 'corpus-boilerplate', description: 'A line the same publisher prints on several of its articles (boilerplate, found across the corpus)' },
  { name: 'run-together-corpus', description: 'Words run together, split where the corpus spells the name on its own elsewhere' },
  { name: 'hyphenation-corpus', description: 'A word broken by a hyphen rejoined, as the corpus spells it elsewhere' },
  { name: 'invalid-value', description: 'A metadata value that could not be read was dropped' },
  { name: 'slug-taken', description: 'The address another source already has was taken, so this one got a suffix' },
];

/** The whole catalog, in the order readers meet the rules: cleaning steps, clutter lines, chrome, evidence, the rest. First entry of a name wins. */
export function ruleCatalog(): RuleInfo[] {
  const all: RuleInfo[] = [
    ...CLEAN_STEPS.map((r) => ({ name: r.name, description: r.description, kind: 'step' as const })),
    ...BLOCK_RULES.map((r) => ({ name: r.name, description: r.description, kind: 'line' as const })),
    ...[...CHROME_RULES, ...SECTION_OPENERS].map((r) => ({ name: r.name, description: r.description, kind: 'chrome' as const })),
    ...EVIDENCE_RULES.map((r) => ({ name: r.name, description: r.description, kind: 'evidence' as const })),
    ...LOGGED_RULES.map((r) => ({ ...r, kind: 'other' as const })),
  ];
  const seen = new Set<string>();
  return all.filter((r) => !seen.has(r.name) && seen.add(r.name));
}
