"use client";

import { type CSSProperties, useEffect, useRef } from "react";
import { SourceText } from "@/components/ui/source-text";

/** One category a student can pick: its taxonomy id, name, one-line explanation and colour. */
export interface CategoryOption {
  id: string;
  name: string;
  explanation: string;
  color: string;
}

export interface CategoryPickerProps {
  /** "Category for “…”", in the interface language: what a screen reader reads. */
  legend: string;
  /** "Category for", shown before the marked text. */
  heading: string;
  /** The marked text and its language, shown in its own script. */
  markText: string;
  language: "ar" | "en";
  value: string | null;
  options: readonly CategoryOption[];
  onChange: (category: string) => void;
  /** Move focus to the checked category (or the first) on mount: the student asked to change it. */
  focusOnMount?: boolean;
}

/**
 * The ten categories as radio buttons, each with its name, a one-line explanation and its
 * number key (1–9, 0), for the mark being edited.
 */
export function CategoryPicker({ legend, heading, markText, language, value, options, onChange, focusOnMount = false }: CategoryPickerProps) {
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    (ref.current?.querySelector<HTMLInputElement>("input:checked") ?? ref.current?.querySelector<HTMLInputElement>("input"))?.focus();
  }, [focusOnMount]);
  return (
    <fieldset ref={ref} className="grid gap-1" data-testid="category-picker">
      <legend className="mb-2 text-sm font-semibold">
        <span className="sr-only">{legend}</span>
        <span aria-hidden="true" className="flex flex-wrap items-baseline gap-x-2">
          {heading}
          <SourceText language={language} className="rounded bg-accent-soft px-1.5 py-0.5 text-base">
            {markText}
          </SourceText>
        </span>
      </legend>
      {options.map((option, index) => (
        <label
          key={option.id}
          className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1 hover:bg-paper has-[:checked]:bg-accent-soft"
          style={{ "--swatch": option.color } as CSSProperties}
        >
          <input
            type="radio"
            name="exercise-category"
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
            className="mt-1.5 accent-[var(--color-accent)]"
          />
          <span aria-hidden="true" className="mt-1.5 size-3 shrink-0 rounded-sm bg-[var(--swatch)]" />
          <span className="grid leading-snug">
            <span className="text-sm font-semibold">
              {option.name} <kbd className="ms-1 font-sans text-xs font-normal text-muted">{(index + 1) % 10}</kbd>
            </span>
            <span className="text-xs text-muted">{option.explanation}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
