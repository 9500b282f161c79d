import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewCaseForm } from "@/components/editor/new-case-form";
import { getCaseStudy } from "@/lib/cases/catalog";
import { EDITOR_MESSAGES } from "@/lib/i18n/editor-messages";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: isLocale(locale) ? EDITOR_MESSAGES[locale].newTitle : undefined };
}

/** Make a case study: name, outlets and starting lexicon, or an exported file imported whole. */
export default async function NewCasePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = EDITOR_MESSAGES[locale];
  return (
    <>
      <div className="mb-8 max-w-3xl">
        <h1 id="new-case-title" className="text-3xl font-semibold tracking-tight">
          {t.newTitle}
        </h1>
        <p className="mt-3 text-lg leading-relaxed text-muted">{t.newIntro}</p>
      </div>
      <NewCaseForm dernaEntries={getCaseStudy("derna")?.lexicon.length ?? 0} locale={locale} strings={t} />
    </>
  );
}
