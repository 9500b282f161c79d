// @vitest-environment node
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, sourceFiles } from "./source-imports";

const graph = importGraph(sourceFiles("app", "components", "lib"));

describe("the import graph of app/, components/ and lib/", () => {
  it("has no import loop", () => {
    expect(importCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("has no module under lib/ importing from components/", () => {
    const upward = [...graph].flatMap(([file, targets]) => (file.startsWith("lib/") ? targets.filter((t) => t.startsWith("components/")).map((t) => `${file} → ${t}`) : []));
    expect(upward).toEqual([]);
  });

  it("keeps the case study's definitions free of the store", () => {
    const intoStore = [...graph].flatMap(([file, targets]) => (file.startsWith("lib/case-study/") ? targets.filter((t) => t.startsWith("lib/store/")).map((t) => `${file} → ${t}`) : []));
    expect(intoStore).toEqual([]);
  });
});
