// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { draftFromExchange } from "@/lib/editor/draft";
import {
  addActor,
  addEntry,
  addEvent,
  blankEntryFields,
  findActorReferences,
  removeActor,
  removeEntry,
  removeEvent,
  defaultStance,
  setEntryActor,
  updateActor,
  updateEntry,
} from "@/lib/editor/lexicon-edits";

const derna = () => draftFromExchange(exportCaseStudy(getBundledCaseStudy()));

describe("defaultStance", () => {
  it("presets a stance from the category: terror and delegitimizing names withhold, state titles confer, descriptions of events are neutral", () => {
    expect(defaultStance("terrorism")).toBe("delegitimizing");
    expect(defaultStance("extremism")).toBe("delegitimizing");
    expect(defaultStance("delegitimization")).toBe("delegitimizing");
    expect(defaultStance("state-legitimacy")).toBe("legitimizing");
    expect(defaultStance("liberation")).toBe("legitimizing");
    expect(defaultStance("assault")).toBe("neutral");
    expect(defaultStance("civilian-harm")).toBe("neutral");
    expect(defaultStance(null)).toBe("neutral");
  });
});

describe("setEntryActor", () => {
  it("gives an entry a neutral stance when it first labels an actor", () => {
    expect(setEntryActor(blankEntryFields("terrorism"), "haftar")).toMatchObject({ actor: "haftar", stance: "neutral" });
  });

  it("gives it the stance the form passes, when it has none", () => {
    expect(setEntryActor(blankEntryFields("terrorism"), "haftar", "delegitimizing")).toMatchObject({ actor: "haftar", stance: "delegitimizing" });
  });

  it("keeps the stance already chosen when the actor changes", () => {
    const entry = { ...blankEntryFields("terrorism"), actor: "lna", stance: "delegitimizing" as const };
    expect(setEntryActor(entry, "haftar")).toMatchObject({ actor: "haftar", stance: "delegitimizing" });
  });

  it("clears the stance with the actor", () => {
    const entry = { ...blankEntryFields("terrorism"), actor: "lna", stance: "legitimizing" as const };
    expect(setEntryActor(entry, null)).toMatchObject({ actor: null, stance: null });
  });
});

describe("addEntry", () => {
  it("makes the id from the English gloss, unique in the lexicon, with no seeds", () => {
    const draft = derna();
    const fields = { ...blankEntryFields("delegitimization"), forms: ["ميليشيات حفتر"], gloss: "the Libyan army", note: "n" };
    const { draft: next, id } = addEntry(draft, fields);
    expect(id).toBe("the-libyan-army");
    expect(next.lexicon.at(-1)).toEqual({ id, ...fields, seeds: [] });
    expect(draft.lexicon).toHaveLength(next.lexicon.length - 1);
  });

  it("falls back to 'term' for a gloss with no Latin letters", () => {
    const { id } = addEntry({ ...derna(), lexicon: [] }, { ...blankEntryFields("terrorism"), forms: ["خوارج"], gloss: "خوارج", note: "n" });
    expect(id).toBe("term");
  });
});

describe("updateEntry and removeEntry", () => {
  it("keep the entry's id and seeds when its fields change", () => {
    const draft = derna();
    const before = draft.lexicon[0]!;
    const { id: _id, seeds: _seeds, ...fields } = before;
    const next = updateEntry(draft, before.id, { ...fields, forms: [...fields.forms, "جيش حفتر الوطني"] });
    expect(next.lexicon[0]).toMatchObject({ id: before.id, seeds: before.seeds, forms: [...before.forms, "جيش حفتر الوطني"] });
  });

  it("removes only the named entry", () => {
    const draft = derna();
    const next = removeEntry(draft, "lna-libyan-army");
    expect(next.lexicon.map((e) => e.id)).not.toContain("lna-libyan-army");
    expect(next.lexicon).toHaveLength(draft.lexicon.length - 1);
  });
});

describe("actors", () => {
  it("are added with an id from the English name and renamed without changing it", () => {
    const { draft, id } = addActor(derna(), { name: { en: "Derna Protection Force", ar: "قوة حماية درنة" }, description: "d" });
    expect(id).toBe("derna-protection-force");
    const renamed = updateActor(draft, id, { name: { en: "DPF", ar: "قوة حماية درنة" }, description: "d" });
    expect(renamed.actors.find((a) => a.id === id)?.name.en).toBe("DPF");
  });

  it("cannot be removed while an entry labels them, and the draft is left as it was", () => {
    const draft = derna();
    const result = removeActor(draft, "haftar");
    expect(result.removed).toBe(false);
    if (!result.removed) expect(result.references.entries).toEqual(findActorReferences(draft, "haftar").entries);
    if (!result.removed) expect(result.references.entries.length).toBeGreaterThan(0);
    expect(draft.actors.map((a) => a.id)).toContain("haftar");
  });

  it("are removed once nothing refers to them", () => {
    const { draft, id } = addActor(derna(), { name: { en: "Nobody", ar: "لا أحد" }, description: "d" });
    const result = removeActor(draft, id);
    expect(result.removed && result.draft.actors.map((a) => a.id)).not.toContain(id);
  });
});

describe("events", () => {
  it("cannot be removed while articles are filed under them, naming those articles", () => {
    const draft = derna();
    const result = removeEvent(draft, "assault-2018");
    expect(result.removed).toBe(false);
    if (!result.removed) expect(result.references.articles.length).toBeGreaterThan(0);
  });

  it("are removed once nothing refers to them", () => {
    const { draft, id } = addEvent(derna(), { name: { en: "Ceasefire talks", ar: "محادثات وقف إطلاق النار" }, period: "2018", description: "d" });
    expect(id).toBe("ceasefire-talks");
    const result = removeEvent(draft, id);
    expect(result.removed).toBe(true);
  });
});
