import type { ReactNode } from "react";

export interface HowToReadProps {
  /** "How to read this", in the interface language. */
  title: string;
  /** What was counted and how, in a few sentences. */
  children: ReactNode;
  /** Open at first (default: closed, so the page leads with its data). */
  open?: boolean;
}

/** A short, collapsible explanation of what a page counted and how. */
export function HowToRead({ title, children, open = false }: HowToReadProps) {
  return (
    <details open={open} data-testid="how-to-read" className="mb-6 rounded-lg border border-rule bg-white px-4 py-3 text-sm leading-relaxed print:hidden">
      <summary className="cursor-pointer font-semibold text-accent-strong">{title}</summary>
      <div className="mt-2 grid gap-2 text-ink">{children}</div>
    </details>
  );
}
