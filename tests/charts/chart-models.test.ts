// @vitest-environment node
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, STANCES } from "@/lib/case-study/schema";
import { ACTOR_COLORS, actorColor } from "@/lib/charts/actor-colors";
import { buildCaseCharts } from "@/lib/charts/chart-models";
import { describeArticles } from "@/lib/charts/chart-notes";
import { formatCounted } from "@/lib/charts/format";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { ACTOR_SHORT_MESSAGES } from "@/lib/i18n/charts-messages";
import { CATEGORY_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";

const analysis = getBundledCaseAnalysis("derna")!;

describe("buildCaseCharts", () => {
  it("should list each outlet's articles oldest first with their body words", () => {
    const aljazeera = buildCaseCharts(analysis, "en").outlets.find((o) => o.id === "aljazeera");
    expect(aljazeera?.articles.map((a) => a.id)).toEqual(["aljazeera-2016-04", "aljazeera-2018-02"]);
    expect(aljazeera?.words).toBe(aljazeera?.articles.reduce((n, a) => n + a.words, 0));
  });

  it("should offer, for the stance chart, only the actors some outlet labels", () => {
    const { stance } = buildCaseCharts(analysis, "en");
    expect(stance.actors.every((a) => a.count > 0)).toBe(true);
    expect(stance.actors[0]).toEqual({ id: "lna", name: "Haftar-led forces (Libyan National Army)", count: 65 });
    expect(stance.actor.id).toBe("lna");
  });

  it("should give every outlet a row for the chosen actor, zeros where it never names it", () => {
    const { stance } = buildCaseCharts(analysis, "en", "egypt");
    expect(stance.rows).toEqual([
      { outlet: "qposts", legitimizing: 0, neutral: 0, delegitimizing: 0 },
      { outlet: "libya24", legitimizing: 0, neutral: 0, delegitimizing: 0 },
      { outlet: "youm7", legitimizing: 0, neutral: 0, delegitimizing: 0 },
      // Egypt's framing labels (Egyptian supervision, raids, forces, promises, support); Cairo and Sisi are plain names.
      { outlet: "aljazeera", legitimizing: 0, neutral: 5, delegitimizing: 0 },
    ]);
  });

  it("should name categories, stances and actors in the interface language", () => {
    const ar = buildCaseCharts(analysis, "ar", "dmsc");
    expect(ar.category.categories.find((c) => c.id === "terrorism")?.name).toBe("الإرهاب");
    expect(ar.stance.actor.name).toBe("مجلس شورى مجاهدي درنة");
    expect(ar.stance.stances.map((s) => s.name)).toEqual(["يُضفي الشرعية", "محايد", "ينزع الشرعية"]);
    expect(ar.attention.actors.find((a) => a.id === "lna")?.short).toBe("الجيش الوطني");
  });
});

describe("the taxonomy's names", () => {
  it("should name every category and stance in both languages", () => {
    for (const locale of ["en", "ar"] as const) {
      expect(Object.keys(CATEGORY_NAMES[locale]).sort()).toEqual([...CATEGORY_IDS].sort());
      expect(Object.keys(STANCE_NAMES[locale]).sort()).toEqual([...STANCES].sort());
    }
  });

  it("should have a short name for every Derna actor", () => {
    expect(Object.keys(ACTOR_SHORT_MESSAGES.en).sort()).toEqual(analysis.caseStudy.actors.map((a) => a.id).sort());
  });
});

describe("helpers", () => {
  it("should describe the articles counted in one line", () => {
    expect(describeArticles(buildCaseCharts(analysis, "en").outlets, "en")).toBe(
      "Articles counted: Qposts: May 2018 (approx.), 395 body words; Libya24: Jun 2018 (approx.), 454 body words; Youm7: Jun 2018 (approx.), 534 body words; Al Jazeera: Apr 2016 (approx.), 13 Feb 2018, 713 body words.",
    );
  });

  it("should colour actors from the palette, starting over past its end", () => {
    expect(actorColor(0)).toBe(ACTOR_COLORS[0]);
    expect(actorColor(ACTOR_COLORS.length)).toBe(ACTOR_COLORS[0]);
    expect(new Set(ACTOR_COLORS).size).toBe(ACTOR_COLORS.length);
  });
});

describe("formatCounted", () => {
  it("should use the singular for one and the plural otherwise", () => {
    expect(formatCounted(1, "1 label", "{count} labels")).toBe("1 label");
    expect(formatCounted(1234, "1 label", "{count} labels")).toBe("1,234 labels");
    expect(formatCounted(0, "{actor} (1 label)", "{actor} ({count} labels)", { actor: "Egypt" })).toBe("Egypt (0 labels)");
  });
});
