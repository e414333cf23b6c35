/**
 * Page chrome as data: what a block's own features cannot decide. The boilerplate classifier
 * (clean.ts, step `boilerplate`) scores every block from evidence — length, share of stop words,
 * punctuation and separator density, position, its neighbours — in the manner of jusText; these
 * patterns only name the kinds of chrome every outlet prints (navigation, share bars, subscribe and
 * cookie prompts, legal lines, contact blocks), so that the log can say why a block went.
 * Patterns match a whole block (trimmed, whitespace collapsed) unless said otherwise.
 */

/** A kind of chrome: its name (shown in the log) and the blocks it matches. */
export type ChromeRule = { name: string; description: string; pattern: RegExp };

/** Blocks that are chrome wherever they appear. */
export const CHROME_RULES: readonly ChromeRule[] = [
  { name: 'skip-link', description: 'An accessibility skip link', pattern: /^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|search|footer)\b\s*)+$/i },
  { name: 'cookie-notice', description: 'A cookie or privacy consent notice', pattern: /\b(?:we|this\s+(?:site|website)|our\s+(?:site|website|partners))\b.{0,60}\bcookies?\b|^cookies?\b.{0,120}\b(?:consent|agree|accept|privacy|preferences)|^(?:we value your privacy|accept all|manage (?:preferences|cookies)|reject all)\b/i },
  { name: 'consent-buttons', description: 'Consent buttons', pattern: /^(?:(?:accept|agree|reject|manage|decline)(?:\s+all)?(?:\s+(?:preferences|cookies|settings))?\s*){1,4}$/i },
  { name: 'subscribe-prompt', description: 'A subscription, sign-in or newsletter prompt', pattern: /^(?:subscribe\b.{0,60}|log\s*in|sign\s*in|sign\s*up|register|subscribe(?:\s+(?:now|today))?)$|\b(?:subscribe to (?:our|the) newsletter|sign up (?:here |now |today )?(?:to|for)\b.{0,60}\b(?:newsletter|email|inbox|every (?:week)?day)|(?:stories|news|newsletter|headlines|briefing|updates)\b.{0,40}\bin(?:to)? your inbox|newsletter\s*[—–-]\s*one email)|^(?:get|receive) (?:the|our) .{0,40}\b(?:newsletter|briefing|bulletin|digest|alerts|updates)$|^sign up (?:to|for)\b.{0,60},\s+our (?:free\s+)?(?:daily|weekly|monthly)?\s*\S+.{0,60}$|^(?:type|enter) your e-?mail\b.{0,20}$|\bis a reader-supported (?:publication|letter|newsletter|newsroom|magazine|blog)\b|^thanks for reading\b.{0,80}\b(?:subscribe|share)\b/i },
  { name: 'newsletter-pitch', description: 'A newsletter\'s pitch to sign up ("X is a free weekly newsletter on …", "No spam, unsubscribe any time", "Get the Dispatch every Tuesday")', pattern: /\bis a (?:free )?(?:daily|weekly|fortnightly|monthly) (?:newsletter|email|e-mail|briefing|digest)\b|\bunsubscribe (?:at )?any ?time\b|^get (?:the|our) [\p{L} ]{1,40}? (?:every|each) (?:day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|^[^.!?]{0,80}\b(?:stories|news|headlines|briefing|roundup|digest|newsletter)\b[^.!?]{0,60},?\s+(?:every|each) (?:day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/iu },
  { name: 'paywall-prompt', description: 'A paywall or metering prompt ("2 free articles left", "Already a subscriber?")', pattern: /\b(?:free (?:articles?|stories|reads) (?:left|remaining)|(?:articles?|stories) (?:left|remaining) this month|already a subscriber\b|subscribe (?:now |today )?for (?:unlimited|full) access|subscribe (?:now |today )?for \$\d)/i },
  // An appeal that opens a block ("Support independent journalism") is left to the donation-appeal step, which takes its short lines with it.
  { name: 'support-appeal', description: 'An appeal to support, tip or fund the writer or newsroom', pattern: /\bbuy me a coffee\b|\bko-fi\b|[.!?]\s+(?:please\s+)?(?:support|fund|back)\s+(?:independent|local|our)\b[^.!?]{0,60}\b(?:journalism|reporting|newsroom)\b|^[^.!?]{2,60}\bis (?:reader-funded|reader-supported|listener-supported|viewer-supported|listener-funded|member-supported|free to read because)\b.{0,200}$|^stories like this are possible because of (?:you|readers|listeners|members)\b.{0,80}$|^(?:give|gift) (?:now|today)$|^contribute (?:from|today|now)\b.{0,60}$/i },
  { name: 'engagement-counter', description: 'Like, share and comment counters and buttons of a blog or newsletter platform (a row of symbols and counts: "↩ 4 🔁 31 ⭐ 88")', pattern: /^(?:(?:like|comment|restack|share|reply)\s*\((?:https?:\/\/)[^()\s]+\)\s*){2,}$|^\d[\d,.]*[km]?$|^(?:[^\p{L}\p{N}\s]{1,3}\s*\d[\d,.]*[km]?\s*){2,6}$|^(?:like this:?|like\s+loading\.*|likes?|restacks?|reply|\d[\d,.]*[km]?\s+(?:likes?|restacks?|shares?|comments?)(?:\s*[∙·•|]\s*\d[\d,.]*[km]?\s+(?:likes?|restacks?|shares?|comments?))*)$/iu },
  { name: 'comment-section-heading', description: 'The heading of the readers’ comments under an article', pattern: /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+.{1,200}$|^(?:discussion about this (?:post|article|story)|reader comments|comments|join the discussion|write a comment\.*)$/i },
  { name: 'shortcode', description: 'A site generator’s shortcode ("{{< figure … >}}"), template tag ("{% include … %}") or a note-taking app’s hidden comment ("%% … %%") left in the text', pattern: /^\{\{[<%].*[%>]\}\}$|^\{%.*%\}$|^%%.*%%$/s },
  { name: 'email-chrome', description: 'Newsletter e-mail headers and footers', pattern: /^(?:from|to|cc|bcc|subject|date|sent|reply-to|list-unsubscribe|list-id|list-post|content-type|content-transfer-encoding|mime-version|message-id|return-path|x-[\w-]+)\s*:\s.{1,200}$|^view (?:this email |it )?in (?:your|a) browser\b(?:\.|\s*:?\s*(?:https?:\/\/|www\.)\S+)?$|^view (?:this (?:post|email|issue|newsletter) )?(?:on the web|online)(?: at)?\s*:?\s*(?:https?:\/\/|www\.)\S+$|^forwarded this email\b|\byou are receiving this (?:email|message)\b|(?:^|[|·•]\s*)(?:unsubscribe|update (?:your )?preferences|manage (?:your )?subscription)\b|^(?:this|today'?s)\s+(?:newsletter|email|edition|episode|issue)\s+is\s+(?:sponsored|brought to you)\s+by\b|^sponsored by\b|^you(?:['’]re| are) receiving (?:this\b|\S[^.]{0,60}? because\b).{0,160}$|\b(?:were you|if someone|if a friend) forwarded (?:you )?this\b|^enjoying (?:the|this|our) [^.?!]{1,40}\?|^our mailing address is\b.{0,200}$|^forward (?:this )?to a friend\b.{0,100}$/i },
  { name: 'share-bar', description: 'Social sharing buttons', pattern: /^(?:share(?:\s+(?:this|on|via|article|story|post))*\s*:?\s*)?(?:(?:share\s+on\s+)?(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|print|copy\s+link|bluesky|threads)\b[\s,|·•]*){2,}$|^share(?:\s+(?:this|article|story|post))*\s*:?$/i },
  { name: 'app-promo', description: 'Follow-us and app promotions, a platform\'s follow buttons and member labels', pattern: /^(?:open in (?:the )?app|follow|member-only story|members-only|(?:\+\s*)?follow(?:ing)?\s+(?:the\s+)?(?:author|publication|writer))$|^(?:follow us on|join us on|download (?:the|our)\b.{0,40}\bapp|get the (?:.{1,30} )?app)\b.{0,120}$|^follow (?:\S+\s+){1,3}on (?:whatsapp|facebook|instagram|x|twitter|telegram|tiktok|youtube|linkedin|threads|bluesky)\b.{0,120}$|^join (?:the |our )?.{1,60}\b(?:whatsapp|telegram|signal) channel\b.{0,120}$|^(?:start writing|proudly powered by\b.{1,40})$/i },
  { name: 'video-chrome', description: 'Video-player labels and captions, listen buttons, reading times', pattern: /^(?:watch|video|listen|audio|podcast)\s*:\s.{1,160}$|^video (?:unavailable|not available)\b.{0,60}$|^\(?\d{1,2}:\d{2}\)?$|^(?:listen to this (?:article|story)|play video|watch (?:live|now))\b.{0,40}$|^(?:[—–·•|-]\s*)?\d+\s*min(?:ute)?s?\s+read$/i },
  { name: 'page-action', description: 'Buttons to save, print, gift or bookmark the page', pattern: /^(?:(?:save|saved|gift|print|bookmark|copy link|listen|share|comment|close window)(?:\s+(?:this\s+)?(?:article|story|page|link))?(?:\s*[|·•]\s*|\s+|$)){1,5}$/i },
  { name: 'wire-advisory', description: 'A wire service\'s note to editors on what a new version changed ("(Adds quotes, paragraphs 4-6)"), its slug line and its "((contact))" line', pattern: /^\((?:adds|updates|recasts|rewrites|corrects|changes|fixes|refiles|repeats|removes|inserts|moves|tops|writes through|edits|releases)\b[^()]{0,200}\)$|^\(\([^()]{1,200}\)\)$/iu },
  { name: 'wire-credits', description: 'A wire story\'s closing credits ("--With assistance from …", "To contact the reporter on this story: …")', pattern: /^-{1,2}\s*with assistance from\b.{1,200}$|^to contact the (?:reporters?|editors?)(?: responsible)? (?:on|for) this story\s*:.{0,300}$/i },
  { name: 'wire-slug', description: 'A wire story\'s slug line ("SOCCER-EURO/FINAL (UPDATE 2)", "BC-AS--India-Election, 1st Ld-Writethru, 870") and its note to editors ("Eds: UPDATES with …")', pattern: /^\p{Lu}[\p{Lu}\d&.-]*(?:\/[\p{Lu}\d&.-]+)+(?:\s+\((?:UPDATE|REFILE|CORRECTED|RPT)\s*\d*\))?$|^BC-[A-Z]{2,4}-{1,2}[\w-]+(?:,[^,]{1,40}){0,3}$|^Eds:\s.{1,240}$/u },
  { name: 'separator', description: 'A line of separator characters or emoji only ("·", "=====", "* * *", "👋")', pattern: /^(?:[·•|=_~*#.–—-]\s*){1,80}$|^(?:\p{Extended_Pictographic}\uFE0F?\s*){1,5}$/u },
  { name: 'podcast-chrome', description: 'A podcast player\'s labels and a show page\'s headings (episode length, "Loading player…", "Show notes", chapter times, a transcript\'s time stamps and speaker labels, "Show — Episode 412")', pattern: /^(?:episode\s+\d+\s*[·•|-]\s*\d+\s*min(?:utes)?|loading player…?|loading…|show notes|chapters|\d{1,2}:\d{2}(?::\d{2})?\s+(?![ap]\.?m\b)[^.!?]{1,60}|transcript(?:\s+\((?:excerpt|partial)\))?|links from this episode|subscribe on .{1,60})$|^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:\[[^\]]{1,40}\]|[\p{Lu}][\p{Lu} .'’-]{1,40}:)?$|\bwherever you get your podcasts\b|^\((?:soundbite|music|applause|laughter|crosstalk|begin|end|sound of|archived recording)\b[^()]{0,80}\)$|^this transcript was (?:created|generated|produced|prepared)\b.{0,300}$|^listen\s*[·•|]\s*\d{1,2}:\d{2}$|^[^.!?]{2,60}\s[—–-]\s(?:episode|ep\.?)\s*\d{1,4}$/iu },
  { name: 'forum-chrome', description: 'A discussion forum\'s buttons, profile fields and footers (phpBB, vBulletin, Discourse: "Post Reply", "Posts: 4812", "Joined: …", "Last edited by … edited 1 time in total", "Who is online")', pattern: /^(?:post reply|reply with quote|quote|top|jump to|who is online|quick links(?:\s+(?:faq|register|login|log in|members|search))*|search this (?:topic|forum)…?|display posts from previous:.{0,80}|users browsing this forum:.{0,120}|powered by (?:phpbb|vbulletin|discourse|xenforo|mybb)\b.{0,80}|(?:posts|joined|location|reputation|threads):\s.{1,60}|last edited by .{1,60} on .{4,60}, edited \d+ times? in total\.?)$/i },
  { name: 'language-switch', description: 'A link to the page in another language ("Leer en español", "Lire en français", "Read in English")', pattern: /^(?:leer en|lire en|auf deutsch lesen|leggi in|ler em|read (?:this )?in|versión en|version en|version française|english version|versão em)\s?\p{L}*$/iu },
  { name: 'thread-post-header', description: 'A compiled social thread\'s post number and time ("**1/9** · 19:01")', pattern: /^\**\d{1,2}\/\d{1,2}\**\s*(?:[·•|-]\s*\d{1,2}:\d{2}(?:\s*[ap]m)?)?$/i },
  { name: 'page-type-label', description: 'A government or live page\'s type label ("News story", "Press release", "Business live")', pattern: /^(?:news story|press release|(?:business|politics|sport|world|news) live)$/i },
  { name: 'edition-label', description: 'A digital edition\'s view label ("e-Edition · Text view")', pattern: /^e-?edition\b.{0,40}$/i },
  { name: 'breadcrumb-trail', description: 'A breadcrumb trail from the home page to the article, its headline often cut short ("Home › World › Asia › Modi sworn in…")', pattern: /^home\s*[›>»]\s*(?:[^›>»]{1,40}\s*[›>»]\s*)*[^›>»]{1,160}$/i },
  { name: 'bare-link', description: 'A web address on a line of its own', pattern: /^(?:https?:\/\/|www\.)\S+$/i },
  { name: 'release-fields', description: 'A news wire\'s fields above a release ("Industry: Film & Motion Pictures", "Release ID: …", "Keywords: …")', pattern: /^(?:industry|industries|sector|keywords?|release\s+(?:id|no\.?|number)|story\s+(?:id|no\.?|number)|priority)\s*:\s*.{1,160}$/i },
  { name: 'postal-address', description: 'A postal address line in a footer ("The Callsheet · 8581 Santa Monica Blvd #555 · West Hollywood, CA 90069")', pattern: /^[^.!?]{0,120}[·|•]\s*[\p{L} .'’-]{2,40},\s*\p{Lu}{2}\s+\d{5}(?:-\d{4})?$/u },
  { name: 'page-index', description: 'A printed page\'s index of what is inside ("INSIDE · Lotto results, A2 · Obituaries, B6 · Weather, B8")', pattern: /^(?:inside(?: today)?\s*[·•|:-]?\s*)?(?:[^·•|]{2,40}?,?\s+(?:page\s+)?[A-Z]?\d{1,3}\s*(?:[·•|]\s*|$)){2,}$/i },
  { name: 'advertisement', description: 'An advertisement or sponsor label ("Story continues below advertisement")', pattern: /^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|paid (?:post|content))(?:\s*[·|•–—-]\s*scroll (?:down )?to continue(?: (?:with|reading)(?: content)?)?)?$|^(?:story|article|text) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?$|^continue reading (?:below|after) (?:the )?(?:advertisement|ad)$/i },
  { name: 'advertisement-mark', description: 'An advertisement label set between dashes or bullets ("- Advertisement -", "— ADVERTISEMENT —")', pattern: /^[-–—•·*\s]+(?:advertisement|advertising|sponsored)[-–—•·*\s]+$/i },
  { name: 'caption-toggle', description: 'A photo caption\'s show/hide button ("hide caption", "toggle caption")', pattern: /^(?:hide|show|toggle)\s+caption$/i },
  { name: 'player-message', description: 'A media player\'s message or a video link with its running time ("This video can not be played", "Highlights: Argentina v France (4:58)", "▶ Listen to this article · 5 min")', pattern: /^this (?:video|audio|content) (?:can ?not|cannot|can't|could not) be (?:played|loaded|displayed)\b.{0,80}$|^(?:highlights|watch|video)\s*:.{2,100}\(\d{1,2}:\d{2}\)$|^[▶►]\s*listen\b.{0,60}$|^duration:\s*\d+\s*(?:minutes?|mins?|seconds?|secs?)\b.{0,30}$/iu },
  { name: 'factbox-link', description: 'A wire story\'s link to a factbox or explainer beside it ("Factbox: Who is …?"; an explainer\'s own headline is not one)', pattern: /^(?:factbox|fact box)\s*:\s+[^.]{5,120}\??$/i },
  { name: 'post-pager', description: 'A blog\'s links to the older and newer posts ("← Older post · Newer post →")', pattern: /^[←‹«]?\s*(?:older|newer|previous|next)\s+(?:post|posts|entry|entries|article|story)\s*(?:[·|•/]\s*(?:older|newer|previous|next)\s+(?:post|posts|entry|entries|article|story))?\s*[→›»]?$/i },
  { name: 'forward-prompt', description: 'A newsletter\'s request to forward it or to reply ("Was this forwarded to you? Sign up …", "Enjoying X? Forward it to a colleague.", "Tips, complaints, praise: reply to this email.")', pattern: /\bwas this (?:e-?mail |newsletter )?forwarded to you\b|\bforward (?:it|this(?: e-?mail| newsletter)?) to a (?:friend|colleague)\b|\breply to this (?:e-?mail|newsletter)\b/i },
  { name: 'newsletter-signup', description: 'A named newsletter\'s or alert\'s sign-up line ("Sign up to Encore", "Get the Business Briefing: …", "Get the latest sport alerts: follow us on WhatsApp")', pattern: /^sign\s*up\s+(?:to|for)\s+(?:the\s+)?\p{Lu}[\p{L}’' ]{0,30}$|^get (?:the|our) [\p{L}’' ]{2,40}(?:briefing|newsletter|alerts?|digest|bulletin)\b.{0,120}$/iu },
  { name: 'like-widget', description: 'A blog platform\'s like widget ("Like this: Like Loading…")', pattern: /^\*?like this:\*?\s*like\s+loading(?:\.{3}|…)?$/i },
  { name: 'section-list-heading', description: 'A heading of a list of other stories ("Related stories", a newsletter\'s "Also today", "Quick hits")', pattern: /^(?:related(?:\s+(?:coverage|stories|articles|content|reading|links|topics))?|elsewhere on\b.{0,30}|most\s+(?:read|viewed|popular|shared)|more\s+(?:from|on)\b.{0,40}|trending(?:\s+now)?|top\s+stories|key\s+events|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|what to read next|in (?:other|related) news|in (?:this|today'?s) (?:issue|edition|newsletter)|also (?:today|worth knowing|in the news|this week|on our radar)|quick hits|in other news|other stories|more news|what else we(?:'re| are) reading|also in (?:this|today'?s) (?:issue|edition|newsletter)|elsewhere(?: in (?:the )?[\p{L} ]{2,30})?|this week(?:'|’)s lead)\s*:?$/iu },
  { name: 'breaking-banner', description: 'A breaking-news or live banner', pattern: /^(?:breaking|live|developing|just in)(?:\s*:\s*.{0,120}|\s+news)?$/i },
  { name: 'tip-line', description: 'A request for tips or contact details of the newsroom', pattern: /^\p{Lu}[\p{L}.'’ -]{2,60}\s+can be reached at\s+[^\s]+@[^\s]+(?:\s+or\s+[\d().+ -]{7,20})?\.?$|^(?:got a story\??|have a (?:story|tip)\??|do you have (?:a story|information)\b|(?:have|got|took) (?:a|any) (?:photos?|pictures?|videos?) (?:of|from)\b[^.?!]{0,60}\?\s*send\b).{0,160}$/iu },
  { name: 'comments', description: 'Comment counters and comment-form text', pattern: /^(?:comments?\s*\(\d+\)|\d+\s+comments?|comments are (?:closed|open)\.?|view comments|show comments|join the conversation)$/i },
  { name: 'legal', description: 'Terms, privacy, licensing and disclaimer lines', pattern: /^(?:terms of (?:use|service)|privacy policy|contact us|cookie policy|about us|accessibility)(?:\s*[·|•,]\s*(?:terms of (?:use|service)|privacy policy|contact us|cookie policy|about us|accessibility|advertise|careers|sitemap))*$|^purchase licensing rights$|^(?:©\s*)?crown copyright(?:\s+\d{4})?$|\bclick for restrictions\b|^(?:our|\p{Lu}[\p{L}]*)\s+(?:editorial\s+)?standards\s*:.{0,80}$|^confidentiality notice\b|\bthis e-?mail (?:and any attachments )?(?:is|are) (?:intended|confidential)\b|\ball rights reserved\b|^(?:this|the) material may not be published\b|\bnot (?:financial|investment|legal) advice\b|\bregistered in england(?: and wales)?\b|\bforward-looking statements within the meaning\b/iu },
  { name: 'republish-link', description: 'Links to the original article or republishing terms', pattern: /^(?:read the original article|republish this article)\.?$|^view original content\b.{0,200}$/i },
  { name: 'release-chrome', description: 'Press-release labels, end marks and contact blocks', pattern: /^(?:(?:for\s+immediate\s+release|(?:media|press|news)\s+release)(?:\s{2,}(?:for\s+immediate\s+release|(?:media|press|news)\s+release))?|news provided by|[-—–\s]*ends[-—–\s]*|#{3}|-30-|(?:media|press)\s+(?:contacts?|enquiries|inquiries)\s*:?.{0,80}|contacts?\s*:|for (?:more|further) information\b.{0,120}|source\s+\p{Lu}.{1,60}|(?:investor|media|press|public)\s+relations\s*:?.{0,80}|(?:release|news release|press release)\s+(?:no\.?|number|#)\s*[\w-]+)$/iu },
  { name: 'contact-line', description: 'A phone number, e-mail address or postal address on its own line', pattern: /^(?:(?:tel|phone|t|m|mobile|email|e-mail)\s*[:.]?\s*)?(?:\+?\(?\d[\d ().-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$|^[\p{L}\d .,'-]{2,60},\s*\p{Lu}{2}\s+\d{5}(?:-\d{4})?$|^(?:[^·•|]{1,60}\s[·•|]\s)+[^·•|]{1,60}$(?<=(?:\(\d{3}\)\s?|\+?\d{1,3}[ .-])\d{3}[ .-]\d{4}.*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+.*)|^--$/u },
  { name: 'contact-card', description: 'A press contact on one line: a name or desk with an e-mail address and a phone number, and no sentence ("Ana Ruiz, Head of Office, ana@org.example, +54 11 5555 0142")', pattern: /^(?=[^\n]{0,200}$)(?=.*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?=.*(?:\+\d{1,3}[ .-]?|\(\d{2,4}\)\s?)?\d{2,4}[ .-]\d{3,4}[ .-]?\d{0,4}).*[^.!?]$/u },
  { name: 'page-marker', description: 'Pagination and print-page markers', pattern: /^(?:page\s+\d+\s+of\s+\d+|continued (?:on|from) page\s+\d+|\(?continued\)?|turn to page\s+\d+|see\s+\p{Lu}[\p{Lu}\d-]*,?\s+(?:on\s+)?page\s+[A-Z]?\d+\.?)$/iu },
  { name: 'tags', description: 'Tags and category lines', pattern: /^(?:tags?|topics?|keywords|filed under|categories)\s*(?::\s*\S|\s+#).{0,200}$|^posted in\s+[^.]{1,60}[·|•].{0,60}$/iu },
  { name: 'image', description: 'An image placeholder, photo credit or caption label', pattern: /^!\[[^\]]*\]\([^)]*\)$|^(?:photo|image|picture|credit|pictured)\s*:.{1,200}$|^(?:image|media|video)\s+(?:source|caption)\s*[,:].{0,200}$|^(?:[\p{L} .]+\/)?(?:getty images|reuters|afp|ap|epa|shutterstock|pa media|alamy)(?:\s+via\s+getty images)?$|^(?:logo|photo|multimedia)\s*[-–:]\s*https?:\/\/\S+$/iu },
  { name: 'timestamp', description: 'A time stamp on its own line (a live page\'s entry time)', pattern: /^(?:(?:updated|last updated|first published)\s+(?:at\s+)?)?(?:\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s+[A-Z]{2,5})?$|^\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago$/i },
  { name: 'live-chrome', description: 'Controls of a live page', pattern: /^(?:show key events only|pinned (?:post|message)|live feed|live updates|auto-?update(?:\s*:?\s*(?:on|off))?|filters?(?:\s+beta)?|please turn on javascript\b.{0,80}|newest first|oldest first|load more(?: updates| posts)?|show more(?: updates| posts)?|this (?:live )?blog is (?:now )?closed\.?)$/i },
];

/**
 * Headings that open a boilerplate section at the end of a release or page: the heading and the
 * paragraph(s) under it go (until a block that reads as article text resumes — never more than
 * SECTION_MAX blocks).
 */
export const SECTION_OPENERS: readonly ChromeRule[] = [
  { name: 'about-section', description: 'An "About <organisation>" boilerplate section', pattern: /^[Aa]bout\s+(?:the\s+)?\p{Lu}[\p{L}\d&.,' -]{1,60}$/u },
  { name: 'legal-section', description: 'Forward-looking statements, disclaimers and notes to editors', pattern: /^(?:forward-looking statements|safe harbou?r statement|disclaimer|notes? to editors|editor'?s note)$/i },
  { name: 'page-history', description: 'A page\'s history of updates ("Updates to this page", "Page history")', pattern: /^(?:updates to this page|page history|change history|revision history|full page history|update history)$/i },
];
/** The most blocks a boilerplate section may take. */
export const SECTION_MAX = 3;

/**
 * A caption that ends in its credit set in capitals, as print pages do ("… harbour on June 16. MERCURY FILE PHOTO", "… STAFF PHOTO").
 * Tried only on a line that has one of CAPS_CREDIT_WORDS: unanchored, it costs a scan of 400 characters from every
 * position of the line (a third of the ingest's time when it ran on every short block).
 */
export const CAPS_CREDIT_WORDS = /PHOTO|ILLUSTRATION/;
export const CAPS_CREDIT = /\S[^]{8,400}?[.)]?\s(?:\p{Lu}{2,}[\p{Lu}.'’-]*\s){0,3}(?:FILE |STAFF |AP |AFP )?(?:PHOTO(?:GRAPH)?|PHOTOS|ILLUSTRATION)(?:\s*\/\s*\p{Lu}[\p{L} .'’-]{1,40})?$/u;

/** A caption: a block ending in a photo credit in brackets ("… (Ledger photo)", "(AP Photo/Jane Doe)"). */
export const CAPTION = /\((?:[^()]{0,60}\b(?:photo|photograph|image|picture|file)\b[^()]{0,60}|(?:getty|reuters|ap|afp)\b[^()]{0,40})\)\.?$|[.|]\s*(?:photo(?:graph)?|image|picture|credit)\s*:\s*[^.]{2,60}$/i;

/** A greeting that opens a newsletter ("Good morning. Here's what you need to know today."). */
export const GREETING = /^good (?:morning|afternoon|evening)\b.{0,80}(?:need to know|today|this (?:morning|week))[.!]?$|^(?:hi|hello|hey|dear)\s+(?:all|everyone|everybody|friends|folks|readers|subscribers|there)\b[,!]/i;

/** An author bio at the end: "<Name> covers … / is a … reporter … Reach her at …". */
export const BIO = /^\p{Lu}[\p{L}.'’ -]{2,40}\s+(?:covers|writes about|is (?:a|an|the)\s+[\p{L} -]{0,40}(?:reporter|correspondent|editor|writer|columnist))\b.{0,200}(?:@|reach (?:him|her|them)|follow (?:him|her|them))/iu;

/** What a contributor's note at the foot of an article says its writer is ("… is a translator", "… is the paper's industry reporter"). */
export const BIO_PROFESSIONS = 'reporter|correspondent|editor|writer|columnist|translator|lecturer|professor|researcher|journalist|author|analyst|fellow|contributor|producer|photographer|critic|economist|historian|novelist';
/**
 * A contributor's note closing an article: a person's name, "is", an article or a possessive (the outlet's), and a
 * profession within a few words ("Kevin Ortiz is Pixel Dispatch's industry reporter.", "Tom Ashby is a translator from Spanish").
 */
export const BIO_TAIL = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]+\\s+){1,3}is\\s+(?:a|an|the|\\p{Lu}[\\p{L}&'’ -]{1,40}[’']s)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:${BIO_PROFESSIONS})s?\\b`, 'u');
/** The heading over such a note. */
export const BIO_HEADING = /^(?:about the (?:author|writer|translator|contributors?)|the author)$/i;

/** Stop words (English): a block of article text is mostly made of them (jusText's stopword density). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours said says also who year years new last first two three one since'
  ).split(' '),
);

/** A block with at least this many words and stop-word density reads as article text. */
export const GOOD_WORDS = 20;
export const GOOD_STOP_DENSITY = 0.2;
/** The most words a block may have and still be removed as chrome by its kind. */
export const CHROME_MAX_WORDS = 60;
/** A "short" block: fewer words than this, and no finished sentence. */
export const SHORT_WORDS = 12;

/** Last words of newspaper and agency names: a short Title Case line ending in one is a masthead ("Puget Sound Herald"). */
export const MASTHEAD_NOUNS: ReadonlySet<string> = new Set(
  ('times herald post daily weekly gazette tribune journal ledger courier standard chronicle observer guardian telegraph express mail news ' +
    'press wire review record sun star mirror sentinel examiner bulletin monitor dispatch register inquirer independent globe today ' +
    'sport sports service agency network broadcasting media online magazine digest reporter leader argus advertiser quarterly monthly mercury clarion echo enquirer citizen beacon gleaner statesman').split(' '),
);

/** Words of institutions' names: a letterhead above a release contains one ("OFFICE OF THE GOVERNOR", "COUNTY OF MAUI"). */
export const LETTERHEAD_NOUNS: ReadonlySet<string> = new Set(
  ('office department ministry county city state government bureau council commission house embassy police university bank ' +
    'corporation company group institute foundation authority administration').split(' '),
);

/** Section labels and kickers printed above a headline. */
export const KICKER = /^(?:the\s+)?(?:big|top|main|lead|cover)\s+stor(?:y|ies)$|^(?:breaking(?:\s+news)?|exclusive|analysis|opinion|comment|editorial|explainer|timeline|briefing|interview|profile|investigation|obituary|live|updated|watch|listen|in\s+pictures|in\s+depth|fact\s+check|world|news|features?|business|politics|sport|sports|showbiz|entertainment|culture|lifestyle|money|tech|technology|science|health|community|local|national|international)$/i;
