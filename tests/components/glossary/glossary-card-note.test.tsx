import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GlossaryCard, type GlossaryNames } from "@/components/glossary/glossary-card";
import type { LexiconEntry } from "@/lib/case-study/schema";
import { GLOSSARY_MESSAGES } from "@/lib/i18n/glossary-messages";
import type { Locale } from "@/lib/i18n/locale";

afterEach(cleanup);

const entry: LexiconEntry = {
  id: "besieged-town",
  forms: ["البلدة المحاصرة"],
  gloss: "the besieged town",
  category: "assault",
  actor: null,
  stance: null,
  event: null,
  note: "Naming the town by its siege keeps the blockade in view.",
  note_ar: "تسمية البلدة بحصارها تُبقي الحصار في الصورة.",
  seeds: [],
};
const names: GlossaryNames = { outlets: [{ id: "paper", name: "The Paper" }], actors: {}, events: {}, stances: {} };

function renderCard(locale: Locale, shown: LexiconEntry) {
  render(<GlossaryCard item={{ entry: shown, byOutlet: { paper: 1 }, total: 1, searchText: "" }} caseId="demo" locale={locale} names={names} color="#000" messages={GLOSSARY_MESSAGES[locale]} />);
  return screen.getByTestId("entry-note");
}

describe("the glossary card's note on why a term frames", () => {
  it("reads in Arabic, right to left, in the Arabic interface", () => {
    const note = renderCard("ar", entry);
    expect(note).toHaveTextContent(entry.note_ar!);
    expect(note).toHaveAttribute("lang", "ar");
    expect(note).toHaveAttribute("dir", "rtl");
  });

  it("falls back to the English note, marked English, when the entry has no Arabic one", () => {
    const { note_ar: _unwritten, ...englishOnly } = entry;
    const note = renderCard("ar", englishOnly);
    expect(note).toHaveTextContent(entry.note);
    expect(note).toHaveAttribute("lang", "en");
    expect(note).toHaveAttribute("dir", "ltr");
  });

  it("stays English in the English interface", () => {
    const note = renderCard("en", entry);
    expect(note).toHaveTextContent(entry.note);
    expect(note).toHaveAttribute("lang", "en");
  });
});
