"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type CaseSection, caseSectionPath } from "@/lib/case-study/paths";
import { type Locale, localizedHref, pathWithoutLocale } from "@/lib/i18n/locale";

export interface CaseNavProps {
  caseId: string;
  locale: Locale;
  /** Accessible name of the navigation. */
  label: string;
  /** Each section's label, in the interface language. */
  sections: Record<CaseSection, string>;
}

const ORDER: CaseSection[] = ["overview", "compare", "charts", "timeline", "terms", "glossary", "exercise", "present", "edit"];

/** Tabs between a case study's pages; the current one is marked for screen readers too. */
export function CaseNav({ caseId, locale, label, sections }: CaseNavProps) {
  const pathname = pathWithoutLocale(usePathname());
  return (
    <nav aria-label={label} className="mb-8 border-b border-rule print:hidden">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {ORDER.map((section) => {
          const path = caseSectionPath(caseId, section);
          // Pages below a section (an exercise's articles, the deck's arrange view) belong to it;
          // every page is below the overview's path, so it matches exactly.
          const current = pathname === path || (section !== "overview" && pathname.startsWith(`${path}/`));
          return (
            <li key={section}>
              <Link
                href={localizedHref(path, locale)}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                  current ? "border-accent text-accent-strong" : "border-transparent text-muted hover:border-rule hover:text-ink"
                }`}
              >
                {sections[section]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
