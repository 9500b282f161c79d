import type { CSSProperties } from "react";
import { STANCES } from "@/lib/case-study/schema";
import { STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import type { ReaderMessages } from "@/lib/i18n/reader-messages";
import { STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";

export interface MarkKeyProps {
  locale: Locale;
  strings: Pick<ReaderMessages, "keyTitle" | "keyLegitimizing" | "keyNeutral" | "keyDelegitimizing" | "keyNoStance" | "keyQuoted" | "keyChrome">;
}

const SAMPLE_TINT = "#ECEAE5";

/** What the marks other than colour mean: the line under a label (stance), the quote mark, the chrome frame. */
export function MarkKey({ locale, strings }: MarkKeyProps) {
  const line = { legitimizing: strings.keyLegitimizing, neutral: strings.keyNeutral, delegitimizing: strings.keyDelegitimizing };
  return (
    <section aria-labelledby="mark-key-title" data-testid="mark-key">
      <h2 id="mark-key-title" className="text-xs font-semibold uppercase tracking-wide text-muted">
        {strings.keyTitle}
      </h2>
      <ul className="mt-2 grid gap-2 text-sm">
        {STANCES.map((stance) => (
          <li key={stance} className="flex flex-wrap items-baseline gap-x-2">
            <span aria-hidden="true" className="w-3 text-center font-bold" style={{ color: STANCE_COLORS[stance] }}>
              {STANCE_SIGNS[stance]}
            </span>
            <span className="tag" data-stance={stance} style={sample(STANCE_COLORS[stance])}>
              {STANCE_NAMES[locale][stance]}
            </span>
            <span className="text-xs text-muted">{line[stance]}</span>
          </li>
        ))}
        <li className="ps-5 text-xs text-muted">{strings.keyNoStance}</li>
        <li className="flex items-baseline gap-2 ps-5">
          <span aria-hidden="true" lang="ar" dir="rtl" className="tag whitespace-nowrap" data-stance="none" data-quoted="true" style={sample()}>
            تطهير
          </span>
          <span className="text-xs text-muted">{strings.keyQuoted}</span>
        </li>
        <li className="flex items-baseline gap-2 ps-5">
          <span aria-hidden="true" lang="ar" dir="rtl" className="tag whitespace-nowrap" data-stance="none" data-chrome="true" style={sample()}>
            اقرأ أيضًا
          </span>
          <span className="text-xs text-muted">{strings.keyChrome}</span>
        </li>
      </ul>
    </section>
  );
}

function sample(stance?: string): CSSProperties {
  return { "--tint": SAMPLE_TINT, "--stance": stance } as CSSProperties;
}
