"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { FacetOption } from "@/lib/comparison/evidence-table";

export interface FilterMenuProps {
  /** The facet's name ("Outlet"). */
  label: string;
  options: readonly FacetOption[];
  /** The values ticked now. */
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** "{count} selected", in the interface language. */
  selectedLabel: string;
  clearLabel: string;
  /** The facet's URL key, naming the menu for tests. */
  name: string;
}

/**
 * A drop-down list of checkboxes for one facet. A native disclosure, so the keyboard opens it
 * with Enter or Space; Escape or a click elsewhere closes it.
 */
export function FilterMenu({ label, options, selected, onChange, selectedLabel, clearLabel, name }: FilterMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  const legendId = useId();
  const [open, setOpen] = useState(false);
  // From a small screen's width up, the panel hangs from the button's start edge, unless that runs it
  // off the screen. On a phone it spans the row of filters instead (the nearest positioned box), so
  // it never reaches past the screen's edge. Closed, it takes no room at all (a closed disclosure's
  // content is still laid out, and would widen the page).
  const [alignEnd, setAlignEnd] = useState(false);

  useLayoutEffect(() => {
    if (!open || !panel.current) return;
    const { left, right } = panel.current.getBoundingClientRect();
    if (left < 0 || right > document.documentElement.clientWidth) setAlignEnd((end) => !end);
  }, [open]);

  useEffect(() => {
    const close = (event: PointerEvent) => {
      const element = details.current;
      if (element?.open && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, []);

  const toggle = (value: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    // Keep the menu's order, so the URL reads the same however the values were ticked.
    onChange(options.map((o) => o.value).filter((v) => next.has(v)).concat([...next].filter((v) => !options.some((o) => o.value === v))));
  };

  return (
    <details
      ref={details}
      className="group sm:relative"
      data-testid={`filter-${name}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && details.current?.open) {
          details.current.open = false;
          details.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary
        className={`flex cursor-pointer list-none items-center gap-2 rounded-md border px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden ${
          selected.length > 0 ? "border-accent bg-accent-soft text-accent-strong" : "border-rule bg-white text-ink hover:border-muted"
        }`}
      >
        <span>{label}</span>
        {selected.length > 0 && (
          <span className="rounded-full bg-accent px-1.5 text-xs font-semibold text-white">
            <span className="sr-only">{selectedLabel}: </span>
            {selected.length}
          </span>
        )}
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 transition-transform group-open:rotate-180">
          <path d="M2 4.5 6 8.5 10 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </summary>
      <fieldset
        ref={panel}
        aria-labelledby={legendId}
        className={`absolute hidden group-open:block inset-x-0 sm:inset-x-auto ${alignEnd ? "sm:end-0" : "sm:start-0"} z-20 mt-1.5 max-h-[22rem] overflow-y-auto sm:w-72 rounded-lg border border-rule bg-white p-2 shadow-lg`}
      >
        <legend id={legendId} className="sr-only">
          {label}
        </legend>
        <ul className="grid gap-0.5">
          {options.map((option) => {
            const checked = selected.includes(option.value);
            return (
              <li key={option.value}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-paper">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                    className="size-4 shrink-0 accent-accent"
                  />
                  {option.color && (
                    <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-sm ring-1 ring-black/20" style={{ backgroundColor: option.color }} />
                  )}
                  <span className="flex-1">{option.label}</span>
                  <span className="text-xs tabular-nums text-muted">{option.count}</span>
                </label>
              </li>
            );
          })}
        </ul>
        {selected.length > 0 && (
          <button
            type="button"
            onClick={() => onChange([])}
            className="mt-1 w-full rounded px-2 py-1.5 text-start text-sm font-medium text-accent hover:bg-accent-soft"
          >
            {clearLabel}
          </button>
        )}
      </fieldset>
    </details>
  );
}
