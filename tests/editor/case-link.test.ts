// @vitest-environment node
import { describe, expect, it } from "vitest";
import { caseIdFrom } from "@/lib/editor/case-link";

describe("caseIdFrom", () => {
  it("takes an id as it is", () => {
    expect(caseIdFrom(" derna ")).toBe("derna");
  });

  it("finds the id in a link to any page of the case study, in either language", () => {
    expect(caseIdFrom("https://framelens.example/cases/gaza-2024-3/terms?lang=ar")).toBe("gaza-2024-3");
    expect(caseIdFrom("/cases/derna/edit#token=abc")).toBe("derna");
  });

  it("gives null for anything that is not an id", () => {
    expect(caseIdFrom("")).toBeNull();
    expect(caseIdFrom("Derna Case")).toBeNull();
    expect(caseIdFrom("درنة")).toBeNull();
  });
});
