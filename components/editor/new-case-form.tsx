"use client";

import { type FormEvent, useState } from "react";
import type { CaseStudyExchange } from "@/lib/case-study/exchange";
import { buildNewCase, checkNewCase, type NewCaseInput, type NewCaseProblem, type OutletInput } from "@/lib/editor/new-case";
import { caseIdFrom, fetchCaseStudyFile } from "@/lib/editor/case-link";
import { rememberCase } from "@/lib/editor/remembered-cases";
import { fetchApi } from "@/lib/http/api-fetch";
import { readSaveFailure, describeProblem } from "@/lib/editor/save-outcome";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { BUTTON, DANGER_BUTTON, ERROR_BOX, FIELD, HINT, LABEL, PANEL, PRIMARY_BUTTON } from "./form-styles";
import { OutletFields } from "./outlet-fields";

export interface NewCaseFormProps {
  /** Entries of the bundled Derna lexicon, for the choice's label. */
  dernaEntries: number;
  locale: Locale;
  strings: EditorMessages;
}

type LexiconChoice = "derna" | "empty" | "other";

const blankOutlet = (): OutletInput => ({ name: "", nameAr: "", country: "", language: "ar", description: "" });

/**
 * The form that makes a case study: its name and description, its outlets, the lexicon it
 * starts from (Derna's, empty, or another case study's); or an exported file imported whole.
 * On success the browser keeps the edit token and opens the editor through the secret link.
 */
export function NewCaseForm({ dernaEntries, locale, strings: t }: NewCaseFormProps) {
  const [input, setInput] = useState<NewCaseInput>({ name: "", nameAr: "", description: "", descriptionAr: "", outlets: [blankOutlet()] });
  const [lexicon, setLexicon] = useState<LexiconChoice>("derna");
  const [other, setOther] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<null | "create" | "import">(null);
  const [importError, setImportError] = useState<string[] | null>(null);

  const setOutlet = (index: number, patch: Partial<OutletInput>) => setInput((current) => ({ ...current, outlets: current.outlets.map((o, i) => (i === index ? { ...o, ...patch } : o)) }));
  const describe = (problem: NewCaseProblem) => {
    if (!("outlet" in problem)) return problem.field === "name" ? t.problemName : t.problemDescription;
    return format(problem.field === "outlet-name" ? t.problemOutletName : t.problemOutletCountry, { n: problem.outlet + 1 });
  };

  const open = (created: { id: string; editToken: string }, name: { en: string; ar: string }) => {
    rememberCase(window.localStorage, { id: created.id, name, token: created.editToken });
    window.location.assign(localizedHref(`/cases/${created.id}/edit?section=articles#token=${encodeURIComponent(created.editToken)}`, locale));
  };

  const post = async (path: string, body: string, fail: (message: string[]) => void): Promise<{ id: string; editToken: string } | null> => {
    try {
      const response = await fetchApi(path, locale, { method: "POST", headers: { "content-type": "application/json" }, body });
      const answer = await response.json().catch(() => null);
      if (response.ok) return answer as { id: string; editToken: string };
      const failure = readSaveFailure(response.status, answer, locale);
      fail(failure.kind === "invalid" ? failure.problems.map(describeProblem) : [format(t.serverError, { message: failure.message })]);
    } catch {
      fail([t.networkError]);
    }
    return null;
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewCase(input).map(describe);
    const reference = lexicon === "other" ? caseIdFrom(other) : lexicon === "derna" ? "derna" : null;
    if (lexicon === "other" && reference === null) found.push(t.problemOtherCase);
    setProblems(found);
    if (found.length > 0) return;
    setBusy("create");
    let source: CaseStudyExchange["caseStudy"] | null = null;
    if (reference) {
      const fetched = await fetchCaseStudyFile(reference, locale);
      if (!fetched.ok) {
        setProblems([format(t.noSuchCase, { reference: other.trim() || reference })]);
        setBusy(null);
        return;
      }
      source = fetched.file.caseStudy;
    }
    const draft = buildNewCase(input, source);
    const created = await post("/api/cases", JSON.stringify(draft), setProblems);
    if (created) open(created, draft.name);
    else setBusy(null);
  };

  const importFile = async (file: File) => {
    setImportError(null);
    setBusy("import");
    let parsed: CaseStudyExchange;
    try {
      parsed = JSON.parse(await file.text()) as CaseStudyExchange;
    } catch {
      setImportError([format(t.importNotJson, { name: file.name })]);
      setBusy(null);
      return;
    }
    const created = await post("/api/cases/import", JSON.stringify(parsed), setImportError);
    if (created) open(created, parsed.caseStudy.name);
    else setBusy(null);
  };

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <form onSubmit={create} noValidate className="grid gap-8" aria-labelledby="new-case-title">
        <section aria-labelledby="about-title" className={`${PANEL} grid gap-4`}>
          <h2 id="about-title" className="text-lg font-semibold">
            {t.aboutCase}
          </h2>
          <p className={HINT}>{t.arabicOptional}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <label className={LABEL}>
              {t.nameEn} <span className="font-normal text-muted">({t.required})</span>
              <input value={input.name} onChange={(e) => setInput({ ...input, name: e.target.value })} className={FIELD} lang="en" dir="ltr" required />
            </label>
            <label className={LABEL}>
              {t.nameAr}
              <input value={input.nameAr} onChange={(e) => setInput({ ...input, nameAr: e.target.value })} className={FIELD} lang="ar" dir="rtl" />
            </label>
            <label className={LABEL}>
              {t.descriptionEn} <span className="font-normal text-muted">({t.required})</span>
              <textarea value={input.description} onChange={(e) => setInput({ ...input, description: e.target.value })} className={FIELD} lang="en" dir="ltr" rows={3} required />
            </label>
            <label className={LABEL}>
              {t.descriptionAr}
              <textarea value={input.descriptionAr} onChange={(e) => setInput({ ...input, descriptionAr: e.target.value })} className={FIELD} lang="ar" dir="rtl" rows={3} />
            </label>
          </div>
        </section>

        <section aria-labelledby="outlets-title" className="grid gap-4">
          <div>
            <h2 id="outlets-title" className="text-lg font-semibold">
              {t.outletsTitle}
            </h2>
            <p className={HINT}>{t.outletsHint}</p>
          </div>
          {input.outlets.map((outlet, index) => (
            <fieldset key={index} className={`${PANEL} grid gap-4 md:grid-cols-2`}>
              <legend className="px-1 text-sm font-semibold text-muted">{format(t.outletNumber, { n: index + 1 })}</legend>
              <OutletFields outlet={outlet} onChange={(patch) => setOutlet(index, patch)} strings={t} markRequired descriptionHint={t.outletDescriptionHint} />
              {input.outlets.length > 1 && (
                <div className="md:col-span-2">
                  <button type="button" className={DANGER_BUTTON} onClick={() => setInput({ ...input, outlets: input.outlets.filter((_, i) => i !== index) })}>
                    {format(t.removeOutlet, { n: index + 1 })}
                  </button>
                </div>
              )}
            </fieldset>
          ))}
          <div>
            <button type="button" className={BUTTON} onClick={() => setInput({ ...input, outlets: [...input.outlets, blankOutlet()] })}>
              {t.addOutlet}
            </button>
          </div>
        </section>

        <fieldset className={`${PANEL} grid gap-3`}>
          <legend className="px-1 text-lg font-semibold">{t.lexiconTitle}</legend>
          <p className={HINT}>{t.lexiconHint}</p>
          {(
            [
              ["derna", format(t.lexiconDerna, { count: dernaEntries })],
              ["empty", t.lexiconEmpty],
              ["other", t.lexiconOther],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-base">
              <input type="radio" name="lexicon" value={value} checked={lexicon === value} onChange={() => setLexicon(value)} className="size-4 accent-accent" />
              {label}
            </label>
          ))}
          {lexicon === "other" && (
            <label className={`${LABEL} ms-6`}>
              {t.lexiconOtherLabel}
              <input value={other} onChange={(e) => setOther(e.target.value)} className={FIELD} dir="ltr" placeholder={t.lexiconOtherPlaceholder} />
            </label>
          )}
        </fieldset>

        {problems.length > 0 && (
          <div role="alert" className={ERROR_BOX} data-testid="create-problems">
            <p className="font-semibold">{t.problemsTitle}</p>
            <ul className="mt-1 list-inside list-disc">
              {problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <button type="submit" className={`${PRIMARY_BUTTON} px-6 py-2.5 text-base`} disabled={busy !== null}>
            {busy === "create" ? t.creating : t.create}
          </button>
        </div>
      </form>

      <aside aria-labelledby="import-title" className={`${PANEL} grid gap-3`}>
        <h2 id="import-title" className="text-lg font-semibold">
          {t.importTitle}
        </h2>
        <p className={HINT}>{t.importHint}</p>
        <label className={LABEL}>
          {t.importFile}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy !== null}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
            }}
            className={`${FIELD} file:me-3 file:rounded file:border-0 file:bg-accent-soft file:px-3 file:py-1 file:font-semibold file:text-accent-strong`}
            data-testid="import-case-input"
          />
        </label>
        {busy === "import" && <p className="text-sm text-muted">{t.importing}</p>}
        {importError && (
          // One item per problem: in a narrow column, run-on lines of several problems blur together.
          <div role="alert" className={ERROR_BOX}>
            {importError.length === 1 ? (
              <p>{importError[0]}</p>
            ) : (
              <ul className="grid list-inside list-disc gap-1">
                {importError.map((message, index) => (
                  <li key={index}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </aside>
    </div>
  );
}
