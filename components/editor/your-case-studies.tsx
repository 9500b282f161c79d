"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import { forgetCase, readRememberedCases, type RememberedCase } from "@/lib/editor/remembered-cases";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { BUTTON, DANGER_BUTTON, PRIMARY_BUTTON } from "./form-styles";

export interface YourCaseStudiesProps {
  locale: Locale;
  strings: Pick<EditorMessages, "yourCases" | "yourCasesHint" | "yourCasesEmpty" | "newCase" | "read" | "edit" | "forget" | "forgetLabel" | "forgetConfirm" | "noToken">;
}

/**
 * The case studies this browser created or edited (kept in localStorage with their edit
 * tokens), each with its read and edit links and a way to forget it; and the way to a new one.
 * Rendered in the browser only, so the page around it stays pre-rendered.
 */
export function YourCaseStudies({ locale, strings: t }: YourCaseStudiesProps) {
  const [cases, setCases] = useState<RememberedCase[] | null>(null);
  useEffect(() => setCases(readRememberedCases(window.localStorage)), []);

  return (
    <section aria-labelledby="your-cases-title" className="grid gap-4" data-testid="your-case-studies">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="your-cases-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
            {t.yourCases}
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-muted">{t.yourCasesHint}</p>
        </div>
        <Link href={localizedHref("/cases/new", locale)} className={PRIMARY_BUTTON}>
          {t.newCase}
        </Link>
      </div>
      {cases !== null &&
        (cases.length === 0 ? (
          <p className="text-muted">{t.yourCasesEmpty}</p>
        ) : (
          <ul className="divide-y divide-rule rounded-xl border border-rule bg-white">
            {cases.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3" data-testid="remembered-case">
                <p className="min-w-0 flex-1 font-semibold">
                  <span lang="en">{item.name.en}</span>
                  {item.name.ar !== item.name.en && (
                    <>
                      {" · "}
                      <ArabicText className="font-normal text-muted">{item.name.ar}</ArabicText>
                    </>
                  )}
                  {item.token === null && <span className="ms-2 text-sm font-normal text-muted">({t.noToken})</span>}
                </p>
                <div className="flex flex-wrap gap-2">
                  <Link href={localizedHref(`/cases/${item.id}`, locale)} className={BUTTON}>
                    {t.read}
                  </Link>
                  {item.token !== null && (
                    // The token goes in the fragment: never to the server.
                    <Link href={localizedHref(`/cases/${item.id}/edit#token=${encodeURIComponent(item.token)}`, locale)} className={BUTTON}>
                      {t.edit}
                    </Link>
                  )}
                  <button
                    type="button"
                    className={DANGER_BUTTON}
                    aria-label={format(t.forgetLabel, { name: item.name[locale] })}
                    onClick={() => {
                      if (window.confirm(format(t.forgetConfirm, { name: item.name[locale] }))) setCases(forgetCase(window.localStorage, item.id));
                    }}
                  >
                    {t.forget}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
