import Link from "next/link";
import { caseSectionPath } from "@/lib/case-study/paths";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import type { PresentMessages } from "@/lib/i18n/present-messages";
import { HandoutLength } from "./handout-length";
import { PrintButton } from "./print-button";
import { PrintUrl } from "./print-url";

export interface HandoutHeaderProps {
  caseId: string;
  locale: Locale;
  t: PresentMessages;
  /** The short handout's header: its own title and intro, and tighter spacing (the two A4 pages hold no more). */
  short: boolean;
}

/**
 * The top of a handout, full or short: its title and print button, what it is, the choice of
 * length, how to read its labels, where it is online (on paper), and the way back to the overview.
 */
export function HandoutHeader({ caseId, locale, t, short }: HandoutHeaderProps) {
  return (
    <header className={short ? "mb-3 border-b-2 border-ink pb-2" : "mb-4 border-b-2 border-ink pb-3"}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className={short ? "text-2xl font-semibold tracking-tight print:text-xl" : "text-2xl font-semibold tracking-tight"}>{short ? t.handoutShortTitle : t.handoutTitle}</h1>
        <PrintButton label={t.print} />
      </div>
      <p className="mt-1 text-sm leading-relaxed text-muted print:hidden">{short ? t.handoutShortIntro : t.handoutIntro}</p>
      <HandoutLength caseId={caseId} locale={locale} short={short} t={t} />
      <p className="mt-2 text-xs leading-relaxed text-ink">{t.handoutKey}</p>
      <PrintUrl template={t.handoutOnline} className="mt-1" />
      <p className="mt-2 print:hidden">
        <Link href={localizedHref(caseSectionPath(caseId), locale)} className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
          {t.backToOverview}
        </Link>
      </p>
    </header>
  );
}
