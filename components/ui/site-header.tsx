import Link from "next/link";
import { Suspense } from "react";
import { COMMON_MESSAGES } from "@/lib/i18n/common-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { pickMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";

/** The bar on every page: the product's name, linking home, what it is for, and the language switch. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = pickMessages(COMMON_MESSAGES, locale);
  return (
    <header className="border-b border-rule bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-6 py-4">
        <Link href={localizedHref("/", locale)} className="flex items-center gap-2.5 text-lg font-semibold tracking-tight text-ink">
          <LogoMark />
          Framelens
        </Link>
        <p className="flex-1 text-sm text-muted">{t.tagline}</p>
        <Suspense fallback={null}>
          <LanguageSwitch locale={locale} label={t.switchLanguage} description={t.switchLanguageLabel} />
        </Suspense>
      </div>
    </header>
  );
}

/** Two overlapping lenses: the same story seen through two outlets. */
function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
      <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
      <circle cx="12.5" cy="16" r="7" fill="none" stroke="#ffffff" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="7" fill="none" stroke="#9fd3d9" strokeWidth="2.5" />
    </svg>
  );
}
