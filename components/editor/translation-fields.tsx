"use client";

import { useId, useState } from "react";
import type { TranslationInput, TranslationProblem } from "@/lib/editor/article-translation";
import { MAX_TEXT_BYTES } from "@/lib/case-study/text-rules";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { format } from "@/lib/i18n/messages";
import { ERROR_BOX, FIELD, HINT, LABEL } from "./form-styles";
import { TranslationAlignment } from "./translation-alignment";

export interface TranslationFieldsProps {
  value: TranslationInput;
  onChange: (next: TranslationInput) => void;
  /** The original's body paragraphs, as the reader shows them. */
  original: readonly string[];
  language: "ar" | "en";
  /** True when the translation in the fields is Framelens's, unchanged. */
  byFramelens: boolean;
  /** Problems found on submit, and where the form lists them. */
  problems: readonly TranslationProblem[];
  problemsId: string;
  strings: EditorMessages;
}

/**
 * The article's English translation, pasted or read from a .txt file, with its alignment to
 * the original. A refused file changes nothing: the field keeps what it had.
 */
export function TranslationFields({ value, onChange, original, language, byFramelens, problems, problemsId, strings: t }: TranslationFieldsProps) {
  const id = useId();
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null);
  const invalid = problems.length > 0 ? { "aria-invalid": true, "aria-describedby": `${id}-hint ${problemsId}` } : { "aria-describedby": `${id}-hint` };

  const upload = async (file: File) => {
    // Checked before reading, so a huge file is refused without being held in memory.
    if (file.size > MAX_TEXT_BYTES) {
      setStatus({ error: true, message: format(t.translationUploadTooLarge, { name: file.name, size: file.size.toLocaleString("en"), limit: MAX_TEXT_BYTES.toLocaleString("en") }) });
      return;
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      setStatus({ error: true, message: format(t.translationUploadNotText, { name: file.name }) });
      return;
    }
    const paragraphs = text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== "").length;
    onChange({ ...value, text: text.replace(/^\uFEFF/u, "") });
    setStatus({ error: false, message: format(t.translationUploadRead, { name: file.name, paragraphs }) });
  };

  return (
    <fieldset className="grid min-w-0 gap-3 rounded-lg border border-rule p-4" data-testid="translation-fields">
      <legend className={`${LABEL} px-1`}>{t.translationTitle}</legend>
      <p id={`${id}-hint`} className={`${HINT} mt-0`}>
        {t.translationHint}
      </p>
      {byFramelens && <p className="text-sm text-ink">{t.translationByFramelens}</p>}
      <label className={LABEL}>
        {t.translationHeadline}
        <input value={value.headline} onChange={(event) => onChange({ ...value, headline: event.target.value })} className={FIELD} lang="en" dir="ltr" data-testid="translation-headline-input" />
      </label>
      <label className={LABEL}>
        {t.translationText}
        <textarea
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
          className={`${FIELD} min-h-48 leading-relaxed`}
          lang="en"
          dir="ltr"
          rows={10}
          data-testid="translation-input"
          {...invalid}
        />
      </label>
      <label className={LABEL}>
        {t.translationUpload}
        <input
          type="file"
          accept=".txt,text/plain"
          className={`${FIELD} file:me-3 file:rounded file:border-0 file:bg-accent-soft file:px-3 file:py-1 file:font-semibold file:text-accent-strong`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void upload(file);
          }}
          data-testid="translation-upload"
        />
      </label>
      {status && (
        <p role="status" className={status.error ? ERROR_BOX : "text-sm text-accent-strong"} data-testid="translation-upload-status">
          {status.message}
        </p>
      )}
      <TranslationAlignment original={original} translation={value.text} language={language} strings={t} />
    </fieldset>
  );
}
