import type { Outlet } from "@/lib/case-study/schema";
import type { GlossaryEntry } from "@/lib/comparison/glossary";
import type { LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";

/** An entry's live mentions: the total and one number per outlet. */
export function EntryUses({ uses, outlets, locale, t }: { uses: GlossaryEntry | null; outlets: readonly Pick<Outlet, "id" | "name">[]; locale: Locale; t: LexiconEditorMessages }) {
  if (!uses) return <div className="flex-[1_1_12rem]" />;
  return (
    <div className="flex-[1_1_12rem] text-sm" data-testid="entry-uses" data-total={uses.total}>
      <p className="font-semibold">{uses.total === 0 ? t.usesNone : uses.total === 1 ? t.usesOne : format(t.usesTotal, { count: uses.total })}</p>
      <ul className="mt-0.5 flex flex-wrap gap-1">
        {outlets.map((outlet) => {
          const count = uses.byOutlet[outlet.id] ?? 0;
          return (
            <li
              key={outlet.id}
              data-outlet={outlet.id}
              data-count={count}
              className={`rounded border px-1.5 py-0.5 text-xs ${count === 0 ? "border-rule text-muted" : "border-accent/40 bg-accent-soft text-ink"}`}
            >
              <span className="sr-only">{format(t.usesIn, { count, outlet: outlet.name[locale] })}</span>
              <span aria-hidden="true">
                {outlet.name[locale]} <b className="tabular-nums">{count}</b>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
