import { CATEGORY_IDS, type CategoryId, type LexiconEntry, type Stance } from "@/lib/case-study/schema";
import type { AnalyzedArticle, CaseMention } from "./analyze-case";
import { type Focus, matchesFocus } from "./focus";

/** One label (lexicon entry) as one article used it. */
export interface ArticleLabel {
  entry: string;
  /** The spelling the article used most, as written (clitics included, spaces folded). */
  form: string;
  gloss: string;
  category: string | null;
  stance: Stance | null;
  /** Body mentions (page chrome excluded). */
  count: number;
  /** How many of them stood in quotation marks or after "so-called". */
  quoted: number;
  /** Every spelling the article used, most used first. */
  spellings: string[];
  /** Offset of the first body mention, to link to it (`#m-<first>`). */
  first: number;
}

/**
 * The labels an article used for an actor, or the terms of a category it used: what the
 * side-by-side page shows above each column.
 *
 * @param article the analyzed article
 * @param lexicon the case study's lexicon, for glosses
 * @param focus the actor or category
 * @returns the labels, most used first; empty when the body never uses one
 */
export function buildArticleLabels(article: Pick<AnalyzedArticle, "mentions">, lexicon: readonly LexiconEntry[], focus: Focus): ArticleLabel[] {
  const entries = new Map(lexicon.map((entry) => [entry.id, entry]));
  const labels = new Map<string, ArticleLabel & { tally: Map<string, number> }>();
  for (const mention of article.mentions) {
    if (mention.chrome || !matchesFocus(mention, focus)) continue;
    const entry = entries.get(mention.entry);
    if (!entry) continue;
    let label = labels.get(entry.id);
    if (!label) {
      label = { entry: entry.id, form: "", gloss: entry.gloss, category: entry.category, stance: entry.stance, count: 0, quoted: 0, spellings: [], first: mention.start, tally: new Map() };
      labels.set(entry.id, label);
    }
    label.count++;
    if (mention.quoted) label.quoted++;
    const spelling = mention.text.replace(/\s+/g, " ");
    label.tally.set(spelling, (label.tally.get(spelling) ?? 0) + 1);
  }
  return [...labels.values()]
    .map(({ tally, ...label }) => {
      // Ties keep the text's order: Map iteration is insertion order and the sort is stable.
      const spellings = [...tally].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
      return { ...label, form: spellings[0] ?? "", spellings };
    })
    .sort((a, b) => b.count - a.count || a.first - b.first);
}

/** How often one category occurs in an article. */
export interface CategoryTally {
  category: CategoryId;
  /** Mentions in the body: the ones counted. */
  body: number;
  /** Mentions in page chrome: shown, never counted. */
  chrome: number;
}

/**
 * The categories an article uses, for the reader's legend.
 *
 * @param mentions the article's mentions
 * @returns one tally per category present (body or chrome), in the taxonomy's order
 */
export function tallyCategories(mentions: readonly Pick<CaseMention, "category" | "chrome">[]): CategoryTally[] {
  return CATEGORY_IDS.map((category) => ({
    category,
    body: mentions.filter((m) => m.category === category && !m.chrome).length,
    chrome: mentions.filter((m) => m.category === category && m.chrome).length,
  })).filter((tally) => tally.body + tally.chrome > 0);
}

/** How often one actor is labelled in an article's body. */
export interface ActorTally {
  actor: string;
  count: number;
}

/**
 * The actors an article's body labels, for the reader's "highlight one actor" choice.
 *
 * @param mentions the article's mentions
 * @param actorIds the case study's actors, in the order to list them
 * @returns one tally per actor the body labels at least once
 */
export function tallyActors(mentions: readonly Pick<CaseMention, "referent" | "chrome">[], actorIds: readonly string[]): ActorTally[] {
  // Per actor referred to: Libya24's داعش in 2018 is a label of the Shura Council.
  return actorIds
    .map((actor) => ({ actor, count: mentions.filter((m) => m.referent === actor && !m.chrome).length }))
    .filter((tally) => tally.count > 0);
}
