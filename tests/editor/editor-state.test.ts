// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { CaseDraft } from "@/lib/editor/draft";
import { type EditorAction, type EditorState, editorReducer, hasUnsavedWork, initialEditorState, isDirty } from "@/lib/editor/editor-state";
import type { SaveFailure } from "@/lib/editor/save-outcome";

const DRAFT: CaseDraft = {
  name: { en: "Derna", ar: "درنة" },
  description: { en: "One report.", ar: "" },
  outlets: [],
  actors: [],
  events: [],
  articles: [],
  lexicon: [],
};
const renamed = (draft: CaseDraft, en: string): CaseDraft => ({ ...draft, name: { ...draft.name, en } });
const CONFLICT: SaveFailure = { kind: "conflict", message: "Someone saved version 3.", theirVersion: 3 };

/** The editor of a stored case study at version 2, after the steps. */
function after(...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, initialEditorState(DRAFT, 2, "details"));
}

describe("initialEditorState", () => {
  it("opens on the stored draft, saved, with only the first section opened and no token yet", () => {
    const state = initialEditorState(DRAFT, 2, "articles");
    expect(state).toMatchObject({ draft: DRAFT, saved: { draft: DRAFT, version: 2 }, token: null, busy: null, failure: null, typing: false });
    expect([...state.opened]).toEqual(["articles"]);
    expect(isDirty(state)).toBe(false);
  });

  it("counts the bundled case study, which has no stored version, as version 0", () => {
    expect(initialEditorState(DRAFT, null, "details").saved.version).toBe(0);
  });
});

describe("editorReducer", () => {
  it("an edit marks the case unsaved; only text typed and not added yet is unsaved work too", () => {
    const edited = after({ type: "edit", draft: renamed(DRAFT, "Derna, 2018") });
    expect(edited.draft.name.en).toBe("Derna, 2018");
    expect(isDirty(edited)).toBe(true);
    const typing = after({ type: "typing", typing: true });
    expect([isDirty(typing), hasUnsavedWork(typing)]).toEqual([false, true]);
    expect(hasUnsavedWork(after())).toBe(false);
  });

  it("typing reported twice changes nothing", () => {
    const typing = after({ type: "typing", typing: true });
    expect(editorReducer(typing, { type: "typing", typing: true })).toBe(typing);
    expect(editorReducer(typing, { type: "typing", typing: false }).typing).toBe(false);
  });

  it("the token read from the link or this browser is kept; the same token again changes nothing", () => {
    const withToken = after({ type: "tokenRead", token: "secret" });
    expect(withToken.token).toBe("secret");
    expect(editorReducer(withToken, { type: "tokenRead", token: "secret" })).toBe(withToken);
    expect(after({ type: "tokenRead", token: null }).token).toBeNull();
  });

  it("a section opened once stays opened, in the order opened", () => {
    const state = after({ type: "sectionOpened", section: "lexicon" }, { type: "sectionOpened", section: "details" });
    expect([...state.opened]).toEqual(["details", "lexicon"]);
    expect(editorReducer(state, { type: "sectionOpened", section: "lexicon" })).toBe(state);
  });

  it("starting a save or a copy clears the last refusal; loading and deleting keep it in view", () => {
    const refused = after({ type: "refused", failure: CONFLICT });
    expect(editorReducer(refused, { type: "saveStarted" })).toMatchObject({ busy: "saving", failure: null });
    expect(editorReducer(refused, { type: "copyStarted" })).toMatchObject({ busy: "copying", failure: null });
    expect(editorReducer(refused, { type: "loadStarted" })).toMatchObject({ busy: "loading", failure: CONFLICT });
    expect(editorReducer(refused, { type: "deleteStarted" })).toMatchObject({ busy: "deleting", failure: CONFLICT });
  });

  it("a request that ends frees the buttons", () => {
    expect(after({ type: "saveStarted" }, { type: "requestEnded" }).busy).toBeNull();
  });

  it("a save stores the completed draft as the new version and the case reads as saved", () => {
    const sent = renamed(DRAFT, "Derna, 2018");
    const body = { ...sent, outlets: [] };
    const state = after({ type: "edit", draft: sent }, { type: "saveStarted" }, { type: "requestEnded" }, { type: "saved", sent, body, version: 3 });
    expect(state.draft).toBe(body);
    expect(state.saved).toEqual({ draft: body, version: 3 });
    expect(isDirty(state)).toBe(false);
  });

  it("part of a save gone through moves what is saved on, and the draft stays, unsaved, for the rest", () => {
    const sent = renamed(DRAFT, "Derna, 2018");
    const halfway = renamed(DRAFT, "Derna, half");
    const state = after({ type: "edit", draft: sent }, { type: "saveStarted" }, { type: "partlySaved", draft: halfway, version: 3 });
    expect(state.saved).toEqual({ draft: halfway, version: 3 });
    expect(state.draft).toBe(sent);
    expect(isDirty(state)).toBe(true);
  });

  it("an edit after a save marks the case unsaved", () => {
    const sent = renamed(DRAFT, "Derna, 2018");
    const saved = after({ type: "edit", draft: sent }, { type: "saved", sent, body: sent, version: 3 });
    expect(isDirty(editorReducer(saved, { type: "edit", draft: renamed(sent, "Derna, May 2018") }))).toBe(true);
  });

  it("what was typed while a save was under way stays, and stays unsaved", () => {
    const sent = renamed(DRAFT, "Derna, 2018");
    const later = renamed(sent, "Derna, May 2018");
    const state = after({ type: "edit", draft: sent }, { type: "saveStarted" }, { type: "edit", draft: later }, { type: "requestEnded" }, { type: "saved", sent, body: sent, version: 3 });
    expect(state.draft).toBe(later);
    expect(state.saved.version).toBe(3);
    expect(isDirty(state)).toBe(true);
  });

  it("a 409 keeps the draft, unsaved, with the conflict to explain", () => {
    const mine = renamed(DRAFT, "Mine");
    const state = after({ type: "edit", draft: mine }, { type: "saveStarted" }, { type: "refused", failure: CONFLICT }, { type: "requestEnded" });
    expect(state).toMatchObject({ draft: mine, saved: { draft: DRAFT, version: 2 }, failure: CONFLICT, busy: null });
    expect(isDirty(state)).toBe(true);
  });

  it("loading their version after a conflict replaces the draft and the saved version, and clears the conflict", () => {
    const theirs = renamed(DRAFT, "Theirs");
    const state = after({ type: "edit", draft: renamed(DRAFT, "Mine") }, { type: "refused", failure: CONFLICT }, { type: "loadStarted" }, { type: "requestEnded" }, { type: "theirsLoaded", draft: theirs, version: 3 });
    expect(state).toMatchObject({ draft: theirs, saved: { draft: theirs, version: 3 }, failure: null });
    expect(isDirty(state)).toBe(false);
  });
});
