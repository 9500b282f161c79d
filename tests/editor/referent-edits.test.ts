// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { draftFromExchange } from "@/lib/editor/draft";
import { checkReferentDraft, newCuratorNote, newReferentRule, withNote, withRule } from "@/lib/editor/referent-edits";

const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));

describe("editing a draft's referent rules and notes", () => {
  it("should carry the case's rules and notes into the draft, and find nothing wrong with them", () => {
    expect(derna.referentRules?.length).toBeGreaterThan(0);
    expect(derna.curatorNotes?.length).toBeGreaterThan(0);
    expect(checkReferentDraft(derna)).toEqual([]);
  });

  it("should add a rule with an id not yet taken, and say what it still lacks: its notes", () => {
    const rule = newReferentRule(derna);
    expect(derna.referentRules?.map((r) => r.id)).not.toContain(rule.id);
    const draft = withRule(derna, derna.referentRules!.length, rule);
    const problems = checkReferentDraft(draft);
    expect(problems.map((p) => [p.part, p.index, p.field])).toEqual([
      ["rule", derna.referentRules!.length, "note_en"],
      ["rule", derna.referentRules!.length, "note_ar"],
    ]);
  });

  it("should replace and remove a rule by its place, leaving the others", () => {
    const renamed = withRule(derna, 0, { ...derna.referentRules![0]!, referent: "al-qaeda" });
    expect(renamed.referentRules![0]!.referent).toBe("al-qaeda");
    const removed = withRule(derna, 0, null);
    expect(removed.referentRules).toHaveLength(derna.referentRules!.length - 1);
    expect(removed.referentRules![0]).toEqual(derna.referentRules![1]);
  });

  it("should name an unknown referent, article, outlet and entry in a rule", () => {
    const draft = withRule(derna, 0, { ...derna.referentRules![0]!, referent: "nobody", articles: ["nowhere"], entries: ["no-entry"] });
    expect(checkReferentDraft(draft).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'referent: unknown actor "nobody"',
      'articles[0]: unknown article "nowhere"',
      'entries[0]: unknown lexicon entry "no-entry"',
    ]);
  });

  it("should add a note on the first article, and name offsets past the end of its text", () => {
    const note = { ...newCuratorNote(derna), note_en: "A note.", note_ar: "ملاحظة." };
    expect(note.article).toBe(derna.articles[0]!.id);
    const past = withNote(derna, derna.curatorNotes!.length, { ...note, start: 999_998, end: 999_999 });
    expect(checkReferentDraft(past)).toEqual([{ part: "note", index: derna.curatorNotes!.length, field: "end", message: expect.stringMatching(/outside the article's text/) }]);
    expect(withNote(past, derna.curatorNotes!.length, null).curatorNotes).toEqual(derna.curatorNotes);
  });
});
