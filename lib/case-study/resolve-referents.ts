import type { Mention } from "@/lib/engine";
import type { CuratorNote, ReferentRule } from "./schema";
import type { Bilingual } from "./types";

/** What a referent rule needs to know of an article: which it is, its outlet, year and events. */
export interface ArticleScope {
  id: string;
  outlet: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only the year is read. */
  date: string;
  events: readonly string[];
}

/** A mention with whom the case study says it refers to, and why. */
export type ResolvedMention<M extends Mention = Mention> = M & {
  /** The rule that set the referent, if one did. */
  referentRule: string | null;
  /** What the curator says about this occurrence: the rule's note, then the occurrence's own. */
  notes: Bilingual[];
};

/**
 * Whether a rule covers an article: one of its listed articles, or an article of one of its
 * listed outlets (or any article when it lists neither), in one of its years, about its event.
 *
 * @param rule the referent rule
 * @param article the article
 */
export function ruleCoversArticle(rule: ReferentRule, article: ArticleScope): boolean {
  if (rule.articles !== undefined && !rule.articles.includes(article.id)) return false;
  if (rule.outlets !== undefined && !rule.outlets.includes(article.outlet)) return false;
  if (rule.years !== undefined && !rule.years.includes(Number(article.date.slice(0, 4)))) return false;
  if (rule.event !== undefined && !article.events.includes(rule.event)) return false;
  return true;
}

/**
 * Whether a rule covers a mention in an article it covers: the label names the rule's actor
 * (or no actor, for a rule whose actor is null) and is one of the rule's entries, if it lists any.
 *
 * @param rule the referent rule
 * @param mention the mention
 */
export function ruleCoversMention(rule: ReferentRule, mention: Pick<Mention, "actor" | "entry">): boolean {
  return mention.actor === rule.actor && (rule.entries === undefined || rule.entries.includes(mention.entry));
}

/**
 * Apply a case study's referent rules and curator's notes to one article's mentions: a mention a
 * rule covers refers to the rule's referent and carries its note; a curator's note on exactly
 * that occurrence adds its note and, if it names one, sets the referent over the rule's.
 * Every other mention keeps `referent` as it came (the actor its label names).
 *
 * @param article the article the mentions are from
 * @param mentions its mentions, as the engine found them
 * @param rules the case study's referent rules (validated: no two cover one mention)
 * @param notes the case study's curator's notes (any article's: only this article's are read)
 * @returns the mentions, in the same order, each with its referent, rule and notes
 */
export function resolveReferents<M extends Mention>(
  article: ArticleScope,
  mentions: readonly M[],
  rules: readonly ReferentRule[],
  notes: readonly CuratorNote[],
): ResolvedMention<M>[] {
  const articleRules = rules.filter((rule) => ruleCoversArticle(rule, article));
  const notesAt = new Map(notes.filter((note) => note.article === article.id).map((note) => [`${note.start}:${note.end}`, note]));
  return mentions.map((mention) => {
    const rule = articleRules.find((r) => ruleCoversMention(r, mention));
    const note = notesAt.get(`${mention.start}:${mention.end}`);
    const resolved: ResolvedMention<M> = { ...mention, referentRule: rule?.id ?? null, notes: [] };
    if (rule) {
      resolved.referent = rule.referent;
      resolved.notes.push({ en: rule.note_en, ar: rule.note_ar });
    }
    if (note) {
      if (note.referent !== undefined) resolved.referent = note.referent;
      resolved.notes.push({ en: note.note_en, ar: note.note_ar });
    }
    return resolved;
  });
}
