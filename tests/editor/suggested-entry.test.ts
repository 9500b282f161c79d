// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { lexiconEntrySchema } from "@/lib/case-study/schema";
import { draftFromExchange } from "@/lib/editor/draft";
import { findDraftDistinctiveTerms } from "@/lib/editor/draft-distinctive";
import { checkEntry } from "@/lib/editor/lexicon-checks";
import { addEntry } from "@/lib/editor/lexicon-edits";
import { PENDING_GLOSS, entryFinder, entryFromSuggestion, findEntryWithTerm, findPendingFields, pickSpelling } from "@/lib/editor/suggested-entry";
import { expandForms, normalizeWords } from "@/lib/engine";

const derna = () => draftFromExchange(exportCaseStudy(getBundledCaseStudy()));

describe("pickSpelling", () => {
  it("gives the spelling the texts write most often, hamza and ة included", () => {
    const texts = ["قال الرئيس إن المدينة آمنة.", "وصل الرئيس إلى المدينة", "الرئيس في المدينه"];
    expect(pickSpelling(texts, "المدينه")).toBe("المدينة");
  });

  it("finds a two-word term only where the words stand together", () => {
    expect(pickSpelling(["مجلس شورى مجاهدي درنة", "مجلس. شورى"], "مجلس شوري")).toBe("مجلس شورى");
  });

  it("falls back to the normalized term when no text has it", () => {
    expect(pickSpelling(["لا شيء هنا"], "درنه")).toBe("درنه");
  });
});

describe("findEntryWithTerm", () => {
  it("finds the entry one of whose forms normalizes to the term", () => {
    expect(findEntryWithTerm(derna().lexicon, "الجيش الليبي")).toBe("lna-libyan-army");
    expect(findEntryWithTerm(derna().lexicon, "درنه")).toBeNull();
  });

  it("answers many terms from one index as a scan of the lexicon would: the first entry in lexicon order", () => {
    const lexicon = derna().lexicon;
    const find = entryFinder(lexicon);
    // The plain reading of the rule, one entry after another, for a sample of the lexicon's own terms.
    const scan = (term: string) => lexicon.find((entry) => expandForms(entry.forms).some((form) => normalizeWords(form) === term))?.id ?? null;
    const terms = [...new Set(lexicon.flatMap((entry) => expandForms(entry.forms).map((form) => normalizeWords(form))))];
    const sample = terms.filter((_, i) => i % 20 === 0);
    expect(sample.length).toBeGreaterThan(30);
    for (const term of [...sample, "درنه", ""]) expect(find(term)).toBe(scan(term));
    // Two entries sharing a form: the earlier one is named, as the lexicon's order says.
    const twice = [{ id: "first", forms: ["قوات حفتر"] }, { id: "second", forms: ["قوات [حفتر]"] }];
    expect(entryFinder(twice)(normalizeWords("قوات حفتر"))).toBe("first");
  });
});

describe("entryFromSuggestion", () => {
  const suggestion = { term: "مدينه درنه", outletName: "Youm7", z: 3.456, count: 12, otherCount: 1 };

  it("makes an entry the schema accepts, so the draft stays savable", () => {
    const draft = derna();
    const fields = entryFromSuggestion(suggestion, "مدينة درنة", draft.lexicon);
    expect(fields.forms).toEqual(["مدينة درنة"]);
    expect(checkEntry(fields, draft, null)).toEqual([]);
    const { draft: next, id } = addEntry(draft, fields);
    expect(lexiconEntrySchema.safeParse(next.lexicon.find((e) => e.id === id)).success).toBe(true);
  });

  it("says in its note where it came from and that the note is still to write", () => {
    const fields = entryFromSuggestion(suggestion, "مدينة درنة", derna().lexicon);
    expect(fields.gloss).toBe(PENDING_GLOSS);
    expect(fields.note).toContain("Youm7");
    expect(fields.note).toContain("z = 3.5; 12 times, against 1");
    expect(findPendingFields(fields)).toEqual(["gloss", "category", "note"]);
  });

  it("borrows the category of an entry sharing a word with the term", () => {
    const fields = entryFromSuggestion({ ...suggestion, term: "ميليشيات حفتر" }, "ميليشيات حفتر", derna().lexicon);
    const haftar = derna().lexicon.find((e) => e.forms.some((f) => f.includes("حفتر")))!;
    expect(fields.category).toBe(haftar.category);
  });

  it("is no longer pending once the gloss and the note are written", () => {
    expect(findPendingFields({ gloss: "the city of Derna", note: "Names the place, not the fighting." })).toEqual([]);
  });
});

describe("findDraftDistinctiveTerms", () => {
  it("ranks each Derna outlet's terms and keeps each outlet's body texts for spellings", () => {
    const found = findDraftDistinctiveTerms("derna", derna(), 5);
    expect(found.outlets.map((o) => o.outlet.id)).toEqual(["qposts", "libya24", "youm7", "aljazeera"]);
    const top = found.outlets.find((o) => o.terms.length > 0)!;
    const term = top.terms[0]!;
    expect(term.z).toBeGreaterThan(0);
    const spelling = pickSpelling(found.bodies[top.outlet.id]!, term.term);
    expect(spelling.length).toBeGreaterThan(0);
  });
});
