import type { z } from "zod";
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

/** Stop listing problems after this many: the first ones are what a curator fixes first. */
const MAX_PROBLEMS_LISTED = 25;

/** One thing wrong with a case study, located as precisely as the data allows. */
export interface Problem {
  /** Where the data came from: a file path, or a name such as `import.json: articles`. */
  file: string;
  /** `entry #<index> "<id>"`, or null for a problem with the part as a whole. */
  entry: string | null;
  field: string | null;
  message: string;
}

/** A case study that failed validation; `problems` lists every problem found. */
export class CaseStudyInvalidError extends Error {
  override name = "CaseStudyInvalidError";
  constructor(readonly problems: readonly Problem[]) {
    const lines = problems.slice(0, MAX_PROBLEMS_LISTED).map(formatProblem);
    if (problems.length > MAX_PROBLEMS_LISTED) lines.push(`… and ${problems.length - MAX_PROBLEMS_LISTED} more problems`);
    super(lines.join("\n"));
  }
}

/** The parts of a case study as they were read (parsed JSON, not yet validated). */
export interface CaseStudyParts {
  outlets: unknown;
  actors: unknown;
  events: unknown;
  articles: unknown;
  lexicon: unknown;
  /** The raw text of each article's `rawFile`, or why it could not be had. */
  textOf: (rawFile: string) => string | { error: string };
}

/** How to name each part in a problem: a file path, or a label. */
export type PartLabels = Record<"outlets" | "actors" | "events" | "articles" | "lexicon", string> & {
  /** How to name an article's raw file, from its `rawFile`. */
  rawFile: (rawFile: string) => string;
};

/**
 * Validate and cross-check a case study: every entry against its schema, unique ids, every
 * reference (outlet, events, actor, event, seed file) resolving, no form in two entries, every
 * article's text present and its chrome lines found in it.
 *
 * @param parts the parsed parts and a way to get each raw text
 * @param labels how problems name each part
 * @param earlier problems already found while reading (they are reported first)
 * @returns the validated content, each article with its outlet resolved and its text
 * @throws CaseStudyInvalidError listing every problem, each naming the part, the entry (index
 *   from 0 and id) and the field
 */
export function validateCaseStudyContent(parts: CaseStudyParts, labels: PartLabels, earlier: readonly Problem[] = []): CaseStudyContent {
  const problems: Problem[] = [...earlier];
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
  checkArticleReferences(labels.articles, articles, new Set(outlets.map((o) => o.id)), new Set(events.map((e) => e.id)), problems);
  checkLexicon(labels.lexicon, lexicon, { actors, events, articles }, problems);
  const texts = articles.map((article, index) => {
    const text = parts.textOf(article.rawFile);
    const push = (field: string, message: string) => problems.push({ file: labels.articles, entry: describeEntry(index, article.id), field, message });
    if (typeof text !== "string") {
      push("rawFile", text.error);
      return undefined;
    }
    // A chrome line that matches no line of the text would silently leave chrome in the body.
    const lines = new Set(text.split(/\r\n|\r|\n/u).map((line) => line.trim()));
    article.chromeLines.forEach((line, i) => {
      if (!lines.has(line.trim())) push(`chromeLines[${i}]`, `no line of ${labels.rawFile(article.rawFile)} reads "${line}"`);
    });
    return text;
  });
  throwIfAny(problems);

  const outletsById = new Map(outlets.map((o) => [o.id, o]));
  return {
    outlets,
    actors,
    events,
    lexicon,
    articles: articles.map(({ outlet, ...article }, index): CaseArticle => ({
      ...article,
      // Both were checked above; a miss here is a bug in this module.
      outlet: outletsById.get(outlet)!,
      text: texts[index]!,
    })),
  };
}

/** Validate each entry of a JSON array against its schema; returns the entries that passed. */
function validateEntries<S extends z.ZodType>(label: string, data: unknown, schema: S, problems: Problem[]): z.output<S>[] {
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file: label, entry: null, field: null, message: "must be a JSON array of entries" });
    return [];
  }
  const valid: z.output<S>[] = [];
  data.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const id = isRecord(raw) && typeof raw.id === "string" ? raw.id : null;
    for (const issue of result.error.issues) {
      // A strict object reports unknown keys at the entry's root: name them as the field.
      const keys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : null;
      problems.push({
        file: label,
        entry: describeEntry(index, id),
        field: keys ?? (issue.path.length > 0 ? formatPath(issue.path) : null),
        message: issue.message,
      });
    }
  });
  return valid;
}

function checkUniqueIds(file: string, entries: readonly { id: string }[], problems: Problem[]): void {
  const firstIndex = new Map<string, number>();
  entries.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push({ file, entry: describeEntry(index, id), field: "id", message: `duplicate id: entry #${first} has the same id` });
  });
}

function checkArticleReferences(
  file: string,
  articles: readonly Article[],
  outletIds: ReadonlySet<string>,
  eventIds: ReadonlySet<string>,
  problems: Problem[],
): void {
  articles.forEach((article, index) => {
    const entry = describeEntry(index, article.id);
    if (!outletIds.has(article.outlet)) {
      problems.push({ file, entry, field: "outlet", message: `unknown outlet "${article.outlet}": no entry of outlets.json has this id` });
    }
    article.events.forEach((event, i) => {
      if (!eventIds.has(event)) {
        problems.push({ file, entry, field: `events[${i}]`, message: `unknown event "${event}": no entry of events.json has this id` });
      }
    });
  });
}

function checkLexicon(
  file: string,
  lexicon: readonly LexiconEntry[],
  known: { actors: readonly { id: string }[]; events: readonly { id: string }[]; articles: readonly Article[] },
  problems: Problem[],
): void {
  const actorIds = new Set(known.actors.map((a) => a.id));
  const eventIds = new Set(known.events.map((e) => e.id));
  const rawFiles = new Set(known.articles.map((a) => a.rawFile));
  // Keyed by the form with its spacing folded: "قوات  حفتر" and "قوات حفتر" are the same form.
  const formOwner = new Map<string, string>();

  lexicon.forEach((term, index) => {
    const entry = describeEntry(index, term.id);
    const push = (field: string, message: string) => problems.push({ file, entry, field, message });
    if (term.actor !== null && !actorIds.has(term.actor)) {
      push("actor", `unknown actor "${term.actor}": no entry of actors.json has this id`);
    }
    if (term.event !== null && !eventIds.has(term.event)) {
      push("event", `unknown event "${term.event}": no entry of events.json has this id`);
    }
    term.seeds.forEach((seed, i) => {
      if (!rawFiles.has(seed)) push(`seeds[${i}]`, `"${seed}" is not the raw file of any article in articles.json`);
    });
    const ownForms = new Set<string>();
    term.forms.forEach((form, i) => {
      const key = form.trim().replace(/\s+/gu, " ");
      if (ownForms.has(key)) return;
      ownForms.add(key);
      const owner = formOwner.get(key);
      if (owner === undefined) formOwner.set(key, entry);
      else push(`forms[${i}]`, `form "${form}" is also listed in ${owner}`);
    });
  });
}

function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new CaseStudyInvalidError(problems);
}

function formatProblem({ file, entry, field, message }: Problem): string {
  return [file, entry, field === null ? null : `field "${field}"`, message]
    .filter((part) => part !== null)
    .join(": ");
}

function describeEntry(index: number, id: string | null): string {
  return id === null ? `entry #${index}` : `entry #${index} "${id}"`;
}

/** `["forms", 2]` → `forms[2]`; `["name", "en"]` → `name.en`. */
function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
