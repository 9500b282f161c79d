"use client";

import { useQueryState } from "nuqs";
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from "react";
import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import { buildGlossary } from "@/lib/comparison/glossary";
import { buildActorMatrix } from "@/lib/comparison/label-matrix";
import type { CaseDraft } from "@/lib/editor/draft";
import { analyzeDraftOnce } from "@/lib/editor/draft-analysis";
import { LEXICON_EDITOR_MESSAGES } from "@/lib/i18n/lexicon-editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { EntryList } from "./entry-list";
import { LexiconSource } from "./lexicon-source";
import { LiveMatrix } from "./live-matrix";
import { NamedItemsEditor } from "./named-items-editor";

/** What the case editor hands the lexicon editor: the whole draft, and where a changed one goes. */
export interface LexiconEditorProps {
  caseId: string;
  draft: CaseDraft;
  /** Receives the changed draft (actors, events, lexicon); the editor re-tags its articles from it. */
  onChange: (next: CaseDraft) => void;
  locale: Locale;
}

/** The URL parameter naming the term whose form is open (the distinctive-terms panel sets it too). */
export const ENTRY_PARAM = "entry";

/**
 * The case study's actors, events and framing terms, editable, with the draft re-tagged on
 * every change: each term's mentions per outlet and a live actor × outlet matrix follow before
 * anything is saved. Tagging runs on a deferred copy of the draft, once per change, so typing
 * stays responsive on a large case study.
 */
export function LexiconEditor({ caseId, draft, onChange, locale }: LexiconEditorProps) {
  const t = LEXICON_EDITOR_MESSAGES[locale];
  const deferred = useDeferredValue(draft);
  const { analysis, untagged } = useMemo(() => analyzeDraftOnce(caseId, deferred), [caseId, deferred]);
  const counts = useMemo(() => new Map(buildGlossary(analysis).map((g) => [g.entry.id, g])), [analysis]);
  const rows = useMemo(() => buildActorMatrix(analysis), [analysis]);
  const [openId, setOpenId] = useQueryState(ENTRY_PARAM);
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  const updating = deferred !== draft;
  const paragraph = (text: string) => (
    <p>
      <MixedText>{text}</MixedText>
    </p>
  );

  return (
    <div data-testid="lexicon-editor" aria-busy={updating}>
      <header className="mb-4 max-w-3xl">
        <h2 className="text-2xl font-semibold tracking-tight">{t.title}</h2>
        <p className="mt-1 text-base leading-relaxed text-muted">{t.intro}</p>
      </header>
      <HowToRead title={t.howToRead}>
        {paragraph(t.howCounts)}
        {paragraph(t.howForms)}
        {paragraph(t.howStance)}
      </HowToRead>
      <p role="status" aria-live="polite" className="sr-only" data-testid="lexicon-status">
        {message}
      </p>

      <LexiconSource draft={draft} onChange={onChange} announce={announce} locale={locale} t={t} />

      <div className="grid gap-12">
        <Block id="live-matrix" title={t.matrixTitle} note={t.matrixNote}>
          <div className={updating ? "opacity-70 transition-opacity" : "transition-opacity"}>
            <LiveMatrix rows={rows} outlets={draft.outlets} locale={locale} t={t} />
          </div>
        </Block>
        <Block id="terms" title={t.termsTitle}>
          <EntryList
            draft={draft}
            onChange={onChange}
            counts={counts}
            untagged={untagged}
            rows={rows}
            openId={openId}
            setOpenId={(id) => void setOpenId(id)}
            announce={announce}
            locale={locale}
            t={t}
          />
        </Block>
        <Block id="actors" title={t.actorsTitle} note={t.actorsNote}>
          <NamedItemsEditor kind="actor" draft={draft} onChange={onChange} announce={announce} locale={locale} t={t} />
        </Block>
        <Block id="events" title={t.eventsTitle} note={t.eventsNote}>
          <NamedItemsEditor kind="event" draft={draft} onChange={onChange} announce={announce} locale={locale} t={t} />
        </Block>
      </div>
    </div>
  );
}

function Block({ id, title, note, className, children }: { id: string; title: string; note?: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`lexicon-${id}-title`} className={className}>
      <h3 id={`lexicon-${id}-title`} className="text-xl font-semibold tracking-tight">
        {title}
      </h3>
      {note && <p className="mb-3 mt-1 text-sm text-muted">{note}</p>}
      {!note && <div className="mb-3" />}
      {children}
    </section>
  );
}
