import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseEditor } from "@/components/editor/case-editor";
import { findCaseStudy } from "@/lib/cases/catalog";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { draftFromExchange } from "@/lib/editor/draft";
import { EDITOR_MESSAGES } from "@/lib/i18n/editor-messages";
import { isLocale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";

interface EditPageProps {
  params: Promise<{ locale: string; case: string }>;
}

export async function generateMetadata({ params }: EditPageProps): Promise<Metadata> {
  const { locale, case: caseId } = await params;
  const found = await findCaseStudy(caseId);
  if (!isLocale(locale) || !found) return {};
  return { title: format(EDITOR_MESSAGES[locale].editTitle, { name: found.caseStudy.name[locale] }) };
}

/**
 * Edit a case study: the stored one as its current version, in a client editor that saves with
 * the secret edit token (which the browser reads from the link's fragment, never sent here).
 */
export default async function EditCasePage({ params }: EditPageProps) {
  const { locale, case: caseId } = await params;
  const found = await findCaseStudy(caseId);
  if (!isLocale(locale) || !found) notFound();
  return (
    <CaseEditor
      caseId={found.caseStudy.id}
      initialDraft={draftFromExchange(exportCaseStudy(found.caseStudy))}
      initialVersion={found.version}
      locale={locale}
      strings={EDITOR_MESSAGES[locale]}
    />
  );
}
