import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CaseNav } from "@/components/ui/case-nav";
import { findCaseStudy } from "@/lib/cases/catalog";
import { caseSectionPath } from "@/lib/case-study/paths";
import { isLocale, localizedHref } from "@/lib/i18n/locale";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";

/**
 * A case's pages that read no query (the overview, the handout) are kept rendered. A save drops
 * them at once; this bounds what a save cannot reach — another server on the same database, or
 * a server killed between the commit and the drop — to a minute out of date.
 */
export const revalidate = 60;

/** Every page of a case study: its name, and tabs between its pages. */
export default async function CaseLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; case: string }> }) {
  const { locale, case: caseId } = await params;
  const caseStudy = (await findCaseStudy(caseId))?.caseStudy;
  if (!isLocale(locale) || !caseStudy) notFound();
  const t = NAV_MESSAGES[locale];
  return (
    <>
      <p className="mb-2 text-sm font-semibold text-muted">
        <Link href={localizedHref(caseSectionPath(caseStudy.id), locale)} className="hover:text-accent hover:underline">
          {/* A stored case study may have left its Arabic name empty: the English stands in. */}
          {caseStudy.name[locale] || caseStudy.name.en}
        </Link>
      </p>
      <CaseNav
        caseId={caseStudy.id}
        locale={locale}
        label={t.caseNavigation}
        sections={{ overview: t.overview, compare: t.compare, charts: t.charts, terms: t.terms, glossary: t.glossary, exercise: t.exercise, present: t.present, edit: t.edit }}
      />
      {children}
    </>
  );
}
