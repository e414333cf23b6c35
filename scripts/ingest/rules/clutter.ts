/**
 * Site clutter and evidence, as data. Each rule has a name (it appears in the
 * ingest log and on the source page) and a one-line description for readers.
 * Patterns match a whole block (a line or paragraph) after trimming.
 */

/** A rule that removes whole blocks matching `pattern`. */
export type BlockRule = { name: string; description: string; pattern: RegExp };

/** A release's type label ("Press release", "MEDIA STATEMENT", "For immediate release"); the release-header step reads it too. */
export const RELEASE_LABEL = /^(?:for\s+immediate\s+release|(?:media|press|news)\s+(?:release|statement|advisory|alert))[:.]?$/i;

/** An aggregator's credit for the outlet a story comes from ("via The Arctic Dispatch"), as a line or an element of its own. */
export const VIA_CREDIT = /^via\s+(\p{Lu}[\p{L}\d&.'’ -]{1,60})$/u;

/** Whole-block clutter: removed wherever it appears. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    name: 'read-more-line',
    description: 'A "Read:", "Read more:" or "Also read:" link to another story',
    pattern: /^(?:also\s+read|read\s+more|read\s+also|read|see\s+also|related)\s*:\s*\S.{0,200}$/i,
  },
  {
    name: 'share-bar',
    description: 'Social sharing buttons',
    pattern: /^(?:share(?:\s+(?:this|on|via|article|story))?\s*:?\s*)?(?:(?:share\s+on\s+)?(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|print|copy\s+link)\b[\s,|·•]*){2,}$|^share(?:\s+this(?:\s+(?:article|story|post))?)?\s*:?$/i,
  },
  {
    name: 'breadcrumb',
    description: 'Navigation breadcrumbs such as "Home › World › Asia"',
    pattern: /^home\s*[›>»/|]\s*[^.!?]{1,80}$/i,
  },
  {
    name: 'newsletter-prompt',
    description: 'A prompt to sign up for a newsletter',
    pattern: /^(?:sign\s*up|subscribe|get\s+our|join\s+our)\b.{0,80}\b(?:newsletter|briefing|updates|inbox|alerts)\b.{0,60}$/i,
  },
  {
    name: 'pagination',
    description: 'A "Page 1 of 1" marker',
    pattern: /^page\s+\d+\s+of\s+\d+$/i,
  },
  {
    name: 'comment-form',
    description: 'Comment-form text ("Leave a Comment", required fields, name/email/website labels)',
    pattern: /^(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|\d+\s+comments?|comments?|your\s+email\s+address\s+will\s+not\s+be\s+published\..*|required\s+fields\s+are\s+marked\s*\*?|(?:name|email|e-mail|website|comment)\s*\*?|save\s+my\s+name,\s+email,?\s+and\s+website.*|post\s+comment|cancel\s+reply)$/i,
  },
  {
    name: 'related-topics',
    description: 'A list of tags or related topics',
    pattern: /^(?:related\s+topics|topics|tags|filed\s+under|more\s+on)\s*:\s*[^.!?]{1,200}$/i,
  },
  {
    name: 'translation-note',
    description: 'A translation\'s notes: the original headline, a link to the original',
    pattern: /^(?:original\s+(?:headline|title)\s*(?:\((?:in\s+)?\p{L}+\))?\s*:\s*\S.{0,300}|read\s+(?:the\s+)?original(?:\s+article)?\s+(?:in\s+\p{Lu}\p{Ll}+|\(in\s+\p{Lu}\p{Ll}+\))\s*[→»›.]?)$/iu,
  },
  {
    name: 'release-label',
    description: 'A press-release label such as "MEDIA RELEASE", "MEDIA STATEMENT" or "FOR IMMEDIATE RELEASE"',
    pattern: RELEASE_LABEL,
  },
  {
    name: 'release-end',
    description: 'The end marker of a press release ("— ENDS —", "###") and its contact lines',
    pattern: /^(?:[-—–\s]*ends[-—–\s]*|#{3}|-30-|(?:media|press)\s+(?:contact|enquiries|inquiries)\s*:.*|for\s+(?:more\s+information|media\s+enquiries|further\s+information)\b.*)$/i,
  },
  {
    name: 'advertisement',
    description: 'An "Advertisement" or "Sponsored" label',
    pattern: /^(?:advertisement|sponsored(?:\s+content)?|ad)$/i,
  },
];

/** Blocks that open a donation appeal; the appeal's short lines that follow go with it. */
export const DONATION_OPENERS: RegExp =
  /^(?:this\s+holiday\s+season,?\s+give\s+to:?|support\s+(?:independent|our)\s+journalism.*|donate(?:\s+now|\s+today)?[.!]?|make\s+a\s+donation.*|become\s+a\s+(?:member|supporter|subscriber).*|please\s+consider\s+(?:supporting|donating).*)$/i;

/** A block that ends a donation appeal: anything long enough to be article text. */
export const DONATION_MAX_LINE = 150;

/**
 * Evidence lines: removed from the text, their content kept as metadata evidence. Named groups say
 * what a line states: `publisher`, `author` (a byline), `authors` (a wire sign-off naming reporters),
 * `url`, `original` and `originalDate` (a republished copy naming where it first appeared).
 */
export const EVIDENCE_RULES = [
  {
    name: 'copyright-line',
    description: 'A copyright line naming the publisher',
    pattern: /^(?:(?:copyright|©|\(c\))\s*){1,2}(?:\d{4}(?:\s*[-–]\s*\d{4})?[,\s]*)?(?!crown\s+copyright\b)(?<publisher>[^\d©|,\s][^.|]{0,60}?)\.?(?:\s+\d{4})?(?:\s+all\s+rights\s+reserved\.?)?(?:\s+(?:this|the)\s+(?:material|content|article)\s+may\s+not\b[^|]*)?(?:\s+(?:registered\s+in|company\s+(?:no|number)|registered\s+office)\b[^|]*)?(?:\s+click\s+for\s+restrictions\b.{0,160})?(?:\s*\|[^|]{1,40})*$/i,
  },
  {
    name: 'published-by',
    description: 'A "Published by" line naming the publisher',
    pattern: /^published\s+by\s+(?<publisher>\p{Lu}[^.!?·|•]{1,60}?)\s*(?:[·|•].{0,60})?$/iu,
  },
  {
    name: 'byline',
    description: 'A byline ("By Jane Doe", "Words: Jane Doe, Science Correspondent", "Posted on May 2, 2024 by Jane Doe", a show\'s "Host: Jane Doe") naming the author',
    pattern: /^(?:(?:(?:written|words|story|text|report|hosted|presented)\s+)?by|(?:words|text|author|byline|host|presenter)\s*:|(?:posted|published)\s+on\s+(?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4})(?:\s+at\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)?\s+by)\s+(?:(?:dr|prof|professor|mr|mrs|ms|sir)\.?\s+)?(?<author>\p{Lu}[^.!?:;·•|,\n]{1,80}?(?:,?\s+and\s+\p{Lu}[^.!?:;·•|,\n]{1,40}?)?)(?:\s*[,·•|]\s*[^!?]{1,80})?$/iu,
  },
  {
    name: 'wire-sign-off',
    description: 'A wire sign-off ("Reporting by …; Editing by …") naming the reporters',
    pattern: /^\(?reporting\s+by\s+(?<authors>[^;()]{2,160}?)\s*(?:;\s*(?:additional\s+reporting|writing|editing|compiled|produced)\s+by\s+[^;()]{2,120})*\s*\)?\.?$/i,
  },
  {
    name: 'source-line',
    description: 'A "Source:" line naming where the article comes from (this text is a copy of it)',
    pattern: /^source\s*:\s*(?<original>https?:\/\/\S+)$/i,
  },
  {
    name: 'republication-note',
    description: 'A note that the article is republished from another outlet (where and, when stated, when it first appeared)',
    pattern: /^(?:this\s+(?:article|story|post|piece|column|essay)\s+(?:is|was|has\s+been)\s+)?(?:republished|reprinted|reproduced|syndicated|shared)\s+(?:here\s+)?(?:with\s+(?:the\s+)?permission\s+)?(?:from|of|by\s+arrangement\s+with|courtesy\s+of)\s+(?<original>\p{Lu}[\p{L}\d&'’. -]{1,60}?)(?=\s+(?:under|with|on|in|and|via|as)\b|[.,;:]|$)[^\n]{0,300}$/iu,
  },
  {
    name: 'original-publication-note',
    description: 'A note saying where (and, when stated, when) the article first appeared',
    pattern: /^(?:this\s+(?:article|story|post|piece|column|essay)\s+)?(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:in\s+\p{Lu}\p{Ll}+\s+(?=by\s))?(?:in|on|at|by)\s+(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d)(?<original>\p{Lu}[\p{L}\d&'’. -]{1,60}?)(?=\s+(?:on|in|and|under)\b|[.,;:]|$)[^\n]{0,300}$/iu,
  },
  {
    name: 'release-source',
    description: 'The "SOURCE <Company>" line that ends a distributed press release, naming its publisher',
    pattern: /^SOURCE\s+(?<publisher>\p{Lu}[\p{L}\d&'’., -]{1,60})$/u,
  },
] as const;

/** Inline "Read More: <headline>" runs inside a paragraph (the headline has no sentence punctuation). */
export const READ_MORE_INLINE = /(?:^|\s)(?:Read More|READ MORE|Also Read|ALSO READ)\s*:\s+/g;

/** Stray words at the very end of an article: at most this many characters, no sentence punctuation. */
export const STRAY_TAIL_MAX = 40;

/** An embedded social post: "… pic.twitter.com/xyz — Author (@handle) Month D, YYYY". */
export const SOCIAL_POST =
  /(?<link>pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)\s*[—–-]\s*(?<author>[^()@]{2,120}?)\s*\(@(?<handle>\w{1,30})\)\s*(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})/u;

/** The longest a social post's text may be (X/Twitter's limit), used to find where it starts. */
export const SOCIAL_POST_MAX = 280;

/** Corporate endings of a publisher's legal name in a copyright line; the name a reader knows comes without them. */
export const CORPORATE_SUFFIX = /(?:,?\s+(?:newspapers?|media(?:\s+group)?|group|broadcasting(?:\s+(?:corporation|company))?|publishing|publications|holdings|company|co\.?|corporation|corp\.?|ltd\.?|limited|inc\.?|llc|plc|gmbh|s\.a\.|as|asa|ab|ag|a\/s|bv|b\.v\.|nv|n\.v\.|oyj?|k\.?k\.|pty|pte|pvt|private|sdn\.?\s+bhd\.?|bhd|s\.?p\.?a\.?|s\.?r\.?l\.?))+$/i;
