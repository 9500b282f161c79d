"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { type Locale, localizedHref, pathWithoutLocale } from "@/lib/i18n/locale";

export interface LanguageSwitchProps {
  /** The language the page is in now; the link leads to the other one. */
  locale: Locale;
  label: string;
  /** Accessible description of what the link does. */
  description: string;
}

/**
 * A link to the same view in the other interface language: same path, same selections.
 * A plain link, not a client-side one: the other language has its own root layout (the whole
 * page mirrors), so the browser loads it whole anyway, and nothing is prefetched.
 */
export function LanguageSwitch({ locale, label, description }: LanguageSwitchProps) {
  const pathname = pathWithoutLocale(usePathname());
  const searchParams = useSearchParams();
  const other: Locale = locale === "ar" ? "en" : "ar";
  const query = searchParams.toString();
  const href = localizedHref(`${pathname}${query ? `?${query}` : ""}`, other);
  return (
    <a
      href={href}
      lang={other}
      hrefLang={other}
      aria-label={description}
      className="rounded-md border border-rule px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent-soft"
    >
      {label}
    </a>
  );
}
