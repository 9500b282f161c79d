"use client";

import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import { StanceSign } from "@/components/matrix/stance-sign";
import { CATEGORY_IDS, type CategoryId, type LexiconEntry } from "@/lib/case-study/schema";
import { type GlossaryEntry, glossarySearchText, searchGlossary } from "@/lib/comparison/glossary";
import type { MatrixRow } from "@/lib/comparison/label-matrix";
import { categoryColor } from "@/lib/comparison/palette";
import type { CaseDraft } from "@/lib/editor/draft";
import { displayForm } from "@/lib/engine";
import { type FieldProblem, checkEntry, indexForms } from "@/lib/editor/lexicon-checks";
import { type EntryFields, addEntry, removeEntry, updateEntry } from "@/lib/editor/lexicon-edits";
import { findPendingFields } from "@/lib/editor/suggested-entry";
import type { LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import { format } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { categoryName, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { EntryForm } from "./entry-form";
import { LiveMatrix } from "./live-matrix";
import { INPUT_CLASS, SELECT_CLASS } from "./field";
import { BUTTON, PRIMARY_BUTTON } from "../form-styles";
import { EntryUses } from "./entry-uses";
import { NewEntry } from "./new-entry";
import { MoreTerms, useTermWindow } from "./term-window";
import { LIST_COMMA } from "@/lib/i18n/punctuation";

export interface EntryListProps {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  /** Live counts per entry id; an entry missing here is not tagged. */
  counts: ReadonlyMap<string, GlossaryEntry>;
  untagged: ReadonlySet<string>;
  /** The live actor matrix: an open term that labels an actor shows that actor's row. */
  rows: readonly MatrixRow[];
  /** The entry whose form is open, or null. */
  openId: string | null;
  setOpenId: (id: string | null) => void;
  announce: (message: string) => void;
  locale: Locale;
  t: LexiconEditorMessages;
}

/**
 * The framing terms: a search (Arabic-aware, as the engine normalizes), a category filter and a
 * "to complete" filter; each term with its live mentions per outlet, opened in place to edit
 * (every change re-tags at once); a form to add one. A page of terms at a time, with "show more".
 */
export function EntryList({ draft, onChange, counts, untagged, rows, openId, setOpenId, announce, locale, t }: EntryListProps) {
  const prefix = useId();
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<CategoryId | "">("");
  const [pendingOnly, setPendingOnly] = useState(false);
  const [adding, setAdding] = useState(false);

  const searchable = useMemo(() => draft.lexicon.map((entry) => ({ entry, searchText: glossarySearchText(entry) })), [draft.lexicon]);
  const matching = searchGlossary(searchable, query)
    .map((s) => s.entry)
    .filter((e) => (category === "" || e.category === category) && (!pendingOnly || findPendingFields(e).length > 0));
  // The open entry stays in view whatever the filters and the window say (it may just have been added).
  const open = openId ? draft.lexicon.find((e) => e.id === openId) : undefined;
  const termWindow = useTermWindow(draft.lexicon, matching, openId);
  const shown = open && !matching.includes(open) ? [open, ...termWindow.visible] : termWindow.visible;
  const glosses = useMemo(() => new Map(draft.lexicon.map((e) => [e.id, e.gloss])), [draft.lexicon]);
  // Checked once per change of the lexicon, not once per row and render.
  const problems = useMemo(() => {
    const forms = indexForms(draft.lexicon);
    const known = { actors: draft.actors, events: draft.events, lexicon: draft.lexicon };
    return new Map(draft.lexicon.map(({ id, seeds: _seeds, ...fields }) => [id, checkEntry(fields, known, id, forms)]));
  }, [draft.lexicon, draft.actors, draft.events]);

  const known = useMemo(() => ({ actors: draft.actors, events: draft.events, outlets: draft.outlets }), [draft.actors, draft.events, draft.outlets]);
  // The rows' actions read the latest draft through a ref, so they stay the same functions and
  // a row whose entry and counts did not change is not rendered again on every keystroke.
  const latest = useRef({ draft, onChange, openId, setOpenId, announce });
  latest.current = { draft, onChange, openId, setOpenId, announce };
  const actions = useMemo<RowActions>(
    () => ({
      update: (id, fields) => latest.current.onChange(updateEntry(latest.current.draft, id, fields)),
      remove: (id, name) => {
        latest.current.onChange(removeEntry(latest.current.draft, id));
        latest.current.announce(format(t.removed, { name }));
      },
      toggle: (id) => latest.current.setOpenId(latest.current.openId === id ? null : id),
    }),
    [t],
  );

  useEffect(() => {
    if (!openId) return;
    document.getElementById(`${prefix}-${openId}`)?.scrollIntoView?.({ block: "nearest" });
  }, [openId, prefix]);

  function add(fields: EntryFields) {
    const result = addEntry(draft, fields);
    onChange(result.draft);
    setAdding(false);
    setOpenId(null);
    announce(format(t.added, { name: fields.gloss }));
  }

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-56 flex-1">
          <label htmlFor={`${prefix}-q`} className="mb-1 block text-sm font-semibold">
            {t.searchLabel}
          </label>
          <input id={`${prefix}-q`} type="search" value={query} dir="auto" placeholder={t.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} className={INPUT_CLASS} />
        </div>
        <div>
          <label htmlFor={`${prefix}-cat`} className="mb-1 block text-sm font-semibold">
            {t.categoryFilter}
          </label>
          <select id={`${prefix}-cat`} value={category} onChange={(e) => setCategory(e.target.value as CategoryId | "")} className={SELECT_CLASS}>
            <option value="">{t.allCategories}</option>
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {categoryName(c, locale)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} className="size-4" />
          {t.pendingOnly}
        </label>
      </div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold" role="status" data-testid="terms-count">
          {format(t.termsCount, { shown: shown.length + termWindow.hidden, total: draft.lexicon.length })}
        </p>
        {!adding && (
          <button type="button" className={PRIMARY_BUTTON} onClick={() => setAdding(true)}>
            + {t.addTerm}
          </button>
        )}
      </div>
      {adding && <NewEntry idPrefix={`${prefix}-new`} draft={draft} glosses={glosses} onAdd={add} onCancel={() => setAdding(false)} locale={locale} t={t} />}
      {shown.length === 0 && <p className="py-4 text-sm text-muted">{t.noTerms}</p>}
      <ul className="grid gap-2" data-testid="term-list">
        {shown.map((entry) => (
          <EntryRow
            key={entry.id}
            domId={`${prefix}-${entry.id}`}
            entry={entry}
            known={known}
            uses={untagged.has(entry.id) ? null : (counts.get(entry.id) ?? null)}
            problems={problems.get(entry.id) ?? NO_PROBLEMS}
            matrixRow={entry.id === openId && entry.actor ? rows.find((r) => r.id === entry.actor) : undefined}
            isOpen={entry.id === openId}
            actions={actions}
            glosses={glosses}
            locale={locale}
            t={t}
          />
        ))}
      </ul>
      <MoreTerms termWindow={termWindow} t={t} />
    </div>
  );
}

const NO_PROBLEMS: readonly FieldProblem[] = [];

interface RowActions {
  update: (id: string, fields: EntryFields) => void;
  remove: (id: string, name: string) => void;
  toggle: (id: string) => void;
}

interface EntryRowProps {
  domId: string;
  entry: LexiconEntry;
  known: Pick<CaseDraft, "actors" | "events" | "outlets">;
  uses: GlossaryEntry | null;
  problems: readonly FieldProblem[];
  matrixRow?: MatrixRow;
  isOpen: boolean;
  actions: RowActions;
  glosses: ReadonlyMap<string, string>;
  locale: Locale;
  t: LexiconEditorMessages;
}

/** Whether a closed row would look the same: its entry, counts and problems unchanged. */
function isSameRow(a: EntryRowProps, b: EntryRowProps): boolean {
  if (a.isOpen || b.isOpen) return false;
  return (
    a.entry === b.entry &&
    a.known === b.known &&
    a.locale === b.locale &&
    a.domId === b.domId &&
    a.actions === b.actions &&
    (a.uses === b.uses || (a.uses !== null && b.uses !== null && a.uses.total === b.uses.total && JSON.stringify(a.uses.byOutlet) === JSON.stringify(b.uses.byOutlet))) &&
    (a.problems === b.problems || JSON.stringify(a.problems) === JSON.stringify(b.problems))
  );
}

const EntryRow = memo(function EntryRow({ domId, entry, known: draft, uses, problems, matrixRow, isOpen, actions, glosses, locale, t }: EntryRowProps) {
  const { id, seeds: _seeds, ...fields } = entry;
  const pending = findPendingFields(entry);
  const actor = entry.actor ? draft.actors.find((a) => a.id === entry.actor) : undefined;
  const event = entry.event ? draft.events.find((e) => e.id === entry.event) : undefined;
  const name = entry.gloss || displayForm(entry.forms[0] ?? "") || id;
  const pendingNames = { gloss: t.pendingGloss, category: t.pendingCategory, note: t.pendingNote };
  return (
    <li id={domId} data-entry={id} className={`scroll-mt-4 rounded-md border bg-white ${isOpen ? "border-accent" : "border-rule"}`}>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 border-s-4 px-3 py-2" style={{ borderInlineStartColor: categoryColor(entry.category) }}>
        <div className="min-w-0 flex-[2_1_16rem]">
          {/* The forms run right to left, as they are read, the first one first. */}
          <p lang="ar" dir="rtl" className="flex w-fit max-w-full flex-wrap items-baseline gap-x-2 leading-snug">
            {entry.forms
              .filter((f) => f.trim())
              .map((form, i) => (
                <span key={i} className="inline-flex items-baseline gap-2">
                  {i > 0 && <span aria-hidden="true" className="text-muted">·</span>}
                  <ArabicText className="text-lg font-medium">{displayForm(form)}</ArabicText>
                </span>
              ))}
          </p>
          <p className="text-sm">
            <bdi lang="en">{entry.gloss}</bdi>
            <span className="ms-2 text-xs text-muted">{categoryName(entry.category, locale)}</span>
          </p>
          {(actor || event) && (
            <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink">
              {actor && entry.stance && (
                <span className="inline-flex items-center gap-1">
                  <StanceSign stance={entry.stance} name={STANCE_NAMES[locale][entry.stance]} />
                  {format(t.labels, { actor: actor.name[locale] })}
                </span>
              )}
              {event && <span>{format(t.names, { event: event.name[locale] })}</span>}
            </p>
          )}
          <p className="mt-1 flex flex-wrap gap-1.5 text-xs">
            {pending.length > 0 && (
              <span className="rounded bg-[#fff1c2] px-1.5 py-0.5 font-semibold text-[#6b4e00]">
                {format(t.toComplete, { fields: pending.map((p) => pendingNames[p]).join(LIST_COMMA[locale]) })}
              </span>
            )}
            {uses === null && <span className="rounded bg-[#fdf3f2] px-1.5 py-0.5 font-semibold text-[#7a1d14]">{t.notTagged}</span>}
            {problems.length > 0 && (
              <span className="rounded bg-[#fdf3f2] px-1.5 py-0.5 font-semibold text-[#7a1d14]">{format(t.problemsCount, { count: problems.length })}</span>
            )}
          </p>
        </div>
        <EntryUses uses={uses} outlets={draft.outlets} locale={locale} t={t} />
        <div className="flex shrink-0 gap-2">
          <button type="button" className={BUTTON} aria-expanded={isOpen} aria-controls={`${domId}-form`} onClick={() => actions.toggle(id)}>
            {isOpen ? t.editing : t.edit}
            <span className="sr-only"> {name}</span>
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => actions.remove(id, name)}
          >
            {t.remove}
            <span className="sr-only"> {name}</span>
          </button>
        </div>
      </div>
      {isOpen && (
        <div id={`${domId}-form`} role="group" aria-label={format(t.editTitle, { name })} className="border-t border-rule px-3 py-3">
          <p className="mb-3 text-xs text-muted">
            {t.fieldId}: <span className="font-mono" dir="ltr">{id}</span>
          </p>
          <EntryForm
            idPrefix={`${domId}-f`}
            fields={fields}
            onChange={(next) => actions.update(id, next)}
            problems={problems}
            actors={draft.actors}
            events={draft.events}
            glosses={glosses}
            pending={pending}
            locale={locale}
            t={t}
          />
          {matrixRow && (
            <div className="mt-4">
              <p className="mb-1 text-sm font-semibold">{t.matrixTitle}</p>
              <LiveMatrix rows={[matrixRow]} outlets={draft.outlets} locale={locale} t={t} testId="entry-matrix-row" />
            </div>
          )}
        </div>
      )}
    </li>
  );
}, isSameRow);
