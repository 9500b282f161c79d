"use client";

import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => undefined;

export interface PrintUrlProps {
  /** The line with `{url}` in it, in the interface language. */
  template: string;
  className?: string;
}

/**
 * On paper only: the page's full address, so a printed handout leads back to the live page
 * (the address is known only in the browser, so the server renders nothing here).
 */
export function PrintUrl({ template, className = "" }: PrintUrlProps) {
  const url = useSyncExternalStore(subscribeNothing, () => window.location.href, () => "");
  if (!url) return null;
  return (
    <p data-testid="print-url" className={`hidden text-xs text-muted print:block ${className}`}>
      {template.split("{url}")[0]}
      <span dir="ltr" className="break-all">
        {url}
      </span>
      {template.split("{url}")[1] ?? ""}
    </p>
  );
}
