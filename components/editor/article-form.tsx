"use client";

import { type FormEvent, useEffect, useId, useMemo, useState } from "react";
import { type ArticleInput, type ArticleProblem, buildArticle, checkArticleInput, inputFromArticle, precisionOfDate } from "@/lib/editor/article-input";
import type { CaseDraft, DraftArticle } from "@/lib/editor/draft";
import type { DraftLexicon } from "@/lib/editor/live-tagging";
import { fetchApi } from "@/lib/http/api-fetch";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";
import { MAX_TEXT_BYTES, findForbiddenCharacter, utf8Length } from "@/lib/case-study/text-rules";
import type { Translation } from "@/lib/case-study/schema";
import { bodyParagraphs } from "@/lib/case-study/validate-translations";
import { NO_TRANSLATION, type TranslationInput, type TranslationProblem, buildTranslation, checkTranslationInput, framelensOutOfStep, inputFromTranslation } from "@/lib/editor/article-translation";
import { BUTTON, ERROR_BOX, FIELD, HINT, LABEL, PANEL, PRIMARY_BUTTON, SELECT } from "./form-styles";
import { LivePreview } from "./live-preview";
import { TranslationFields } from "./translation-fields";

export interface ArticleFormProps {
  draft: CaseDraft;
  compiled: DraftLexicon;
  /** The article being edited; none to add one. */
  editing?: DraftArticle;
  /** Given the article and its translation from the form (null: it has none). */
  onSubmit: (article: DraftArticle, translation: Translation | null) => void;
  onCancel?: () => void;
  /** Told whether the form holds text that is not in the draft yet. */
  onTyping?: (typing: boolean) => void;
  locale: Locale;
  strings: EditorMessages;
}

type Source = "paste" | "upload" | "url";

/** What `POST /api/import/upload` and `POST /api/import/url` answer. */
interface ImportedText {
  text: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  encoding?: string;
  url?: string;
}

const ARABIC = /\p{Script=Arabic}/u;

/**
 * One article's fields and text, by paste, file upload or address, with the text tagged live
 * beside it. Nothing typed is lost on a refused upload or fetch: the fields keep what they had.
 */
export function ArticleForm({ draft, compiled, editing, onSubmit, onCancel, onTyping, locale, strings: t }: ArticleFormProps) {
  const firstOutlet = draft.outlets[0];
  const blank: ArticleInput = { headline: "", byline: "", date: "", outlet: firstOutlet?.id ?? "", language: firstOutlet?.language ?? "ar", text: "" };
  const [input, setInput] = useState<ArticleInput>(editing ? inputFromArticle(editing) : blank);
  const saved = editing && draft.translations?.find((t) => t.article === editing.id);
  const [translation, setTranslation] = useState<TranslationInput>(inputFromTranslation(saved));
  const [source, setSource] = useState<Source>("paste");
  const [problems, setProblems] = useState<(ArticleProblem | TranslationProblem)[]>([]);
  const [status, setStatus] = useState<{ busy: boolean; message: string | null; error: string | null }>({ busy: false, message: null, error: null });
  const [url, setUrl] = useState("");
  const id = useId();
  const set = (patch: Partial<ArticleInput>) => setInput((current) => ({ ...current, ...patch }));
  const savedTranslation = inputFromTranslation(saved);
  const translationTyped = translation.text !== savedTranslation.text || translation.headline !== savedTranslation.headline;
  const typing = (input.text.trim() !== "" && input.text !== editing?.text) || translationTyped;
  const chromeLines = editing?.chromeLines;
  const original = useMemo(() => bodyParagraphs({ text: input.text, chromeLines: chromeLines ?? [] }), [input.text, chromeLines]);
  const entryIds = useMemo(() => new Set(draft.lexicon.map((e) => e.id)), [draft.lexicon]);
  useEffect(() => {
    onTyping?.(typing);
    return () => onTyping?.(false);
  }, [typing, onTyping]);
  const precision = precisionOfDate(input.date);
  const precisionName = precision === null ? t.precisionNone : { day: t.precisionDay, month: t.precisionMonth, year: t.precisionYear }[precision];

  const fill = (imported: ImportedText, evidence: string) => {
    const date = imported.date?.slice(0, 10) ?? "";
    setInput((current) => ({
      ...current,
      text: imported.text,
      headline: imported.headline ?? current.headline,
      byline: imported.byline ?? current.byline,
      ...(precisionOfDate(date) ? { date, dateEvidence: evidence } : {}),
      language: ARABIC.test(imported.text.slice(0, 2000)) ? "ar" : "en",
    }));
  };

  const request = async (path: string, init: RequestInit): Promise<ImportedText | null> => {
    try {
      const response = await fetchApi(path, locale, init);
      const body = (await response.json().catch(() => ({}))) as ImportedText & { error?: string };
      if (!response.ok) {
        const reason = body.error ?? format(REQUEST_MESSAGES[locale].serverAnswered, { status: response.status });
        setStatus({ busy: false, message: null, error: format(t.serverError, { message: reason }) });
        return null;
      }
      return body;
    } catch {
      setStatus({ busy: false, message: null, error: t.networkError });
      return null;
    }
  };

  const upload = async (file: File) => {
    setStatus({ busy: true, message: format(t.uploadReading, { name: file.name }), error: null });
    const imported = await request(`/api/import/upload?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file, headers: { "content-type": "application/octet-stream" } });
    if (!imported) return;
    fill(imported, `from the metadata of the uploaded file ${file.name}`);
    setStatus({ busy: false, message: format(t.uploadRead, { name: file.name, encoding: imported.encoding ?? "" }), error: null });
  };

  const fetchUrl = async () => {
    setStatus({ busy: true, message: t.urlFetching, error: null });
    const imported = await request("/api/import/url", { method: "POST", body: JSON.stringify({ url }), headers: { "content-type": "application/json" } });
    if (!imported) return;
    fill(imported, `from the page at ${imported.url ?? url}`);
    setStatus({ busy: false, message: format(t.urlRead, { url: imported.url ?? url }), error: null });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = [...checkArticleInput(input, draft.outlets.map((o) => o.id)), ...checkTranslationInput(translation, entryIds)];
    if (framelensOutOfStep(translation, saved, original.length)) found.push("translationOutOfStep");
    setProblems(found);
    if (found.length > 0) return;
    const article = buildArticle(input, draft, editing);
    onSubmit(article, buildTranslation(article.id, translation, saved));
    if (!editing) {
      setInput({ ...blank, outlet: input.outlet, language: input.language });
      setTranslation(NO_TRANSLATION);
      setStatus({ busy: false, message: null, error: null });
    }
  };

  const forbidden = findForbiddenCharacter(input.text);
  const translationForbidden = findForbiddenCharacter(`${translation.headline}\n${translation.text}`);
  const problemText: Record<ArticleProblem | TranslationProblem, string> = {
    text: t.articleProblemText,
    size: format(t.articleProblemSize, { size: utf8Length(input.text).toLocaleString("en"), limit: MAX_TEXT_BYTES.toLocaleString("en") }),
    character: format(t.articleProblemCharacter, { unit: forbidden?.codeUnit ?? "", offset: forbidden?.offset ?? 0 }),
    date: t.articleProblemDate,
    outlet: t.articleProblemOutlet,
    translationSize: format(t.translationProblemSize, { size: (utf8Length(translation.headline) + utf8Length(translation.text)).toLocaleString("en"), limit: MAX_TEXT_BYTES.toLocaleString("en") }),
    translationCharacter: format(t.translationProblemCharacter, { unit: translationForbidden?.codeUnit ?? "", offset: translationForbidden?.offset ?? 0 }),
    translationMark: t.translationProblemMark,
    translationOutOfStep: format(t.translationProblemOutOfStep, { original: original.length, translation: saved?.paragraphs.length ?? 0 }),
  };
  const invalid = (...fields: ArticleProblem[]) => (fields.some((field) => problems.includes(field)) ? { "aria-invalid": true, "aria-describedby": `${id}-problems` } : {});
  const sources: [Source, string][] = [
    ["paste", t.sourcePaste],
    ["upload", t.sourceUpload],
    ["url", t.sourceUrl],
  ];

  return (
    <form onSubmit={submit} className={`${PANEL} grid gap-6`} aria-labelledby={`${id}-title`} noValidate data-testid="article-form">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {editing ? t.editArticleTitle : t.addArticleTitle}
      </h3>

      <div className="grid gap-6 xl:grid-cols-2">
        <div className="grid content-start gap-4">
          <fieldset>
            <legend className={LABEL}>{t.sourceLabel}</legend>
            <div className="mt-2 inline-flex flex-wrap gap-1 rounded-lg border border-rule bg-paper p-1">
              {sources.map(([value, label]) => (
                <label key={value} className={`cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${source === value ? "bg-white text-accent-strong shadow-sm" : "text-muted hover:text-ink"}`}>
                  <input type="radio" name={`${id}-source`} value={value} checked={source === value} onChange={() => setSource(value)} className="sr-only" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>

          {source === "upload" && (
            <label className={LABEL}>
              {t.uploadLabel}
              <input
                type="file"
                accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
                className={`${FIELD} file:me-3 file:rounded file:border-0 file:bg-accent-soft file:px-3 file:py-1 file:font-semibold file:text-accent-strong`}
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  if (file) void upload(file);
                }}
                disabled={status.busy}
                data-testid="upload-input"
              />
            </label>
          )}
          {source === "url" && (
            <div className="flex flex-wrap items-end gap-2">
              <label className={`${LABEL} min-w-0 flex-1`}>
                {t.urlLabel}
                <input type="url" dir="ltr" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} className={FIELD} placeholder="https://" />
              </label>
              <button type="button" className={BUTTON} onClick={() => void fetchUrl()} disabled={status.busy || url.trim() === ""}>
                {status.busy ? t.urlFetching : t.urlFetch}
              </button>
            </div>
          )}
          {(status.message || status.error) && (
            <p role="status" className={status.error ? ERROR_BOX : "text-sm text-accent-strong"} data-testid="import-status">
              {status.error ?? status.message}
            </p>
          )}

          <div className="grid gap-4 sm:grid-cols-2">
            <label className={LABEL}>
              {t.outlet}
              <select
                value={input.outlet}
                onChange={(event) => set({ outlet: event.target.value, language: draft.outlets.find((o) => o.id === event.target.value)?.language ?? input.language })}
                className={SELECT}
                {...invalid("outlet")}
              >
                {draft.outlets.map((outlet) => (
                  <option key={outlet.id} value={outlet.id}>
                    {outlet.name[locale]}
                  </option>
                ))}
              </select>
            </label>
            <label className={LABEL}>
              {t.language}
              <select value={input.language} onChange={(event) => set({ language: event.target.value as "ar" | "en" })} className={SELECT}>
                <option value="ar">{t.languageAr}</option>
                <option value="en">{t.languageEn}</option>
              </select>
            </label>
            <label className={LABEL}>
              {t.date}
              <input
                value={input.date}
                onChange={(event) => set({ date: event.target.value, dateEvidence: undefined })}
                className={FIELD}
                dir="ltr"
                placeholder="YYYY-MM-DD"
                inputMode="numeric"
                aria-describedby={`${id}-date-hint`}
                {...invalid("date")}
              />
              <span id={`${id}-date-hint`} className={`${HINT} font-normal`}>
                {t.dateHint} <strong className="font-semibold text-ink">{format(t.datePrecision, { precision: precisionName })}</strong>
              </span>
            </label>
            <label className={LABEL}>
              {t.byline}
              <input value={input.byline} onChange={(event) => set({ byline: event.target.value })} className={FIELD} dir="auto" />
            </label>
          </div>
          <label className={LABEL}>
            {t.headline}
            <input value={input.headline} onChange={(event) => set({ headline: event.target.value })} className={FIELD} dir="auto" lang={input.language} />
          </label>
          <label className={LABEL}>
            {t.text}
            <textarea
              value={input.text}
              onChange={(event) => set({ text: event.target.value })}
              className={`${FIELD} min-h-64 leading-relaxed ${input.language === "ar" ? "text-lg" : ""}`}
              dir={input.language === "ar" ? "rtl" : "ltr"}
              lang={input.language}
              rows={12}
              data-testid="article-text-input"
              {...invalid("text", "size", "character")}
            />
            <span className={`${HINT} font-normal`}>{t.textHint}</span>
          </label>

          <TranslationFields value={translation} onChange={setTranslation} original={original} language={input.language} byFramelens={saved !== undefined && saved.by !== "editor" && !translationTyped}
            problems={problems.filter((p): p is TranslationProblem => p.startsWith("translation"))} problemsId={`${id}-problems`} strings={t} />

          {problems.length > 0 && (
            <ul id={`${id}-problems`} role="alert" className={`${ERROR_BOX} list-inside list-disc`}>
              {problems.map((problem) => (
                <li key={problem}>{problemText[problem]}</li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={PRIMARY_BUTTON}>
              {editing ? t.updateArticle : t.addArticle}
            </button>
            {onCancel && (
              <button type="button" className={BUTTON} onClick={onCancel}>
                {t.cancel}
              </button>
            )}
          </div>
        </div>

        <LivePreview text={input.text} language={input.language} compiled={compiled} draft={draft} chromeLines={chromeLines} locale={locale} strings={t} />
      </div>
    </form>
  );
}
