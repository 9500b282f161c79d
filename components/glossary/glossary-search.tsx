"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";

export interface GlossarySearchProps {
  /** The glossary's path, without the language. */
  path: string;
  locale: Locale;
  /** The search in the URL now. */
  query: string;
  messages: Pick<GlossaryMessages, "searchLabel" | "searchPlaceholder" | "searchButton" | "clearSearch">;
}

/** How long typing must pause before the glossary filters: one server render per pause, not per key. */
const TYPING_PAUSE_MS = 250;

/**
 * The glossary's search. It filters as you type (the query is written into the URL, `?q=`, and the
 * server filters, so every search stays a permalink); without JavaScript it is a plain GET form
 * with a Search button that does the same.
 */
export function GlossarySearch({ path, locale, query, messages: t }: GlossarySearchProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const searchFor = (value: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const search = value.trim() === "" ? "" : `?${new URLSearchParams({ q: value }).toString()}`;
      // Replace, not push: a pause in typing is not a page the back button should return to.
      startTransition(() => router.replace(localizedHref(`${path}${search}`, locale), { scroll: false }));
    }, TYPING_PAUSE_MS);
  };

  return (
    <form role="search" method="get" action={path} className="flex flex-wrap items-end gap-2" data-testid="glossary-search">
      {locale !== "en" && <input type="hidden" name="lang" value={locale} />}
      <label className="grid min-w-[16rem] flex-1 gap-1 text-sm font-medium sm:max-w-md">
        {t.searchLabel}
        <input
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t.searchPlaceholder}
          dir="auto"
          onChange={(event) => searchFor(event.target.value)}
          className="rounded-md border border-rule bg-white px-3 py-2 text-base font-normal"
        />
      </label>
      <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong">
        {t.searchButton}
      </button>
      {query && (
        <Link href={localizedHref(path, locale)} className="px-2 py-2 text-sm font-medium text-accent underline underline-offset-2 hover:text-accent-strong">
          {t.clearSearch}
        </Link>
      )}
    </form>
  );
}
