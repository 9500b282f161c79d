import type { ReactNode } from "react";
import { STANCES, type CategoryId } from "@/lib/case-study/schema";
import { CATEGORY_COLORS, PLAIN_NAME_EDGE, STANCE_COLORS, STANCE_LINE_STYLES } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import { OVERVIEW_MESSAGES, STANCE_ADJECTIVES, categoryName } from "@/lib/i18n/overview-messages";
import { QuotedMark, StanceSign } from "./stance-sign";
import { format } from "@/lib/i18n/messages";

export interface MatrixLegendProps {
  locale: Locale;
  /** The case's own plain names, as a parenthesis (lib/comparison/plain-name-examples.ts); "" for none. */
  plainNames: string;
  /** For the event matrix: the categories its terms belong to, each shown with its colour. */
  categories?: readonly string[];
}

/**
 * The key to a label matrix: each stance's colour, sign and line style (and for events each
 * category's colour), the count, the quoted marker, what an empty cell means and how a plain
 * name looks.
 */
export function MatrixLegend({ locale, plainNames, categories }: MatrixLegendProps) {
  const t = OVERVIEW_MESSAGES[locale];
  const descriptions = { legitimizing: t.legendLegitimizing, neutral: t.legendNeutral, delegitimizing: t.legendDelegitimizing };
  return (
    <div className="mb-4 grid gap-2 rounded-lg border border-rule bg-white px-4 py-3 text-sm" data-testid="matrix-legend">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{t.legendTitle}</h3>
      {categories && categories.length > 0 && (
        <LegendRow title={t.legendCategory}>
          {categories.map((category) => (
            <li key={category} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="h-4 w-1 shrink-0 rounded-sm" style={{ background: CATEGORY_COLORS[category as CategoryId] }} />
              {categoryName(category, locale)}
            </li>
          ))}
        </LegendRow>
      )}
      <LegendRow title={t.dialogStance}>
        {STANCES.map((stance) => (
          <li key={stance} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="h-4 shrink-0 border-s-4"
              style={{ borderInlineStartColor: STANCE_COLORS[stance], borderInlineStartStyle: STANCE_LINE_STYLES[stance] }}
            />
            <StanceSign stance={stance} />
            <span>
              <span className="font-semibold">{STANCE_ADJECTIVES[locale][stance]}</span> — {descriptions[stance]}
            </span>
          </li>
        ))}
      </LegendRow>
      <LegendRow>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" dir="ltr" className="font-semibold tabular-nums">
            ×7
          </span>
          {t.legendCount}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true">
            <QuotedMark count={1} />
          </span>
          {t.legendQuoted}
        </li>
        <li className="flex items-center gap-1.5">
          <span className="italic text-muted">{t.neverNamed}</span>— {t.legendNeverNamed}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-4 shrink-0 border-s-4 border-dashed" style={{ borderInlineStartColor: PLAIN_NAME_EDGE }} />
          <span>
            <span className="font-semibold">{t.legendPlainNameTitle}</span> — {format(t.legendPlainName, { examples: plainNames })}
          </span>
        </li>
      </LegendRow>
    </div>
  );
}

/** One line of the key: an optional title, then its items side by side. */
function LegendRow({ title, children }: { title?: string; children: ReactNode }) {
  return (
    // On a phone the title stands above its items: beside them it left too little room for "delegitimization".
    <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3">
      {title && <span className="shrink-0 font-medium text-muted">{title}:</span>}
      <ul className="flex min-w-0 flex-1 flex-wrap items-center gap-x-5 gap-y-1.5">{children}</ul>
    </div>
  );
}
