// @vitest-environment node
import { describe, expect, it } from "vitest";
import { deckQuery, endAt, resolveDeck } from "@/lib/classroom/deck";
import { buildSlides } from "@/lib/classroom/slides";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const all = buildSlides(getBundledCaseAnalysis("derna")!);
const ids = all.map((s) => s.id);
// The row pairs' alternates (pair-actor-lna.2, …): offered, hidden until shown.
const alternates = all.filter((s) => s.kind === "pair" && s.alternate).map((s) => s.id);
const shownByDefault = ids.filter((id) => !alternates.includes(id));
const readBack = (query: URLSearchParams) => resolveDeck(all, { slides: query.get("slides"), hide: query.get("hide"), show: query.get("show") });

describe("resolveDeck", () => {
  it("shows every slide but the alternates, in the default order, when the URL says nothing", () => {
    expect(alternates).toContain("pair-actor-lna.2");
    const deck = resolveDeck(all, {});
    expect(deck.slides.map((s) => s.id)).toEqual(shownByDefault);
    expect(deck.order).toEqual(ids);
    expect(deck.hidden).toEqual(alternates);
    expect(deck.unknown).toEqual([]);
  });

  it("shows an alternate named in ?show=, in its place", () => {
    const deck = resolveDeck(all, { show: "pair-actor-lna.2" });
    const shown = deck.slides.map((s) => s.id);
    expect(shown).toHaveLength(shownByDefault.length + 1);
    expect(shown.slice(shown.indexOf("pair-actor-lna"), shown.indexOf("pair-actor-lna") + 2)).toEqual(["pair-actor-lna", "pair-actor-lna.2"]);
    expect(deck.hidden).not.toContain("pair-actor-lna.2");
  });

  it("shows an alternate that ?slides= picks", () => {
    expect(resolveDeck(all, { slides: "actor-lna,pair-actor-lna.3" }).slides.map((s) => s.id)).toEqual(["actor-lna", "pair-actor-lna.3"]);
  });

  it("picks and orders slides by ?slides=, the others hidden at the end of the order", () => {
    const deck = resolveDeck(all, { slides: "actor-lna,event-assault-2018,pair-actor-lna" });
    expect(deck.slides.map((s) => s.id)).toEqual(["actor-lna", "event-assault-2018", "pair-actor-lna"]);
    expect(deck.order.slice(0, 3)).toEqual(["actor-lna", "event-assault-2018", "pair-actor-lna"]);
    expect(deck.order).toHaveLength(ids.length);
    expect(deck.hidden).toHaveLength(ids.length - 3);
  });

  it("skips the slides in ?hide=", () => {
    const deck = resolveDeck(all, { hide: "actor-haftar,pair-actor-haftar" });
    expect(deck.slides.map((s) => s.id)).toEqual(shownByDefault.filter((id) => id !== "actor-haftar" && id !== "pair-actor-haftar"));
    expect(deck.hidden.filter((id) => !alternates.includes(id))).toEqual(["actor-haftar", "pair-actor-haftar"]);
  });

  it("reports ids the case study has no slide for, once each, and leaves them out", () => {
    const deck = resolveDeck(all, { slides: "actor-lna,actor-nobody,actor-lna,,event-x", hide: "actor-nobody,pair-9" });
    expect(deck.unknown).toEqual(["actor-nobody", "event-x", "pair-9"]);
    expect(deck.slides.map((s) => s.id)).toEqual(["actor-lna"]);
  });

  it("falls back to every slide when ?slides= names none the case has", () => {
    const deck = resolveDeck(all, { slides: "nope" });
    expect(deck.slides).toHaveLength(shownByDefault.length);
    expect(deck.unknown).toEqual(["nope"]);
  });

  it("reads repeated parameters and spaces as a list", () => {
    expect(resolveDeck(all, { slides: ["actor-lna", " title "] }).slides.map((s) => s.id)).toEqual(["actor-lna", "title"]);
  });
});

describe("deckQuery", () => {
  it("keeps a plain deck's URL plain", () => {
    expect(deckQuery({ order: ids, hidden: alternates }, all).toString()).toBe("");
  });

  it("writes a shown alternate into ?show= and reads back into the same deck", () => {
    const hidden = alternates.filter((id) => id !== "pair-actor-haftar.2");
    const query = deckQuery({ order: ids, hidden: [...hidden, "actor-isis"] }, all);
    expect(query.get("show")).toBe("pair-actor-haftar.2");
    expect(query.get("hide")).toBe("actor-isis");
    expect(query.get("slides")).toBeNull();
    expect(readBack(query).slides.map((s) => s.id)).toEqual(ids.filter((id) => !hidden.includes(id) && id !== "actor-isis"));
  });

  it("writes the order only when it changed and the hidden slides in deck order", () => {
    const order = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const query = deckQuery({ order, hidden: ["actor-haftar", "title"] }, all);
    expect(query.get("slides")).toBe(order.join(","));
    expect(query.get("hide")).toBe("title,actor-haftar");
    expect(query.get("slides")?.split(",")[0]).toBe(ids[1]);
  });

  it("reads a reordered deck back into the same deck, an alternate shown among hidden ones", () => {
    const order = [...ids].reverse();
    const hidden = ["pair-actor-lna", "event-siege-2016-2018", ...alternates.slice(1)];
    const query = deckQuery({ order, hidden }, all);
    const deck = readBack(query);
    expect(deck.order).toEqual(order);
    expect(deck.slides.map((s) => s.id)).toEqual(order.filter((id) => !hidden.includes(id)));
  });
});

describe("endAt", () => {
  const deck = { order: ["title", "a", "b", "c", "summary"], hidden: ["b"] };

  it("hides every slide after the one picked, the closing summary left as it was", () => {
    expect(endAt(deck, "a", ["summary"])).toEqual(["b", "c"]);
    expect(endAt({ ...deck, hidden: ["b", "summary"] }, "a", ["summary"])).toEqual(["b", "c", "summary"]);
  });

  it("hides the summary too when nothing closes the deck, and keeps what was hidden before the slide", () => {
    expect(endAt({ ...deck, hidden: ["title"] }, "a")).toEqual(["title", "b", "c", "summary"]);
  });

  it("ends a Derna deck at its first actor: the title, that actor and the summary are left", () => {
    const shown = resolveDeck(all, {});
    const hidden = endAt(shown, "actor-lna", ["summary"]);
    // Written into the URL and read back, as the arrange page and the deck do.
    expect(readBack(deckQuery({ order: shown.order, hidden }, all)).slides.map((s) => s.id)).toEqual(["title", "actor-lna", "summary"]);
  });

  it("changes nothing for an id the deck does not have", () => {
    expect(endAt(deck, "nobody", ["summary"])).toEqual(["b"]);
  });
});
