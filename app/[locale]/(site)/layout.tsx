import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";
import { COMMON_MESSAGES } from "@/lib/i18n/common-messages";
import { isLocale } from "@/lib/i18n/locale";
import { pickMessages } from "@/lib/i18n/messages";

/**
 * Every page but the full-screen ones (the classroom deck): the site's header, the page and a
 * footer. The deck lives beside this group so that nothing but the slides is on screen or in
 * the tab order.
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = pickMessages(COMMON_MESSAGES, locale);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ink"
      >
        {t.skipToContent}
      </a>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-6xl px-6 pb-16 pt-10">
        {children}
      </main>
      <footer className="border-t border-rule print:hidden">
        <p className="mx-auto max-w-6xl px-6 py-6 text-sm text-muted">{t.footer}</p>
      </footer>
    </>
  );
}
