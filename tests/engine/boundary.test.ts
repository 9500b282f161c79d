// @vitest-environment node
import { describe, expect, it } from "vitest";
import { importSpecifiers, resolveSpecifier, sourceFiles } from "../architecture/source-imports";

describe("the engine's boundary", () => {
  it("is crossed only through lib/engine/index.ts", () => {
    // The engine's own tests (tests/engine) may look inside it; everything else goes through its index.
    const outside = sourceFiles("app", "components", "lib", "scripts", "bench", "tests").filter((file) => !file.startsWith("lib/engine/") && !file.startsWith("tests/engine/"));
    const internal = outside.flatMap((file) =>
      importSpecifiers(file)
        .filter((specifier) => {
          const target = resolveSpecifier(file, specifier);
          return target !== null && target.startsWith("lib/engine/") && target !== "lib/engine/index.ts";
        })
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(internal).toEqual([]);
  });
});
