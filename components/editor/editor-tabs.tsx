"use client";

import { EDITOR_SECTIONS, type EditorSection } from "@/lib/editor/editor-state";

export interface EditorTabsProps {
  /** Each section's tab label. */
  labels: Record<EditorSection, string>;
  current: EditorSection;
  onSelect: (section: EditorSection) => void;
  /** What a screen reader calls the tabs. */
  label: string;
}

/** The editor's sections as tabs, the current one underlined. */
export function EditorTabs({ labels, current, onSelect, label }: EditorTabsProps) {
  return (
    <nav aria-label={label} className="border-b border-rule">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {EDITOR_SECTIONS.map((id) => (
          <li key={id}>
            <button
              type="button"
              onClick={() => onSelect(id)}
              aria-current={current === id ? "page" : undefined}
              className={`border-b-2 px-3 py-2 text-sm font-semibold ${current === id ? "border-accent text-accent-strong" : "border-transparent text-muted hover:border-rule hover:text-ink"}`}
            >
              {labels[id]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
