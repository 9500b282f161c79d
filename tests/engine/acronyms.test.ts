// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon, tokenize } from "@/lib/engine";
import { term } from "./fixtures";

/** Acronyms that spell an English word, beside ones that do not. */
const lexicon = compileLexicon([
  term("islamic-state", ["IS", "Islamic State"], { category: null, actor: "isis", stance: "neutral" }),
  term("who", ["WHO"], { category: null, actor: "who", stance: "neutral" }),
  term("lna", ["LNA"], { category: null, actor: "lna", stance: "neutral" }),
  term("is-fighters", ["IS fighters"], { category: "extremism", actor: "isis", stance: "delegitimizing" }),
]);
const mentions = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.entry}`);

describe("acronyms that spell an English word", () => {
  it("match the Islamic State's initials IS written in capitals, and not the verb is", () => {
    expect(mentions("IS lost the port, which is now calm. Is it over? It is.")).toEqual(["IS:islamic-state"]);
  });

  it("match WHO in capitals, and not the pronoun who", () => {
    expect(mentions("The WHO sent oxygen to those who stayed; Who paid?")).toEqual(["WHO:who"]);
  });

  it("match IS before a possessive: IS's and IS’s leaders", () => {
    expect(mentions("IS's leaders and IS’s fighters")).toEqual(["IS:islamic-state", "IS:islamic-state"]);
  });

  it("leave an acronym that is no English word matched in small letters too: lna", () => {
    expect(mentions("the LNA and the lna")).toEqual(["LNA:lna", "lna:lna"]);
  });

  it("leave longer forms that start with such an acronym to the usual rule", () => {
    expect(mentions("IS fighters withdrew.")).toEqual(["IS fighters:is-fighters"]);
  });

  it("tell a word written in capitals from one that is not", () => {
    expect([...tokenize("IS Is is LNA Derna ISIS2").capitals.slice(0, 6)]).toEqual([1, 0, 0, 1, 0, 0]);
  });
});
