import type { ReactNode } from "react";
import type { Outlet } from "@/lib/case-study/schema";
import type { Locale } from "@/lib/i18n/locale";

export interface ActorTableHeadProps {
  outlets: readonly Pick<Outlet, "id" | "name">[];
  locale: Locale;
  /** The first column's heading ("Actor"). */
  actorHeading: string;
  /** The first column's width, as a class (`w-36`); the outlets share the rest. */
  actorWidth: string;
  /** Keep the header row in view while the table scrolls in its own box. */
  sticky?: boolean;
}

/**
 * The head of an actor × outlet table: its columns, and a header row naming the actor column and
 * each outlet in the interface language. The key contrast and the editor's live matrix share it.
 */
export function ActorTableHead({ outlets, locale, actorHeading, actorWidth, sticky = false }: ActorTableHeadProps) {
  const cell = `border-b-2 border-ink px-2 text-start font-semibold ${sticky ? "sticky top-0 z-10 bg-paper py-1.5" : "py-1"}`;
  return (
    <>
      <colgroup>
        <col className={actorWidth} />
        {outlets.map((outlet) => (
          <col key={outlet.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-xs uppercase tracking-wide text-muted`}>
            {actorHeading}
          </th>
          {outlets.map((outlet) => (
            <th key={outlet.id} scope="col" className={`${cell} text-sm text-ink`}>
              {outlet.name[locale]}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** An actor's name heading its row of an actor × outlet table. */
export function ActorRowHeader({ children, roomy = false }: { children: ReactNode; roomy?: boolean }) {
  return (
    <th scope="row" className={`border-b border-rule px-2 text-start align-top font-semibold leading-snug text-ink ${roomy ? "py-2" : "py-1"}`}>
      {children}
    </th>
  );
}
