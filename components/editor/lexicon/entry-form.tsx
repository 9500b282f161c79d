"use client";

import { useState } from "react";
import { CATEGORY_IDS, STANCES, type Actor, type CaseEvent, type CategoryId, type Stance } from "@/lib/case-study/schema";
import { categoryColor, STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";
import type { FieldProblem } from "@/lib/editor/lexicon-checks";
import { displayForm } from "@/lib/engine";
import { type EntryFields, defaultStance, setEntryActor } from "@/lib/editor/lexicon-edits";
import { describeProblem, type LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import { format } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_NAMES, PLAIN_NAME, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { Field, FieldMessage, INPUT_CLASS, SELECT_CLASS, describedBy, scriptOf, type FieldError } from "./field";
import { BUTTON } from "../form-styles";

/** The select's value for a label with no framing category (a plain name). */
const PLAIN_NAME_VALUE = "plain-name";

export interface EntryFormProps {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  fields: EntryFields;
  onChange: (fields: EntryFields) => void;
  /** The problems to show, each under its field. */
  problems: readonly FieldProblem[];
  actors: readonly Pick<Actor, "id" | "name">[];
  events: readonly Pick<CaseEvent, "id" | "name">[];
  /** Other entries' glosses by id, to name the term a form already belongs to. */
  glosses: ReadonlyMap<string, string>;
  /** Fields still holding a suggestion's placeholder. */
  pending?: readonly string[];
  locale: Locale;
  t: LexiconEditorMessages;
}

/**
 * The fields of a framing term: its forms (several, Arabic right to left), English gloss,
 * category, actor with its stance, event, why it frames, and optional exceptions. Every change
 * goes straight to `onChange`. The stance is always on show: preset from the category until the
 * user picks one, held here while no actor is picked (the saved entry has a stance exactly when
 * it has an actor), and the form says so when it is left unset.
 */
export function EntryForm({ idPrefix, fields, onChange, problems, actors, events, glosses, pending = [], locale, t }: EntryFormProps) {
  const id = (name: string) => `${idPrefix}-${name.replace(/\./g, "-")}`;
  const errorFor = (field: string, label: string): FieldError | undefined => {
    const problem = problems.find((p) => p.field === field);
    if (!problem) return undefined;
    const other = problem.detail ? glosses.get(problem.detail) : undefined;
    return { id: `${id(field)}-error`, message: describeProblem(problem, label, t, other ? `${other} (${problem.detail})` : undefined) };
  };
  const set = (patch: Partial<EntryFields>) => onChange({ ...fields, ...patch });
  // Whether the user has picked a stance (an entry that already has one counts): until then it follows the category.
  const [stancePicked, setStancePicked] = useState(fields.stance !== null);
  // A stance picked while no actor is: the entry takes it with its actor.
  const [heldStance, setHeldStance] = useState<Stance | null>(null);
  const stance = fields.stance ?? heldStance ?? defaultStance(fields.category);
  const pickStance = (next: Stance) => {
    setStancePicked(true);
    if (fields.actor === null) setHeldStance(next);
    else set({ stance: next });
  };
  const pickCategory = (category: EntryFields["category"]) =>
    set({ category, ...(fields.actor !== null && !stancePicked ? { stance: defaultStance(category) } : {}) });
  const pickActor = (actor: string | null) => {
    if (actor === null && fields.stance !== null && stancePicked) setHeldStance(fields.stance);
    onChange(setEntryActor(fields, actor, stance));
  };
  const formsError = errorFor("forms", t.forms);
  const pendingMark = (field: string) => (pending.includes(field) ? <PendingMark label={t.pendingField} /> : null);

  return (
    <div className="grid gap-4">
      <fieldset className="grid gap-2" aria-describedby={formsError?.id}>
        <legend className="mb-1 text-sm font-semibold text-ink">{t.forms}</legend>
        {fields.forms.map((form, i) => {
          const label = format(t.form, { n: i + 1 });
          const error = errorFor(`forms.${i}`, label);
          return (
            <div key={i}>
              <div className="flex items-center gap-2">
                <label htmlFor={id(`forms.${i}`)} className="w-20 shrink-0 text-sm text-muted">
                  {label}
                </label>
                <input
                  id={id(`forms.${i}`)}
                  value={form}
                  {...scriptOf(form)}
                  onChange={(e) => set({ forms: fields.forms.map((f, k) => (k === i ? e.target.value : f)) })}
                  className={`${INPUT_CLASS} text-lg`}
                  {...describedBy(error)}
                />
                <button
                  type="button"
                  className={BUTTON}
                  aria-label={format(t.removeForm, { n: i + 1 })}
                  onClick={() => set({ forms: fields.forms.filter((_, k) => k !== i) })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              {/* A form written as a pattern (متطرف{fpa}) shows what it stands for as the glossary will show it. */}
              {!error && displayForm(form) !== form && (
                <p lang="ar" dir="rtl" className="ms-22 text-sm text-muted" data-testid="form-reading">
                  {displayForm(form)}
                </p>
              )}
              {error && <FieldMessage error={error} />}
            </div>
          );
        })}
        <div>
          <button type="button" className={BUTTON} onClick={() => set({ forms: [...fields.forms, ""] })}>
            + {t.addForm}
          </button>
        </div>
        {formsError && <FieldMessage error={formsError} />}
      </fieldset>

      <div className="grid gap-4 md:grid-cols-2">
        <Field id={id("gloss")} label={t.gloss} error={errorFor("gloss", t.gloss)}>
          <div className="flex items-center gap-2">
            <input
              id={id("gloss")}
              lang="en"
              dir="ltr"
              value={fields.gloss}
              onChange={(e) => set({ gloss: e.target.value })}
              className={INPUT_CLASS}
              {...describedBy(errorFor("gloss", t.gloss))}
            />
            {pendingMark("gloss")}
          </div>
        </Field>
        <Field id={id("category")} label={t.category} error={errorFor("category", t.category)}>
          <div className="flex items-center gap-2">
            <span aria-hidden="true" className="size-4 shrink-0 rounded-sm ring-1 ring-black/20" style={{ background: categoryColor(fields.category) }} />
            <select id={id("category")} value={fields.category ?? PLAIN_NAME_VALUE} onChange={(e) => pickCategory(e.target.value === PLAIN_NAME_VALUE ? null : (e.target.value as CategoryId))} className={SELECT_CLASS}>
              {CATEGORY_IDS.map((category) => (
                <option key={category} value={category}>
                  {CATEGORY_NAMES[locale][category]}
                </option>
              ))}
              <option value={PLAIN_NAME_VALUE}>{PLAIN_NAME[locale]}</option>
            </select>
            {pendingMark("category")}
          </div>
        </Field>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <div className="grid gap-2">
          <Field id={id("actor")} label={t.actor} error={errorFor("actor", t.actor)}>
            <select
              id={id("actor")}
              value={fields.actor ?? ""}
              onChange={(e) => pickActor(e.target.value === "" ? null : e.target.value)}
              className={SELECT_CLASS}
              {...describedBy(errorFor("actor", t.actor))}
            >
              <option value="">{t.noActor}</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name[locale]}
                </option>
              ))}
              {fields.actor !== null && !actors.some((a) => a.id === fields.actor) && <option value={fields.actor}>{fields.actor}</option>}
            </select>
          </Field>
          <fieldset aria-describedby={fields.actor === null ? id("stance-unset") : undefined} data-testid="stance-choice">
            <legend className="mb-1 text-sm font-semibold text-ink">{t.stance}</legend>
            <div className="flex flex-wrap gap-2">
              {STANCES.map((option) => (
                <StanceOption
                  key={option}
                  name={id("stance")}
                  stance={option}
                  checked={stance === option}
                  label={STANCE_NAMES[locale][option]}
                  onSelect={() => pickStance(option)}
                />
              ))}
            </div>
            {fields.actor === null && (
              <p id={id("stance-unset")} className="mt-1 text-sm text-muted" data-testid="stance-unset">
                {t.stanceUnset}
              </p>
            )}
          </fieldset>
        </div>
        <Field id={id("event")} label={t.event} error={errorFor("event", t.event)}>
          <select
            id={id("event")}
            value={fields.event ?? ""}
            onChange={(e) => set({ event: e.target.value === "" ? null : e.target.value })}
            className={SELECT_CLASS}
            {...describedBy(errorFor("event", t.event))}
          >
            <option value="">{t.noEvent}</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.name[locale]}
              </option>
            ))}
            {fields.event !== null && !events.some((e) => e.id === fields.event) && <option value={fields.event}>{fields.event}</option>}
          </select>
        </Field>
      </div>

      <Field id={id("note")} label={t.note} error={errorFor("note", t.note)}>
        <div className="flex items-start gap-2">
          <textarea
            id={id("note")}
            lang="en"
            dir="auto"
            rows={3}
            value={fields.note}
            placeholder={t.notePlaceholder}
            onChange={(e) => set({ note: e.target.value })}
            className={INPUT_CLASS}
            {...describedBy(errorFor("note", t.note))}
          />
          {pendingMark("note")}
        </div>
      </Field>

      <Field id={id("note_ar")} label={t.noteAr} error={errorFor("note_ar", t.noteAr)}>
        <textarea
          id={id("note_ar")}
          lang="ar"
          dir="rtl"
          rows={3}
          value={fields.note_ar ?? ""}
          placeholder={t.noteArPlaceholder}
          // An emptied Arabic note is no note: the Arabic interface then shows the English one.
          onChange={(e) => set({ note_ar: e.target.value === "" ? undefined : e.target.value })}
          className={INPUT_CLASS}
          {...describedBy(errorFor("note_ar", t.noteAr))}
        />
      </Field>

      <details className="rounded-md border border-rule bg-paper px-3 py-2" open={Boolean(fields.except?.before?.length || fields.except?.after?.length)}>
        <summary className="cursor-pointer text-sm font-semibold text-ink">{t.exceptions}</summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          <PhraseList id={id("except-before")} label={t.exceptBefore} phrases={fields.except?.before ?? []} onChange={(before) => set({ except: tidyExcept({ ...fields.except, before }) })} />
          <PhraseList id={id("except-after")} label={t.exceptAfter} phrases={fields.except?.after ?? []} onChange={(after) => set({ except: tidyExcept({ ...fields.except, after }) })} />
        </div>
      </details>
    </div>
  );
}

/** Exceptions without empty lists, and none at all when both are empty (the schema's optional). */
function tidyExcept(except: { before?: string[]; after?: string[] }): EntryFields["except"] {
  const before = except.before?.length ? except.before : undefined;
  const after = except.after?.length ? except.after : undefined;
  if (!before && !after) return undefined;
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

function StanceOption({ name, stance, checked, label, onSelect }: { name: string; stance: Stance; checked: boolean; label: string; onSelect: () => void }) {
  return (
    <label
      className="flex cursor-pointer items-center gap-2 rounded-md border-2 bg-white px-3 py-1.5 text-sm has-checked:bg-accent-soft has-focus-visible:outline-3 has-focus-visible:outline-focus"
      style={{ borderColor: checked ? STANCE_COLORS[stance] : "var(--color-rule)" }}
    >
      <input type="radio" name={name} value={stance} checked={checked} onChange={onSelect} className="sr-only" />
      <span aria-hidden="true" className="font-bold" style={{ color: STANCE_COLORS[stance] }}>
        {STANCE_SIGNS[stance]}
      </span>
      {label}
    </label>
  );
}

/** A list of phrases edited as lines of text: blank lines are kept while typing, never saved. */
function PhraseList({ id, label, phrases, onChange }: { id: string; label: string; phrases: readonly string[]; onChange: (phrases: string[]) => void }) {
  const [text, setText] = useState(phrases.join("\n"));
  return (
    <Field id={id} label={label}>
      <textarea
        id={id}
        rows={2}
        value={text}
        {...scriptOf(text)}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value.split("\n").map((line) => line.trim()).filter(Boolean));
        }}
        className={INPUT_CLASS}
      />
    </Field>
  );
}

/** A small "to complete" marker beside a field that still holds a placeholder. */
function PendingMark({ label }: { label: string }) {
  return (
    <span className="shrink-0 rounded bg-[#fff1c2] px-1.5 py-0.5 text-xs font-semibold text-[#6b4e00]" title={label}>
      !<span className="sr-only"> {label}</span>
    </span>
  );
}
