// @vitest-environment node
import { describe, expect, it } from "vitest";
import { localizedHref, pathWithoutLocale } from "@/lib/i18n/locale";

describe("pathWithoutLocale", () => {
  it("should leave a path without a language segment as it is", () => {
    expect(pathWithoutLocale("/cases/derna")).toBe("/cases/derna");
    expect(pathWithoutLocale("/")).toBe("/");
  });

  it("should drop the language segment a pre-rendered page knows its path by", () => {
    expect(pathWithoutLocale("/en/cases/derna")).toBe("/cases/derna");
    expect(pathWithoutLocale("/ar/cases/derna/exercise/libya24-2018-06")).toBe("/cases/derna/exercise/libya24-2018-06");
  });

  it("should give the home page for a bare language segment", () => {
    expect(pathWithoutLocale("/en")).toBe("/");
    expect(pathWithoutLocale("/ar")).toBe("/");
  });

  it("should not take a path that only starts with a language's letters, or another two-letter segment", () => {
    expect(pathWithoutLocale("/english")).toBe("/english");
    expect(pathWithoutLocale("/arabic/x")).toBe("/arabic/x");
    expect(pathWithoutLocale("/fr/cases")).toBe("/fr/cases");
  });
});

describe("localizedHref", () => {
  it("should add lang=ar for Arabic and keep the query and the hash", () => {
    expect(localizedHref("/cases/derna/terms?entry=x#m-5", "ar")).toBe("/cases/derna/terms?entry=x&lang=ar#m-5");
  });

  it("should remove the language parameter for English", () => {
    expect(localizedHref("/cases/derna?lang=ar", "en")).toBe("/cases/derna");
  });
});
