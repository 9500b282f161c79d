"use client";

import type { CSSProperties, ReactNode } from "react";
import type { CategoryId } from "@/lib/case-study/schema";
import { matchesFocus } from "@/lib/comparison/focus";
import { CATEGORY_TINTS, PLAIN_NAME_COLOR, STANCE_COLORS } from "@/lib/comparison/palette";
import type { MentionData } from "@/lib/reader/mention-data";
import { useReader } from "./reader-context";

export interface MentionMarkProps {
  mention: MentionData;
  /** The mention's first piece (a term split over two lines has two): it holds the id and the focus. */
  first: boolean;
  children: ReactNode;
}

/**
 * One tagged term in running text: tinted by category, underlined by stance, marked when
 * quoted. Focus or hover opens its tooltip; a category hidden in the legend turns it plain.
 */
export function MentionMark({ mention, first, children }: MentionMarkProps) {
  const reader = useReader();
  const hidden = mention.category !== null && reader.hidden.has(mention.category);
  const focus = reader.focus === null ? undefined : matchesFocus(mention, reader.focus) ? "match" : "dim";
  const style = {
    "--tint": mention.category === null ? PLAIN_NAME_COLOR : CATEGORY_TINTS[mention.category as CategoryId],
    "--stance": mention.stance === null ? undefined : STANCE_COLORS[mention.stance],
  } as CSSProperties;
  const open = hidden ? undefined : (event: { currentTarget: HTMLElement }) => reader.open(mention, event.currentTarget);
  const hover = hidden ? undefined : (event: { currentTarget: HTMLElement }) => reader.openSoon(mention, event.currentTarget);
  return (
    <mark
      id={first ? mention.key : undefined}
      className="tag"
      style={style}
      data-mention={mention.key}
      data-entry={mention.entry}
      data-category={mention.category}
      data-actor={mention.actor ?? undefined}
      data-stance={mention.stance ?? "none"}
      data-quoted={first && mention.quoted ? "true" : undefined}
      data-voice={mention.voice}
      data-chrome={mention.chrome ? "true" : undefined}
      data-hidden={hidden ? "" : undefined}
      data-focus={focus}
      data-target={reader.targetKey === mention.key ? "" : undefined}
      // A hidden category's terms leave the tab order but can still be reached by a link.
      tabIndex={first ? (hidden ? -1 : 0) : undefined}
      aria-describedby={first && reader.activeKey === mention.key ? reader.tooltipId : undefined}
      onFocus={first ? open : undefined}
      // Pointer events, like the tooltip's: mouse events would fire after the tooltip's own.
      onPointerEnter={hover}
      onPointerLeave={hidden ? undefined : reader.closeSoon}
      onClick={open}
    >
      {children}
    </mark>
  );
}
