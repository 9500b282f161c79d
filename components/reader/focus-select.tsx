"use client";

import { useQueryStates } from "nuqs";
import { useId } from "react";
import { focusParsers } from "./url-state";

/** A group of choices: actors (`?actor=`) or categories (`?category=`). */
export interface FocusGroup {
  kind: "actor" | "category";
  /** The group's heading; not shown when it is the only group. */
  label: string;
  options: readonly { id: string; name: string }[];
}

export interface FocusSelectProps {
  label: string;
  /** The first option, which singles nothing out. */
  noneLabel: string;
  groups: readonly FocusGroup[];
}

/**
 * Single out one actor (or one category): its terms stay highlighted and outlined, the others
 * fade. The choice goes to the URL (`?actor=lna` or `?category=terrorism`) and the server
 * renders the page for it, labels included.
 */
export function FocusSelect({ label, noneLabel, groups }: FocusSelectProps) {
  const id = useId();
  const [focus, setFocus] = useQueryStates(focusParsers, { shallow: false, history: "push" });
  const value = focus.actor ? `actor:${focus.actor}` : focus.category ? `category:${focus.category}` : "";
  const options = (group: FocusGroup) =>
    group.options.map((option) => (
      <option key={option.id} value={`${group.kind}:${option.id}`}>
        {option.name}
      </option>
    ));
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wide text-muted">
        {label}
      </label>
      <select
        id={id}
        value={value}
        data-testid="focus-select"
        onChange={(event) => {
          const [kind, choice = null] = event.target.value.split(/:(.*)/s);
          void setFocus({ actor: kind === "actor" ? choice : null, category: kind === "category" ? choice : null });
        }}
        className="w-full rounded-md border border-rule bg-white px-2 py-1.5 text-sm text-ink"
      >
        <option value="">{noneLabel}</option>
        {groups.length === 1 && groups[0]
          ? options(groups[0])
          : groups.map((group) => (
              <optgroup key={group.kind} label={group.label}>
                {options(group)}
              </optgroup>
            ))}
      </select>
    </div>
  );
}
