// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { buildGlossary } from "@/lib/comparison/glossary";
import { buildActorMatrix } from "@/lib/comparison/label-matrix";
import { analyzeDraft, analyzeDraftOnce, selectTaggableEntries } from "@/lib/editor/draft-analysis";
import { draftFromExchange } from "@/lib/editor/draft";
import { addEntry, blankEntryFields } from "@/lib/editor/lexicon-edits";

const derna = () => draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
const uses = (draft: ReturnType<typeof derna>, id: string) => buildGlossary(analyzeDraft("derna", draft).analysis).find((g) => g.entry.id === id);

describe("analyzeDraft", () => {
  it("tags the Derna draft as the bundled case study is tagged", () => {
    const draft = derna();
    const counts = buildGlossary(analyzeDraft("derna", draft).analysis);
    expect(counts.reduce((n, g) => n + g.total, 0)).toBeGreaterThan(50);
  });

  it("counts a new entry at once, per outlet", () => {
    // درنة (the city) is in every article but in no entry of the Derna lexicon.
    const { draft, id } = addEntry(derna(), { ...blankEntryFields("civilian-harm"), forms: ["مدينة درنة"], gloss: "the city of Derna", note: "n" });
    const counted = uses(draft, id)!;
    expect(counted.total).toBeGreaterThan(0);
    expect(Object.keys(counted.byOutlet).sort()).toEqual(["aljazeera", "libya24", "qposts", "youm7"]);
  });

  it("puts a new actor label in the live actor matrix", () => {
    const { draft } = addEntry(derna(), { ...blankEntryFields("delegitimization"), forms: ["مدينة درنة"], gloss: "x", note: "n", actor: "civilians", stance: "neutral" });
    const row = buildActorMatrix(analyzeDraft("derna", draft).analysis).find((r) => r.id === "civilians")!;
    expect(Object.values(row.cells).flat().some((use) => use.form === "مدينة درنة")).toBe(true);
  });

  it("keeps a short form's references back, minus those to an entry set aside", () => {
    const { draft, id } = addEntry(derna(), { ...blankEntryFields("state-legitimacy"), forms: ["مجلس الشورى"], gloss: "copy", note: "n" });
    const council = { ...draft.lexicon.find((e) => e.id === "short-form-the-council")!, refersBack: { dmsc: "dmsc-shura-council", isis: id } };
    const edited = { ...draft, lexicon: draft.lexicon.map((e) => (e.id === council.id ? council : e)) };
    const kept = selectTaggableEntries(edited.lexicon).entries.find((e) => e.id === council.id)!;
    expect(kept.refersBack).toEqual({ dmsc: "dmsc-shura-council" });
    expect(analyzeDraft("derna", edited).untagged).toEqual(new Set([id]));
  });

  it("sets aside an entry that shares a form with another, and still tags the rest", () => {
    const { draft, id } = addEntry(derna(), { ...blankEntryFields("state-legitimacy"), forms: ["الجيش الليبى"], gloss: "copy", note: "n" });
    const result = analyzeDraft("derna", draft);
    expect([...result.untagged]).toEqual([id]);
    expect(buildGlossary(result.analysis).find((g) => g.entry.id === "lna-libyan-army")!.total).toBeGreaterThan(0);
  });

  it("ignores a blank form being typed", () => {
    const base = derna();
    const draft = { ...base, lexicon: base.lexicon.map((e, i) => (i === 1 ? { ...e, forms: [...e.forms, "  "] } : e)) };
    expect(analyzeDraft("derna", draft).untagged.size).toBe(0);
    expect(selectTaggableEntries(draft.lexicon).entries[1]!.forms).toEqual(derna().lexicon[1]!.forms);
  });
});

describe("analyzeDraftOnce", () => {
  it("returns the same analysis for the same draft", () => {
    const draft = derna();
    expect(analyzeDraftOnce("derna", draft)).toBe(analyzeDraftOnce("derna", draft));
  });

  it("does not tag again when only a gloss changes, but shows the new gloss", () => {
    const draft = derna();
    const first = analyzeDraftOnce("derna", draft);
    const renamed = { ...draft, lexicon: draft.lexicon.map((e, i) => (i === 0 ? { ...e, gloss: "the LNA" } : e)) };
    const second = analyzeDraftOnce("derna", renamed);
    expect(second.analysis.articles).toBe(first.analysis.articles);
    expect(buildActorMatrix(second.analysis).flatMap((r) => Object.values(r.cells).flat()).some((u) => u.gloss === "the LNA")).toBe(true);
  });

  it("tags again when a form changes", () => {
    const draft = derna();
    const first = analyzeDraftOnce("derna", draft);
    const changed = { ...draft, lexicon: draft.lexicon.map((e, i) => (i === 0 ? { ...e, forms: ["مدينة درنة"] } : e)) };
    expect(analyzeDraftOnce("derna", changed).analysis.articles).not.toBe(first.analysis.articles);
  });
});
