"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useTransition } from "react";

export interface ActorPickerProps {
  /** The actors to choose from, each with its label in the list. */
  actors: { id: string; label: string }[];
  /** The actor the page shows now (the server's reading of the URL). */
  selected: string;
  /** The actor shown when the URL names none: choosing it clears `?actor=`. */
  defaultActor: string;
  label: string;
  /** Announced while the page redraws for the new actor. */
  updating: string;
}

/**
 * Which actor the stance chart shows. The choice lives in the URL (`?actor=dmsc`), so the view
 * is a permalink; the server renders the chart, its caption and its table for it.
 */
export function ActorPicker({ actors, selected, defaultActor, label, updating }: ActorPickerProps) {
  const [pending, startTransition] = useTransition();
  const [actor, setActor] = useQueryState(
    "actor",
    parseAsString.withDefault(defaultActor).withOptions({ shallow: false, scroll: false, history: "push", startTransition }),
  );
  const value = actors.some((a) => a.id === actor) ? actor : selected;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <label htmlFor="stance-actor" className="text-sm font-semibold text-ink">
        {label}
      </label>
      <select
        id="stance-actor"
        value={value}
        onChange={(event) => void setActor(event.target.value)}
        className="max-w-full rounded-md border border-rule bg-white px-3 py-1.5 text-sm text-ink hover:border-accent"
        data-testid="actor-picker"
      >
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </select>
      <span role="status" className="text-sm text-muted">
        {pending ? updating : ""}
      </span>
    </div>
  );
}
