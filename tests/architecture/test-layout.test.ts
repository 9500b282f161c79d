// @vitest-environment node
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./source-imports";

/** Folders of tests/ that test no one area: the browser, the gold annotation, shared fixtures, this check. */
const NOT_AN_AREA = new Set(["e2e", "gold", "fixtures", "architecture", "components"]);

const folders = (relative: string) => readdirSync(path.join(ROOT, relative)).filter((name) => statSync(path.join(ROOT, relative, name)).isDirectory());

describe("the tests' folders", () => {
  it("mirror lib/: tests/<area>/ tests lib/<area>/", () => {
    const strays = folders("tests").filter((area) => !NOT_AN_AREA.has(area) && !existsSync(path.join(ROOT, "lib", area)));
    expect(strays).toEqual([]);
  });

  it("mirror components/: tests/components/<area>/ tests components/<area>/", () => {
    const strays = folders("tests/components").filter((area) => !existsSync(path.join(ROOT, "components", area)));
    expect(strays).toEqual([]);
  });
});
