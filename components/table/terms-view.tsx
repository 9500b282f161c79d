import type { ReactNode } from "react";
import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import type { TermsView as TermsViewData } from "@/lib/comparison/terms-view";
import type { Locale } from "@/lib/i18n/locale";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";
import { EvidenceTable } from "./evidence-table";
import { MergedSpellings } from "./merged-spellings";

/** The evidence table's page: how to read it, the table, and what normalization merged. */
export function TermsView({ view, locale, periodControl }: { view: TermsViewData; locale: Locale; periodControl?: ReactNode }) {
  const t = TABLE_MESSAGES[locale];
  return (
    <>
      <header className="mb-6 max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-base leading-relaxed text-muted">{t.intro}</p>
        <p className="mt-2 text-sm">
          <a href="#merged" className="font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
            {t.jumpToMerged}
          </a>
        </p>
      </header>

      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        {[t.howRows, t.howChrome, t.howVoice, t.howSearch, t.howFilters, t.howExport].map((text) => (
          <p key={text}>
            <MixedText>{text}</MixedText>
          </p>
        ))}
      </HowToRead>

      {periodControl && <div className="mb-4">{periodControl}</div>}

      <EvidenceTable caseId={view.caseId} locale={locale} data={view.table} messages={t} />

      <MergedSpellings caseId={view.caseId} locale={locale} entries={view.spellings} categoryNames={view.categoryNames} messages={t} />
    </>
  );
}
