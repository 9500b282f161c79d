// Server only: reads the case folder from the file system.
import { readFileSync } from "node:fs";
import path from "node:path";
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
import type { CaseArticle, CaseStudy, CaseStudyContent, CaseStudyInfo } from "./types";

/** Folder of the raw article files inside a case folder. */
const RAW_FOLDER = "raw";

/** Stop listing problems after this many: the first ones are what a curator fixes first. */
const MAX_PROBLEMS_LISTED = 25;

/** The bundled Derna case study: its folder and how the first page introduces it. */
export const BUNDLED_CASE_DIR = path.join(process.cwd(), "data", "derna");
export const BUNDLED_CASE_INFO: CaseStudyInfo = {
  id: "derna",
  name: { en: "Derna, Libya (2016–2018)", ar: "درنة، ليبيا (2016–2018)" },
  description: {
    en:
      "Derna, a coastal city in eastern Libya, was held from 2015 by the Derna Mujahideen Shura " +
      "Council, the coalition that drove the Islamic State out of the city in April 2016. The " +
      "forces led by Khalifa Haftar besieged Derna from 2016 and launched their assault on it in " +
      "May 2018. Five articles from four Arabic-language outlets report these events, and they " +
      "name the same fighters very differently: where one outlet sees a national army liberating " +
      "a city from terrorists, another sees a retired general's forces storming it under " +
      "Egyptian supervision.",
    ar:
      "درنة مدينة ساحلية في شرق ليبيا سيطر عليها منذ عام 2015 مجلس شورى مجاهدي درنة، وهو " +
      "التحالف الذي طرد تنظيم الدولة الإسلامية من المدينة في أبريل/نيسان 2016. حاصرت القوات " +
      "التي يقودها خليفة حفتر درنة منذ عام 2016، وشنّت هجومها عليها في مايو/أيار 2018. تروي " +
      "خمسة مقالات من أربع وسائل إعلام ناطقة بالعربية هذه الأحداث، وتسمّي المقاتلين أنفسهم " +
      "بأسماء شديدة الاختلاف: فحيث ترى إحداها جيشًا وطنيًا يحرر مدينة من الإرهابيين، ترى " +
      "أخرى قوات لواء متقاعد تقتحمها بإشراف مصري.",
  },
};

/** One thing wrong with a case folder, located as precisely as the data allows. */
interface Problem {
  file: string;
  /** `entry #<index> "<id>"`, or null for a problem with the file as a whole. */
  entry: string | null;
  field: string | null;
  message: string;
}

/**
 * Read, validate and cross-check a case study's folder.
 *
 * The folder holds `outlets.json`, `actors.json`, `events.json`, `articles.json` and
 * `lexicon.json` (each a JSON array of entries) and `raw/<rawFile>` for each article.
 *
 * @param dir the case folder, absolute or relative to the working directory.
 * @returns the validated content, each article with its outlet resolved and its raw text.
 * @throws Error listing every problem found, one per line, each naming the file, the entry
 *   (its index in the array, counted from 0, and its id) and the field, e.g.
 *   `data/derna/lexicon.json: entry #12 "lna-forces": field "category": Invalid option ...`.
 */
export function loadCaseStudy(dir: string): CaseStudyContent {
  const problems: Problem[] = [];
  const file = (name: string) => path.join(dir, name);

  const outlets = readEntries(file("outlets.json"), outletSchema, problems);
  const actors = readEntries(file("actors.json"), actorSchema, problems);
  const events = readEntries(file("events.json"), eventSchema, problems);
  const articles = readEntries(file("articles.json"), articleSchema, problems);
  const lexicon = readEntries(file("lexicon.json"), lexiconEntrySchema, problems);
  // Cross-references into entries that failed validation would only add noise.
  throwIfAny(problems);

  for (const [name, entries] of [
    ["outlets.json", outlets],
    ["actors.json", actors],
    ["events.json", events],
    ["articles.json", articles],
    ["lexicon.json", lexicon],
  ] as const) {
    checkUniqueIds(file(name), entries, problems);
  }
  checkArticleReferences(file("articles.json"), articles, new Set(outlets.map((o) => o.id)), new Set(events.map((e) => e.id)), problems);
  checkLexicon(file("lexicon.json"), lexicon, { actors, events, articles }, problems);
  const texts = readRawTexts(dir, articles, problems);
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

let bundled: CaseStudy | undefined;

/**
 * The bundled Derna case study, loaded and validated once per process.
 *
 * @throws Error naming the file, entry and field when the bundled data is invalid.
 */
export function getBundledCaseStudy(): CaseStudy {
  bundled ??= { ...BUNDLED_CASE_INFO, ...loadCaseStudy(BUNDLED_CASE_DIR) };
  return bundled;
}

/** Parse a JSON array file and validate each entry; returns the entries that passed. */
function readEntries<S extends z.ZodType>(file: string, schema: S, problems: Problem[]): z.output<S>[] {
  const whole = (message: string) => problems.push({ file, entry: null, field: null, message });
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    whole(isMissingFile(error) ? "file not found" : `cannot be read: ${String(error)}`);
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    whole(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  if (!Array.isArray(data)) {
    whole("must be a JSON array of entries");
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
        file,
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

/** Each article's raw file decoded as strict UTF-8, BOM and line endings kept as they are. */
function readRawTexts(dir: string, articles: readonly Article[], problems: Problem[]): (string | undefined)[] {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const file = path.join(dir, "articles.json");
  return articles.map((article, index) => {
    const push = (field: string, message: string) =>
      problems.push({ file, entry: describeEntry(index, article.id), field, message });
    const rawPath = path.join(dir, RAW_FOLDER, article.rawFile);
    let bytes: Buffer;
    try {
      bytes = readFileSync(rawPath);
    } catch (error) {
      push("rawFile", isMissingFile(error) ? `file not found: ${displayPath(rawPath)}` : `cannot read ${displayPath(rawPath)}: ${String(error)}`);
      return undefined;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      push("rawFile", `${displayPath(rawPath)} is not valid UTF-8`);
      return undefined;
    }
    // A chrome line that matches no line of the text would silently leave chrome in the body.
    const lines = new Set(text.split(/\r\n|\r|\n/u).map((line) => line.trim()));
    article.chromeLines.forEach((line, i) => {
      if (!lines.has(line.trim())) push(`chromeLines[${i}]`, `no line of ${RAW_FOLDER}/${article.rawFile} reads "${line}"`);
    });
    return text;
  });
}

function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const lines = problems.slice(0, MAX_PROBLEMS_LISTED).map(formatProblem);
  if (problems.length > MAX_PROBLEMS_LISTED) lines.push(`… and ${problems.length - MAX_PROBLEMS_LISTED} more problems`);
  throw new Error(lines.join("\n"));
}

function formatProblem({ file, entry, field, message }: Problem): string {
  return [displayPath(file), entry, field === null ? null : `field "${field}"`, message]
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

/** Paths inside the project are shown relative to it, as a curator would type them. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

function isMissingFile(error: unknown): boolean {
  return isRecord(error) && error.code === "ENOENT";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
