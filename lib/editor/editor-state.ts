import type { CaseDraft } from "./draft";
import type { SaveFailure } from "./save-outcome";

/** The editor's sections, in tab order; the chosen one is kept in the URL (`?section=`). */
export const EDITOR_SECTIONS = ["details", "articles", "lexicon", "distinctive", "referents"] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

/** The request under way, if any: every button that sends one waits for it. */
export type EditorBusy = null | "saving" | "deleting" | "copying" | "loading";

/** Everything the case editor remembers between two steps. */
export interface EditorState {
  /** The case study as edited, in memory. */
  draft: CaseDraft;
  /** The draft as the server last stored it, and that version (0 for the bundled case study). */
  saved: { draft: CaseDraft; version: number };
  /** The secret edit token, once read; null: this browser can only read. */
  token: string | null;
  busy: EditorBusy;
  /** Why the last request was refused. */
  failure: SaveFailure | null;
  /** Text typed into the article form but not added yet: leaving would lose it too. */
  typing: boolean;
  /** Sections opened once: they stay mounted (hidden), so switching away loses nothing typed in them. */
  opened: ReadonlySet<EditorSection>;
}

/** A step of the editor: an edit, a section opened, a request sent and answered. */
export type EditorAction =
  | { type: "edit"; draft: CaseDraft }
  | { type: "typing"; typing: boolean }
  | { type: "tokenRead"; token: string | null }
  | { type: "sectionOpened"; section: EditorSection }
  | { type: "saveStarted" }
  | { type: "loadStarted" }
  | { type: "deleteStarted" }
  | { type: "copyStarted" }
  | { type: "refused"; failure: SaveFailure }
  | { type: "requestEnded" }
  /** Part of a save went through: the server now holds `draft` as `version`; the rest is still to save. */
  | { type: "partlySaved"; draft: CaseDraft; version: number }
  /** The server stored `body` (the draft `sent`, completed) as `version`. */
  | { type: "saved"; sent: CaseDraft; body: CaseDraft; version: number }
  /** After a conflict: the version someone else saved replaces the draft. */
  | { type: "theirsLoaded"; draft: CaseDraft; version: number };

/**
 * The editor when it opens.
 *
 * @param draft the case study as stored
 * @param version its stored version; null for the bundled case study, which cannot be saved
 * @param section the section shown first
 */
export function initialEditorState(draft: CaseDraft, version: number | null, section: EditorSection): EditorState {
  return { draft, saved: { draft, version: version ?? 0 }, token: null, busy: null, failure: null, typing: false, opened: new Set([section]) };
}

/**
 * The editor's reducer: pure; a step that changes nothing returns the same state.
 *
 * @param state the editor now
 * @param action what happened
 * @returns the editor after it
 */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "edit":
      return { ...state, draft: action.draft };
    case "typing":
      return action.typing === state.typing ? state : { ...state, typing: action.typing };
    case "tokenRead":
      return action.token === state.token ? state : { ...state, token: action.token };
    case "sectionOpened":
      return state.opened.has(action.section) ? state : { ...state, opened: new Set([...state.opened, action.section]) };
    case "saveStarted":
      return { ...state, busy: "saving", failure: null };
    case "loadStarted":
      return { ...state, busy: "loading" };
    case "deleteStarted":
      return { ...state, busy: "deleting" };
    case "copyStarted":
      return { ...state, busy: "copying", failure: null };
    case "refused":
      return { ...state, failure: action.failure };
    case "requestEnded":
      return { ...state, busy: null };
    case "partlySaved":
      return { ...state, saved: { draft: action.draft, version: action.version } };
    case "saved":
      // What was typed while the save was under way stays, and stays unsaved.
      return { ...state, saved: { draft: action.body, version: action.version }, draft: state.draft === action.sent ? action.body : state.draft };
    case "theirsLoaded":
      return { ...state, saved: { draft: action.draft, version: action.version }, draft: action.draft, failure: null };
  }
}

/** The draft differs from what was saved. */
export function isDirty(state: Pick<EditorState, "draft" | "saved">): boolean {
  return state.draft !== state.saved.draft;
}

/** Leaving now would lose something: an unsaved draft, or text not added yet. */
export function hasUnsavedWork(state: Pick<EditorState, "draft" | "saved" | "typing">): boolean {
  return isDirty(state) || state.typing;
}
