import { CaseText } from "@/components/case-study/case-text";
import type { Outlet } from "@/lib/case-study/schema";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import type { Locale } from "@/lib/i18n/locale";
import { caseText } from "@/lib/i18n/case-text";
import { BilingualName } from "@/components/ui/bilingual-name";

export interface OutletListProps {
  outlets: readonly Outlet[];
  locale: Locale;
}

/** The outlets of a case study: names in English and Arabic, country, and who they are. */
export function OutletList({ outlets, locale }: OutletListProps) {
  // "Country: {country}", the country in its own language's mark.
  const [before, after = ""] = CASE_MESSAGES[locale].country.split("{country}");
  return (
    <ul className="grid gap-3" aria-label={CASE_MESSAGES[locale].outlets}>
      {outlets.map((outlet) => (
        <li key={outlet.id} data-testid="outlet" className="rounded-lg border border-rule bg-white px-4 py-3">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <BilingualName name={outlet.name} className="font-semibold" arabicClassName="text-lg leading-none text-ink" />
          </p>
          <p className="mt-0.5 text-xs text-muted">
            {before}
            <CaseText shown={caseText(outlet.country, outlet.country_ar, locale)} />
            {after}
          </p>
          <CaseText as="p" className="mt-2 text-sm leading-relaxed" shown={caseText(outlet.description, outlet.description_ar, locale)} />
        </li>
      ))}
    </ul>
  );
}

