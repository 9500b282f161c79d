"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { ArabicText } from "@/components/ui/arabic-text";
import { MixedText } from "@/components/ui/mixed-text";
import type { CategoryId } from "@/lib/case-study/schema";
import { CATEGORY_COLORS, CATEGORY_TINTS, STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";
import { localeDirection } from "@/lib/i18n/locale";
import { termNote } from "@/lib/i18n/term-note";
import type { TooltipDetails } from "@/lib/reader/reader-props";
import type { MentionData } from "@/lib/reader/mention-data";

export interface MentionTooltipProps {
  id: string;
  /** The term it describes; the tooltip sits below it, or above when there is no room. */
  anchor: HTMLElement;
  mention: MentionData;
  details: TooltipDetails;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** Distance kept from the term and from the edges of the window, in pixels. */
const GAP = 8;

/**
 * What a tagged term is and why it frames: the form as written, its English gloss, category,
 * actor (and whom it refers to, when the case study says it is another), stance (word and
 * sign), whose words it is (the outlet's, attributed, distanced), the lexicon's note, and the
 * curator's notes on this occurrence. Positioned
 * against the viewport so it never spills off screen, in either writing direction.
 */
export function MentionTooltip({ id, anchor, mention, details, onPointerEnter, onPointerLeave }: MentionTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const place = () => {
      const tip = ref.current;
      if (!tip) return;
      const term = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      const { width, height } = tip.getBoundingClientRect();
      const viewportWidth = document.documentElement.clientWidth;
      const below = term.bottom + GAP;
      const top = below + height <= window.innerHeight - GAP ? below : Math.max(GAP, term.top - GAP - height);
      const centred = term.left + term.width / 2 - width / 2;
      const left = Math.min(Math.max(GAP, centred), Math.max(GAP, viewportWidth - width - GAP));
      setPosition({ top, left });
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [anchor, mention]);

  const { locale, strings: t } = details;
  const entry = details.entries[mention.entry];
  const note = entry && termNote(entry, locale);
  const category = mention.category as CategoryId;
  return createPortal(
    <div
      ref={ref}
      id={id}
      role="tooltip"
      lang={locale}
      dir={localeDirection(locale)}
      data-testid="mention-tooltip"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      style={{ top: position?.top ?? 0, left: position?.left ?? 0, visibility: position ? "visible" : "hidden" }}
      className="fixed z-50 w-[22rem] max-w-[calc(100vw-1rem)] rounded-lg border border-rule bg-white p-4 text-start text-sm leading-snug text-ink shadow-lg"
    >
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <ArabicText className="text-xl font-semibold leading-normal">{mention.text}</ArabicText>
        {entry && (
          <span lang="en" dir="ltr" className="font-medium text-accent-strong">
            {entry.gloss}
          </span>
        )}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5">
        <dt className="text-muted">{t.tipCategory}</dt>
        <dd className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block size-3.5 shrink-0 rounded-sm border-2"
            style={{ backgroundColor: CATEGORY_TINTS[category], borderColor: CATEGORY_COLORS[category] }}
          />
          {mention.category === null ? details.plainName : (details.categoryNames[mention.category] ?? mention.category)}
        </dd>
        <dt className="text-muted">{t.tipActor}</dt>
        <dd>{mention.actor === null ? <span className="text-muted">{t.tipNoActor}</span> : (details.actorNames[mention.actor] ?? mention.actor)}</dd>
        {mention.referent !== mention.actor && mention.referent !== null && (
          <>
            <dt className="text-muted">{t.tipRefersTo}</dt>
            <dd className="font-semibold">{details.actorNames[mention.referent] ?? mention.referent}</dd>
          </>
        )}
        <dt className="text-muted">{t.tipStance}</dt>
        <dd>
          {mention.stance === null ? (
            <span className="text-muted">{t.tipNoStance}</span>
          ) : (
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="font-bold" style={{ color: STANCE_COLORS[mention.stance] }}>
                {STANCE_SIGNS[mention.stance]}
              </span>
              {details.stanceNames[mention.stance]}
            </span>
          )}
        </dd>
        <dt className="text-muted">{t.tipVoice}</dt>
        <dd data-testid="tooltip-voice">{{ outlet: t.tipVoiceOutlet, attributed: t.tipVoiceAttributed, distanced: t.tipVoiceDistanced }[mention.voice]}</dd>
      </dl>
      {note && (
        <div className="mt-3 border-t border-rule pt-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t.tipNote}</p>
          <p lang={note.lang} dir={note.dir} className="mt-1 text-start leading-relaxed">
            <MixedText>{note.text}</MixedText>
          </p>
        </div>
      )}
      {mention.notes.length > 0 && (
        <div className="mt-3 border-t border-rule pt-2" data-testid="tooltip-curator-note">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t.tipCuratorNote}</p>
          {mention.notes.map((note) => (
            <p key={note.en} className="mt-1 text-start leading-relaxed">
              <MixedText>{note[locale]}</MixedText>
            </p>
          ))}
        </div>
      )}
      {mention.chrome && <p className="mt-2 rounded bg-[#f1efea] px-2 py-1 text-xs font-medium text-muted">{t.tipChrome}</p>}
    </div>,
    document.body,
  );
}
