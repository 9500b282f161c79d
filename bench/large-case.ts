import { getCaseStudy } from "../lib/cases/catalog";
import { exportCaseStudy } from "../lib/case-study/exchange";
import type { CaseStudyExchange } from "../lib/case-study/exchange";
import { createRandom } from "./random";
import { separateChrome } from "../lib/engine";

/** Options for {@link buildLargeCaseFile}. */
export interface LargeCaseOptions {
  /** How many articles (the exchange format takes up to 1,000). */
  articles: number;
  /** The English name; a test gives each case study its own, to find it again. */
  name: string;
  /** Seed of the recombination, so a run can be repeated exactly. */
  seed?: number;
  /** Smallest article body, in characters (default 3,000: a few KB of UTF-8 Arabic). */
  minChars?: number;
}

/**
 * A large, realistic case-study file: the Derna case study's four outlets, actors, events and
 * lexicon, with `articles` Arabic articles recombined from the seed articles' body paragraphs
 * (each a different selection and order, a few KB long), spread over the four outlets and
 * 2016-2018. Used by the load benchmark and the crash-recovery test.
 *
 * @returns an exchange file, ready for `POST /api/cases/import`
 */
export function buildLargeCaseFile(options: LargeCaseOptions): CaseStudyExchange {
  const derna = getCaseStudy("derna");
  if (!derna) throw new Error("the bundled Derna case study is missing");
  const base = exportCaseStudy(derna);
  const paragraphs = derna.articles.flatMap((article) => bodyParagraphs(article.text));
  const random = createRandom(options.seed ?? 1);
  const minChars = options.minChars ?? 3000;
  const articles = Array.from({ length: options.articles }, (_, i) => {
    const outlet = derna.outlets[i % derna.outlets.length];
    if (!outlet) throw new Error("the Derna case study has no outlets");
    const lines: string[] = [];
    let length = 0;
    while (length < minChars) {
      const line = paragraphs[Math.floor(random() * paragraphs.length)] ?? "";
      lines.push(line);
      length += line.length + 1;
    }
    const year = 2016 + (i % 3);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const id = `${outlet.id}-${String(i + 1).padStart(4, "0")}`;
    return {
      id,
      outlet: outlet.id,
      headline: lines[0]?.slice(0, 80) ?? null,
      subheadline: null,
      date: `${year}-${month}`,
      datePrecision: "month" as const,
      dateApproximate: true,
      dateEvidence: "Synthetic article recombined from the Derna seed paragraphs.",
      byline: null,
      rawFile: `${id}.txt`,
      language: "ar" as const,
      events: [],
      chromeLines: [],
      text: `${lines.join("\n")}\n`,
    };
  });
  return {
    ...base,
    caseStudy: {
      ...base.caseStudy,
      id: "import",
      name: { en: options.name, ar: "دراسة حالة كبيرة" },
      description: { en: `${options.articles} articles recombined from the Derna seed paragraphs.`, ar: "" },
      articles,
      lexicon: base.caseStudy.lexicon.map((entry) => ({ ...entry, seeds: [] })),
      // Derna's referent rules, notes and translations name its own five articles, which this case has not.
      referentRules: [],
      curatorNotes: [],
      translations: [],
    },
  };
}

/** An article's body lines, without the page chrome the engine separates (breadcrumbs, links). */
function bodyParagraphs(text: string): string[] {
  return separateChrome(text)
    .filter((segment) => segment.kind === "body")
    .flatMap((segment) => text.slice(segment.start, segment.end).split("\n"))
    .map((line) => line.trim())
    .filter(Boolean);
}
