// @vitest-environment node
import { describe, expect, it } from "vitest";
import { scoreExercise } from "@/lib/classroom/score";
import { groupWords } from "@/lib/classroom/word-groups";
import { SETUP } from "./exercise-fixture";

describe("groupWords", () => {
  const selections = [
    { start: 0, end: 9, category: "terrorism" },
    { start: 20, end: 25, category: null },
  ];

  it("while marking, draws each mark's words as one run, the open one outlined", () => {
    const groups = groupWords(SETUP.words, selections, null, 0);
    expect(groups[0]).toEqual({ key: "s0", kind: "mark", category: "terrorism", active: true });
    expect(groups[1]).toEqual(groups[0]);
    expect(groups[2]).toBeUndefined();
    expect(groups[4]).toEqual({ key: "s20", kind: "mark", category: null, active: false });
  });

  it("checking scores against the answer key: found and extra marks, missed terms", () => {
    const terms = [
      { start: 5, end: 9, text: "حفتر", entry: "haftar", category: "terrorism", quoted: false },
      { start: 10, end: 14, text: "تقصف", entry: "shelling", category: "liberation", quoted: false },
    ];
    const groups = groupWords(SETUP.words, selections, scoreExercise(terms, selections), 0);
    expect(groups.map((g) => g?.kind)).toEqual(["found", "found", "missed", undefined, "extra", undefined]);
    expect(groups[0]).toMatchObject({ category: null, active: false });
  });
});
