import { placeAdjectivesAfterNames, placeDescriptionsBeforeNames } from "./adjective-after-name";
import { readArmyReferences } from "./army-reference";
import { extendNisbaChains } from "./nisba-chain";
import { separateChrome } from "./chrome";
import { isOutOfContext } from "./context";
import { joinCoordinatedGroups } from "./coordination";
import type { CompiledLexicon } from "./lexicon";
import { joinHarmToVictims } from "./harm-phrases";
import { findHedgedLabels } from "./hedges";
import { findWordMatches } from "./match";
import { scanQuotes } from "./quotes";
import { resolveShortForms } from "./short-forms";
import { tokenize } from "./tokenize";
import type { Mention, Segment } from "./types";
import { findVoice } from "./voice";

/** What the engine finds in one text. */
export interface Analysis {
  /** Words in the article body (page chrome excluded). */
  words: number;
  /** Every mention, body and chrome alike, in text order. */
  mentions: Mention[];
  /** Body and chrome segments covering the whole text. */
  segments: Segment[];
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Lines known to be page chrome in this text, besides those the generic rules find. */
  chromeLines?: readonly string[];
}

/**
 * Run the whole pipeline on one text: separate chrome, tokenize, match, resolve overlaps,
 * drop matches their context rules out (datelines, another country's army, both sides' dead),
 * resolve short forms that refer back to an earlier name (المجلس، التنظيم، قواته),
 * give a terrorism adjective right after a name that name's actor ("داعش" الإرهابي), and a description
 * in apposition before a name that name's actor (المدرجة على قوائم الإرهاب، جماعة أنصار الشريعة),
 * extend a label that ties someone to a group over a second group joined by "and" (تحت راية داعش والقاعدة),
 * extend foreign involvement over the other countries' adjectives after it (غطاء جوي مصري إماراتي فرنسي),
 * read a bare army label after another country's army as that army (الجيش المصري … القوات الجوية),
 * join a harm to the civilians it is done to, give a hedge (ما يسمى, so-called) the actor of the label it hedges,
 * tell whose words each term is (the outlet's, attributed or distanced) and count body words.
 * An entry that names no actor and frames nothing (a group outside the case, such as the Libyan
 * Islamic Fighting Group) still keeps its words from shorter readings, but is no mention: it
 * would count nowhere and name no one.
 *
 * @param text the raw text, exactly as read; offsets in the result index into it
 * @param lexicon a lexicon compiled by `compileLexicon`
 * @param options chrome lines known for this text (default: none)
 * @returns the body word count, the mentions and the segments
 */
export function analyze(text: string, lexicon: CompiledLexicon, options: AnalyzeOptions = {}): Analysis {
  const segments = separateChrome(text, options.chromeLines);
  const tokens = tokenize(text);
  const quotes = scanQuotes(text);

  let words = 0;
  let segment = 0;
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.rawStart[t] ?? 0;
    while ((segments[segment]?.end ?? Infinity) <= start) segment++;
    if (segments[segment]?.kind !== "chrome") words++;
  }

  segment = 0;
  const mentions: Mention[] = [];
  // A dateline, another country's army, casualties on both sides: the words match, the sense does not.
  const inContext = findWordMatches(tokens, lexicon).filter((match) => {
    const term = lexicon.entries[match.entry];
    return term !== undefined && !isOutOfContext(text, tokens, term, match.firstWord, match.lastWord);
  });
  const shortFormsRead = resolveShortForms(tokens, lexicon, inContext);
  const described = placeDescriptionsBeforeNames(text, tokens, lexicon, placeAdjectivesAfterNames(text, tokens, lexicon, shortFormsRead));
  const coordinated = extendNisbaChains(text, tokens, lexicon, joinCoordinatedGroups(text, tokens, lexicon, described));
  const resolved = readArmyReferences(tokens, lexicon, coordinated);
  const matches = joinHarmToVictims(tokens, lexicon, resolved);
  for (const match of matches) {
    const term = lexicon.entries[match.entry];
    if (!term) throw new Error(`internal: match names entry #${match.entry}, which the lexicon lacks`);
    // A harm joined to its victims names them: انتهاكات بحق المدنيين is harm done to the civilians.
    const victims = match.actorFrom === undefined ? undefined : lexicon.entries[match.actorFrom];
    const actor = victims ? victims.actor : match.actor !== undefined ? match.actor : term.actor;
    const start = tokens.rawStart[match.firstWord] ?? 0;
    const end = tokens.rawEnd[match.lastWord] ?? 0;
    while ((segments[segment]?.end ?? Infinity) <= start) segment++;
    const voice = findVoice(text, tokens, quotes, match.firstWord, match.lastWord);
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      entry: term.id,
      actor,
      referent: actor,
      category: term.category,
      stance: victims ? victims.stance : term.stance,
      event: term.event,
      voice,
      quoted: voice !== "outlet",
      chrome: segments[segment]?.kind === "chrome",
    });
  }
  // A hedge (ما يسمى، so-called) withholds legitimacy from the label it hedges: it is about that label's actor.
  findHedgedLabels(text, tokens, lexicon, matches).forEach((label, i) => {
    const hedge = mentions[i];
    const hedged = label === undefined ? undefined : mentions[label];
    if (hedge && hedged) {
      hedge.actor = hedged.actor;
      hedge.referent = hedged.referent;
      // The lexicon gives a hedge no stance (it names no one); toward the actor it hedges, it withholds.
      if (hedged.actor !== null) hedge.stance = "delegitimizing";
    }
  });
  // Found only to keep its words from a shorter, wrong reading: it names no one the case knows and frames nothing.
  return { words, mentions: mentions.filter((m) => m.actor !== null || m.category !== null), segments };
}
