// @vitest-environment node
import { describe, expect, it } from "vitest";
import { formatArticleDate } from "@/lib/case-study/format-date";

describe("formatArticleDate", () => {
  it("should show a day-precise date as day, short month and year", () => {
    expect(formatArticleDate({ date: "2018-02-13", datePrecision: "day", dateApproximate: false })).toBe("13 Feb 2018");
  });

  it("should not pad a single-digit day", () => {
    expect(formatArticleDate({ date: "2016-04-05", datePrecision: "day", dateApproximate: false })).toBe("5 Apr 2016");
  });

  it("should show a month-precise approximate date as month and year, marked approximate", () => {
    expect(formatArticleDate({ date: "2018-05", datePrecision: "month", dateApproximate: true })).toBe("May 2018 (approx.)");
  });

  it("should show a year-precise date as the year alone", () => {
    expect(formatArticleDate({ date: "2018", datePrecision: "year", dateApproximate: false })).toBe("2018");
  });
});
