import { notFound } from "next/navigation";
import { CaseStudySummary } from "@/components/case-study/case-study-summary";
import { listCaseStudies } from "@/lib/case-study/catalog";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { isLocale } from "@/lib/i18n/locale";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = CASE_MESSAGES[locale];
  const caseStudies = listCaseStudies();
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t.homeTitle}</h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">{t.homeIntro}</p>
      </div>

      <h2 className="mt-12 mb-6 text-sm font-semibold uppercase tracking-wide text-muted">{t.caseStudies}</h2>
      <div className="grid gap-16">
        {caseStudies.map((caseStudy) => (
          <CaseStudySummary key={caseStudy.id} caseStudy={caseStudy} locale={locale} />
        ))}
      </div>
    </>
  );
}
