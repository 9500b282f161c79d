// Server only: reads the case folder from the file system.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CaseStudy, CaseStudyContent, CaseStudyInfo } from "./types";
import { type Problem, validateCaseStudyContent } from "./validate";

/** Folder of the raw article files inside a case folder. */
const RAW_FOLDER = "raw";
/** Folder of the translations inside a case folder: `<article-id>.json` each. */
const TRANSLATIONS_FOLDER = "translations";

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

/**
 * Read, validate and cross-check a case study's folder.
 *
 * The folder holds `outlets.json`, `actors.json`, `events.json`, `articles.json` and
 * `lexicon.json` (each a JSON array of entries) and `raw/<rawFile>` for each article; it may
 * hold `referent-rules.json` and `curator-notes.json` (whom labels refer to, notes on occurrences)
 * and a `translations/` folder of English translations, one `<article-id>.json` per article.
 *
 * @param dir the case folder, absolute or relative to the working directory.
 * @returns the validated content, each article with its outlet resolved and its raw text.
 * @throws CaseStudyInvalidError listing every problem found, one per line, each naming the
 *   file, the entry (its index in the array, counted from 0, and its id) and the field, e.g.
 *   `data/derna/lexicon.json: entry #12 "lna-forces": field "category": Invalid option ...`.
 */
export function loadCaseStudy(dir: string): CaseStudyContent {
  const problems: Problem[] = [];
  const file = (name: string) => displayPath(path.join(dir, name));
  const read = (name: string) => readJsonFile(path.join(dir, name), problems);
  // A case without referent rules or curator's notes simply has no such file.
  const readOptional = (name: string) => (existsSync(path.join(dir, name)) ? read(name) : undefined);
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  return validateCaseStudyContent(
    {
      outlets: read("outlets.json"),
      actors: read("actors.json"),
      events: read("events.json"),
      articles: read("articles.json"),
      lexicon: read("lexicon.json"),
      referentRules: readOptional("referent-rules.json"),
      curatorNotes: readOptional("curator-notes.json"),
      translations: readTranslations(dir, problems),
      textOf: (rawFile) => {
        const rawPath = path.join(dir, RAW_FOLDER, rawFile);
        let bytes: Buffer;
        try {
          bytes = readFileSync(rawPath);
        } catch (error) {
          return { error: isMissingFile(error) ? `file not found: ${displayPath(rawPath)}` : `cannot read ${displayPath(rawPath)}: ${String(error)}` };
        }
        try {
          // Strict UTF-8; a byte-order mark and line endings are kept as they are.
          return decoder.decode(bytes);
        } catch {
          return { error: `${displayPath(rawPath)} is not valid UTF-8` };
        }
      },
    },
    {
      outlets: file("outlets.json"),
      actors: file("actors.json"),
      events: file("events.json"),
      articles: file("articles.json"),
      lexicon: file("lexicon.json"),
      referentRules: file("referent-rules.json"),
      curatorNotes: file("curator-notes.json"),
      translations: file(TRANSLATIONS_FOLDER),
      rawFile: (rawFile) => `${RAW_FOLDER}/${rawFile}`,
    },
    problems,
  );
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

/**
 * The translations folder's files, parsed, in file-name order (undefined: the case has none).
 * Each must be named after the article it translates, so the folder reads as a list of articles.
 */
function readTranslations(dir: string, problems: Problem[]): unknown[] | undefined {
  const folder = path.join(dir, TRANSLATIONS_FOLDER);
  if (!existsSync(folder)) return undefined;
  const names = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  return names.map((name) => {
    const value = readJsonFile(path.join(folder, name), problems);
    const article = typeof value === "object" && value !== null ? (value as { article?: unknown }).article : undefined;
    if (typeof article === "string" && `${article}.json` !== name) {
      problems.push({ file: displayPath(path.join(folder, name)), entry: null, field: "article", message: `translates "${article}": name the file ${article}.json` });
    }
    return value;
  });
}

/** Parse a JSON file; a file that is missing or not JSON is a problem, and gives undefined. */
function readJsonFile(file: string, problems: Problem[]): unknown {
  const whole = (message: string) => problems.push({ file: displayPath(file), entry: null, field: null, message });
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    whole(isMissingFile(error) ? "file not found" : `cannot be read: ${String(error)}`);
    return undefined;
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    whole(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Paths inside the project are shown relative to it, as a curator would type them. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

function isMissingFile(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";
}
