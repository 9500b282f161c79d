import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import "@fontsource-variable/noto-naskh-arabic";
import "@fontsource-variable/noto-sans-arabic";
import "../globals.css";
import { SiteHeader } from "@/components/ui/site-header";
import { COMMON_MESSAGES } from "@/lib/i18n/common-messages";
import { LOCALES, isLocale, localeDirection } from "@/lib/i18n/locale";
import { pickMessages } from "@/lib/i18n/messages";

export const metadata: Metadata = {
  title: { default: "Framelens", template: "%s · Framelens" },
  description: "How did each outlet name it? Framing terms compared across news outlets.",
};

// Both interface languages are pre-rendered; proxy.ts picks one from `?lang=`.
export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = pickMessages(COMMON_MESSAGES, locale);
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ink"
        >
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto max-w-6xl px-6 pb-16 pt-10">
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
        <footer className="border-t border-rule print:hidden">
          <p className="mx-auto max-w-6xl px-6 py-6 text-sm text-muted">{t.footer}</p>
        </footer>
      </body>
    </html>
  );
}
