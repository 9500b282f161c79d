"use client";

import { useEffect, useId, useRef, useState } from "react";
import { caseIdFrom, fetchCaseStudyFile } from "@/lib/editor/case-link";
import { type CaseDraft, adoptLexicon, draftFromExchange } from "@/lib/editor/draft";
import type { LexiconEditorMessages } from "@/lib/i18n/lexicon-editor-messages";
import { format } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { INPUT_CLASS } from "./field";
import { BUTTON, PRIMARY_BUTTON } from "../form-styles";

type Source = Pick<CaseDraft, "actors" | "events" | "lexicon">;

export interface LexiconSourceProps {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  announce: (message: string) => void;
  locale: Locale;
  t: LexiconEditorMessages;
}

/** The bundled case study whose lexicon a new one most often starts from. */
const DERNA = "derna";

/**
 * Where the lexicon starts from: Derna's, an empty one, or another case study's (read from
 * `GET /api/cases/<id>`). Replacing a lexicon that has anything in it asks first, saying how
 * much it replaces; nothing is saved until the case study is.
 */
export function LexiconSource({ draft, onChange, announce, locale, t }: LexiconSourceProps) {
  const inputId = useId();
  const [other, setOther] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ source: Source; label: string } | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  function offer(source: Source, label: string) {
    const empty = draft.lexicon.length === 0 && draft.actors.length === 0 && draft.events.length === 0;
    if (empty) apply(source, label);
    else setPending({ source, label });
  }

  function apply(source: Source, label: string) {
    const next = adoptLexicon(draft, source);
    onChange(next);
    setPending(null);
    announce(format(t.replaced, { source: label, entries: next.lexicon.length, actors: next.actors.length, events: next.events.length }));
  }

  async function load(id: string, label?: string) {
    setBusy(true);
    setError(null);
    const fetched = await fetchCaseStudyFile(id, locale);
    setBusy(false);
    if (!fetched.ok) {
      setError(format(t.loadFailed, { id, error: fetched.error }));
      return;
    }
    const source = draftFromExchange(fetched.file);
    offer(source, label ?? format(t.sourceOther, { name: source.name[locale] || source.name.en }));
  }

  return (
    <section aria-labelledby={`${inputId}-title`} className="mb-8 rounded-lg border border-rule bg-white px-4 py-3">
      <h3 id={`${inputId}-title`} className="font-semibold">
        {t.startTitle}
      </h3>
      <p className="mb-3 text-sm text-muted">{t.startNote}</p>
      <div className="flex flex-wrap items-end gap-3">
        <button type="button" className={BUTTON} disabled={busy} onClick={() => load(DERNA, t.sourceDerna)}>
          {t.startDerna}
        </button>
        <button type="button" className={BUTTON} disabled={busy} onClick={() => offer({ actors: [], events: [], lexicon: [] }, t.sourceEmpty)}>
          {t.startEmpty}
        </button>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const id = caseIdFrom(other);
            if (id) void load(id);
          }}
        >
          <div>
            <label htmlFor={inputId} className="mb-1 block text-sm font-semibold">
              {t.startOther}
            </label>
            <input id={inputId} value={other} dir="ltr" placeholder={t.otherCasePlaceholder} onChange={(e) => setOther(e.target.value)} className={`${INPUT_CLASS} w-64 py-1.5 text-sm`} />
          </div>
          <button type="submit" className={BUTTON} disabled={busy || caseIdFrom(other) === null}>
            {busy ? t.loading : t.loadOther}
          </button>
        </form>
      </div>
      {error && (
        <p role="alert" className="mt-3 text-sm font-medium text-[#a4261b]">
          {error}
        </p>
      )}
      {pending && (
        <div ref={confirmRef} tabIndex={-1} role="alertdialog" aria-label={t.startTitle} className="mt-3 rounded-md border border-[#e0b64a] bg-[#fff8e1] px-3 py-2">
          <p className="text-sm">
            {format(t.confirmReplace, { entries: draft.lexicon.length, actors: draft.actors.length, events: draft.events.length, source: pending.label })}
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={PRIMARY_BUTTON} onClick={() => apply(pending.source, pending.label)}>
              {t.confirmButton}
            </button>
            <button type="button" className={BUTTON} onClick={() => setPending(null)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
