import type { Locale } from "@/lib/i18n/locale";
import { LIST_COMMA } from "@/lib/i18n/punctuation";
import type { CaseAnalysis } from "./analyze-case";

/** A plain name as a case study's articles write it, with its English gloss. */
export interface PlainNameExample {
  form: string;
  gloss: string;
  language: "ar" | "en";
}

/** Isolates a run in a line of the other direction (U+2068 … U+2069), so "حفتر, “Haftar”" keeps its order in any line. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The plain names a case study's articles use most (body mentions only), each in its most used
 * spelling: the examples the pages give of what a plain name is, taken from the case itself so
 * that an English case is not explained with Arabic it never uses.
 *
 * @param analysis the analyzed case study
 * @param limit how many (default 2)
 * @returns the most used first; none when the case names no actor plainly
 */
export function plainNameExamples(analysis: CaseAnalysis, limit = 2): PlainNameExample[] {
  const byEntry = new Map<string, { count: number; forms: Map<string, number>; language: "ar" | "en" }>();
  for (const { article, mentions } of analysis.articles) {
    for (const mention of mentions) {
      if (mention.chrome || mention.category !== null || mention.actor === null) continue;
      const tally = byEntry.get(mention.entry) ?? { count: 0, forms: new Map<string, number>(), language: article.language };
      tally.count++;
      tally.forms.set(mention.text, (tally.forms.get(mention.text) ?? 0) + 1);
      byEntry.set(mention.entry, tally);
    }
  }
  const glosses = new Map(analysis.caseStudy.lexicon.map((entry) => [entry.id, entry.gloss]));
  return [...byEntry]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([entry, tally]) => ({
      form: [...tally.forms].sort((x, y) => y[1] - x[1])[0]![0],
      gloss: glosses.get(entry) ?? entry,
      language: tally.language,
    }));
}

/**
 * The examples as a parenthesis to put after "a plain name" in a sentence of the interface:
 * ` (حفتر, “Haftar”, تنظيم الدولة, “the Islamic State”)` in English (each Arabic form with its
 * gloss), ` (حفتر، تنظيم الدولة)` in Arabic; nothing when there is no example.
 *
 * @param examples from {@link plainNameExamples}
 * @param locale the interface language
 */
export function describePlainNameExamples(examples: readonly PlainNameExample[], locale: Locale): string {
  if (examples.length === 0) return "";
  const quoted = (text: string) => (locale === "ar" ? `«${text}»` : `“${text}”`);
  const items = examples.map(({ form, gloss, language }) => {
    if (language === "en") return quoted(form);
    return locale === "en" ? `${isolate(form)}, ${quoted(gloss)}` : isolate(form);
  });
  return ` (${items.join(LIST_COMMA[locale])})`;
}
