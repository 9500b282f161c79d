import type { CompiledLexicon } from "./lexicon";
import type { ReadMatch } from "./match";
import { tokenEquals, tokenText, type Tokens } from "./tokenize";

/**
 * Normalized words that tie a harm to the people who suffer it: انتهاكات بحق المدنيين، خسائر
 * في صفوف السكان، عنف ضد الأهالي، معاناة لدى المدنيين، انقطاع الكهرباء عن السكان، القتلى من
 * المدنيين. None at
 * all is fine too (معاناة المدنيين).
 */
const LINKS: readonly (readonly string[])[] = [
  [], ["بحق"], ["في", "صفوف"], ["فى", "صفوف"], ["ضد"], ["علي"], ["بين"], ["لدي"], ["وسط"], ["عن"], ["من"], ["among"], ["against"], ["on"], ["of"],
];
/**
 * Degree adverbs, normalized, that may stand between a harm and its link: انقطاع الكهرباء بالكامل
 * عن السكان، تدمير تام, cut off completely from. They qualify the harm, not the victims.
 */
const DEGREE_ADVERBS: readonly (readonly string[])[] = [
  ["بالكامل"], ["كليا"], ["تماما"], ["جزييا"], ["نهاييا"], ["بشكل", "كامل"], ["بشكل", "تام"], ["بشكل", "كلي"],
  ["completely"], ["entirely"], ["totally"], ["partially"], ["almost", "entirely"],
];
/** A link that ties a harm to what was harmed, not to whom: أضرار في ممتلكات المواطنين. Only before a property noun. */
const PROPERTY_LINKS: readonly (readonly string[])[] = [["في"], ["فى"], ["to"]];

/**
 * Words that count or estimate, normalized: a number may stand between a harm and its victims
 * (مقتل ثلاثة أطفال، إصابة أكثر من 30 شخصا، جرح عشرات المدنيين, killed at least ten civilians).
 */
const QUANTIFIERS: readonly (readonly string[])[] = [
  ["نحو"], ["حوالي"], ["قرابه"], ["زهاء"], ["اكثر", "من"], ["اقل", "من"], ["ما", "لا", "يقل", "عن"], ["ما", "يزيد", "عن"], ["ما", "يزيد", "علي"],
  ["عشرات"], ["مئات"], ["الاف"], ["عدد", "من"], ["العديد", "من"], ["بعض"], ["جميع"], ["كل"],
  ["at", "least"], ["more", "than"], ["about"], ["around"], ["nearly"], ["almost"], ["some"], ["many"], ["several"], ["scores", "of"],
  ["dozens", "of"], ["hundreds", "of"], ["thousands", "of"], ["all"], ["the"],
];
/** Numbers written as words, normalized (ة → ه, ئ → ي), both genders; digits are recognized by their characters. */
const NUMBER_WORDS = new Set([
  "واحد", "واحده", "اثنان", "اثنين", "اثنتين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه",
  "ثماني", "ثمانيه", "ثمان", "تسع", "تسعه", "عشر", "عشره", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "اربعين", "اربعون", "خمسين", "خمسون",
  "مايه", "ميه", "مايتي", "مايتين", "ميتين", "الف", "الفا", "الفين", "مليون",
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
  "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
]);

/**
 * People nouns that say the harmed were not fighters, normalized (ة → ه, ئ → ي), without the article or a
 * leading و (both are stripped before the lookup): a harm joined to one of them is harm done
 * to the civilians.
 */
const CIVILIAN_NOUNS = new Set([
  "طفل", "طفلا", "طفلين", "طفلان", "طفله", "طفلتين", "اطفال", "اطفالا", "رضيع", "رضع",
  "امراه", "امراتين", "امراتان", "نساء", "سيده", "سيدات", "مسن", "مسنين", "مسنون", "شيوخ", "عجوز",
  "مدني", "مدنيا", "مدنيين", "مدنيون", "مواطن", "مواطنا", "مواطنين", "مواطنون", "سكان", "اهالي", "اهل",
  "عايله", "عايلات", "اسره", "اسر", "نازحين", "نازحون", "لاجيين",
  "children", "child", "women", "woman", "civilians", "civilian", "residents", "inhabitants", "families", "family", "villagers",
  "elderly", "infants", "babies", "citizens",
]);
/** People nouns that say nothing about who the harmed were (أشخاص, people): they extend the phrase, naming no one. */
const PEOPLE_NOUNS = new Set(["شخص", "شخصا", "شخصين", "اشخاص", "اشخاصا", "people", "persons", "person", "others"]);
/** What is harmed when homes and goods are: تدمير ثلاثة منازل، أضرار في ممتلكات المواطنين. */
const PROPERTY_NOUNS = new Set([
  "منزل", "منازل", "بيت", "بيوت", "مسكن", "مساكن", "ممتلكات", "مباني", "مبني", "محلات", "homes", "houses", "house", "home", "property", "properties", "buildings",
]);
/** Words that add more victims to the phrase: من بينهم 3 أطفال, including two women. */
const AMONG_THEM: readonly (readonly string[])[] = [["من", "بينهم"], ["بينهم"], ["منهم"], ["including"], ["among", "them"], ["mostly"], ["and"]];
/** How many groups of victims one phrase lists at most (ثلاثة أطفال وامرأتين ومسن). */
const MAX_GROUPS = 4;
/** The article and the conjunction stripped from a noun before the lookup (والأطفال → اطفال). */
const NOUN_PREFIXES = ["وال", "ال", "و", ""];

/** A match that is harm joined to its victims: `actorFrom` is the lexicon entry naming the victims. */
export type JoinedMatch = ReadMatch & { actorFrom?: number };

/**
 * Join a harm and its victims into one mention, as reports write it: a civilian-harm term that
 * names no one or only the victims it counts (القتلى), then (right after it, or after بحق، في صفوف، ضد، عن …, a degree adverb like بالكامل or completely allowed before the link) an optional count (ثلاثة،
 * 30، نحو، أكثر من، عشرات, at least, dozens of) and the harmed: a plain name of the people
 * harmed (المدنيين، السكان, civilians: an actor the lexicon's own civilian-harm phrases name),
 * a people noun (أطفال، امرأتين، مواطنين، عائلات, children, families), or homes and goods
 * (منازل، ممتلكات المواطنين); more victims may follow (من بينهم 3 أطفال، وامرأتين, and women).
 * The phrase keeps the harm's entry and category; it names the civilians when one of its nouns
 * says the harmed were not fighters, and no one when it only counts people (أشخاص) or homes.
 * A bare act of killing or wounding (مقتل، قتل، جرح، إصابة) with no victims after it is dropped.
 * A name inside it is not a mention of its own (the longest phrase wins).
 *
 * @param tokens the text's words
 * @param lexicon the compiled lexicon the matches index into
 * @param matches the text's matches, in text order, none overlapping
 * @returns the matches with each such phrase joined (a phrase that names the civilians carries `actorFrom`), bare acts dropped
 */
export function joinHarmToVictims(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[]): JoinedMatch[] {
  const victimsEntry = plainVictimsEntry(lexicon);
  const out: JoinedMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const harm = matches[i] as ReadMatch;
    const harmTerm = lexicon.entries[harm.entry];
    // A casualty word names the civilians already (القتلى); its victims after it still belong to the phrase.
    // A harm whose context already gave it an actor (a short form, an adjective after a name) is read already.
    if (harm.actor !== undefined || harmTerm?.category !== "civilian-harm" || (harmTerm.actor !== null && !victimActors(lexicon).has(harmTerm.actor))) {
      out.push(harm);
      continue;
    }
    const victims = readVictims(tokens, lexicon, matches, i + 1, harm.lastWord + 1);
    if (!victims) {
      // Reports kill and wound fighters with the same words (مقتل القيادي، قتل 32 إرهابيا): alone, no harm to anyone named.
      if (!isBareAct(tokens, harm)) out.push(harm);
      continue;
    }
    const actorFrom = victims.namedBy ?? (victims.civilians ? victimsEntry : undefined);
    out.push({ firstWord: harm.firstWord, lastWord: victims.lastWord, entry: harm.entry, ...(actorFrom === undefined ? {} : { actorFrom }) });
    // The names inside the phrase are part of it.
    while (i + 1 < matches.length && (matches[i + 1] as ReadMatch).firstWord <= victims.lastWord) i++;
  }
  return out;
}

/**
 * Acts of killing, wounding and destroying, normalized, without a proclitic (وقتل، بمقتل، لتدمير):
 * they are civilian harm only with their victims or the homes hit after them (مقتل ثلاثة أطفال،
 * تدمير ثلاثة منازل), since the same words report fighters' deaths and strikes on their
 * positions (مقتل القيادي، قتل العقيد، تدمير المركز الرئيسي للمجلس).
 */
const BARE_ACTS = new Set(["قتل", "مقتل", "جرح", "اصابه", "اصابات", "تدمير"]);
const ACT_PROCLITICS = ["", "و", "ف", "ب", "وب", "ل", "ال", "وال", "بال", "لل"];

/** Whether a one-word harm is a bare act of killing, wounding or destroying ({@link BARE_ACTS}). */
function isBareAct(tokens: Tokens, harm: ReadMatch): boolean {
  if (harm.firstWord !== harm.lastWord) return false;
  const word = tokenText(tokens, harm.firstWord);
  return ACT_PROCLITICS.some((p) => word.startsWith(p) && BARE_ACTS.has(word.slice(p.length)));
}

/** The victims a phrase names, as read after its harm. */
interface Victims {
  lastWord: number;
  /** Whether a noun of the phrase says the harmed were not fighters. */
  civilians: boolean;
  /** The lexicon's plain name of the victims the phrase holds, if it holds one (المدنيين). */
  namedBy?: number;
}

/** Read the victims from word `from` on: an optional degree adverb, a link, then groups of (count, noun), joined by و or من بينهم. */
function readVictims(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[], nextMatch: number, from: number): Victims | undefined {
  const degree = DEGREE_ADVERBS.find((adverb) => phraseAt(tokens, from, adverb));
  const at = degree ? from + degree.length : from;
  for (const link of [...LINKS, ...PROPERTY_LINKS]) {
    if (!phraseAt(tokens, at, link)) continue;
    const first = readGroup(tokens, lexicon, matches, nextMatch, at + link.length);
    if (!first || (PROPERTY_LINKS.includes(link) && !first.property)) continue;
    const victims: Victims = { lastWord: first.lastWord, civilians: first.civilians, ...(first.namedBy === undefined ? {} : { namedBy: first.namedBy }) };
    for (let groups = 1; groups < MAX_GROUPS; groups++) {
      const more = readMore(tokens, lexicon, matches, nextMatch, victims.lastWord + 1);
      if (!more) break;
      victims.lastWord = more.lastWord;
      victims.civilians ||= more.civilians;
      if (victims.namedBy === undefined && more.namedBy !== undefined) victims.namedBy = more.namedBy;
    }
    return victims;
  }
  return undefined;
}

/** One more group after the first: من بينهم / including / and, then a group; or a noun written with و (وامرأتين). */
function readMore(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[], nextMatch: number, at: number): Group | undefined {
  for (const among of AMONG_THEM) {
    if (phraseAt(tokens, at, among)) {
      const group = readGroup(tokens, lexicon, matches, nextMatch, at + among.length);
      if (group) return group;
    }
  }
  const word = at < tokens.count && tokens.joined[at] === 1 ? tokenText(tokens, at) : "";
  return word.startsWith("و") ? readGroup(tokens, lexicon, matches, nextMatch, at) : undefined;
}

interface Group {
  lastWord: number;
  civilians: boolean;
  property: boolean;
  namedBy?: number;
}

/** A count (optional) and the harmed: a people or property noun, or the lexicon's plain name of the victims. */
function readGroup(tokens: Tokens, lexicon: CompiledLexicon, matches: readonly ReadMatch[], nextMatch: number, from: number): Group | undefined {
  const at = wordAfterCount(tokens, from);
  if (at >= tokens.count || tokens.joined[at] !== 1) return undefined;
  const named = victimsNameAt(lexicon, matches, nextMatch, at);
  // The lexicon's own phrase for the civilians' homes (ممتلكات المواطنين) names them, and is property too.
  if (named) return { lastWord: named.lastWord, civilians: true, property: PROPERTY_NOUNS.has(bareNoun(tokenText(tokens, at))), namedBy: named.entry };
  const noun = bareNoun(tokenText(tokens, at));
  if (CIVILIAN_NOUNS.has(noun)) return { lastWord: at, civilians: true, property: false };
  if (PEOPLE_NOUNS.has(noun)) return { lastWord: at, civilians: false, property: false };
  if (PROPERTY_NOUNS.has(noun)) {
    // Whose homes: ممتلكات المواطنين، منازل المدنيين.
    const owners = readGroup(tokens, lexicon, matches, nextMatch, at + 1);
    return owners && !owners.property ? { ...owners, property: true } : { lastWord: at, civilians: false, property: true };
  }
  return undefined;
}

/**
 * The word after a count that starts at word `from` (ثلاثة، 30، 125 ألف، نحو تسعة، أكثر من,
 * at least 2,183, dozens of), or `from` itself when no count starts there.
 *
 * @param tokens the text's words
 * @param from the first word that may belong to a count
 * @returns the index of the first word after the count
 */
export function wordAfterCount(tokens: Tokens, from: number): number {
  let at = from;
  for (let guard = 0; guard < 6 && at < tokens.count; guard++) {
    const quantifier = QUANTIFIERS.find((q) => q.length > 0 && phraseAt(tokens, at, q));
    if (quantifier) {
      at += quantifier.length;
      continue;
    }
    const word = tokenText(tokens, at);
    const separated = tokens.joined[at] === 1 || isThousandsComma(tokens, at);
    if (separated && (/^[0-9]+$/.test(word) || NUMBER_WORDS.has(word))) {
      at++;
      continue;
    }
    break;
  }
  return at;
}

/** 2,183: digits after digits with only a comma between are one number. */
function isThousandsComma(tokens: Tokens, at: number): boolean {
  if (at === 0 || !/^[0-9]{3}$/.test(tokenText(tokens, at)) || !/^[0-9]+$/.test(tokenText(tokens, at - 1))) return false;
  return (tokens.rawStart[at] ?? 0) - (tokens.rawEnd[at - 1] ?? 0) === 1;
}

/** The lexicon's plain name of the victims (المدنيين، السكان) starting at word `at`, if the matches hold one there. */
function victimsNameAt(lexicon: CompiledLexicon, matches: readonly ReadMatch[], nextMatch: number, at: number): ReadMatch | undefined {
  for (let m = nextMatch; m < matches.length; m++) {
    const match = matches[m] as ReadMatch;
    if (match.firstWord > at) return undefined;
    if (match.firstWord < at) continue;
    // A name its context gave another actor (a short form) is not the victims' plain name.
    if (match.actor !== undefined) return undefined;
    const term = lexicon.entries[match.entry];
    // A plain name, or a civilian-harm phrase naming the civilians (نساء وأطفال): both say who was harmed.
    const namesVictims = term !== undefined && term.actor !== null && victimActors(lexicon).has(term.actor) && (term.category === null || term.category === "civilian-harm");
    return namesVictims ? match : undefined;
  }
  return undefined;
}

/** A noun without the article or a leading و, for the noun lists. */
function bareNoun(word: string): string {
  for (const prefix of NOUN_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      const rest = word.slice(prefix.length);
      if (CIVILIAN_NOUNS.has(rest) || PEOPLE_NOUNS.has(rest) || PROPERTY_NOUNS.has(rest)) return rest;
    }
  }
  return word;
}

/** Whether words `at …` are exactly `phrase`, each on one line of words with the word before it. */
function phraseAt(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => at + k < tokens.count && tokens.joined[at + k] === 1 && tokenEquals(tokens, at + k, word));
}

const victimActorsByLexicon = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/**
 * The actors the lexicon's own civilian-harm phrases name (in Derna, the civilians): only a
 * plain name of one of them is a harm's victim. Fighters' dead (قتلى في صفوف قوات حفتر) are not.
 *
 * @param lexicon the compiled lexicon
 * @returns the actor ids of the lexicon's civilian-harm entries
 */
export function victimActors(lexicon: CompiledLexicon): ReadonlySet<string> {
  let actors = victimActorsByLexicon.get(lexicon);
  if (!actors) {
    actors = new Set(lexicon.entries.filter((e) => e.category === "civilian-harm" && e.actor !== null).map((e) => e.actor as string));
    victimActorsByLexicon.set(lexicon, actors);
  }
  return actors;
}

/** The lexicon's first plain name of a victims actor (المدنيين): whom a people noun like أطفال names. */
function plainVictimsEntry(lexicon: CompiledLexicon): number | undefined {
  const actors = victimActors(lexicon);
  const index = lexicon.entries.findIndex((e) => e.category === null && e.actor !== null && actors.has(e.actor));
  return index < 0 ? undefined : index;
}
