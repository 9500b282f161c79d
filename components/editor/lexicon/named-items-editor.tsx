"use client";

import { useId, useState } from "react";
import { ArabicText } from "@/components/ui/arabic-text";
import type { CaseDraft } from "@/lib/editor/draft";
import { type FieldProblem, checkActor, checkEvent } from "@/lib/editor/lexicon-checks";
import { addActor, addEvent, removeActor, removeEvent, updateActor, updateEvent, type References } from "@/lib/editor/lexicon-edits";
import { describeProblem, type LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import { format } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { Field, INPUT_CLASS, describedBy } from "./field";
import { BUTTON } from "../form-styles";
import { AddButtons } from "./add-buttons";
import { LIST_COMMA } from "@/lib/i18n/punctuation";

/** An actor's or an event's editable fields (an actor has no period). */
interface ItemFields {
  name: { en: string; ar: string };
  description: string;
  period: string;
}

export interface NamedItemsEditorProps {
  kind: "actor" | "event";
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  /** Says what happened (added, removed, refused) in the editor's live region. */
  announce: (message: string) => void;
  locale: Locale;
  t: LexiconEditorMessages;
}

/**
 * The actors (or events) of a draft: each with its names and description, edited in place; a
 * form to add one; and a remove button that refuses, saying why, while a term (or an article)
 * still refers to it.
 */
export function NamedItemsEditor({ kind, draft, onChange, announce, locale, t }: NamedItemsEditorProps) {
  const prefix = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ id: string; message: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const items: (ItemFields & { id: string })[] =
    kind === "actor" ? draft.actors.map((a) => ({ ...a, period: "" })) : draft.events.map((e) => ({ ...e }));
  // Names are asked in the languages the case's articles use: a case with no Arabic article needs
  // no Arabic name, and keeps the English one in its place (the case-study format holds both).
  const arabicAsked = draft.articles.some((article) => article.language === "ar");
  const complete = (fields: ItemFields): ItemFields => (arabicAsked || fields.name.ar.trim() ? fields : { ...fields, name: { ...fields.name, ar: fields.name.en } });
  const asTyped = (fields: ItemFields): ItemFields => (arabicAsked || fields.name.ar !== fields.name.en ? fields : { ...fields, name: { ...fields.name, ar: "" } });
  const check = (typed: ItemFields) => {
    const { name, description, period } = complete(typed);
    return kind === "actor" ? checkActor({ name, description }) : checkEvent({ name, period, description });
  };

  function save(id: string, typed: ItemFields) {
    const fields = complete(typed);
    onChange(
      kind === "actor"
        ? updateActor(draft, id, { name: fields.name, description: fields.description })
        : updateEvent(draft, id, { name: fields.name, period: fields.period, description: fields.description }),
    );
  }

  function remove(id: string, name: string) {
    const result = kind === "actor" ? removeActor(draft, id) : removeEvent(draft, id);
    if (result.removed) {
      setRefusal(null);
      onChange(result.draft);
      announce(format(t.removed, { name }));
      return;
    }
    const message = refusalMessage(kind, name, result.references, draft, locale, t);
    setRefusal({ id, message });
    announce(message);
  }

  function add(typed: ItemFields) {
    const fields = complete(typed);
    const result =
      kind === "actor"
        ? addActor(draft, { name: fields.name, description: fields.description })
        : addEvent(draft, { name: fields.name, period: fields.period, description: fields.description });
    onChange(result.draft);
    setAdding(false);
    announce(format(t.added, { name: fields.name[locale] || fields.name.en }));
  }

  return (
    <div data-testid={`${kind}s-editor`}>
      {items.length === 0 && <p className="text-sm text-muted">{kind === "actor" ? t.noActors : t.noEvents}</p>}
      <ul className="grid gap-2">
        {items.map((item) => {
          const name = item.name[locale] || item.name.en || item.id;
          const isOpen = open === item.id;
          return (
            <li key={item.id} data-item={item.id} className="rounded-md border border-rule bg-white px-3 py-2">
              <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold leading-snug">
                    <bdi lang="en">{item.name.en}</bdi>
                    {item.name.ar && item.name.ar !== item.name.en && (
                      <>
                        {" · "}
                        <ArabicText className="text-lg font-medium">{item.name.ar}</ArabicText>
                      </>
                    )}
                    <span className="ms-2 font-mono text-xs font-normal text-muted" dir="ltr">
                      {item.id}
                    </span>
                  </p>
                  {kind === "event" && item.period && <p className="text-xs text-muted">{item.period}</p>}
                  <p className="text-sm text-muted">{item.description}</p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <button type="button" className={BUTTON} aria-expanded={isOpen} onClick={() => setOpen(isOpen ? null : item.id)}>
                    {isOpen ? t.editing : t.edit}
                    <span className="sr-only"> {name}</span>
                  </button>
                  <button type="button" className={BUTTON} onClick={() => remove(item.id, name)}>
                    {t.remove}
                    <span className="sr-only"> {name}</span>
                  </button>
                </div>
              </div>
              {refusal?.id === item.id && (
                <p role="alert" className="mt-2 rounded border border-[#e7b4ad] bg-[#fdf3f2] px-3 py-2 text-sm text-[#7a1d14]">
                  {refusal.message}
                </p>
              )}
              {isOpen && (
                <div className="mt-3 border-t border-rule pt-3">
                  <ItemForm
                    idPrefix={`${prefix}-${item.id}`}
                    kind={kind}
                    fields={asTyped(item)}
                    problems={check(asTyped(item))}
                    onChange={(fields) => save(item.id, fields)}
                    arabicAsked={arabicAsked}
                    t={t}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {adding ? (
        <NewItem kind={kind} idPrefix={`${prefix}-new`} check={check} onAdd={add} onCancel={() => setAdding(false)} arabicAsked={arabicAsked} t={t} />
      ) : (
        <button type="button" className={`${BUTTON} mt-3`} onClick={() => setAdding(true)}>
          + {kind === "actor" ? t.addActor : t.addEvent}
        </button>
      )}
    </div>
  );
}

function refusalMessage(kind: "actor" | "event", name: string, references: References, draft: CaseDraft, locale: Locale, t: LexiconEditorMessages): string {
  const glossOf = (id: string) => draft.lexicon.find((e) => e.id === id)?.gloss ?? id;
  const shown = references.entries.slice(0, 4).map(glossOf);
  const list = [...shown, ...(references.entries.length > shown.length ? ["…"] : [])].join(LIST_COMMA[locale]);
  if (kind === "actor") return format(t.actorRefused, { name, count: references.entries.length, list });
  return format(t.eventRefused, {
    name,
    entries: references.entries.length,
    articles: references.articles.length,
    list: list ? format(t.refusedList, { list }) : "",
  });
}

interface NewItemProps {
  kind: "actor" | "event";
  idPrefix: string;
  check: (fields: ItemFields) => FieldProblem[];
  onAdd: (fields: ItemFields) => void;
  onCancel: () => void;
  arabicAsked: boolean;
  t: LexiconEditorMessages;
}

/** The form for a new actor or event: its problems show once the user tries to add it. */
function NewItem({ kind, idPrefix, check, onAdd, onCancel, arabicAsked, t }: NewItemProps) {
  const [fields, setFields] = useState<ItemFields>({ name: { en: "", ar: "" }, description: "", period: "" });
  const [tried, setTried] = useState(false);
  const problems = check(fields);
  return (
    <form
      className="mt-3 grid gap-3 rounded-md border border-accent bg-white p-3"
      aria-label={kind === "actor" ? t.newActor : t.newEvent}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problems.length === 0) onAdd(fields);
      }}
    >
      <h4 className="font-semibold">{kind === "actor" ? t.newActor : t.newEvent}</h4>
      <ItemForm idPrefix={idPrefix} kind={kind} fields={fields} problems={tried ? problems : []} onChange={setFields} arabicAsked={arabicAsked} t={t} />
      <AddButtons addLabel={t.addButton} cancelLabel={t.cancel} onCancel={onCancel} />
    </form>
  );
}

interface ItemFormProps {
  idPrefix: string;
  kind: "actor" | "event";
  fields: ItemFields;
  problems: readonly FieldProblem[];
  onChange: (fields: ItemFields) => void;
  /** Whether the case has an Arabic article: the Arabic name is then required, otherwise optional. */
  arabicAsked: boolean;
  t: LexiconEditorMessages;
}

function ItemForm({ idPrefix, kind, fields, problems, onChange, arabicAsked, t }: ItemFormProps) {
  const errorFor = (field: string, label: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? { id: `${idPrefix}-${field.replace(".", "-")}-error`, message: describeProblem(problem, label, t) } : undefined;
  };
  const text = (
    field: "name.en" | "name.ar" | "period" | "description",
    label: string,
    value: string,
    set: (v: string) => void,
    extra: { lang: string; dir: "ltr" | "rtl" | "auto"; "aria-required"?: boolean },
  ) => {
    const error = errorFor(field, label);
    const id = `${idPrefix}-${field.replace(".", "-")}`;
    return (
      <Field id={id} label={label} error={error}>
        <input id={id} value={value} onChange={(e) => set(e.target.value)} className={`${INPUT_CLASS} ${extra.lang === "ar" ? "text-lg" : ""}`} {...extra} {...describedBy(error)} />
      </Field>
    );
  };
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {text("name.en", t.nameEn, fields.name.en, (en) => onChange({ ...fields, name: { ...fields.name, en } }), { lang: "en", dir: "ltr", "aria-required": true })}
      {text("name.ar", arabicAsked ? t.nameAr : t.nameArOptional, fields.name.ar, (ar) => onChange({ ...fields, name: { ...fields.name, ar } }), {
        lang: "ar",
        dir: "rtl",
        "aria-required": arabicAsked,
      })}
      {kind === "event" && text("period", t.period, fields.period, (period) => onChange({ ...fields, period }), { lang: "en", dir: "auto" })}
      <div className={kind === "event" ? "" : "md:col-span-2"}>
        {text("description", t.description, fields.description, (description) => onChange({ ...fields, description }), { lang: "en", dir: "auto" })}
      </div>
    </div>
  );
}
