import { z } from "zod";
import type { CaseStudy, CaseStudyContent } from "./types";
import { serverText } from "@/lib/i18n/server-error-messages";
import { issueText, ruleMessage } from "./issue-text";
import { CaseStudyInvalidError, validateCaseStudyContent } from "./validate";
import { type LocalizedProblem, formatPath } from "./problem";
import { characterMessage } from "./text-checks";
import { findForbiddenStrings, isBlankText } from "./text-rules";
import { nonEmpty } from "./schema";

/** What every exported file says it is. */
export const EXCHANGE_SCHEMA = "framelens.case-study";
/**
 * The format's version. 2 adds the referent rules and the curator's notes; a version 1 file
 * (which has neither) still imports. A file of any other version is refused, naming both.
 */
export const EXCHANGE_VERSION = 2;
/** Every version this Framelens imports. */
export const IMPORTABLE_VERSIONS = [1, 2] as const;
/** Most articles one case study may hold. */
export const MAX_ARTICLES = 1000;

/** A case study as one JSON file: everything needed to rebuild it, texts included. */
export interface CaseStudyExchange {
  schema: typeof EXCHANGE_SCHEMA;
  version: typeof EXCHANGE_VERSION;
  exportedAt: string;
  caseStudy: {
    id: string;
    name: { en: string; ar: string };
    description: { en: string; ar: string };
    outlets: CaseStudyContent["outlets"];
    actors: CaseStudyContent["actors"];
    events: CaseStudyContent["events"];
    /** Articles as in articles.json (outlet by id), each with its raw `text`. */
    articles: (Omit<CaseStudyContent["articles"][number], "outlet" | "text"> & { outlet: string; text: string })[];
    lexicon: CaseStudyContent["lexicon"];
    /** Whom labels refer to where that differs from what they name (version 2 on; export always writes it). */
    referentRules?: NonNullable<CaseStudyContent["referentRules"]>;
    /** Notes on single occurrences (version 2 on; export always writes it). */
    curatorNotes?: NonNullable<CaseStudyContent["curatorNotes"]>;
    /** Translations, by Framelens or by the case's editor (optional in version 2: a file without them has none). */
    translations?: NonNullable<CaseStudyContent["translations"]>;
  };
}

/** A case study read from an exchange file, validated, ready to store. */
export interface ImportedCaseStudy {
  /** The id it had where it was exported (a stored copy gets a new one). */
  sourceId: string;
  name: { en: string; ar: string };
  description: { en: string; ar: string };
  content: CaseStudyContent;
}

/**
 * Write a case study as one schema-versioned JSON file.
 *
 * @param caseStudy the case study (bundled or stored)
 * @param now when it is exported (default: now)
 */
export function exportCaseStudy(caseStudy: CaseStudy, now: Date = new Date()): CaseStudyExchange {
  return {
    schema: EXCHANGE_SCHEMA,
    version: EXCHANGE_VERSION,
    exportedAt: now.toISOString(),
    caseStudy: {
      id: caseStudy.id,
      name: caseStudy.name,
      description: caseStudy.description,
      outlets: caseStudy.outlets,
      actors: caseStudy.actors,
      events: caseStudy.events,
      articles: caseStudy.articles.map(({ outlet, ...article }) => ({ ...article, outlet: outlet.id })),
      lexicon: caseStudy.lexicon,
      referentRules: caseStudy.referentRules ?? [],
      curatorNotes: caseStudy.curatorNotes ?? [],
      translations: caseStudy.translations ?? [],
    },
  };
}

const bilingual = z.strictObject({ en: nonEmpty, ar: z.string() });
const envelope = z.object({
  schema: z.literal(EXCHANGE_SCHEMA, { error: ruleMessage(serverText("exchangeSchema", { schema: EXCHANGE_SCHEMA })) }),
  version: z.union(IMPORTABLE_VERSIONS.map((v) => z.literal(v)), { error: ruleMessage(serverText("exchangeVersion", { versions: IMPORTABLE_VERSIONS.join(", ") })) }),
  caseStudy: z.object({
    id: z.string(),
    name: bilingual,
    description: bilingual,
    outlets: z.array(z.unknown()),
    actors: z.array(z.unknown()),
    events: z.array(z.unknown()),
    articles: z.array(z.unknown()).max(MAX_ARTICLES, ruleMessage(serverText("exchangeMaxArticles", { max: MAX_ARTICLES }))),
    lexicon: z.array(z.unknown()),
    referentRules: z.array(z.unknown()).optional(),
    curatorNotes: z.array(z.unknown()).optional(),
    translations: z.array(z.unknown()).optional(),
  }),
});

/**
 * Read an exchange file back: the envelope, then every part by the same rules as the bundled
 * case study (each article's `text` stands for its raw file).
 *
 * @param value the parsed JSON
 * @param label how to name the file in errors (e.g. `import.json`)
 * @returns the validated case study
 * @throws CaseStudyInvalidError listing every problem, each naming the part, entry and field
 */
export function importCaseStudy(value: unknown, label: string): ImportedCaseStudy {
  const parsed = envelope.safeParse(value);
  const problems: LocalizedProblem[] = characterProblems(value, label);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file: label, entry: null, field: issue.path.length > 0 ? issue.path.join(".") : null, message: issueText(issue) });
  }
  if (!parsed.success) throw new CaseStudyInvalidError(problems);
  const { caseStudy, version } = parsed.data;
  // A version 1 file knows nothing of referents: whatever such keys it has are not its own.
  const referents = version === 1 ? { referentRules: undefined, curatorNotes: undefined } : { referentRules: caseStudy.referentRules, curatorNotes: caseStudy.curatorNotes };
  const texts = new Map<string, unknown>();
  const articles = caseStudy.articles.map((article) => {
    if (typeof article !== "object" || article === null || Array.isArray(article)) return article;
    const { text, ...rest } = article as Record<string, unknown>;
    if (typeof rest.rawFile === "string") texts.set(rest.rawFile, text);
    return rest;
  });
  const part = (name: string) => `${label}: caseStudy.${name}`;
  const content = validateCaseStudyContent(
    {
      outlets: caseStudy.outlets,
      actors: caseStudy.actors,
      events: caseStudy.events,
      articles,
      lexicon: caseStudy.lexicon,
      ...referents,
      translations: version === 1 ? undefined : caseStudy.translations,
      textOf: (rawFile) => {
        const text = texts.get(rawFile);
        if (typeof text !== "string") return { error: serverText("articleNoText") };
        // Only spaces and invisible characters (a zero-width space, direction marks) is empty too.
        if (isBlankText(text)) return { error: serverText("articleTextEmpty") };
        return text;
      },
    },
    {
      outlets: part("outlets"),
      actors: part("actors"),
      events: part("events"),
      articles: part("articles"),
      lexicon: part("lexicon"),
      referentRules: part("referentRules"),
      curatorNotes: part("curatorNotes"),
      translations: part("translations"),
      rawFile: (rawFile) => serverText("textOfFile", { rawFile }),
      textField: "text",
    },
    problems,
  );
  return { sourceId: caseStudy.id, name: caseStudy.name, description: caseStudy.description, content };
}

/** The case study's own name and description by the character rule (its parts are checked with their entries). */
function characterProblems(value: unknown, label: string): LocalizedProblem[] {
  const caseStudy = typeof value === "object" && value !== null ? (value as { caseStudy?: unknown }).caseStudy : undefined;
  if (typeof caseStudy !== "object" || caseStudy === null) return [];
  return (["name", "description"] as const).flatMap((field) =>
    findForbiddenStrings((caseStudy as Record<string, unknown>)[field]).map((found) => ({
      file: label,
      entry: null,
      field: formatPath(["caseStudy", field, ...found.path]),
      message: characterMessage(found),
    })),
  );
}
