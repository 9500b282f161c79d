"use client";

import type { CuratorNote, ReferentRule } from "@/lib/case-study/schema";
import type { CaseDraft } from "@/lib/editor/draft";
import { checkReferentDraft, newCuratorNote, newReferentRule, withNote, withRule } from "@/lib/editor/referent-edits";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { referentsEditorMessages } from "@/lib/i18n/referents-editor-messages";
import { BUTTON, DANGER_BUTTON, ERROR_BOX, FIELD, HINT, LABEL, PANEL, SELECT } from "./form-styles";

export interface ReferentsEditorProps {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  locale: Locale;
}

/**
 * A case study's referent rules and curator's notes, edited in place and saved with the rest
 * of the case. What the editor can see is wrong is listed above the forms; the server checks
 * everything again on save, a note's offsets against the tagged text included.
 */
export function ReferentsEditor({ draft, onChange, locale }: ReferentsEditorProps) {
  const t = referentsEditorMessages(locale);
  const rules = draft.referentRules ?? [];
  const notes = draft.curatorNotes ?? [];
  const problems = checkReferentDraft(draft);
  const actorOptions = draft.actors.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name[locale] || a.name.en}
    </option>
  ));

  return (
    <div className="grid gap-8">
      {problems.length > 0 && (
        <div className={ERROR_BOX} data-testid="referent-problems">
          <p className="font-semibold">{t.problemsTitle}</p>
          <ul className="mt-1 list-disc ps-5">
            {problems.map((p) => (
              <li key={`${p.part}-${p.index}-${p.field}-${p.message}`}>
                {format(p.part === "rule" ? t.ruleLabel : t.noteLabel, { n: p.index + 1 })}, {p.field}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="rules-title" className="grid gap-4">
        <div>
          <h2 id="rules-title" className="text-xl font-semibold">
            {t.rulesTitle}
          </h2>
          <p className="text-sm text-muted">{t.rulesHint}</p>
        </div>
        {rules.map((rule, index) => {
          const set = (patch: Partial<ReferentRule>) => onChange(withRule(draft, index, { ...rule, ...patch }));
          return (
            <fieldset key={index} className={`${PANEL} grid gap-3 md:grid-cols-2`} data-testid="referent-rule">
              <legend className="px-1 text-sm font-semibold">{format(t.ruleLabel, { n: index + 1 })}</legend>
              <label className={LABEL}>
                {t.ruleId}
                <input value={rule.id} onChange={(e) => set({ id: e.target.value })} className={FIELD} dir="ltr" />
              </label>
              <label className={LABEL}>
                {t.ruleActor}
                <select value={rule.actor ?? ""} onChange={(e) => set({ actor: e.target.value === "" ? null : e.target.value })} className={SELECT}>
                  <option value="">{t.noActor}</option>
                  {actorOptions}
                </select>
              </label>
              <label className={LABEL}>
                {t.ruleReferent}
                <select value={rule.referent} onChange={(e) => set({ referent: e.target.value })} className={SELECT}>
                  {actorOptions}
                </select>
              </label>
              <label className={LABEL}>
                {t.ruleArticles}
                <select
                  multiple
                  value={rule.articles ?? []}
                  onChange={(e) => {
                    const chosen = [...e.target.selectedOptions].map((o) => o.value);
                    set({ articles: chosen.length > 0 ? chosen : undefined, ...(chosen.length > 0 ? { outlets: undefined } : {}) });
                  }}
                  className={`${FIELD} h-28`}
                >
                  {draft.articles.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.id}
                    </option>
                  ))}
                </select>
              </label>
              <label className={`${LABEL} md:col-span-2`}>
                {t.ruleEntries}
                <input
                  value={(rule.entries ?? []).join(", ")}
                  onChange={(e) => {
                    const ids = e.target.value.split(",").map((id) => id.trim()).filter(Boolean);
                    set({ entries: ids.length > 0 ? ids : undefined });
                  }}
                  className={FIELD}
                  dir="ltr"
                />
              </label>
              <NoteFields value={rule} onChange={set} t={t} />
              <div>
                <button type="button" className={DANGER_BUTTON} onClick={() => onChange(withRule(draft, index, null))}>
                  {t.remove}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className={BUTTON} onClick={() => onChange(withRule(draft, rules.length, newReferentRule(draft)))} disabled={draft.actors.length === 0}>
            {t.addRule}
          </button>
        </div>
      </section>

      <section aria-labelledby="notes-title" className="grid gap-4">
        <div>
          <h2 id="notes-title" className="text-xl font-semibold">
            {t.notesTitle}
          </h2>
          <p className="text-sm text-muted">{t.notesHint}</p>
        </div>
        {notes.map((note, index) => {
          const set = (patch: Partial<CuratorNote>) => onChange(withNote(draft, index, { ...note, ...patch }));
          const text = draft.articles.find((a) => a.id === note.article)?.text ?? "";
          return (
            <fieldset key={index} className={`${PANEL} grid gap-3 md:grid-cols-2`} data-testid="curator-note">
              <legend className="px-1 text-sm font-semibold">{format(t.noteLabel, { n: index + 1 })}</legend>
              <label className={LABEL}>
                {t.noteArticle}
                <select value={note.article} onChange={(e) => set({ article: e.target.value })} className={SELECT}>
                  {draft.articles.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.id}
                    </option>
                  ))}
                </select>
              </label>
              <div className="grid grid-cols-2 gap-3">
                <label className={LABEL}>
                  {t.noteStart}
                  <input type="number" min={0} value={note.start} onChange={(e) => set({ start: Number(e.target.value) })} className={FIELD} dir="ltr" />
                </label>
                <label className={LABEL}>
                  {t.noteEnd}
                  <input type="number" min={1} value={note.end} onChange={(e) => set({ end: Number(e.target.value) })} className={FIELD} dir="ltr" />
                </label>
                <span className={`${HINT} col-span-2`} lang="ar" dir="rtl">
                  {text.slice(note.start, note.end)}
                </span>
              </div>
              <label className={LABEL}>
                {t.noteReferent}
                <select value={note.referent ?? ""} onChange={(e) => set({ referent: e.target.value === "" ? undefined : e.target.value })} className={SELECT}>
                  <option value="">{t.noteReferentSame}</option>
                  {actorOptions}
                </select>
              </label>
              <NoteFields value={note} onChange={set} t={t} />
              <div>
                <button type="button" className={DANGER_BUTTON} onClick={() => onChange(withNote(draft, index, null))}>
                  {t.remove}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className={BUTTON} onClick={() => onChange(withNote(draft, notes.length, newCuratorNote(draft)))} disabled={draft.articles.length === 0}>
            {t.addNote}
          </button>
        </div>
      </section>
    </div>
  );
}

/** A rule's or a note's text, in English and in Arabic. */
function NoteFields({ value, onChange, t }: { value: { note_en: string; note_ar: string }; onChange: (patch: { note_en?: string; note_ar?: string }) => void; t: ReturnType<typeof referentsEditorMessages> }) {
  return (
    <>
      <label className={LABEL}>
        {t.noteEn}
        <textarea value={value.note_en} onChange={(e) => onChange({ note_en: e.target.value })} className={FIELD} lang="en" dir="ltr" rows={3} />
      </label>
      <label className={LABEL}>
        {t.noteAr}
        <textarea value={value.note_ar} onChange={(e) => onChange({ note_ar: e.target.value })} className={FIELD} lang="ar" dir="rtl" rows={3} />
      </label>
    </>
  );
}
