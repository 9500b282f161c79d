// @vitest-environment node
import { describe, expect, it } from "vitest";
import { clearProgress, type ExerciseProgress, progressKey, readProgress, summarizeScore, writeProgress } from "@/lib/classroom/progress";
import { scoreExercise } from "@/lib/classroom/score";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

const refusing = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

const progress: ExerciseProgress = { selections: [{ start: 4, end: 11, category: "assault" }], submitted: null };

describe("progressKey", () => {
  it("should file progress per case, article and answer-key version", () => {
    const keys = new Set([progressKey("derna", "a", "v1"), progressKey("derna", "b", "v1"), progressKey("other", "a", "v1"), progressKey("derna", "a", "v2")]);
    expect(keys.size).toBe(4);
  });
});

describe("readProgress / writeProgress / clearProgress", () => {
  it("should read nothing where nothing was saved", () => {
    expect(readProgress(memoryStorage(), "k")).toBeNull();
  });

  it("should read back what was written", () => {
    const storage = memoryStorage();
    expect(writeProgress(storage, "k", progress)).toBe(true);
    expect(readProgress(storage, "k")).toEqual(progress);
    const submitted = { ...progress, submitted: { found: 1, selected: 1, reference: 40, categoryRight: 1 } };
    writeProgress(storage, "k", submitted);
    expect(readProgress(storage, "k")).toEqual(submitted);
  });

  it("should forget on clear", () => {
    const storage = memoryStorage();
    writeProgress(storage, "k", progress);
    clearProgress(storage, "k");
    expect(readProgress(storage, "k")).toBeNull();
  });

  it("should read malformed values as no progress", () => {
    const storage = memoryStorage();
    for (const bad of ["{", "null", "[]", '{"selections":[{"start":5,"end":2,"category":null}],"submitted":null}', '{"selections":[],"submitted":{"found":"1"}}']) {
      storage.setItem("k", bad);
      expect(readProgress(storage, "k"), bad).toBeNull();
    }
  });

  it("should survive a browser that refuses storage", () => {
    expect(readProgress(refusing, "k")).toBeNull();
    expect(writeProgress(refusing, "k", progress)).toBe(false);
    expect(() => clearProgress(refusing, "k")).not.toThrow();
  });
});

describe("summarizeScore", () => {
  it("should keep the counts behind precision and recall", () => {
    // 3 terms; marks: 2 on terms (one with the wrong category), 1 elsewhere.
    const terms = [0, 10, 20].map((start) => ({ start, end: start + 5, text: "x", entry: `e${start}`, category: "terrorism", quoted: false }));
    const score = scoreExercise(terms, [
      { start: 0, end: 5, category: "terrorism" },
      { start: 10, end: 15, category: "assault" },
      { start: 30, end: 35, category: null },
    ]);
    expect(summarizeScore(score)).toEqual({ found: 2, selected: 3, reference: 3, categoryRight: 1 });
  });
});
