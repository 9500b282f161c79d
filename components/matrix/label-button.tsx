"use client";

import type { CSSProperties, ReactNode } from "react";
import { LABEL_PARAM } from "./label-param";

export interface LabelButtonProps {
  /** The label's key ({@link labelKey}); the occurrences dialog opens on it. */
  labelKey: string;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A label in a matrix cell: choosing it puts the label in the URL, which opens its
 * occurrences dialog. It writes the URL in its click handler only (Next keeps the router in
 * step with the History API), so the matrix around it needs no URL hook and its render reads no query.
 */
export function LabelButton({ labelKey, className, style, children }: LabelButtonProps) {
  function openLabel() {
    const params = new URLSearchParams(window.location.search);
    params.set(LABEL_PARAM, labelKey);
    // Ids are slugs: the key's colons need no escaping, and the permalink reads as written.
    const query = params.toString().replace(/%3A/gi, ":");
    window.history.replaceState(null, "", `${window.location.pathname}?${query}`);
  }
  return (
    <button type="button" data-label-key={labelKey} aria-haspopup="dialog" onClick={openLabel} className={className} style={style}>
      {children}
    </button>
  );
}
