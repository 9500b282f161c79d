import { parseAsStringLiteral, useQueryState } from "nuqs";
import { type RefObject, useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { saveBlob } from "@/components/ui/save-file";
import type { CaseStudyExchange } from "@/lib/case-study/exchange";
import { applyItemChange } from "@/lib/case-study/item-changes";
import { type CaseDraft, draftFromExchange } from "@/lib/editor/draft";
import { EDITOR_SECTIONS, type EditorSection, type EditorState, editorReducer, hasUnsavedWork, initialEditorState, isDirty } from "@/lib/editor/editor-state";
import { compileDraftLexicon } from "@/lib/editor/live-tagging";
import { completeDraft } from "@/lib/editor/new-case";
import { forgetCase, rememberCase, rememberedToken, tokenFromHash } from "@/lib/editor/remembered-cases";
import { readSaveFailure } from "@/lib/editor/save-outcome";
import { planSave, stepRequest } from "@/lib/editor/save-plan";
import { fetchApi } from "@/lib/http/api-fetch";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { useLeaveWarning } from "./use-leave-warning";

export interface CaseEditorInput {
  caseId: string;
  initialDraft: CaseDraft;
  /** The stored version the draft is based on; null for the bundled case study, which cannot be saved. */
  initialVersion: number | null;
  locale: Locale;
  strings: EditorMessages;
}

/** The editor as its views show it, and what its buttons do. */
export interface CaseEditorModel {
  state: EditorState;
  bundled: boolean;
  dirty: boolean;
  /** There is a token and a case study that can take it. */
  canSave: boolean;
  section: EditorSection;
  setSection: (section: EditorSection) => void;
  setDraft: (draft: CaseDraft) => void;
  setTyping: (typing: boolean) => void;
  /** The draft's lexicon, compiled once per change for the live tagging. */
  compiled: ReturnType<typeof compileDraftLexicon>;
  /** Each saved article's text, by id. */
  savedTexts: Map<string, string>;
  failureRef: RefObject<HTMLDivElement | null>;
  /** Save, on the saved version or (overwriting after a conflict) on theirs. */
  save: (baseVersion?: number) => Promise<void>;
  downloadDraft: () => void;
  loadTheirs: () => Promise<void>;
  remove: () => Promise<void>;
  copy: () => Promise<void>;
}

/**
 * A case study being edited (editorReducer) with what the browser adds: the secret edit token
 * read from the edit link's fragment, then kept in this browser; the requests that save, load,
 * delete and copy; a warning before leaving unsaved work; the focus on a refusal.
 */
export function useCaseEditor({ caseId, initialDraft, initialVersion, locale, strings: t }: CaseEditorInput): CaseEditorModel {
  const bundled = initialVersion === null;
  const [section, setSection] = useQueryState("section", parseAsStringLiteral(EDITOR_SECTIONS).withDefault("details"));
  const [state, dispatch] = useReducer(editorReducer, null, () => initialEditorState(initialDraft, initialVersion, section));
  const { draft, saved, token, failure } = state;
  const compiled = useMemo(() => compileDraftLexicon(draft.lexicon), [draft.lexicon]);
  const savedTexts = useMemo(() => new Map(saved.draft.articles.map((a) => [a.id, a.text])), [saved.draft]);
  // Stable, as the setters of useState were: the sections may keep them in their effects' dependencies.
  const setDraft = useCallback((next: CaseDraft) => dispatch({ type: "edit", draft: next }), []);
  const setTyping = useCallback((typing: boolean) => dispatch({ type: "typing", typing }), []);
  const failureRef = useRef<HTMLDivElement>(null);
  // Set when the editor itself leaves (after a delete or a copy): nothing is left to warn about.
  const leaving = useRef(false);

  useEffect(() => dispatch({ type: "sectionOpened", section }), [section]);

  // The token arrives in the fragment once; it is kept here and taken out of the address bar.
  useEffect(() => {
    if (bundled) return;
    const fromHash = tokenFromHash(window.location.hash);
    if (fromHash) {
      rememberCase(window.localStorage, { id: caseId, name: initialDraft.name, token: fromHash });
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
      dispatch({ type: "tokenRead", token: fromHash });
    } else {
      dispatch({ type: "tokenRead", token: rememberedToken(window.localStorage, caseId) });
    }
  }, [bundled, caseId, initialDraft.name]);

  useLeaveWarning(hasUnsavedWork(state), t.leaveWarning, leaving);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const request = async (path: string, init: RequestInit): Promise<Response | null> => {
    try {
      return await fetchApi(path, locale, init);
    } catch {
      dispatch({ type: "refused", failure: { kind: "network", message: t.networkError } });
      return null;
    }
  };
  const refuse = async (response: Response) => dispatch({ type: "refused", failure: readSaveFailure(response.status, await response.json().catch(() => null), locale) });

  const send = async (path: string, init: RequestInit): Promise<{ ok: true; response: Response } | { ok: false }> => {
    const response = await request(path, init);
    if (!response) return { ok: false };
    if (response.ok) return { ok: true, response };
    await refuse(response);
    return { ok: false };
  };

  // An article or an entry added, edited or deleted is sent alone (planSave); anything else, or
  // an overwrite of someone else's version after a conflict, is saved whole.
  const save = async (baseVersion = saved.version) => {
    if (!token) return;
    const sent = draft;
    const body = completeDraft(sent);
    dispatch({ type: "saveStarted" });
    const authorization = `Bearer ${token}`;
    const steps = baseVersion === saved.version ? planSave(saved.draft, body) : null;
    let version = baseVersion;
    let reached = saved.draft;
    let whole = steps === null;
    for (const step of steps ?? []) {
      const { path, method, body: json } = stepRequest(caseId, step, version);
      const response = await request(path, { method, headers: json ? { authorization, "content-type": "application/json" } : { authorization }, body: json ? JSON.stringify(json) : undefined });
      if (!response) return void dispatch({ type: "requestEnded" });
      if (!response.ok) {
        // Of several steps one may be refused for their order alone (a form moved from one entry
        // to another): the whole draft, saved whole, is judged as it is, and nothing is lost.
        if (steps && steps.length > 1 && (response.status === 400 || response.status === 413)) {
          whole = true;
          break;
        }
        await refuse(response);
        return void dispatch({ type: "requestEnded" });
      }
      version = ((await response.json()) as { version: number }).version;
      reached = applyItemChange(reached, step);
      dispatch({ type: "partlySaved", draft: reached, version });
    }
    if (whole) {
      const result = await send(`/api/cases/${caseId}`, {
        method: "PUT",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ version, caseStudy: body }),
      });
      if (!result.ok) return void dispatch({ type: "requestEnded" });
      ({ version } = (await result.response.json()) as { version: number });
    }
    dispatch({ type: "requestEnded" });
    dispatch({ type: "saved", sent, body, version });
    rememberCase(window.localStorage, { id: caseId, name: body.name, token });
  };

  const downloadDraft = () => {
    const file: CaseStudyExchange = { schema: "framelens.case-study", version: 2, exportedAt: new Date().toISOString(), caseStudy: { id: caseId, ...draft } };
    saveBlob(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }), `framelens-${caseId}-draft.json`);
  };

  const loadTheirs = async () => {
    if (!window.confirm(t.conflictLoadConfirm)) return;
    dispatch({ type: "loadStarted" });
    const result = await send(`/api/cases/${caseId}`, { cache: "no-store" });
    dispatch({ type: "requestEnded" });
    if (!result.ok) return;
    const version = Number((result.response.headers.get("etag") ?? "").replace(/\D/g, ""));
    dispatch({ type: "theirsLoaded", draft: draftFromExchange((await result.response.json()) as CaseStudyExchange), version });
  };

  const remove = async () => {
    if (!token || !window.confirm(format(t.deleteConfirm, { name: draft.name[locale] || draft.name.en }))) return;
    dispatch({ type: "deleteStarted" });
    const result = await send(`/api/cases/${caseId}?version=${saved.version}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    if (!result.ok) {
      dispatch({ type: "requestEnded" });
      return;
    }
    forgetCase(window.localStorage, caseId);
    leaving.current = true;
    window.location.assign(localizedHref("/", locale));
  };

  const copy = async () => {
    dispatch({ type: "copyStarted" });
    const body = completeDraft(draft);
    const named = { ...body, name: { en: `${body.name.en} ${t.copySuffix}`, ar: `${body.name.ar} ${t.copySuffix}` } };
    const result = await send("/api/cases", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(named) });
    if (!result.ok) {
      dispatch({ type: "requestEnded" });
      return;
    }
    const created = (await result.response.json()) as { id: string; editToken: string };
    rememberCase(window.localStorage, { id: created.id, name: named.name, token: created.editToken });
    leaving.current = true;
    window.location.assign(localizedHref(`/cases/${created.id}/edit#token=${encodeURIComponent(created.editToken)}`, locale));
  };

  return {
    state,
    bundled,
    dirty: isDirty(state),
    canSave: !bundled && token !== null,
    section,
    setSection: (id) => void setSection(id),
    setDraft,
    setTyping,
    compiled,
    savedTexts,
    failureRef,
    save,
    downloadDraft,
    loadTheirs,
    remove,
    copy,
  };
}
