// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { lexiconEntrySchema } from "@/lib/case-study/schema";
import { termNote } from "@/lib/i18n/term-note";

const derna = getBundledCaseStudy();
const entry = {
  id: "made-up-term",
  forms: ["عبارة مختلقة"],
  gloss: "a made-up phrase",
  category: null,
  actor: null,
  stance: null,
  event: null,
  note: "A note written for this test.",
  seeds: [],
};

describe("a lexicon entry's Arabic note", () => {
  it("is optional: an entry with only the English note is valid", () => {
    expect(lexiconEntrySchema.safeParse(entry).success).toBe(true);
  });

  it("is accepted as a string of its own, beside the English note", () => {
    const parsed = lexiconEntrySchema.parse({ ...entry, note_ar: "ملاحظة كُتبت لهذا الاختبار." });
    expect(parsed.note_ar).toBe("ملاحظة كُتبت لهذا الاختبار.");
    expect(parsed.note).toBe("A note written for this test.");
  });

  it("is refused when empty or not a string, naming the field", () => {
    for (const note_ar of ["", 42, null]) {
      const result = lexiconEntrySchema.safeParse({ ...entry, note_ar });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join("."))).toContain("note_ar");
    }
  });

  it("is written for every entry of the Derna lexicon, in Arabic script, right after the English note", () => {
    expect(derna.lexicon.length).toBeGreaterThan(300);
    for (const e of derna.lexicon) {
      expect(e.note_ar, e.id).toMatch(/\p{Script=Arabic}/u);
      const keys = Object.keys(e);
      expect(keys.indexOf("note_ar"), e.id).toBe(keys.indexOf("note") + 1);
    }
  });
});

describe("termNote", () => {
  it("gives the Arabic interface the Arabic note, marked Arabic, right to left", () => {
    expect(termNote({ note: "English.", note_ar: "عربية." }, "ar")).toEqual({ text: "عربية.", lang: "ar", dir: "rtl" });
  });

  it("falls back to the English note, marked English, when no Arabic note is written", () => {
    expect(termNote({ note: "English." }, "ar")).toEqual({ text: "English.", lang: "en", dir: "ltr" });
  });

  it("gives the English interface the English note even when an Arabic one exists", () => {
    expect(termNote({ note: "English.", note_ar: "عربية." }, "en")).toEqual({ text: "English.", lang: "en", dir: "ltr" });
  });
});
