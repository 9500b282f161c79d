import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import "../fonts.css";
import "../globals.css";
// The components' own stylesheets load with every page, not as the CSS of the pages that use them:
// a page's own CSS is preloaded by every link that prefetches the page (the case tabs prefetch the
// overview from every page of a case), and the browser warns of a preloaded stylesheet left unused.
// Together they weigh a few kilobytes.
import "@/components/matrix/label-matrix.css";
import "@/components/matrix/voice-view.css";
import "@/components/timeline/timeline.css";
import "@/components/reader/mention-marks.css";
import "@/components/classroom/exercise-marks.css";
import { LOCALES, isLocale, localeDirection } from "@/lib/i18n/locale";

export const metadata: Metadata = {
  title: { default: "Framelens", template: "%s · Framelens" },
  description: "How did each outlet name it? Framing terms compared across news outlets.",
};

/** Arabic text (Naskh, with its Latin digits) and the English interface (Sans, Latin). */
const CRITICAL_FONTS = [
  "/fonts/noto-naskh-arabic-arabic-wght-normal.woff2",
  "/fonts/noto-naskh-arabic-latin-wght-normal.woff2",
  "/fonts/noto-sans-arabic-latin-wght-normal.woff2",
];

// Both interface languages are pre-rendered; next.config's rewrites pick one from `?lang=`.
// Params stay open below this layout (stored case studies render on demand); an unknown locale is a 404.
export const dynamicParams = true;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // The fonts every page shows at once: fetched with the page, so the text never reflows.
  for (const font of CRITICAL_FONTS) preload(font, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-screen font-sans antialiased">
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
