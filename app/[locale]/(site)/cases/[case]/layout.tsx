import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CaseNav } from "@/components/ui/case-nav";
import { findCaseStudy } from "@/lib/cases/catalog";
import { caseSectionPath } from "@/lib/case-study/paths";
import { isLocale, localizedHref } from "@/lib/i18n/locale";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";

/**
 * A case's pages render on every visit, never from a page Next kept: a stored case study's kept
 * page could be one whose render began before a save and ended after it, and it would pass for
 * the saved version (Next cannot keep the bundled case's pages and render a stored one's per
 * visit on the same route). The analysis is kept per case and version (getCaseAnalysis), so a
 * visit costs the render alone: measured in the README (`npm run bench:load`).
 */
export const dynamic = "force-dynamic";

/** Every page of a case study: its name, and tabs between its pages. */
export default async function CaseLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; case: string }> }) {
  const { locale, case: caseId } = await params;
  const found = await findCaseStudy(caseId);
  if (!isLocale(locale) || !found) notFound();
  const { caseStudy } = found;
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
        sections={{ overview: t.overview, compare: t.compare, charts: t.charts, timeline: t.timeline, terms: t.terms, glossary: t.glossary, exercise: t.exercise, present: t.present, edit: t.edit }}
      />
      {children}
    </>
  );
}
