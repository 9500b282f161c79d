// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { draftFromExchange } from "@/lib/editor/draft";
import { checkActor, checkEntry, checkEvent, findLexiconProblems } from "@/lib/editor/lexicon-checks";
import { blankEntryFields } from "@/lib/editor/lexicon-edits";

const derna = () => draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
const valid = { ...blankEntryFields("delegitimization"), forms: ["كتائب العار"], gloss: "battalions of shame", note: "Calls an army a band that shames its city." };

describe("checkEntry", () => {
  it("finds nothing wrong with a complete entry", () => {
    expect(checkEntry(valid, derna(), null)).toEqual([]);
  });

  it("names every empty field the schema requires", () => {
    const problems = checkEntry(blankEntryFields("terrorism"), derna(), null);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: "forms.0", code: "empty" },
        { field: "gloss", code: "empty" },
        { field: "note", code: "empty" },
      ]),
    );
  });

  it("asks for a form when there is none", () => {
    expect(checkEntry({ ...valid, forms: [] }, derna(), null)).toEqual([{ field: "forms", code: "no-forms" }]);
  });

  it("refuses a form another entry has once normalized, naming that entry (ى for ي, no diacritics)", () => {
    // The Derna lexicon lists الجيش الليبي under lna-libyan-army.
    expect(checkEntry({ ...valid, forms: ["الجيشُ الليبى"] }, derna(), null)).toEqual([{ field: "forms.0", code: "form-taken", detail: "lna-libyan-army" }]);
  });

  it("refuses a form whose paradigm generates a form another entry has, naming the entry and the generated form", () => {
    // The Derna lexicon lists مدنيين under civilians; مدني{p} generates it.
    expect(checkEntry({ ...valid, forms: ["مدني{p}"] }, derna(), null)).toEqual([
      { field: "forms.0", code: "form-taken", detail: "civilians", phrase: "مدني" },
    ]);
  });

  it("refuses a form whose syntax cannot be read, saying why", () => {
    expect(checkEntry({ ...valid, forms: ["ميليشيات [الكرامة"] }, derna(), null)).toEqual([
      { field: "forms.0", code: "form-syntax", detail: "a [ slot is never closed" },
    ]);
  });

  it("refuses a form of the entry that another of its forms generates", () => {
    expect(checkEntry({ ...valid, forms: ["مرتزق{p} الكرامة", "مرتزقين الكرامة"] }, derna(), null)).toEqual([{ field: "forms.1", code: "form-repeated" }]);
  });

  it("does not count an entry's own forms against it", () => {
    const draft = derna();
    const { id, seeds: _s, ...fields } = draft.lexicon[0]!;
    expect(checkEntry(fields, draft, id)).toEqual([]);
  });

  it("refuses the same form twice in one entry, and a form with no letters", () => {
    expect(checkEntry({ ...valid, forms: ["درنة", "دَرنة", "…"] }, derna(), null)).toEqual([
      { field: "forms.1", code: "form-repeated" },
      { field: "forms.2", code: "no-letters" },
    ]);
  });

  it("refuses an actor without a stance, and an actor or event that does not exist", () => {
    expect(checkEntry({ ...valid, actor: "haftar", stance: null }, derna(), null)).toEqual([{ field: "stance", code: "stance-required" }]);
    expect(checkEntry({ ...valid, actor: "nobody", stance: "neutral", event: "nothing" }, derna(), null)).toEqual([
      { field: "actor", code: "unknown-actor" },
      { field: "event", code: "unknown-event" },
    ]);
  });
});

describe("checkActor and checkEvent", () => {
  it("name the empty fields", () => {
    expect(checkActor({ name: { en: "Haftar", ar: " " }, description: "" })).toEqual([
      { field: "name.ar", code: "empty" },
      { field: "description", code: "empty" },
    ]);
    expect(checkEvent({ name: { en: "", ar: "حصار درنة" }, period: "2016–2018", description: "d" })).toEqual([{ field: "name.en", code: "empty" }]);
  });
});

describe("findLexiconProblems", () => {
  it("finds none in the Derna lexicon", () => {
    expect(findLexiconProblems(derna())).toEqual([]);
  });

  it("lists the entries that could not be saved", () => {
    const base = derna();
    const draft = { ...base, lexicon: base.lexicon.map((e, i) => (i === 1 ? { ...e, gloss: "" } : e)) };
    expect(findLexiconProblems(draft)).toEqual([{ entry: draft.lexicon[1]!.id, problems: [{ field: "gloss", code: "empty" }] }]);
  });
});
