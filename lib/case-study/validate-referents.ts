import { analyze, compileLexicon } from "@/lib/engine";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { referentText } from "@/lib/i18n/referent-messages";
import { serverText } from "@/lib/i18n/server-error-messages";
import { ruleCoversArticle, ruleCoversMention, type ArticleScope } from "./resolve-referents";
import { curatorNoteSchema, referentRuleSchema, type CuratorNote, type LexiconEntry, type ReferentRule } from "./schema";
import { describeEntry, type LocalizedProblem } from "./problem";
import { validateEntries } from "./validate-entries";

/** What the referent checks need of the rest of the case study, already validated. */
export interface ReferentContext {
  actors: readonly { id: string }[];
  outlets: readonly { id: string }[];
  events: readonly { id: string }[];
  lexicon: readonly LexiconEntry[];
  articles: readonly (ArticleScope & { text: string; chromeLines: readonly string[] })[];
}

/**
 * Validate a case study's referent rules and curator's notes against the rest of it: each
 * against its schema; every actor, article, outlet, event and lexicon entry they name known; no
 * two rules covering the same label in the same article; each note's offsets inside its
 * article's text and exactly on one tagged label (as the engine tags it with the case's
 * lexicon), and one note per occurrence.
 *
 * @param parts the parsed rules and notes (undefined: the case has none)
 * @param labels how problems name each part (a file path, or a label)
 * @param context the validated rest of the case study
 * @param problems where each problem is added, naming the part, the entry (index and id) and the field
 * @returns the rules and notes that passed their schema
 */
export function validateReferents(
  parts: { referentRules: unknown; curatorNotes: unknown },
  labels: { referentRules: string; curatorNotes: string },
  context: ReferentContext,
  problems: LocalizedProblem[],
): { referentRules: ReferentRule[]; curatorNotes: CuratorNote[] } {
  const referentRules = validateEntries(labels.referentRules, parts.referentRules, referentRuleSchema, problems);
  const curatorNotes = validateEntries(labels.curatorNotes, parts.curatorNotes, curatorNoteSchema, problems);
  checkRules(labels.referentRules, referentRules, context, problems);
  checkNotes(labels.curatorNotes, curatorNotes, context, problems);
  return { referentRules, curatorNotes };
}

function checkRules(file: string, rules: readonly ReferentRule[], context: ReferentContext, problems: LocalizedProblem[]): void {
  const actorIds = new Set(context.actors.map((a) => a.id));
  const outletIds = new Set(context.outlets.map((o) => o.id));
  const eventIds = new Set(context.events.map((e) => e.id));
  const articleIds = new Set(context.articles.map((a) => a.id));
  const entries = new Map(context.lexicon.map((e) => [e.id, e]));
  const firstIndex = new Map<string, number>();

  rules.forEach((rule, index) => {
    const entry = describeEntry(index, rule.id);
    const push = (field: string, message: LocalizedText) => problems.push({ file, entry, field, message });
    const first = firstIndex.get(rule.id);
    if (first === undefined) firstIndex.set(rule.id, index);
    else push("id", serverText("duplicateId", { first }));
    if (rule.actor !== null && !actorIds.has(rule.actor)) push("actor", serverText("unknownActor", { id: rule.actor }));
    if (!actorIds.has(rule.referent)) push("referent", serverText("unknownActor", { id: rule.referent }));
    rule.articles?.forEach((id, i) => {
      if (!articleIds.has(id)) push(`articles[${i}]`, referentText("unknownArticle", { id }));
    });
    rule.outlets?.forEach((id, i) => {
      if (!outletIds.has(id)) push(`outlets[${i}]`, serverText("unknownOutlet", { id }));
    });
    if (rule.event !== undefined && !eventIds.has(rule.event)) push("event", serverText("unknownEvent", { id: rule.event }));
    rule.entries?.forEach((id, i) => {
      const term = entries.get(id);
      if (!term) push(`entries[${i}]`, referentText("unknownEntry", { id }));
      // An entry that names another actor would never match: the rule would silently do nothing.
      else if (term.actor !== rule.actor) push(`entries[${i}]`, referentText("entryNamesOtherActor", { id, named: term.actor ?? "—", actor: rule.actor ?? "—" }));
    });
    // Two rules on one label would make its referent depend on their order.
    for (let other = 0; other < index; other++) {
      const earlier = rules[other]!;
      const shared = sharedArticle(earlier, rule, context.articles);
      if (earlier.actor === rule.actor && entriesMeet(earlier, rule) && shared !== null) {
        push("actor", referentText("rulesOverlap", { other, otherId: earlier.id, article: shared }));
      }
    }
  });
}

function entriesMeet(a: ReferentRule, b: ReferentRule): boolean {
  if (a.entries === undefined || b.entries === undefined) return true;
  return a.entries.some((id) => b.entries!.includes(id));
}

function sharedArticle(a: ReferentRule, b: ReferentRule, articles: ReferentContext["articles"]): string | null {
  return articles.find((article) => ruleCoversArticle(a, article) && ruleCoversArticle(b, article))?.id ?? null;
}

function checkNotes(file: string, notes: readonly CuratorNote[], context: ReferentContext, problems: LocalizedProblem[]): void {
  if (notes.length === 0) return;
  const actorIds = new Set(context.actors.map((a) => a.id));
  const articles = new Map(context.articles.map((a) => [a.id, a]));
  const lexicon = compileLexicon(context.lexicon);
  // Each noted article is tagged once, as the analysis will tag it.
  const mentionSpans = new Map<string, Set<string>>();
  const spansOf = (article: ReferentContext["articles"][number]) => {
    let spans = mentionSpans.get(article.id);
    if (!spans) {
      const { mentions } = analyze(article.text, lexicon, { chromeLines: article.chromeLines });
      spans = new Set(mentions.map((m) => `${m.start}:${m.end}`));
      mentionSpans.set(article.id, spans);
    }
    return spans;
  };
  const firstAt = new Map<string, number>();

  notes.forEach((note, index) => {
    const entry = describeEntry(index, null);
    const push = (field: string, message: LocalizedText) => problems.push({ file, entry, field, message });
    if (note.referent !== undefined && !actorIds.has(note.referent)) push("referent", serverText("unknownActor", { id: note.referent }));
    const article = articles.get(note.article);
    if (!article) {
      push("article", referentText("unknownArticle", { id: note.article }));
      return;
    }
    const { start, end } = note;
    if (end > article.text.length) {
      push("end", referentText("noteOutsideText", { start, end, length: article.text.length }));
      return;
    }
    const key = `${note.article}:${start}:${end}`;
    const first = firstAt.get(key);
    if (first !== undefined) push("start", referentText("noteDuplicate", { first }));
    else firstAt.set(key, index);
    if (!spansOf(article).has(`${start}:${end}`)) {
      push("start", referentText("noteNotOnMention", { start, end, text: article.text.slice(start, end) }));
    }
  });
}
