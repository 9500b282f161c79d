import { resolveReferents, type ResolvedMention } from "@/lib/case-study/resolve-referents";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";
import { analyze, compileLexicon, countMentions, sumCounts, type FramingCounts, type Mention, type Segment } from "@/lib/engine";

/** One article with what the engine found in it. */
export interface AnalyzedArticle {
  article: CaseArticle;
  /** Body words (page chrome excluded). */
  words: number;
  /** Every mention, body and chrome, in text order, each with the event it is counted toward. */
  mentions: CaseMention[];
  segments: Segment[];
  counts: FramingCounts;
}

/** A mention as the comparison pages use it: with its referent and notes as the case study says. */
export type CaseMention = ResolvedMention<Mention> & {
  /**
   * The event the mention is counted toward: the entry's own event, or, for a liberation or
   * assault term with none (تطهير، اقتحام serve several events), the article's main event.
   */
  countedEvent: string | null;
};

/** A case study with every article analyzed once. */
export interface CaseAnalysis {
  caseStudy: CaseStudy;
  articles: AnalyzedArticle[];
  /** Counts per outlet id, all its articles added up. */
  byOutlet: Map<string, FramingCounts>;
}

/** Categories whose terms name an event even when the lexicon ties them to none. */
const EVENT_NAMING_CATEGORIES = new Set(["liberation", "assault"]);

/**
 * Run the engine once over every article of a case study and add the counts up per outlet.
 *
 * @param caseStudy a validated case study
 * @returns the analysis; mentions in page chrome are kept but not counted
 */
export function analyzeCaseStudy(caseStudy: CaseStudy): CaseAnalysis {
  const lexicon = compileLexicon(caseStudy.lexicon);
  const articles = caseStudy.articles.map((article): AnalyzedArticle => {
    const result = analyze(article.text, lexicon, { chromeLines: article.chromeLines });
    const mainEvent = article.events[0] ?? null;
    const scope = { id: article.id, outlet: article.outlet.id, date: article.date, events: article.events };
    const resolved = resolveReferents(scope, result.mentions, caseStudy.referentRules ?? [], caseStudy.curatorNotes ?? []);
    const mentions = resolved.map((m) => ({
      ...m,
      countedEvent: m.event ?? ((m.category !== null && EVENT_NAMING_CATEGORIES.has(m.category)) ? mainEvent : null),
    }));
    // Counted per referent: Libya24's داعش in 2018 counts toward the Shura Council it means.
    return { article, words: result.words, mentions, segments: result.segments, counts: countMentions({ words: result.words, mentions }) };
  });
  return { caseStudy, articles, byOutlet: countsByOutlet(caseStudy.outlets, articles) };
}

/**
 * Each outlet's counts, its articles' added up (an outlet with none has zero counts).
 *
 * @param outlets the case's outlets
 * @param articles the analyzed articles to add up
 */
export function countsByOutlet(outlets: readonly { id: string }[], articles: readonly AnalyzedArticle[]): Map<string, FramingCounts> {
  return new Map(outlets.map((outlet) => [outlet.id, sumCounts(articles.filter((a) => a.article.outlet.id === outlet.id).map((a) => a.counts))]));
}
