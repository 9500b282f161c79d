// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { getReaderView } from "@/lib/reader/reader-view";

const analysis = getBundledCaseAnalysis("derna")!;
const { caseStudy } = analysis;
const youm7 = analysis.articles.find((a) => a.article.id === "youm7-2018-06")!;
const aljazeera2016 = analysis.articles.find((a) => a.article.id.startsWith("aljazeera-2016"))!;

describe("getReaderView", () => {
  it("should count the body's mentions only, and link the summary to the article's rows in the evidence table", () => {
    const view = getReaderView(caseStudy, youm7, null, "en");
    expect(view.summary.mentions).toBe(youm7.mentions.filter((m) => !m.chrome).length);
    expect(view.summary.words).toBe(youm7.words);
    expect(view.summary.href).toBe("/cases/derna/terms?article=youm7-2018-06");
  });

  it("should list in the legend each category the article uses, with its body count and its evidence link", () => {
    const view = getReaderView(caseStudy, youm7, null, "en");
    const assault = view.legend.find((item) => item.id === "assault")!;
    expect(assault.name).toBe("Assault");
    expect(assault.count).toBe(youm7.mentions.filter((m) => m.category === "assault" && !m.chrome).length);
    expect(assault.href.startsWith("/cases/derna/terms?")).toBe(true);
    expect(new URLSearchParams(assault.href.split("?")[1]).get("category")).toBe("assault");
    expect(new URLSearchParams(assault.href.split("?")[1]).get("article")).toBe("youm7-2018-06");
  });

  it("should speak the interface language: Arabic names and Arabic-prefixed links under ?lang=ar", () => {
    const view = getReaderView(caseStudy, youm7, null, "ar");
    expect(view.legend.find((item) => item.id === "assault")!.name).not.toBe("Assault");
    expect(view.summary.href).toContain("lang=ar");
  });

  it("should keep an actor chosen in the URL that the article never names, with a count of 0 and no labels", () => {
    const named = new Set(aljazeera2016.mentions.map((m) => m.actor));
    const absent = caseStudy.actors.find((a) => !named.has(a.id))!;
    const view = getReaderView(caseStudy, aljazeera2016, { kind: "actor", id: absent.id }, "en");
    expect(view.actors.find((a) => a.id === absent.id)!.name).toMatch(/\(0\)/);
    expect(view.focus).toMatchObject({ name: absent.name.en, labels: [] });
  });

  it("should give the focused actor's labels, each linked to its rows of this article", () => {
    const view = getReaderView(caseStudy, youm7, { kind: "actor", id: "lna" }, "en");
    expect(view.focus!.labels.length).toBeGreaterThan(0);
    for (const label of view.focus!.labels) {
      const query = new URLSearchParams(label.href.split("?")[1]);
      expect(query.get("entry")).toBe(label.entry);
      expect(query.get("article")).toBe("youm7-2018-06");
    }
  });
});
