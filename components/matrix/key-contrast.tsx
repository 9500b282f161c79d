import { ArabicText } from "@/components/ui/arabic-text";
import type { Outlet } from "@/lib/case-study/schema";
import type { KeyContrastRow, OutletPosition } from "@/lib/comparison/key-contrast";
import { labelKey } from "@/lib/comparison/occurrences";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { OVERVIEW_MESSAGES, STANCE_ADJECTIVES } from "@/lib/i18n/overview-messages";
import { ActorRowHeader, ActorTableHead } from "./actor-table-head";
import { LabelButton } from "./label-button";
import { labelEdgeStyle } from "./label-edge";
import { StanceSign } from "./stance-sign";

export interface KeyContrastProps {
  rows: readonly KeyContrastRow[];
  outlets: readonly Pick<Outlet, "id" | "name">[];
  locale: Locale;
  /** Tells the two views' tables apart in tests ("all" or "own"). */
  view: "all" | "own";
}

/**
 * The overview's first screen: for the most contested actors, each outlet's most-used framing
 * label (Arabic, gloss, stance sign, count), each opening its sentences in the occurrences
 * dialog like a label of the matrix; an outlet without one says why.
 */
export function KeyContrast({ rows, outlets, locale, view }: KeyContrastProps) {
  const t = OVERVIEW_MESSAGES[locale];
  return (
    <section aria-labelledby="key-contrast-title" data-testid="key-contrast" data-view={view} className="mb-5">
      <h2 id="key-contrast-title" className="text-lg font-semibold tracking-tight">
        {t.keyContrastTitle}
      </h2>
      <p className="mb-2 mt-0.5 text-sm leading-snug text-muted">{t.keyContrastRule}</p>
      {rows.length === 0 ? (
        <p className="text-sm italic text-muted">{t.keyContrastNone}</p>
      ) : (
        // Positioned and scrolling in its own box, so a phone's page never widens.
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] table-fixed border-separate border-spacing-0 text-sm">
            <caption className="sr-only">{t.keyContrastCaption}</caption>
            <ActorTableHead outlets={outlets} locale={locale} actorHeading={t.actorColumn} actorWidth="w-36" />
            <tbody>
              {rows.map((row) => (
                <tr key={row.actor}>
                  <ActorRowHeader>{row.name[locale]}</ActorRowHeader>
                  {row.positions.map((position) => (
                    <td key={position.outlet} data-contrast-actor={row.actor} data-contrast-outlet={position.outlet} className="border-b border-s border-rule px-1.5 py-1 align-top">
                      <PositionCell position={position} actor={row.actor} locale={locale} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One outlet's most-used framing label for the actor, as a button to its sentences; or why there is none. */
function PositionCell({ position, actor, locale }: { position: OutletPosition; actor: string; locale: Locale }) {
  const t = OVERVIEW_MESSAGES[locale];
  if (!position.label) {
    return (
      <p className="px-1 text-sm italic leading-snug text-muted" data-testid="no-framing-label">
        {t.noFramingLabel}
        <span className="block text-xs">{position.why === "plain-only" ? t.plainNameOnly : t.neverNamedIt}</span>
      </p>
    );
  }
  const use = position.label;
  const separator = locale === "ar" ? "، " : ", ";
  const usedTimes = use.count === 1 ? t.usedOnce : format(t.usedTimes, { count: use.count });
  return (
    <LabelButton labelKey={labelKey({ outlet: position.outlet, entry: use.entry, row: actor })} className="label-chip py-1" style={labelEdgeStyle(use, "actor")}>
      {/* The count sits on the gloss's line, so the Arabic has the cell's whole width and the rows stay short. */}
      <span className="label-chip-line">
        {use.stance && <StanceSign stance={use.stance} />}
        <ArabicText className="label-chip-form" breakAfterSlashes>
          {use.form}
        </ArabicText>
      </span>
      <span className="flex items-baseline gap-1.5">
        <span className="label-chip-gloss min-w-0 flex-1">
          <span className="sr-only">, </span>
          <bdi lang="en">{use.gloss}</bdi>
        </span>
        <span aria-hidden="true" dir="ltr" className="label-chip-count">
          ×{use.count}
        </span>
      </span>
      <span className="sr-only">{["", ...(use.stance ? [STANCE_ADJECTIVES[locale][use.stance]] : []), usedTimes].join(separator)}</span>
    </LabelButton>
  );
}
