import type { Stance } from "@/lib/case-study/schema";
import { STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";

export interface StanceSignProps {
  stance: Stance;
  /** The stance's name in the interface language, for screen readers (leave out where it is written beside). */
  name?: string;
  /** Utilities for another size (a slide's, a handout's); they win over the sign's own. */
  className?: string;
}

/** A stance's sign (+ = −) in a ring of its colour: the colour is never the only cue. */
export function StanceSign({ stance, name, className }: StanceSignProps) {
  return (
    <>
      <span
        aria-hidden="true"
        data-stance={stance}
        className={className ? `stance-sign ${className}` : "stance-sign"}
        style={{ borderColor: STANCE_COLORS[stance] }}
      >
        {STANCE_SIGNS[stance]}
      </span>
      {name && <span className="sr-only">{name}</span>}
    </>
  );
}

/**
 * A quoted-uses marker: how many uses stood in quotation marks or after "so-called", in
 * quotation marks (“2”).
 */
export function QuotedMark({ count, label }: { count: number; label?: string }) {
  return (
    <span className="quoted-mark" title={label}>
      <span aria-hidden="true" dir="ltr">
        “{count}”
      </span>
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}
