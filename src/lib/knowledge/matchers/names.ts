/**
 * People (and lone names the join must resolve) from the capitalised runs nothing else took: a title, an
 * apposition, a relative clause, a speech verb or `compromise`'s name tags are evidence for a person; a
 * place noun, a place preposition or a place nearby make a place; a statement, a company role or a
 * possessive with a business noun make an organisation.
 */
import { demonyms, gazetteerPlace } from '../places.ts';
import {
  BUSINESS_NOUNS, CLAIM_STOP_WORDS, COMPASS_WORDS, FUNCTION_WORDS, HONORIFICS, MOTION_VERBS, CORPORATE_TAILS, DETERMINERS, GENERIC_PLACE_NOUNS, LEADERSHIP_VERBS, LOCATIVES, MONTHS, NAME_PARTICLES,
  HYPHEN_PREFIXES, LEGAL_FORM, TROPHY_HEADS, NAME_SUFFIXES, NEVER_NAMES, ORG_HEADS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PLACE_ALIAS_NOUNS, PLACE_NOUNS, PLACE_PREFIXES, RANK_SURNAMES,
  TITLE_WORDS, VERB_LIKE_PLACE_NOUNS, isWord,
  STORM_HEADS,
} from '../lexicon.ts';
import { draft, type Found, type Matcher, type MatchContext, type Scan } from './context.ts';
import { appositionAfter, corporateRoleAfter, honorificGender, speechVerbAfter, statementAfter, titleBefore, WEEKDAY_SET } from './phrases.ts';
import { bare, capWord, isPossessive, nameStart } from './read.ts';

export const names: Matcher = {
  name: 'names',
  description: 'People, and places, organisations or unknown names for the join, from the capitalised runs nothing else took, by the evidence around them',
  phase: 'reading',
  find: (ctx) => findNames(ctx),
};

/** Words after which "of" names a place: a place noun, a compass word, a part of a place ("outskirts of", "north of", "city of"). */
const OF_PLACE_BEFORE = /^(?:outskirts|suburbs|heart|edge|centre|center|coast|shores?|banks?|parts?|rest|north|south|east|west|northeast|northwest|southeast|southwest|cit(?:y|ies)|towns?|villages?|provinces?|regions?|states?|districts?|count(?:y|ies)|capital|ports?|islands?|republic|kingdom|people|residents?|mayor|governor)$/i;

/** True when the token can be part of a person's name. */
function nameLike(w: Scan, k: number, last: boolean): boolean {
  const t = w.tokens[k]!;
  const word = bare(t.text);
  if (!last && NAME_PARTICLES.has(t.text) && !w.used[k]) return true;
  if (t.kind !== 'word' || !t.cap || w.used[k]) return false;
  // A storm and its name ("Hurricane Milton") are no person.
  if (STORM_HEADS.has(t.text) || (k > 0 && STORM_HEADS.has(w.tokens[k - 1]!.text))) return false;
  if (NAME_SUFFIXES.has(t.text)) return true;
  if (/^(?:\p{Lu}\.){1,3}$/u.test(t.text)) return true; // initials: J.D.
  // A surname that is also a title ("Madeleine King"): after a first name.
  if (last && RANK_SURNAMES.has(word) && k > 0 && w.b.tags[k - 1]?.firstName && capWord(w, k - 1) && !TITLE_WORDS.has(bare(w.tokens[k - 1]!.text))) return true;
  if (TITLE_WORDS.has(word) || ORG_HEADS.has(t.text) || demonyms().has(t.text) || NEVER_NAMES.has(word)) return false;
  // A title joined by hyphens ("Director-General", "Secretary-General", "Commander-in-Chief") is no part of a name.
  if (word.includes('-') && word.split('-').every((p) => TITLE_WORDS.has(p) || p === 'general' || p === 'in' || p === 'chief')) return false;
  if (WEEKDAY_SET.has(t.text) || MONTHS.has(word)) return false;
  // A first name that is also a place or a word ("Jordan Pickford", "Ollie Watkins") stays with the surname after it, so the name is not cut.
  if (!last && (w.b.tags[k]?.firstName || w.b.tags[k]?.person) && surnameAfter(w, k)) return true;
  if (gazetteerPlace(t.text)) return false;
  if (/[-–]/.test(t.text) && !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-\p{Lu}/u.test(t.text) && !hyphenatedGivenName(w, k)) return false;
  if (t.text === t.text.toUpperCase() && t.text.length > 1) return false;
  // A surname before a given name ("Lee Jae-myung", "Han Dong-hoon"), a syllable of a name between two others ("Yoon Suk Yeol"):
  // capitalised words that are also English words ("lee", "han", "suk") are part of the name there.
  if (!last && (hyphenatedGivenName(w, k + 1) || (k > 0 && word.length <= 4 && syllable(w, k - 1) && syllable(w, k + 1)))) return true;
  return last || !isWord(word) || !!w.b.tags[k]?.person;
}

/**
 * A given name of two syllables joined by a hyphen, right after a capitalised word (the surname): "Jae-myung", "Dong-hoon",
 * "An-su". Not a compound ("Anti-war", "Co-founder"): its first part is no prefix and the whole is no word.
 */
function hyphenatedGivenName(w: Scan, k: number): boolean {
  const t = w.tokens[k];
  const m = t && /^(\p{Lu}\p{Ll}{0,6})-\p{Ll}{1,6}$/u.exec(t.text);
  if (!m || k === 0 || !capWord(w, k - 1) || w.tokens[k - 1]!.end + 1 !== t.start || w.tokens[k - 1]!.text.includes('-')) return false;
  return !HYPHEN_PREFIXES.has(m[1]!.toLowerCase()) && !isWord(t.text.toLowerCase());
}

/** A capitalised word right next to token k's neighbour that no dictionary knows: a syllable of a name ("Yoon", "Yeol"). */
function syllable(w: Scan, k: number): boolean {
  const t = w.tokens[k];
  return !!t && t.kind === 'word' && !!t.cap && /^\p{Lu}\p{Ll}{1,5}$/u.test(t.text) && !isWord(t.text.toLowerCase()) && !gazetteerPlace(t.text) && !TITLE_WORDS.has(t.text) && !ORG_HEADS.has(t.text);
}

/** True when the token after k is a capitalised surname right after it: not an English word unless tagged a name (`Henry`), not a place or a title. */
function surnameAfter(w: Scan, k: number): boolean {
  const next = w.tokens[k + 1];
  return !!next && capWord(w, k + 1) && next.start === w.tokens[k]!.end + 1 && (!isWord(bare(next.text)) || !!w.b.tags[k + 1]?.person) && !gazetteerPlace(next.text) && !/[-–]/.test(next.text) && !ORG_HEADS.has(next.text) && !TITLE_WORDS.has(bare(next.text));
}

/** True when the token at k starts a place mention; returns the index after it, else -1. */
function placeAt(w: Scan, k: number): number {
  if (w.types[k] !== 'place' || !w.used[k]) return -1;
  let e = k;
  while (e + 1 < w.tokens.length && w.types[e + 1] === 'place' && w.used[e + 1]) e++;
  return e + 1;
}

/** True when token k follows a list of places after a locative preposition (`in Australia and New Caledonia`). */
function coordinatedWithPlace(w: Scan, k: number): boolean {
  const { tokens } = w;
  let j = k - 1;
  for (let guard = 0; guard < 6; guard++) {
    if (!['and', 'or', ','].includes(tokens[j]?.text ?? '')) return false;
    j--;
    // A place, or a lone name the join has yet to type ("in Wajima and Suzu").
    const lone = w.types[j] === 'unknown' && w.used[j] && tokens[j]!.cap && w.types[j - 1] !== 'unknown';
    if ((w.types[j] !== 'place' && !lone) || !w.used[j]) return false;
    while (j > 0 && w.types[j - 1] === 'place' && w.used[j - 1]) j--;
    const before = (tokens[j - 1]?.text ?? '').toLowerCase();
    if (LOCATIVES.has(before) || before === 'from' || before === 'at' || before === 'between' || destination(w, j)) return true;
    // "the cities of Wajima and Suzu"
    if (before === 'of' && PLACE_NOUNS.has((tokens[j - 2]?.text ?? '').replace(/ies$/, 'y').replace(/s$/, ''))) return true;
    j--;
  }
  return false;
}

/** True when the name at k is where someone went: `to` after a verb of going (`flew to Wajima`). */
function destination(w: Scan, k: number): boolean {
  return w.tokens[k - 1]?.text === 'to' && MOTION_VERBS.has(w.tokens[k - 2]?.text.toLowerCase() ?? '');
}

/** The kind of thing a relative clause after a name describes: `, who …` a person, `, where …` a place, `, which is the world’s largest producer` an organisation. */
function relativeAfter(w: Scan, end: number): 'person' | 'org' | 'place' | null {
  const { tokens } = w;
  if (tokens[end]?.text !== ',') return null;
  const word = tokens[end + 1]?.text;
  if (word === 'who') return 'person';
  if (word === 'where') return 'place';
  if (word !== 'which') return null;
  for (let k = end + 2; k < Math.min(tokens.length, end + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’s' && t.text !== "'s") return null;
    if (ORG_ROLE_NOUNS.has(t.text) && !PERSON_ROLE_NOUNS.has(t.text)) return 'org';
  }
  return null;
}

/**
 * "Rishi Sunak conceded …", "Rishi Sunak, who resigned …": a sentence's first word that is also an English word (`rishi`)
 * still starts a name when the run is that word and a surname-like word (capitalised, not a word, a place or an
 * organisation's head) and a speech verb, an apposition naming a person or `, who` follows the pair.
 */
function givenNameOpening(w: Scan, run: readonly number[]): boolean {
  const { tokens } = w;
  const [k, next] = [run[0]!, run[1]];
  if (run.length !== 2 || next !== k + 1 || !tokens[k]!.first) return false;
  const word = bare(tokens[k]!.text).toLowerCase();
  const surname = tokens[next]!;
  if (FUNCTION_WORDS.has(word) || CLAIM_STOP_WORDS.has(word) || DETERMINERS.has(word) || HONORIFICS.has(word.replace(/\.$/, '')) || TITLE_WORDS.has(bare(tokens[k]!.text)) || surname.start !== tokens[k]!.end + 1) return false;
  if (isWord(bare(surname.text)) || gazetteerPlace(surname.text) || ORG_HEADS.has(surname.text) || TITLE_WORDS.has(bare(surname.text)) || surname.text === surname.text.toUpperCase()) return false;
  return speechVerbAfter(w, next + 1) >= 0 || relativeAfter(w, next + 1) === 'person' || appositionAfter(w, next + 1)?.kind === 'person';
}

/** True when a place noun follows the name ending at `last` (`the Mutanda mine`, `Reko Diq copper-gold project`), not a verb (`Lynas mines rare earths`). */
function placeNounAfter(w: Scan, from: number, last: number): string | null {
  const { tokens } = w;
  if (!tokens[last + 1] || tokens[last + 1]!.cap) return null;
  // Up to four lowercase words ahead ("Reko Diq copper-gold project", "Reko Diq in Chagai district"), capitalised words not counted.
  for (let k = last + 1, n = 0; k < tokens.length && n < 4; k++) {
    const t = tokens[k]!;
    if ((t.kind !== 'word' && t.text !== '-') || DETERMINERS.has(t.text)) return null;
    if (t.cap) continue;
    n++;
    if (!PLACE_NOUNS.has(t.text)) continue;
    if (VERB_LIKE_PLACE_NOUNS.has(t.text)) {
      const before = tokens[from - 1]?.text ?? '';
      const after = tokens[k + 1];
      const determined = DETERMINERS.has(before) || isPossessive(before) || LOCATIVES.has(before) || ['at', 'of', 'from', 'to', 'for', 'on'].includes(before);
      if (!determined && after && after.kind === 'word' && !after.cap && !['in', 'at', 'near', 'of', 'and', 'or', 'is', 'was', 'has', 'will', 'would'].includes(after.text)) return null;
    }
    return t.text;
  }
  return null;
}
/** True when the capitalised word at k may start a name that evidence for a person extends leftwards ("said Budi Contoh, a researcher"). */
function extendsName(w: Scan, k: number): boolean {
  const t = w.tokens[k];
  if (!t || !capWord(w, k) || w.tokens[k + 1]!.start !== t.end + 1 || !nameStart(w, k)) return false;
  const b = bare(t.text);
  if (TITLE_WORDS.has(b) || ORG_HEADS.has(t.text) || CORPORATE_TAILS.has(t.text) || demonyms().has(t.text) || NEVER_NAMES.has(b)) return false;
  if (WEEKDAY_SET.has(t.text) || MONTHS.has(b) || gazetteerPlace(t.text) || COMPASS_WORDS.has(t.text) || PLACE_PREFIXES.has(t.text)) return false;
  return !/[-–]/.test(t.text) && t.text !== t.text.toUpperCase();
}

/** People (and lone names the join must resolve) from the capitalised runs nothing else took. */
function findNames(ctx: MatchContext): Found[] {
  const w = draft(ctx);
  const { tokens, text } = w;
  for (let i = 0; i < tokens.length; i++) {
    if (!capWord(w, i)) continue;
    // The run: capitalised words, letting brackets through ("President [Donald] Trump").
    const run: number[] = [];
    let j = i;
    while (j < tokens.length) {
      if (capWord(w, j)) run.push(j);
      else if (NAME_PARTICLES.has(tokens[j]!.text) && run.length && (capWord(w, j + 1) || (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && capWord(w, j + 2)))) run.push(j);
      else if (!['[', ']'].includes(tokens[j]!.text)) break;
      j++;
    }
    i = j - 1;
    while (run.length && !nameStart(w, run[0]!) && !TITLE_WORDS.has(bare(tokens[run[0]!]!.text)) && !givenNameOpening(w, run)) run.shift();
    if (!run.length) continue;
    // A trophy, a prize or a contest ("Webb Ellis Cup", "Nobel Prize", "World Series") is nobody's name.
    if (TROPHY_HEADS.has(tokens[run.at(-1)!]!.text)) continue;
    // The name is the longest tail of name-like words.
    let t = run.length - 1;
    if (!nameLike(w, run[t]!, true)) continue;
    while (t > 0 && (nameLike(w, run[t - 1]!, false) || (t === 1 && givenNameOpening(w, run))) && run.length - t < 5) t--;
    while (t < run.length - 1 && NAME_PARTICLES.has(tokens[run[t]!]!.text)) t++;
    const nameTokens = run.slice(t);
    while (nameTokens.length > 1 && NAME_SUFFIXES.has(tokens[nameTokens[0]!]!.text)) nameTokens.shift();
    // "Minister of Mines Paul Kabuswe": an ordinary word right after "of"/"for" ends a title, it does not start a name.
    // A first name before a surname is not such a word ("substituted for Ollie Watkins").
    while (nameTokens.length > 1 && isWord(bare(tokens[nameTokens[0]!]!.text)) && ['of', 'for', 'and', '&'].includes(tokens[nameTokens[0]! - 1]?.text ?? '') && !(w.b.tags[nameTokens[0]!]?.firstName && nameTokens.length === 2 && surnameAfter(w, nameTokens[0]!)) && !hyphenatedGivenName(w, nameTokens[1]!)) nameTokens.shift();
    const last = nameTokens.at(-1)!;
    const app = appositionAfter(w, last + 1);
    const verb = speechVerbAfter(w, last + 1);
    const before0 = tokens[nameTokens[0]! - 1]?.text ?? '';
    const saidBefore = before0 === 'said' || before0 === 'told' || (before0 === 'to' && tokens[nameTokens[0]! - 2]?.text === 'According');
    // "X said in a statement": an organisation speaking.
    const statement = statementAfter(w, last + 1);
    // "in Peru and New Tolosa say …": a name after a place preposition is not the verb's subject.
    let runFrom = nameTokens[0]!;
    while (runFrom > run[0]! && capWord(w, runFrom - 1)) runFrom--;
    const locative = LOCATIVES.has(tokens[runFrom - 1]?.text ?? '') || coordinatedWithPlace(w, runFrom);
    const speech = ((verb >= 0 && !locative) || saidBefore) && !statement;
    const rel = relativeAfter(w, last + 1);
    // "led since August 2024 by Bahlil Lahadalia"
    const ledBy = before0 === 'by' && tokens.slice(Math.max(0, nameTokens[0]! - 7), nameTokens[0]! - 1).some((x) => LEADERSHIP_VERBS.has(x.text) && x.sentence === tokens[nameTokens[0]!]!.sentence);
    // Evidence for a person takes in an ordinary capitalised word right before a lone surname ("said Budi Contoh, a researcher").
    if (nameTokens.length === 1 && (app?.kind === 'person' || rel === 'person' || speech || ledBy) && run[t - 1] === nameTokens[0]! - 1 && extendsName(w, nameTokens[0]! - 1) && !titleBefore(w, nameTokens[0]!).roles.length) {
      nameTokens.unshift(nameTokens[0]! - 1);
    }
    const first = nameTokens[0]!;
    if (!nameStart(w, first) && nameTokens.length === 1) continue;
    const name = nameTokens.map((k) => tokens[k]!.text).join(' ');
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const surface = /[[\]]/.test(text.slice(start, end)) ? name : text.slice(start, end);
    // "the mayor of Suzu": one word after a title and "of" is what the title is of, not the holder's name.
    const ofTitle = titleBefore(w, first);
    const title = nameTokens.length === 1 && tokens[first - 1]?.text === 'of' && !ofTitle.honorific ? { ...ofTitle, start: first, qualifierStart: first, roles: [] } : ofTitle;
    const tags = nameTokens.map((k) => w.b.tags[k]!);
    const hasTitle = title.roles.length > 0 || !!title.honorific;
    const personEvidence = hasTitle || app?.kind === 'person' || (nameTokens.length > 1 && (speech || rel === 'person' || ledBy || tags.some((x) => x.person)));
    const allWords = nameTokens.every((k) => isWord(bare(tokens[k]!.text)));
    // A place keeps the capitalised words before its tail ("its Los Bronces mine", "New Caledonia").
    let placeFrom = first;
    while (placeFrom > run[0]! && capWord(w, placeFrom - 1) && !TITLE_WORDS.has(bare(tokens[placeFrom - 1]!.text))) placeFrom--;
    const noun = hasTitle ? null : placeNounAfter(w, placeFrom, last);
    const placeNoun = noun !== null;
    const beforeRun = tokens[placeFrom - 1]?.text ?? '';
    // "of" places a name of several words only after a word of place ("the outskirts of X", "north of X"), not "far ahead of
    // Anies Baswedan"; a lone word after "of" ("the lesson of Saindak") is a hint the join weighs with the rest.
    const ofPlace = (tokens[first - 1]?.text ?? '').toLowerCase() === 'of' && (nameTokens.length === 1 || OF_PLACE_BEFORE.test(tokens[first - 2]?.text ?? '') || PLACE_NOUNS.has((tokens[first - 2]?.text ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')));
    const prep = ['in', 'near', 'around', 'across'].includes((tokens[first - 1]?.text ?? '').toLowerCase()) || ofPlace || LOCATIVES.has(beforeRun.toLowerCase()) || destination(w, placeFrom) || coordinatedWithPlace(w, placeFrom);
    // "at Eneabba, Western Australia", "at Kamoto near Kolwezi", "on Halmahera in North Maluku", "Tanbreez, where …".
    const afterPlace = (tokens[last + 1]?.text === ',' && placeAt(w, last + 2) > 0 && !isPossessive(tokens[placeAt(w, last + 2)]?.text) && !capWord(w, placeAt(w, last + 2))) || (['near', 'outside'].includes(tokens[last + 1]?.text ?? '') && (placeAt(w, last + 2) > 0 || capWord(w, last + 2)));
    const locatedIn = ['on', 'at', 'in', 'from'].includes(beforeRun) && tokens[last + 1]?.text === 'in' && placeAt(w, last + 2) > 0;
    const placeCue = rel === 'place' || afterPlace || locatedIn;
    // "an analyst at Jefferies": a workplace.
    const workplace = tokens[first - 1]?.text === 'at' && PERSON_ROLE_NOUNS.has(bare(tokens[first - 2]?.text ?? ''));
    // "Codelco’s stake", "Lynas chief executive Amanda Lacaze": a company.
    const possessed = isPossessive(tokens[last + 1]?.text) && tokens.slice(last + 2, last + 5).some((x, n, all) => BUSINESS_NOUNS.has(x.text) && all.slice(0, n).every((y) => y.kind === 'word' && !y.cap));
    const corporateRole = corporateRoleAfter(w, last + 1);
    const titleGender = title.honorific ? honorificGender(title.honorific) : null;
    const gender = titleGender ?? (tags[0]?.female ? 'f' : tags[0]?.male ? 'm' : null);
    const base = { name, text: surface, start, end, registryId: null, gender, genderByTitle: titleGender !== null } as const;
    // "Chagai district", "Mutanda mine", "Maluku islands": the place with its noun is another name for it.
    const nextWord = tokens[last + 1]?.text ?? '';
    const nounAfter = PLACE_ALIAS_NOUNS.has(nextWord) || (noun === nextWord && !GENERIC_PLACE_NOUNS.has(nextWord)) ? [`${name} ${nextWord}`] : [];
    // "in Australia and New Caledonia": after a preposition, an unknown word takes the capitalised words before it.
    const prepPlace = prep && !isWord(bare(tokens[last]!.text)) && !tags.some((x) => x.person) && rel !== 'person' && !speech;
    if ((placeNoun || prepPlace) && !hasTitle && app?.kind !== 'person' && placeFrom < first) {
      const placeName = text.slice(tokens[placeFrom]!.start, end);
      w.add({ ...base, type: 'place', name: placeName, text: placeName, start: tokens[placeFrom]!.start, form: 'name', aliases: nounAfter.map((a) => a.replace(name, placeName)) }, [placeFrom, last + 1]);
      continue;
    }
    if (corporateRole && !hasTitle && !tags.some((x) => x.person) && !allWords) {
      // A short form: the join resolves it to the full name the source uses ("Barrick" → Barrick Gold Corporation).
      w.add({ ...base, type: 'organization', form: 'short', gender: null, genderByTitle: false, hints: { person: false, place: false, org: true } }, [first, last + 1]);
      continue;
    }
    // "the Mutanda mine": a determiner, one capitalised word and a place noun make a place, even of an ordinary word.
    if (nameTokens.length === 1 && !hasTitle && noun && noun === tokens[last + 1]!.text && DETERMINERS.has(tokens[first - 1]?.text ?? '') && !tokens[first]!.first && !speech && app?.kind !== 'person') {
      w.add({ ...base, type: 'place', form: 'name', aliases: nounAfter }, [first, last + 1]);
      continue;
    }
    if (nameTokens.length === 1 && !hasTitle) {
      if (NEVER_NAMES.has(name.toLowerCase()) || LEGAL_FORM.test(name)) continue;
      const org = workplace || app?.kind === 'org' || tags[0]!.org || rel === 'org' || statement || possessed;
      w.add({ ...base, type: 'unknown', form: 'short', aliases: nounAfter, hints: { person: app?.kind === 'person' || speech || rel === 'person' || ledBy, place: !workplace && !statement && !possessed && (app?.kind === 'place' || placeNoun || prep || placeCue || tags[0]!.place), org } }, [first, last + 1]);
      continue;
    }
    if (!hasTitle && app?.kind === 'place') {
      w.add({ ...base, type: 'place', form: 'name' }, [first, last + 1]);
      continue;
    }
    // "the company’s Tia Maria project": a determiner or owner, a name and a place noun right after it make a place, whatever the name sounds like.
    if (noun && noun === nextWord && !speech && app?.kind !== 'person' && rel !== 'person' && (DETERMINERS.has(tokens[placeFrom - 1]?.text ?? '') || isPossessive(tokens[placeFrom - 1]?.text))) {
      const placeName = text.slice(tokens[placeFrom]!.start, end);
      w.add({ ...base, type: 'place', name: placeName, text: placeName, start: tokens[placeFrom]!.start, form: 'name', gender: null, genderByTitle: false, aliases: nounAfter.map((a) => a.replace(name, placeName)) }, [placeFrom, last + 1]);
      continue;
    }
    if (!hasTitle && (app?.kind === 'org' || ((rel === 'org' || statement || possessed) && !personEvidence))) {
      w.add({ ...base, type: 'organization', form: 'name', roles: app?.kind === 'org' ? [{ role: app.text, org: null }] : [] }, [first, last + 1]);
      continue;
    }
    if (personEvidence && !(allWords && !hasTitle && app?.kind !== 'person' && !tags.some((x) => x.person))) {
      w.add({ ...base, type: 'person', form: nameTokens.length === 1 ? 'short' : 'name' }, [first, last + 1]);
      if (nameTokens.length > 1) for (const k of nameTokens) w.notePersonWord(tokens[k]!.text);
      continue;
    }
    if (placeNoun || placeCue || (prep && !allWords) || tags.every((x) => x.place)) {
      if (allWords) continue;
      const placeName = text.slice(tokens[placeFrom]!.start, end);
      w.add({ ...base, type: 'place', name: placeName, text: placeName, start: tokens[placeFrom]!.start, form: 'name', aliases: nounAfter }, [placeFrom, last + 1]);
      continue;
    }
    if (tags.some((x) => x.org) && !allWords) {
      w.add({ ...base, type: 'organization', form: 'name' }, [first, last + 1]);
      continue;
    }
    // No evidence here ("as much history as Reko Diq."): the join may know the name from elsewhere.
    if (!allWords && nameTokens.length > 1) {
      w.add({ ...base, type: 'unknown', form: 'name', gender: null, genderByTitle: false }, [first, last + 1]);
    }
  }
  return w.found;
}
