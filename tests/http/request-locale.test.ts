// @vitest-environment node
import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, requestLocale } from "@/lib/http/request-locale";

describe("requestLocale", () => {
  it.each([
    ["ar", "ar"],
    ["ar-LY", "ar"],
    ["AR-ly,en;q=0.8", "ar"],
    ["ar-EG;q=0.9, fr;q=0.5", "ar"],
    ["en;q=0.5, ar;q=0.9", "ar"],
  ])("answers in Arabic when the first language of %j is Arabic", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it.each([
    [null, "en"],
    ["", "en"],
    ["en-GB", "en"],
    ["fr, ar;q=0.9", "en"],
    ["en, ar", "en"],
    ["*", "en"],
    ["arn", "en"],
    ["ar;q=0, en;q=0.1", "en"],
  ])("answers in English for %j, where Arabic is not first", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("reads the header of a request", () => {
    expect(requestLocale(new Request("http://localhost/", { headers: { "accept-language": "ar-LY,ar;q=0.9" } }))).toBe("ar");
    expect(requestLocale(new Request("http://localhost/"))).toBe("en");
  });
});
