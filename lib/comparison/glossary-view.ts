import { caseSectionPath } from "@/lib/case-study/paths";
import type { CaseAnalysis } from "./analyze-case";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { buildGlossary, type GlossaryEntry } from "./glossary";
import { firstSearchParam } from "@/lib/pages/search-param";
import { describePlainNameExamples, plainNameExamples } from "./plain-name-examples";

/** What the glossary page shows: every entry, the search to start from, and every name they need. */
export interface GlossaryView {
  caseId: string;
  /** The glossary's path, without the language. */
  paths: { glossary: string };
  /** Every entry: the page filters them by the search as it shows them, and again as the reader types. */
  entries: GlossaryEntry[];
  /** Entries in the whole glossary. */
  total: number;
  /** The search in the URL. */
  query: string;
  /** The case's own most used plain names, as a parenthesis for the plain names' note. */
  plainNames: string;
  names: {
    outlets: { id: string; name: string }[];
    actors: Record<string, string>;
    events: Record<string, string>;
    stances: Readonly<Record<string, string>>;
    categories: Readonly<Record<string, string>>;
  };
}

/**
 * The glossary of a case study and the search it opens with (`?q=`), with the outlets', actors',
 * events', stances' and categories' names in the interface language.
 *
 * @param analysis the analyzed case study
 * @param rawQuery the `q` search parameter as Next gives it
 * @param locale the interface language
 */
export function getGlossaryView(analysis: CaseAnalysis, rawQuery: string | string[] | undefined, locale: Locale): GlossaryView {
  const { caseStudy } = analysis;
  const query = firstSearchParam(rawQuery) ?? "";
  const glossary = buildGlossary(analysis);
  return {
    caseId: caseStudy.id,
    paths: { glossary: caseSectionPath(caseStudy.id, "glossary") },
    entries: glossary,
    total: glossary.length,
    query,
    plainNames: describePlainNameExamples(plainNameExamples(analysis), locale),
    names: {
      outlets: caseStudy.outlets.map((o) => ({ id: o.id, name: o.name[locale] })),
      actors: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name[locale]])),
      events: Object.fromEntries(caseStudy.events.map((e) => [e.id, e.name[locale]])),
      stances: STANCE_NAMES[locale],
      categories: CATEGORY_NAMES[locale],
    },
  };
}
