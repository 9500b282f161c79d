"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useEffect, useMemo, useRef, useState } from "react";
import { DistinctiveTermsPanel } from "@/components/editor/distinctive/distinctive-terms-panel";
import { LexiconEditor } from "@/components/editor/lexicon/lexicon-editor";
import { saveBlob } from "@/components/ui/save-file";
import type { CaseStudyExchange } from "@/lib/case-study/exchange";
import { type CaseDraft, draftFromExchange } from "@/lib/editor/draft";
import { compileDraftLexicon } from "@/lib/editor/live-tagging";
import { completeDraft } from "@/lib/editor/new-case";
import { forgetCase, rememberCase, rememberedToken, tokenFromHash } from "@/lib/editor/remembered-cases";
import { describeProblem, readSaveFailure, type SaveFailure } from "@/lib/editor/save-outcome";
import { fetchApi } from "@/lib/http/api-fetch";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ArticlesEditor } from "./articles-editor";
import { DetailsEditor } from "./details-editor";
import { BUTTON, DANGER_BUTTON, ERROR_BOX, PRIMARY_BUTTON } from "./form-styles";
import { ShareLinks } from "./share-links";

/** The editor's sections, in tab order; the chosen one is kept in the URL (`?section=`). */
export const EDITOR_SECTIONS = ["details", "articles", "lexicon", "distinctive"] as const;
type Section = (typeof EDITOR_SECTIONS)[number];

export interface CaseEditorProps {
  caseId: string;
  initialDraft: CaseDraft;
  /** The stored version the draft is based on; null for the bundled case study, which cannot be saved. */
  initialVersion: number | null;
  locale: Locale;
  strings: EditorMessages;
}

type Busy = null | "saving" | "deleting" | "copying" | "loading";

/**
 * A case study being edited: the draft in memory, saved with the secret edit token (read from
 * the edit link's fragment, then kept in this browser), with a version check. Nothing typed is
 * lost: a refused save keeps the draft, names the problems, and after a conflict offers the
 * draft as a download before anything replaces it.
 */
export function CaseEditor({ caseId, initialDraft, initialVersion, locale, strings: t }: CaseEditorProps) {
  const bundled = initialVersion === null;
  const [draft, setDraft] = useState(initialDraft);
  const [saved, setSaved] = useState({ draft: initialDraft, version: initialVersion ?? 0 });
  const [token, setToken] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [section, setSection] = useQueryState("section", parseAsStringLiteral(EDITOR_SECTIONS).withDefault("details"));
  const dirty = draft !== saved.draft;
  // Text typed into the article form but not added yet: leaving would lose it too.
  const [typing, setTyping] = useState(false);
  const unsaved = dirty || typing;
  // A section once opened stays mounted (hidden), so switching away loses nothing typed in it.
  const [opened, setOpened] = useState<ReadonlySet<Section>>(() => new Set([section]));
  useEffect(() => setOpened((current) => (current.has(section) ? current : new Set([...current, section]))), [section]);
  const compiled = useMemo(() => compileDraftLexicon(draft.lexicon), [draft.lexicon]);
  const savedTexts = useMemo(() => new Map(saved.draft.articles.map((a) => [a.id, a.text])), [saved.draft]);
  const failureRef = useRef<HTMLDivElement>(null);
  // Set when the editor itself leaves (after a delete or a copy): nothing is left to warn about.
  const leaving = useRef(false);

  // The token arrives in the fragment once; it is kept here and taken out of the address bar.
  useEffect(() => {
    if (bundled) return;
    const fromHash = tokenFromHash(window.location.hash);
    if (fromHash) {
      rememberCase(window.localStorage, { id: caseId, name: initialDraft.name, token: fromHash });
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
      setToken(fromHash);
    } else {
      setToken(rememberedToken(window.localStorage, caseId));
    }
  }, [bundled, caseId, initialDraft.name]);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = t.leaveWarning;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved, t.leaveWarning]);

  // Links inside the app navigate without unloading the page: ask before they drop the draft too.
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || link.target === "_blank") return;
      if (link.origin !== window.location.origin || link.pathname === window.location.pathname) return;
      if (!window.confirm(t.leaveWarning)) event.preventDefault();
    };
    document.addEventListener("click", ask, true);
    return () => document.removeEventListener("click", ask, true);
  }, [unsaved, t.leaveWarning]);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const send = async (path: string, init: RequestInit): Promise<{ ok: true; response: Response } | { ok: false }> => {
    try {
      const response = await fetchApi(path, locale, init);
      if (response.ok) return { ok: true, response };
      setFailure(readSaveFailure(response.status, await response.json().catch(() => null), locale));
    } catch {
      setFailure({ kind: "network", message: t.networkError });
    }
    return { ok: false };
  };

  const save = async (baseVersion = saved.version) => {
    if (!token) return;
    const sent = draft;
    const body = completeDraft(sent);
    setBusy("saving");
    setFailure(null);
    const result = await send(`/api/cases/${caseId}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ version: baseVersion, caseStudy: body }),
    });
    setBusy(null);
    if (!result.ok) return;
    const { version } = (await result.response.json()) as { version: number };
    setSaved({ draft: body, version });
    // What was typed during the save stays, and stays unsaved.
    setDraft((current) => (current === sent ? body : current));
    rememberCase(window.localStorage, { id: caseId, name: body.name, token });
  };

  const downloadDraft = () => {
    const file: CaseStudyExchange = { schema: "framelens.case-study", version: 1, exportedAt: new Date().toISOString(), caseStudy: { id: caseId, ...draft } };
    saveBlob(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }), `framelens-${caseId}-draft.json`);
  };

  const loadTheirs = async () => {
    if (!window.confirm(t.conflictLoadConfirm)) return;
    setBusy("loading");
    const result = await send(`/api/cases/${caseId}`, { cache: "no-store" });
    setBusy(null);
    if (!result.ok) return;
    const version = Number((result.response.headers.get("etag") ?? "").replace(/\D/g, ""));
    const theirs = draftFromExchange((await result.response.json()) as CaseStudyExchange);
    setSaved({ draft: theirs, version });
    setDraft(theirs);
    setFailure(null);
  };

  const remove = async () => {
    if (!token || !window.confirm(format(t.deleteConfirm, { name: draft.name[locale] || draft.name.en }))) return;
    setBusy("deleting");
    const result = await send(`/api/cases/${caseId}?version=${saved.version}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    if (!result.ok) {
      setBusy(null);
      return;
    }
    forgetCase(window.localStorage, caseId);
    leaving.current = true;
    window.location.assign(localizedHref("/", locale));
  };

  const copy = async () => {
    setBusy("copying");
    setFailure(null);
    const body = completeDraft(draft);
    const named = { ...body, name: { en: `${body.name.en} ${t.copySuffix}`, ar: `${body.name.ar} ${t.copySuffix}` } };
    const result = await send("/api/cases", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(named) });
    if (!result.ok) {
      setBusy(null);
      return;
    }
    const created = (await result.response.json()) as { id: string; editToken: string };
    rememberCase(window.localStorage, { id: created.id, name: named.name, token: created.editToken });
    leaving.current = true;
    window.location.assign(localizedHref(`/cases/${created.id}/edit#token=${encodeURIComponent(created.editToken)}`, locale));
  };

  const tabs: [Section, string][] = [
    ["details", t.sectionDetails],
    ["articles", format(t.sectionArticles, { count: draft.articles.length })],
    ["lexicon", format(t.sectionLexicon, { count: draft.lexicon.length })],
    ["distinctive", t.sectionDistinctive],
  ];
  const canSave = !bundled && token !== null;

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{format(t.editTitle, { name: draft.name[locale] || draft.name.en })}</h1>

      {bundled ? (
        <div className="grid gap-3 rounded-xl border border-accent/40 bg-accent-soft px-5 py-4" data-testid="bundled-notice">
          <h2 className="font-semibold text-accent-strong">{t.bundledTitle}</h2>
          <p className="text-sm">{t.bundledBody}</p>
          <div>
            <button type="button" className={PRIMARY_BUTTON} onClick={() => void copy()} disabled={busy !== null}>
              {busy === "copying" ? t.copying : t.makeCopy}
            </button>
          </div>
        </div>
      ) : (
        !token && (
          <div className="rounded-xl border border-amber-300 bg-amber-50 px-5 py-4 text-amber-950" role="note" data-testid="read-only-notice">
            <h2 className="font-semibold">{t.readOnlyTitle}</h2>
            <p className="mt-1 text-sm">{t.readOnlyBody}</p>
          </div>
        )
      )}

      <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-rule bg-paper/95 px-3 py-2 shadow-sm backdrop-blur print:hidden">
        <p className={`me-auto text-sm font-semibold ${dirty ? "text-amber-800" : "text-muted"}`} role="status" data-testid="save-status">
          {dirty ? t.unsaved : bundled ? "" : format(t.saved, { version: saved.version })}
        </p>
        {!bundled && (
          <button type="button" className={PRIMARY_BUTTON} onClick={() => void save()} disabled={!canSave || busy !== null || !dirty}>
            {busy === "saving" ? t.saving : t.save}
          </button>
        )}
        <button type="button" className={BUTTON} onClick={downloadDraft}>
          {t.downloadDraft}
        </button>
        <a href={`/api/cases/${caseId}/export`} download className={BUTTON}>
          {t.exportFile}
        </a>
        {canSave && (
          <button type="button" className={DANGER_BUTTON} onClick={() => void remove()} disabled={busy !== null}>
            {busy === "deleting" ? t.deleting : t.deleteCase}
          </button>
        )}
      </div>

      {failure && (
        <div ref={failureRef} tabIndex={-1} role="alert" className={`${ERROR_BOX} grid gap-3`} data-testid="save-failure">
          <FailureText failure={failure} version={saved.version} strings={t} />
          {failure.kind === "conflict" && (
            <div className="flex flex-wrap gap-2">
              <button type="button" className={BUTTON} onClick={downloadDraft}>
                {t.conflictDownload}
              </button>
              <button type="button" className={BUTTON} onClick={() => void loadTheirs()} disabled={busy !== null}>
                {t.conflictLoad}
              </button>
              {failure.theirVersion !== null && (
                <button type="button" className={DANGER_BUTTON} onClick={() => void save(failure.theirVersion ?? saved.version)} disabled={busy !== null}>
                  {t.conflictOverwrite}
                </button>
              )}
            </div>
          )}
        </div>
      )}

      {!bundled && <ShareLinks caseId={caseId} token={token} strings={t} />}

      <nav aria-label={t.sections} className="border-b border-rule">
        <ul className="-mb-px flex flex-wrap gap-x-1">
          {tabs.map(([id, label]) => (
            <li key={id}>
              <button
                type="button"
                onClick={() => void setSection(id)}
                aria-current={section === id ? "page" : undefined}
                className={`border-b-2 px-3 py-2 text-sm font-semibold ${section === id ? "border-accent text-accent-strong" : "border-transparent text-muted hover:border-rule hover:text-ink"}`}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      {EDITOR_SECTIONS.filter((id) => opened.has(id)).map((id) => (
        <div key={id} hidden={id !== section} data-testid={`section-${id}`}>
          {id === "details" && <DetailsEditor draft={draft} onChange={setDraft} strings={t} />}
          {id === "articles" && (
            <ArticlesEditor caseId={caseId} draft={draft} compiled={compiled} onChange={setDraft} onTyping={setTyping} savedTexts={savedTexts} lexiconSaved={draft.lexicon === saved.draft.lexicon} locale={locale} strings={t} />
          )}
          {id === "lexicon" && <LexiconEditor caseId={caseId} draft={draft} onChange={setDraft} locale={locale} />}
          {id === "distinctive" && <DistinctiveTermsPanel caseId={caseId} draft={draft} onChange={setDraft} locale={locale} />}
        </div>
      ))}
    </div>
  );
}

function FailureText({ failure, version, strings: t }: { failure: SaveFailure; version: number; strings: EditorMessages }) {
  switch (failure.kind) {
    case "conflict":
      return (
        <div>
          <h2 className="font-semibold">{t.conflictTitle}</h2>
          <p>{format(t.conflictBody, { theirs: failure.theirVersion ?? "?", yours: version })}</p>
        </div>
      );
    case "invalid":
      return (
        <div>
          <h2 className="font-semibold">{t.invalidTitle}</h2>
          {/* The server names each problem in the page's language (fetchApi asks for it). */}
          <ul className="mt-1 list-inside list-disc">
            {failure.problems.map((problem, index) => (
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </div>
      );
    default:
      return (
        <div>
          <h2 className="font-semibold">{t.refusedTitle}</h2>
          <p>{failure.kind === "network" ? failure.message : format(t.serverError, { message: failure.message })}</p>
        </div>
      );
  }
}
