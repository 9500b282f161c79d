import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LandscapePages } from "@/components/classroom/landscape-pages";
import { PrintButton } from "@/components/classroom/print-button";
import { PrintUrl } from "@/components/classroom/print-url";
import { ArticlePicker } from "@/components/reader/article-picker";
import { CompareColumns } from "@/components/reader/compare-columns";
import { FocusSelect } from "@/components/reader/focus-select";
import { HowToRead } from "@/components/ui/how-to-read";
import { CATEGORY_IDS } from "@/lib/case-study/schema";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { caseSectionPath } from "@/lib/case-study/paths";
import { COMPARE_LIMITS, type CompareSelection, parseCompareSelection } from "@/lib/comparison/compare-selection";
import { parseFocus, type UnknownFocus } from "@/lib/comparison/focus";
import { getCaseAnalysis } from "@/lib/comparison/get-analysis";
import { isLocale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { READER_MESSAGES, type ReaderMessages } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES } from "@/lib/i18n/taxonomy-messages";

interface ComparePageProps {
  params: Promise<{ locale: string; case: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<ComparePageProps, "params">): Promise<Metadata> {
  const { locale } = await params;
  return { title: isLocale(locale) ? READER_MESSAGES[locale].compareTitle : "Side by side" };
}

/**
 * Two to four articles side by side (`?articles=a,b`), each tagged as in the reader, with one
 * actor or category singled out in every column (`&actor=lna`, `&category=terrorism`).
 */
export default async function ComparePage({ params, searchParams }: ComparePageProps) {
  const { locale, case: caseId } = await params;
  const analysis = await getCaseAnalysis(caseId);
  if (!isLocale(locale) || !analysis) notFound();
  const query = await searchParams;
  const { caseStudy } = analysis;
  const t = READER_MESSAGES[locale];

  const selection = parseCompareSelection(query.articles, analysis);
  const { focus, unknown } = parseFocus({ actor: firstValue(query.actor), category: firstValue(query.category) }, caseStudy.actors.map((a) => a.id));
  const shown = selection.ok ? selection.articleIds.flatMap((id) => analysis.articles.filter((a) => a.article.id === id)) : [];
  const keep = Object.fromEntries(
    [
      ["lang", locale === "ar" ? "ar" : undefined],
      ["actor", firstValue(query.actor)],
      ["category", firstValue(query.category)],
    ].filter((pair): pair is [string, string] => typeof pair[1] === "string" && pair[1] !== ""),
  );

  return (
    <>
      {/* On paper the columns share the page's width; three or four turn the pages to landscape. */}
      {shown.length > 2 && <LandscapePages />}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t.compareTitle}</h1>
        {shown.length > 0 && <PrintButton label={PRESENT_MESSAGES[locale].printCompare} />}
      </div>
      <p className="mb-5 mt-1 max-w-3xl text-base leading-relaxed text-muted print:hidden">{t.compareIntro}</p>
      <PrintUrl template={PRESENT_MESSAGES[locale].handoutOnline} className="mb-3" />

      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{t.compareHowTo1}</p>
        <p>{t.compareHowTo2}</p>
        <p>{t.compareHowTo3}</p>
      </HowToRead>

      {!selection.ok && <Problem>{describeProblem(selection, t)}</Problem>}
      {unknown && <Problem>{describeUnknownFocus(unknown, t)}</Problem>}
      <div className="mb-5 grid items-end gap-x-8 gap-y-4 rounded-xl border border-rule bg-white p-4 lg:grid-cols-[minmax(0,1fr)_18rem] print:hidden">
        <ArticlePicker
          articles={caseStudy.articles.map((a) => ({ id: a.id, outlet: a.outlet.name[locale], date: formatArticleDate(a, locale) }))}
          selected={selection.articleIds}
          limits={COMPARE_LIMITS}
          action={caseSectionPath(caseStudy.id, "compare")}
          keep={keep}
          strings={{
            legend: format(t.pickerLegend, COMPARE_LIMITS),
            compareButton: t.compareButton,
            pickerTooFew: t.pickerTooFew,
            pickerTooMany: t.pickerTooMany,
          }}
        />
        <FocusSelect
          label={t.focusLabel}
          noneLabel={t.focusNone}
          groups={[
            { kind: "actor", label: t.focusActors, options: caseStudy.actors.map((a) => ({ id: a.id, name: a.name[locale] })) },
            { kind: "category", label: t.focusCategories, options: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[locale][id] })) },
          ]}
        />
      </div>

      {selection.ok && selection.isDefault && <p className="mb-3 text-sm text-muted print:hidden" data-testid="default-note">{t.defaultNote}</p>}
      {shown.length > 0 && <CompareColumns caseStudy={caseStudy} articles={shown} focus={focus} locale={locale} strings={t} />}
    </>
  );
}

function Problem({ children }: { children: string }) {
  return (
    <p role="alert" data-testid="compare-problem" className="mb-4 rounded-lg border border-[#f0b59a] bg-[#fdf1ea] px-4 py-3 text-sm font-medium text-[#7c2d12]">
      {children}
    </p>
  );
}

function describeProblem(selection: Extract<CompareSelection, { ok: false }>, t: ReaderMessages): string {
  const limits = { min: COMPARE_LIMITS.min, max: COMPARE_LIMITS.max };
  if (selection.problem === "unknown") return format(t.urlUnknown, { ...limits, ids: selection.unknown.join("”, “") });
  return format(selection.problem === "too-few" ? t.urlTooFew : t.urlTooMany, { ...limits, count: selection.count });
}

function describeUnknownFocus(unknown: UnknownFocus, t: ReaderMessages): string {
  return format(unknown.kind === "actor" ? t.unknownActor : t.unknownCategory, { id: unknown.id });
}

function firstValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === "" ? null : first;
}
