import { handoutPath } from "@/lib/classroom/paths";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import type { PresentMessages } from "@/lib/i18n/present-messages";

export interface HandoutLengthProps {
  caseId: string;
  locale: Locale;
  /** The handout shown. */
  short: boolean;
  t: Pick<PresentMessages, "handoutLength" | "handoutShortChoice" | "handoutFullChoice">;
}

/** The choice between the short handout (`?length=short`) and the full one: two links, the shown one marked. Not printed. */
export function HandoutLength({ caseId, locale, short, t }: HandoutLengthProps) {
  const choices = [
    { short: true, label: t.handoutShortChoice, href: `${handoutPath(caseId)}?length=short` },
    { short: false, label: t.handoutFullChoice, href: handoutPath(caseId) },
  ];
  return (
    <nav aria-label={t.handoutLength} data-testid="handout-length" className="mt-2 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="font-semibold text-muted">{t.handoutLength}:</span>
      {choices.map((choice) => (
        // A plain link, a full load: the client router, behind the language rewrite, keeps the page
        // it has when only the query changes, and would show the same handout under the new address.
        <a
          key={choice.label}
          href={localizedHref(choice.href, locale)}
          aria-current={choice.short === short ? "page" : undefined}
          className="rounded-md border border-rule bg-white px-2.5 py-1 font-medium text-accent-strong hover:bg-accent-soft aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:text-ink"
        >
          {choice.label}
        </a>
      ))}
    </nav>
  );
}
