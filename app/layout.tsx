import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@fontsource-variable/noto-naskh-arabic";
import "@fontsource-variable/noto-sans-arabic";
import "./globals.css";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = {
  title: { default: "Framelens", template: "%s · Framelens" },
  description: "How did each outlet name it? Framing terms compared across news outlets.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ink"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-6 pb-16 pt-10">
          {children}
        </main>
        <footer className="border-t border-rule">
          <p className="mx-auto max-w-6xl px-6 py-6 text-sm text-muted">
            Articles are shown as they were captured from the outlets&rsquo; pages, for study and teaching.
          </p>
        </footer>
      </body>
    </html>
  );
}
