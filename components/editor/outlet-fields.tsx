import type { OutletInput } from "@/lib/editor/new-case";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { FIELD, HINT, LABEL, SELECT } from "./form-styles";

export interface OutletFieldsProps {
  outlet: OutletInput;
  /** Receives the fields that changed. */
  onChange: (patch: Partial<OutletInput>) => void;
  strings: EditorMessages;
  /** Mark the required fields as such in their labels (on the new-case form, where all is blank). */
  markRequired?: boolean;
  /** A line under the description saying what an empty one becomes. */
  descriptionHint?: string;
}

/** An outlet's fields, the same on the new-case form and in the editor: two names, country, language, description. */
export function OutletFields({ outlet, onChange, strings: t, markRequired = false, descriptionHint }: OutletFieldsProps) {
  const required = markRequired ? <span className="font-normal text-muted">({t.required})</span> : null;
  return (
    <>
      <label className={LABEL}>
        {t.outletName} {required}
        <input value={outlet.name} onChange={(e) => onChange({ name: e.target.value })} className={FIELD} dir="auto" required />
      </label>
      <label className={LABEL}>
        {t.outletNameAr}
        <input value={outlet.nameAr} onChange={(e) => onChange({ nameAr: e.target.value })} className={FIELD} lang="ar" dir="rtl" />
      </label>
      <label className={LABEL}>
        {t.outletCountry} {required}
        <input value={outlet.country} onChange={(e) => onChange({ country: e.target.value })} className={FIELD} dir="auto" required />
      </label>
      <label className={LABEL}>
        {t.outletLanguage}
        <select value={outlet.language} onChange={(e) => onChange({ language: e.target.value as OutletInput["language"] })} className={SELECT}>
          <option value="ar">{t.languageAr}</option>
          <option value="en">{t.languageEn}</option>
        </select>
      </label>
      <label className={`${LABEL} md:col-span-2`}>
        {t.outletDescription}
        <input value={outlet.description} onChange={(e) => onChange({ description: e.target.value })} className={FIELD} dir="auto" />
        {descriptionHint && <span className={`${HINT} font-normal`}>{descriptionHint}</span>}
      </label>
    </>
  );
}
