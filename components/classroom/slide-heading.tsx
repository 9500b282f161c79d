import type { ReactNode } from "react";

/** The heading block every slide starts with. */
export function SlideHeading({ kicker, title, question, id }: { kicker: string; title: ReactNode; question?: string; id: string }) {
  return (
    <header className="mb-[0.7em]">
      <p className="text-[1em]">
        <span className="font-semibold uppercase tracking-wide text-accent-strong">{kicker}</span>
        {question && <span className="text-muted"> · {question}</span>}
      </p>
      <h2 id={id} className="text-[2em] font-bold leading-tight text-ink">
        {title}
      </h2>
    </header>
  );
}

