// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { putArticle, removeArticle } from "@/lib/editor/article-input";
import { draftFromExchange } from "@/lib/editor/draft";
import { addEntry, blankEntryFields, removeEntry, updateEntry } from "@/lib/editor/lexicon-edits";
import { MAX_SAVE_STEPS, planSave, stepRequest } from "@/lib/editor/save-plan";

const saved = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
const first = saved.articles[0]!;
// Our own sentence, as a new article's text.
const added = { ...first, id: "desk-added", rawFile: "desk_added.txt", chromeLines: [], text: "قال الجيش الوطني الليبي إن الطرق مفتوحة." };
const kinds = (steps: ReturnType<typeof planSave>) => steps?.map((step) => step.kind) ?? null;

describe("a save of the editor", () => {
  it("sends an edited article alone, with its translation and its notes", () => {
    const edited = putArticle(saved, { ...first, headline: "عنوان آخر" });
    const steps = planSave(saved, edited);
    expect(steps).toEqual([
      {
        kind: "putArticle",
        article: { ...first, headline: "عنوان آخر" },
        translations: (saved.translations ?? []).filter((t) => t.article === first.id),
        curatorNotes: (saved.curatorNotes ?? []).filter((n) => n.article === first.id),
      },
    ]);
  });

  it("sends an article whose key order alone differs as no change at all", () => {
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    expect(planSave(saved, putArticle(saved, reordered))).toEqual([]);
  });

  it("sends an added article, and a deleted one (its raw file leaving the seeds as the server does)", () => {
    expect(kinds(planSave(saved, putArticle(saved, added)))).toEqual(["addArticle"]);
    const seeded = saved.articles.find((a) => saved.lexicon.some((e) => e.seeds.includes(a.rawFile)))!;
    const notes = (saved.curatorNotes ?? []).filter((n) => n.article !== seeded.id);
    const removed = { ...removeArticle(saved, seeded.id), curatorNotes: notes };
    expect(planSave(saved, removed)).toEqual([{ kind: "deleteArticle", id: seeded.id }]);
  });

  it("sends a lexicon entry added, edited or removed alone", () => {
    const { draft: withEntry, id } = addEntry(saved, { ...blankEntryFields(null), gloss: "roads open", forms: ["الطرق مفتوحة"] });
    expect(kinds(planSave(saved, withEntry))).toEqual(["addEntry"]);
    const entry = saved.lexicon[0]!;
    expect(planSave(saved, updateEntry(saved, entry.id, { ...entry, gloss: "another gloss" }))).toEqual([{ kind: "putEntry", entry: { ...entry, gloss: "another gloss" } }]);
    expect(planSave(withEntry, removeEntry(withEntry, id))).toEqual([{ kind: "deleteEntry", id }]);
  });

  it("deletes articles first, adds and edits entries before the articles that may use them, and deletes entries last", () => {
    const { draft: withEntry, id } = addEntry(saved, { ...blankEntryFields(null), gloss: "roads open", forms: ["الطرق مفتوحة"] });
    const both = putArticle(withEntry, added);
    expect(kinds(planSave(saved, both))).toEqual(["addEntry", "addArticle"]);
    expect(kinds(planSave(both, removeEntry(removeArticle(both, added.id), id)))).toEqual(["deleteArticle", "deleteEntry"]);
  });

  it("saves whole a change of anything else, a new order, too many changes, or steps that would not give the draft", () => {
    expect(planSave(saved, { ...saved, name: { ...saved.name, en: "Renamed" } })).toBeNull();
    expect(planSave(saved, { ...saved, outlets: saved.outlets.slice().reverse() })).toBeNull();
    expect(planSave(saved, { ...saved, articles: saved.articles.slice().reverse() })).toBeNull();
    const many = Array.from({ length: MAX_SAVE_STEPS + 1 }, (_, i) => ({ ...added, id: `desk-${i}`, rawFile: `desk_${i}.txt` }));
    expect(planSave(saved, { ...saved, articles: [...saved.articles, ...many] })).toBeNull();
    // The server deletes an article's notes with it: a draft that kept them is not what the step gives.
    const withNote = saved.articles.find((a) => (saved.curatorNotes ?? []).some((n) => n.article === a.id))!;
    expect(planSave(saved, removeArticle(saved, withNote.id))).toBeNull();
  });

  it("names each step's request: the address, the method, and the version it is based on", () => {
    expect(stepRequest("my-case", { kind: "putArticle", article: first }, 4)).toEqual({ path: `/api/cases/my-case/articles/${first.id}`, method: "PUT", body: { version: 4, article: first, translations: undefined, curatorNotes: undefined } });
    expect(stepRequest("my-case", { kind: "addArticle", article: first }, 4)).toMatchObject({ path: "/api/cases/my-case/articles", method: "POST" });
    expect(stepRequest("my-case", { kind: "deleteArticle", id: "a b" }, 5)).toEqual({ path: "/api/cases/my-case/articles/a%20b?version=5", method: "DELETE" });
    expect(stepRequest("my-case", { kind: "addEntry", entry: saved.lexicon[0]! }, 6)).toEqual({ path: "/api/cases/my-case/lexicon", method: "POST", body: { version: 6, entry: saved.lexicon[0] } });
    expect(stepRequest("my-case", { kind: "putEntry", entry: saved.lexicon[0]! }, 6)).toMatchObject({ path: `/api/cases/my-case/lexicon/${saved.lexicon[0]!.id}`, method: "PUT" });
    expect(stepRequest("my-case", { kind: "deleteEntry", id: "x" }, 7)).toEqual({ path: "/api/cases/my-case/lexicon/x?version=7", method: "DELETE" });
  });
});
