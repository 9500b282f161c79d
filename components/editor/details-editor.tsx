"use client";

import type { Outlet } from "@/lib/case-study/schema";
import { type CaseDraft, uniqueSlug } from "@/lib/editor/draft";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { format } from "@/lib/i18n/messages";
import { BUTTON, DANGER_BUTTON, FIELD, HINT, LABEL, PANEL } from "./form-styles";
import { OutletFields } from "./outlet-fields";

export interface DetailsEditorProps {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  strings: EditorMessages;
}

/**
 * The case study's name, description and outlets, edited in place. The server checks every
 * field on save and names what is missing; an outlet that articles use cannot be removed here.
 */
export function DetailsEditor({ draft, onChange, strings: t }: DetailsEditorProps) {
  const setText = (key: "name" | "description", language: "en" | "ar", value: string) => onChange({ ...draft, [key]: { ...draft[key], [language]: value } });
  const setOutlet = (index: number, patch: Partial<Outlet>) => onChange({ ...draft, outlets: draft.outlets.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  const addOutlet = () => {
    const id = uniqueSlug("outlet", draft.outlets.map((o) => o.id), "outlet");
    onChange({ ...draft, outlets: [...draft.outlets, { id, name: { en: "", ar: "" }, country: "", language: "ar", description: "" }] });
  };

  return (
    <div className="grid gap-8">
      <section aria-labelledby="details-title" className={`${PANEL} grid gap-4`}>
        <h2 id="details-title" className="text-xl font-semibold">
          {t.detailsTitle}
        </h2>
        <p className="text-sm text-muted">{t.arabicOptional}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <label className={LABEL}>
            {t.nameEn}
            <input value={draft.name.en} onChange={(e) => setText("name", "en", e.target.value)} className={FIELD} lang="en" dir="ltr" required />
          </label>
          <label className={LABEL}>
            {t.nameAr}
            <input value={draft.name.ar} onChange={(e) => setText("name", "ar", e.target.value)} className={FIELD} lang="ar" dir="rtl" />
          </label>
          <label className={LABEL}>
            {t.descriptionEn}
            <textarea value={draft.description.en} onChange={(e) => setText("description", "en", e.target.value)} className={FIELD} lang="en" dir="ltr" rows={4} required />
          </label>
          <label className={LABEL}>
            {t.descriptionAr}
            <textarea value={draft.description.ar} onChange={(e) => setText("description", "ar", e.target.value)} className={FIELD} lang="ar" dir="rtl" rows={4} />
          </label>
        </div>
      </section>

      <section aria-labelledby="outlets-title" className="grid gap-4">
        <div>
          <h2 id="outlets-title" className="text-xl font-semibold">
            {t.outletsTitle}
          </h2>
          <p className="text-sm text-muted">{t.outletsHint}</p>
        </div>
        {draft.outlets.map((outlet, index) => {
          const used = draft.articles.filter((a) => a.outlet === outlet.id).length;
          const n = index + 1;
          return (
            <fieldset key={outlet.id} className={`${PANEL} grid gap-4 md:grid-cols-2`}>
              <legend className="px-1 text-sm font-semibold text-muted">
                {format(t.outletNumber, { n })} · {t.outletId}{" "}
                <code dir="ltr" className="font-mono font-normal">
                  {outlet.id}
                </code>
              </legend>
              <OutletFields
                outlet={{ name: outlet.name.en, nameAr: outlet.name.ar, country: outlet.country, language: outlet.language, description: outlet.description }}
                onChange={({ name, nameAr, ...rest }) =>
                  setOutlet(index, { ...rest, ...(name !== undefined || nameAr !== undefined ? { name: { en: name ?? outlet.name.en, ar: nameAr ?? outlet.name.ar } } : {}) })
                }
                strings={t}
              />
              <div className="md:col-span-2">
                {used > 0 ? (
                  <p className={HINT}>{format(t.outletInUse, { count: used })}</p>
                ) : (
                  <button type="button" className={DANGER_BUTTON} onClick={() => onChange({ ...draft, outlets: draft.outlets.filter((o) => o.id !== outlet.id) })}>
                    {format(t.removeOutlet, { n })}
                  </button>
                )}
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className={BUTTON} onClick={addOutlet}>
            {t.addOutlet}
          </button>
        </div>
      </section>
    </div>
  );
}
