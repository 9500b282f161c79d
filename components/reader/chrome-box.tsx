"use client";

import { useQueryState } from "nuqs";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { localeDirection } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { chromeParser } from "./url-state";

export interface ChromeBoxProps {
  /** The label's id (`chrome-<offset>`); the lines take `<id>-lines`. */
  id: string;
  /** Lines in the box, for the collapsed summary. */
  lineCount: number;
  locale: Locale;
  strings: { pageChrome: string; hideChrome: string; showChrome: string; chromeHidden: string };
  children: ReactNode;
}

/**
 * A run of page chrome (breadcrumbs, "read also" links, captions, comment boxes): boxed, muted,
 * labelled as not counted, and foldable. Folding is one choice for the whole page, kept in the
 * URL (`?chrome=collapsed`), so every box follows the same button.
 */
export function ChromeBox({ id, lineCount, locale, strings, children }: ChromeBoxProps) {
  const [chrome, setChrome] = useQueryState("chrome", chromeParser);
  const collapsed = chrome === "collapsed";
  return (
    <div
      role="group"
      aria-labelledby={id}
      data-segment="chrome"
      data-collapsed={collapsed ? "true" : "false"}
      className="rounded-md border border-dashed border-[#b9b3a7] bg-[#f1efea] px-4 py-2 text-base leading-loose text-muted"
    >
      <div lang={locale} dir={localeDirection(locale)} className="flex flex-wrap items-center justify-between gap-x-4">
        <p id={id} className="text-xs font-semibold uppercase tracking-wide text-muted">
          {strings.pageChrome}
        </p>
        <button
          type="button"
          aria-expanded={!collapsed}
          aria-controls={`${id}-lines`}
          onClick={() => void setChrome(collapsed ? null : "collapsed")}
          className="inline-flex items-center gap-1.5 rounded px-1.5 py-0.5 text-xs font-medium text-accent-strong hover:bg-white print:hidden"
        >
          <svg aria-hidden="true" viewBox="0 0 12 12" className={`size-3 transition-transform ${collapsed ? "-rotate-90 rtl:rotate-90" : ""}`}>
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
          {collapsed ? strings.showChrome : strings.hideChrome}
        </button>
      </div>
      {collapsed && (
        <span lang={locale} dir={localeDirection(locale)} className="block text-xs text-muted">
          {format(strings.chromeHidden, { count: lineCount })}
        </span>
      )}
      <div id={`${id}-lines`} hidden={collapsed}>
        {children}
      </div>
    </div>
  );
}
