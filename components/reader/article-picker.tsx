"use client";

import { useQueryState } from "nuqs";
import { type FormEvent, useState } from "react";
import { format } from "@/lib/i18n/messages";
import { articlesParser } from "./url-state";

/** One article the picker offers. */
export interface PickableArticle {
  id: string;
  outlet: string;
  /** Formatted in the interface language. */
  date: string;
}

export interface ArticlePickerProps {
  articles: readonly PickableArticle[];
  /** The articles shown now, ticked at first. */
  selected: readonly string[];
  limits: { min: number; max: number };
  /** Where the form goes without script, and the fields it must keep (`lang`, `actor`, `category`). */
  action: string;
  keep: Record<string, string>;
  strings: { legend: string; compareButton: string; pickerTooFew: string; pickerTooMany: string };
}

/**
 * Tick two to four articles and compare them. The choice goes to the URL as `?articles=a,b`;
 * without script the form still works (the page also reads `articles=a&articles=b`).
 */
export function ArticlePicker({ articles, selected, limits, action, keep, strings }: ArticlePickerProps) {
  const [, setArticles] = useQueryState("articles", articlesParser.withOptions({ shallow: false, history: "push" }));
  const inOrder = (ids: readonly string[]) => articles.map((a) => a.id).filter((id) => ids.includes(id));
  const [ticked, setTicked] = useState<string[]>(() => inOrder(selected));
  const [problem, setProblem] = useState<string | null>(null);
  // Back and forward bring another selection from the URL: tick what it shows. (Not a remount,
  // which would drop the keyboard focus from the Compare button.)
  const [shown, setShown] = useState(selected.join(","));
  if (shown !== selected.join(",")) {
    setShown(selected.join(","));
    setTicked(inOrder(selected));
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (ticked.length < limits.min) return setProblem(format(strings.pickerTooFew, { min: limits.min, count: ticked.length }));
    if (ticked.length > limits.max) return setProblem(format(strings.pickerTooMany, { max: limits.max, count: ticked.length }));
    setProblem(null);
    void setArticles(ticked);
  };
  const toggle = (id: string, on: boolean) => {
    setProblem(null);
    // Keep the case study's order, so columns come out in the same order whatever was ticked first.
    setTicked((current) => inOrder(on ? [...current, id] : current.filter((a) => a !== id)));
  };

  return (
    <form action={action} method="get" onSubmit={submit} data-testid="article-picker" className="min-w-0">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend className="text-xs font-semibold uppercase tracking-wide text-muted">{strings.legend}</legend>
        <div className="mt-1.5 flex flex-wrap items-center gap-2">
          {articles.map((article) => {
            const on = ticked.includes(article.id);
            return (
              <label
                key={article.id}
                className={`flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm ${
                  on ? "border-accent bg-accent-soft text-accent-strong" : "border-rule bg-white text-ink hover:border-accent"
                }`}
              >
                <input
                  type="checkbox"
                  name="articles"
                  value={article.id}
                  checked={on}
                  onChange={(event) => toggle(article.id, event.target.checked)}
                  className="size-4 accent-[var(--color-accent)]"
                />
                <span className="font-medium">{article.outlet}</span>
                <span className="text-muted">{article.date}</span>
              </label>
            );
          })}
          <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent-strong">
            {strings.compareButton}
          </button>
        </div>
      </fieldset>
      {problem && (
        <p role="alert" className="mt-2 text-sm font-medium text-[#9a3412]">
          {problem}
        </p>
      )}
    </form>
  );
}
