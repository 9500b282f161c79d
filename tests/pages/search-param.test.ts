// @vitest-environment node
import { describe, expect, it } from "vitest";
import { firstSearchParam } from "@/lib/pages/search-param";

describe("firstSearchParam", () => {
  it("should read a parameter given once", () => {
    expect(firstSearchParam("حفتر")).toBe("حفتر");
  });

  it("should read the first value when the URL repeats the key", () => {
    expect(firstSearchParam(["lna", "dmsc"])).toBe("lna");
  });

  it("should say null when the parameter is absent or empty", () => {
    expect(firstSearchParam(undefined)).toBeNull();
    expect(firstSearchParam("")).toBeNull();
    expect(firstSearchParam([])).toBeNull();
  });
});
