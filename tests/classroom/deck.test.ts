import { describe, expect, it } from "vitest";
import { deckQuery, resolveDeck } from "@/lib/classroom/deck";
import { buildSlides } from "@/lib/classroom/slides";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const all = buildSlides(getBundledCaseAnalysis("derna")!);
const ids = all.map((s) => s.id);

describe("resolveDeck", () => {
  it("shows every slide in the default order when the URL says nothing", () => {
    const deck = resolveDeck(all, {});
    expect(deck.slides.map((s) => s.id)).toEqual(ids);
    expect(deck.hidden).toEqual([]);
    expect(deck.unknown).toEqual([]);
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
    expect(deck.slides.map((s) => s.id)).toEqual(ids.filter((id) => id !== "actor-haftar" && id !== "pair-actor-haftar"));
    expect(deck.hidden).toEqual(["actor-haftar", "pair-actor-haftar"]);
  });

  it("reports ids the case study has no slide for, once each, and leaves them out", () => {
    const deck = resolveDeck(all, { slides: "actor-lna,actor-nobody,actor-lna,,event-x", hide: "actor-nobody,pair-9" });
    expect(deck.unknown).toEqual(["actor-nobody", "event-x", "pair-9"]);
    expect(deck.slides.map((s) => s.id)).toEqual(["actor-lna"]);
  });

  it("falls back to every slide when ?slides= names none the case has", () => {
    const deck = resolveDeck(all, { slides: "nope" });
    expect(deck.slides).toHaveLength(ids.length);
    expect(deck.unknown).toEqual(["nope"]);
  });

  it("reads repeated parameters and spaces as a list", () => {
    expect(resolveDeck(all, { slides: ["actor-lna", " title "] }).slides.map((s) => s.id)).toEqual(["actor-lna", "title"]);
  });
});

describe("deckQuery", () => {
  it("keeps a plain deck's URL plain", () => {
    expect(deckQuery({ order: ids, hidden: [] }, ids).toString()).toBe("");
  });

  it("writes the order only when it changed and the hidden slides in deck order", () => {
    const order = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const query = deckQuery({ order, hidden: ["actor-haftar", "title"] }, ids);
    expect(query.get("slides")).toBe(order.join(","));
    expect(query.get("hide")).toBe("title,actor-haftar");
    expect(query.get("slides")?.split(",")[0]).toBe(ids[1]);
  });

  it("reads back into the same deck", () => {
    const order = [...ids].reverse();
    const hidden = ["pair-actor-lna", "event-siege-2016-2018"];
    const query = deckQuery({ order, hidden }, ids);
    const deck = resolveDeck(all, { slides: query.get("slides"), hide: query.get("hide") });
    expect(deck.order).toEqual(order);
    expect(deck.slides.map((s) => s.id)).toEqual(order.filter((id) => !hidden.includes(id)));
  });
});
