import {
  actorSchema,
  articleSchema,
  eventSchema,
  lexiconEntrySchema,
  outletSchema,
  type Article,
  type LexiconEntry,
} from "./schema";
import type { CaseArticle, CaseStudyContent } from "./types";
import type { Locale } from "@/lib/i18n/locale";
import { joinTexts, type LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { expandForm, formSyntaxProblem, normalizeWords } from "@/lib/engine";
import { type LocalizedProblem, type Problem, asText, describeEntry, same } from "./problem";
import { checkArticleText, checkCharacters } from "./text-checks";
import { validateEntries } from "./validate-entries";
import { validateReferents } from "./validate-referents";
import { validateTranslations } from "./validate-translations";

export type { LocalizedProblem, Problem };

/** Stop listing problems after this many: the first ones are what a curator fixes first. */
const MAX_PROBLEMS_LISTED = 25;

/**
 * A case study that failed validation; `problems` lists every problem found (in English, as
 * `message` does), {@link CaseStudyInvalidError.problemsIn} in either language.
 */
export class CaseStudyInvalidError extends Error {
  override name = "CaseStudyInvalidError";
  /** The HTTP status that fits: 413 when a text is over its size limit, 400 otherwise. */
  readonly status: 400 | 413;
  /** Every problem, one a line (the first {@link MAX_PROBLEMS_LISTED}), in both languages. */
  readonly summary: LocalizedText;
  constructor(private readonly localized: readonly LocalizedProblem[]) {
    const lines = localized.slice(0, MAX_PROBLEMS_LISTED).map(formatProblem);
    if (localized.length > MAX_PROBLEMS_LISTED) lines.push(serverText("moreProblems", { count: localized.length - MAX_PROBLEMS_LISTED }));
    const summary = joinTexts(lines, { en: "\n", ar: "\n" });
    super(summary.en);
    this.summary = summary;
    this.status = localized.some((problem) => problem.tooLarge) ? 413 : 400;
  }

  /** Every problem, in English. */
  get problems(): Problem[] {
    return this.problemsIn("en");
  }

  /**
   * Every problem in one language: its entry and message; the file and field name data, and
   * stay as they are.
   *
   * @param locale the language
   */
  problemsIn(locale: Locale): Problem[] {
    return this.localized.map(({ file, entry, field, message }) => ({ file, entry: entry === null ? null : entry[locale], field, message: message[locale] }));
  }
}

/** The parts of a case study as they were read (parsed JSON, not yet validated). */
export interface CaseStudyParts {
  outlets: unknown;
  actors: unknown;
  events: unknown;
  articles: unknown;
  lexicon: unknown;
  /** Referent rules and curator's notes, when the case has them (absent: none). */
  referentRules?: unknown;
  curatorNotes?: unknown;
  /** Translations (by Framelens or the case's editor), when the case has them (absent: none). */
  translations?: unknown;
  /** The raw text of each article's `rawFile`, or why it could not be had (a bare string: the same in both languages). */
  textOf: (rawFile: string) => string | { error: string | LocalizedText };
}

/** How to name each part in a problem: a file path, or a label. */
export type PartLabels = Record<"outlets" | "actors" | "events" | "articles" | "lexicon", string> & {
  /** How to name the referent rules and the curator's notes (default: their file names). */
  referentRules?: string;
  curatorNotes?: string;
  /** How to name the translations (default: `translations`). */
  translations?: string;
  /** How to name an article's raw file, from its `rawFile` (a bare string: the same in both languages). */
  rawFile: (rawFile: string) => string | LocalizedText;
  /** The field a missing or empty text is named by: `rawFile` (default) where texts are files, `text` where they are sent inline. */
  textField?: string;
};

/**
 * Validate and cross-check a case study: every string by the character rule (no NUL, no lone
 * surrogate: text-rules.ts), every entry against its schema, unique ids in each part and unique
 * raw files, every reference (outlet, events, actor, event, seed file) resolving, no form in two
 * entries, every article's text present, within the size limit per article and its chrome lines
 * found in it; then the referent rules and curator's notes against all of that
 * (validate-referents.ts), and the translations (validate-translations.ts).
 *
 * @param parts the parsed parts and a way to get each raw text
 * @param labels how problems name each part
 * @param earlier problems already found while reading, reported first (a bare string: the same in both languages)
 * @returns the validated content, each article with its outlet resolved and its text
 * @throws CaseStudyInvalidError listing every problem, each naming the part, the entry (index
 *   from 0 and id) and the field
 */
export function validateCaseStudyContent(parts: CaseStudyParts, labels: PartLabels, earlier: readonly (Problem | LocalizedProblem)[] = []): CaseStudyContent {
  const problems: LocalizedProblem[] = earlier.map(({ file, entry, field, message }) => ({ file, entry: entry === null ? null : asText(entry), field, message: asText(message) }));
  for (const part of ["outlets", "actors", "events", "articles", "lexicon"] as const) checkCharacters(labels[part], parts[part], problems);
  checkCharacters(labels.referentRules ?? "referent-rules.json", parts.referentRules, problems);
  checkCharacters(labels.curatorNotes ?? "curator-notes.json", parts.curatorNotes, problems);
  checkCharacters(labels.translations ?? "translations", parts.translations, problems);
  const outlets = validateEntries(labels.outlets, parts.outlets, outletSchema, problems);
  const actors = validateEntries(labels.actors, parts.actors, actorSchema, problems);
  const events = validateEntries(labels.events, parts.events, eventSchema, problems);
  const articles = validateEntries(labels.articles, parts.articles, articleSchema, problems);
  const lexicon = validateEntries(labels.lexicon, parts.lexicon, lexiconEntrySchema, problems);
  // Cross-references into entries that failed validation would only add noise.
  throwIfAny(problems);

  for (const [label, entries] of [
    [labels.outlets, outlets],
    [labels.actors, actors],
    [labels.events, events],
    [labels.articles, articles],
    [labels.lexicon, lexicon],
  ] as const) {
    checkUniqueIds(label, entries, problems);
  }
  checkUniqueRawFiles(labels.articles, articles, problems);
  checkArticleReferences(labels.articles, articles, new Set(outlets.map((o) => o.id)), new Set(events.map((e) => e.id)), problems);
  checkLexicon(labels.lexicon, lexicon, { actors, events, articles }, problems);
  const texts = articles.map((article, index) => {
    const text = parts.textOf(article.rawFile);
    const push = (field: string, message: LocalizedText) => problems.push({ file: labels.articles, entry: describeEntry(index, article.id), field, message });
    if (typeof text !== "string") {
      push(labels.textField ?? "rawFile", asText(text.error));
      return undefined;
    }
    checkArticleText(text, labels.articles, describeEntry(index, article.id), problems);
    // A chrome line that matches no line of the text would silently leave chrome in the body.
    const lines = new Set(text.split(/\r\n|\r|\n/u).map((line) => line.trim()));
    article.chromeLines.forEach((line, i) => {
      if (!lines.has(line.trim())) push(`chromeLines[${i}]`, serverText("chromeLineMissing", { file: asText(labels.rawFile(article.rawFile)), line }));
    });
    return text;
  });
  throwIfAny(problems);

  const outletsById = new Map(outlets.map((o) => [o.id, o]));
  const caseArticles = articles.map(({ outlet, ...article }, index): CaseArticle => ({
    ...article,
    // Both were checked above; a miss here is a bug in this module.
    outlet: outletsById.get(outlet)!,
    text: texts[index]!,
  }));
  const { referentRules, curatorNotes } = validateReferents(
    { referentRules: parts.referentRules, curatorNotes: parts.curatorNotes },
    { referentRules: labels.referentRules ?? "referent-rules.json", curatorNotes: labels.curatorNotes ?? "curator-notes.json" },
    { actors, outlets, events, lexicon, articles: caseArticles.map((a) => ({ ...a, outlet: a.outlet.id })) },
    problems,
  );
  const translations = validateTranslations(parts.translations, labels.translations ?? "translations", { articles: caseArticles, entryIds: new Set(lexicon.map((e) => e.id)) }, problems);
  throwIfAny(problems);
  return { outlets, actors, events, lexicon, articles: caseArticles, referentRules, curatorNotes, translations };
}

function checkUniqueIds(file: string, entries: readonly { id: string }[], problems: LocalizedProblem[]): void {
  const firstIndex = new Map<string, number>();
  entries.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push({ file, entry: describeEntry(index, id), field: "id", message: serverText("duplicateId", { first }) });
  });
}

/** Two articles with one raw file would store one text under both: the second would overwrite the first. */
function checkUniqueRawFiles(file: string, articles: readonly Article[], problems: LocalizedProblem[]): void {
  const first = new Map<string, number>();
  articles.forEach(({ id, rawFile }, index) => {
    const earlier = first.get(rawFile);
    if (earlier === undefined) first.set(rawFile, index);
    else problems.push({ file, entry: describeEntry(index, id), field: "rawFile", message: serverText("duplicateRawFile", { first: earlier, id: articles[earlier]!.id }) });
  });
}

function checkArticleReferences(
  file: string,
  articles: readonly Article[],
  outletIds: ReadonlySet<string>,
  eventIds: ReadonlySet<string>,
  problems: LocalizedProblem[],
): void {
  articles.forEach((article, index) => {
    const entry = describeEntry(index, article.id);
    if (!outletIds.has(article.outlet)) {
      problems.push({ file, entry, field: "outlet", message: serverText("unknownOutlet", { id: article.outlet }) });
    }
    article.events.forEach((event, i) => {
      if (!eventIds.has(event)) {
        problems.push({ file, entry, field: `events[${i}]`, message: serverText("unknownEvent", { id: event }) });
      }
    });
  });
}

function checkLexicon(
  file: string,
  lexicon: readonly LexiconEntry[],
  known: { actors: readonly { id: string }[]; events: readonly { id: string }[]; articles: readonly Article[] },
  problems: LocalizedProblem[],
): void {
  const actorIds = new Set(known.actors.map((a) => a.id));
  const eventIds = new Set(known.events.map((e) => e.id));
  const rawFiles = new Set(known.articles.map((a) => a.rawFile));
  const entryIds = new Set(lexicon.map((e) => e.id));
  // Keyed by each form the engine generates, normalized as it matches: "قوات  حفتر" and
  // "قوات حفتر" are the same form, and so are مدنيين written out and generated by مدني{p}.
  const formOwner = new Map<string, { owner: LocalizedText; form: string; written: boolean }>();

  lexicon.forEach((term, index) => {
    const entry = describeEntry(index, term.id);
    const push = (field: string, message: LocalizedText) => problems.push({ file, entry, field, message });
    if (term.actor !== null && !actorIds.has(term.actor)) {
      push("actor", serverText("unknownActor", { id: term.actor }));
    }
    if (term.event !== null && !eventIds.has(term.event)) {
      push("event", serverText("unknownEvent", { id: term.event }));
    }
    for (const [actor, target] of Object.entries(term.refersBack ?? {})) {
      if (!actorIds.has(actor)) push(`refersBack.${actor}`, serverText("unknownActor", { id: actor }));
      if (!entryIds.has(target)) push(`refersBack.${actor}`, serverText("unknownReferBackEntry", { id: target }));
    }
    term.seeds.forEach((seed, i) => {
      if (!rawFiles.has(seed)) push(`seeds[${i}]`, serverText("unknownSeed", { seed }));
    });
    const ownForms = new Set<string>();
    term.forms.forEach((form, i) => {
      const problem = formSyntaxProblem(form);
      if (problem !== null) {
        push(`forms[${i}]`, serverText("formSyntax", { form, problem }));
        return;
      }
      for (const phrase of expandForm(form)) {
        const key = normalizeWords(phrase) || phrase.trim().replace(/\s+/gu, " ");
        if (ownForms.has(key)) continue;
        ownForms.add(key);
        const taken = formOwner.get(key);
        if (taken === undefined) formOwner.set(key, { owner: entry, form, written: phrase === form });
        else if (phrase === form && taken.written) push(`forms[${i}]`, serverText("formTaken", { form, owner: taken.owner }));
        else if (phrase === form) push(`forms[${i}]`, serverText("formTakenByPattern", { form, owner: taken.owner, other: taken.form }));
        else push(`forms[${i}]`, serverText("formGeneratedTaken", { form, phrase, owner: taken.owner, other: taken.form }));
      }
    });
  });
}

function throwIfAny(problems: readonly LocalizedProblem[]): void {
  if (problems.length > 0) throw new CaseStudyInvalidError(problems);
}

function formatProblem({ file, entry, field, message }: LocalizedProblem): LocalizedText {
  const parts = [same(file), entry, field === null ? null : serverText("problemField", { field }), message].filter((part) => part !== null);
  return joinTexts(parts, { en: ": ", ar: ": " });
}

