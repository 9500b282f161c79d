// @vitest-environment node
import { describe, expect, it } from "vitest";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { format } from "@/lib/i18n/messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";

const TIMES = "{count|one=مرة واحدة|two=مرتين|few=# مرات|many=# مرة|other=# مرة}";

describe("a counted noun agrees with its number", () => {
  it.each([
    [1, "مرة واحدة"],
    [2, "مرتين"],
    [3, "3 مرات"],
    [10, "10 مرات"],
    [11, "11 مرة"],
    [99, "99 مرة"],
    [100, "100 مرة"],
    [103, "103 مرات"],
  ])("in Arabic, %i reads «%s»", (count, expected) => {
    expect(format(TIMES, { count })).toBe(expected);
  });

  it("in English, with only one and other given, 2 and 3 take other", () => {
    const template = "{count|one=once|other=# times}";
    expect([1, 2, 3, 12].map((count) => format(template, { count }))).toEqual(["once", "2 times", "3 times", "12 times"]);
  });

  it("falls back to other for a category the placeholder leaves out", () => {
    expect(format("{count|one=مقالة واحدة|other=# مقالة}", { count: 2 })).toBe("2 مقالة");
  });

  it("leaves a placeholder with forms alone when its value is not a number", () => {
    expect(format("{count|one=x|other=#}", { count: "many" })).toBe("{count|one=x|other=#}");
  });
});

describe("the Arabic interface's generated lines", () => {
  it("counts articles with تسميات-style agreement: مقالتان, 5 مقالات, 12 مقالة", () => {
    expect([2, 5, 12].map((count) => format(PRESENT_MESSAGES.ar.titleArticles, { count }))).toEqual(["مقالتان", "5 مقالات", "12 مقالة"]);
  });

  it("says how many times a label was used: مرتين, 3 مرات, 14 مرة", () => {
    expect([2, 3, 14].map((count) => format(PRESENT_MESSAGES.ar.usesLabel, { count }))).toEqual(["استُخدمت مرتين", "استُخدمت 3 مرات", "استُخدمت 14 مرة"]);
  });

  it("gives an outlet's labels for an actor without a pronoun that would have to agree with the actor's gender", () => {
    const line = format(OVERVIEW_MESSAGES.ar.summaryActor, { actor: "القوات المسلحة", legitimizing: 3, neutral: 0, delegitimizing: 5 });
    expect(line).toBe("تسميات القوات المسلحة: 3 منها تضفي الشرعية، و0 محايدة، و5 تنزع الشرعية");
    expect(line).not.toMatch(/عنه|عنها/);
  });

  it("counts the evidence table's rows with the noun that fits: 4 إشارات, 120 إشارة", () => {
    expect(format(TABLE_MESSAGES.ar.resultCount, { shown: 4, total: 4 })).toBe("4 من 4 إشارات");
    expect(format(TABLE_MESSAGES.ar.resultCount, { shown: 20, total: 120 })).toBe("20 من 120 إشارة");
  });
});
