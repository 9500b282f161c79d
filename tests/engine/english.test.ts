// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon, findQuoteSpans, normalizeWords } from "@/lib/engine";
import { term } from "./fixtures";

/** An English lexicon, as a journalist would write one for English coverage of Derna. */
const lexicon = compileLexicon([
  term("rebels", ["rebels", "rebel"], { category: "rebel-militia", actor: "dmsc", stance: "neutral" }),
  term("terrorists", ["terrorists", "terrorist groups"], { category: "terrorism", actor: "dmsc", stance: "delegitimizing" }),
  term("lna", ["Libyan National Army", "LNA"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("haftar-forces", ["Haftar's forces", "forces loyal to Haftar"], { category: "militia-personalization", actor: "lna", stance: "delegitimizing" }),
  term("liberation", ["liberation", "liberate"], { category: "liberation" }),
  term("pro-government", ["pro-government forces"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
]);
const mentions = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.entry}`);
const quoted = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.quoted}`);

describe("English articles", () => {
  it("match a term whatever its capitals: Rebels, rebels and REBELS", () => {
    expect(mentions("Rebels held the port. The rebels withdrew. REBELS, said the sign.")).toEqual(["Rebels:rebels", "rebels:rebels", "REBELS:rebels"]);
  });

  it("match an acronym written in small letters too, and a multi-word name across a line break", () => {
    expect(mentions("The LNA and the lna are the Libyan\nNational Army.")).toEqual(["LNA:lna", "lna:lna", "Libyan\nNational Army:lna"]);
  });

  it("find a name in its possessive form: the Libyan National Army's advance", () => {
    expect(mentions("the Libyan National Army's advance on Derna")).toEqual(["Libyan National Army:lna"]);
    expect(mentions("the rebels' positions")).toEqual(["rebels:rebels"]);
  });

  it("match a possessive form with a straight or a curly apostrophe", () => {
    expect(mentions("Haftar's forces entered; Haftar’s forces left.")).toEqual(["Haftar's forces:haftar-forces", "Haftar’s forces:haftar-forces"]);
  });

  it("do not match a word inside a longer word: rebellion is not rebel, liberated is not liberate", () => {
    expect(mentions("The rebellion ended and the town was liberated.")).toEqual([]);
  });

  it("match a hyphenated form written with a hyphen, a non-breaking hyphen or a space", () => {
    expect(mentions("pro-government forces; pro‑government forces; pro government forces")).toEqual([
      "pro-government forces:pro-government",
      "pro‑government forces:pro-government",
      "pro government forces:pro-government",
    ]);
  });

  it("normalize an English phrase to its words in small letters, apostrophes and hyphens as breaks", () => {
    expect(normalizeWords("The Libyan National Army’s so-called “Operation Dignity”")).toBe("the libyan national army s so called operation dignity");
  });
});

describe("English quotation marks and distancing", () => {
  it("flag a term in curly double quotes: the army's “liberation” of Derna", () => {
    expect(quoted("the army's “liberation” of Derna")).toEqual(["liberation:true"]);
  });

  it("flag a term in straight single quotes, and not take the apostrophes around it for quotes", () => {
    expect(quoted("The rebels' spokesman called it a 'liberation', but Haftar's forces disagreed.")).toEqual([
      "rebels:false",
      "liberation:true",
      "Haftar's forces:false",
    ]);
  });

  it("do not open a quotation at a possessive apostrophe that ends a word", () => {
    const text = "The rebels' retreat and the LNA's advance";
    expect(findQuoteSpans(text)).toEqual([]);
  });

  it("flag a term right after so-called, as after ما يسمى", () => {
    expect(quoted("the so-called Libyan National Army")).toEqual(["Libyan National Army:true"]);
    expect(quoted("the so called liberation of Derna")).toEqual(["liberation:true"]);
  });

  it("flag a term right after self-styled or self-proclaimed", () => {
    expect(quoted("the self-styled Libyan National Army")).toEqual(["Libyan National Army:true"]);
    expect(quoted("a self-proclaimed liberation")).toEqual(["liberation:true"]);
  });

  it("flag a term right after alleged, as before المزعوم", () => {
    expect(quoted("the alleged terrorists")).toEqual(["terrorists:true"]);
  });

  it("do not flag a term that is merely near so-called", () => {
    expect(quoted("what is so-called is not the Libyan National Army")).toEqual(["Libyan National Army:false"]);
  });
});
