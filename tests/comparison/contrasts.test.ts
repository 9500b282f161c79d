// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyze, compileLexicon, countMentions, ratePer1000Words, type Mention } from "@/lib/engine";

/*
 * The ten contrasts a student must see when comparing the five seed articles: each is a fact
 * of the articles' wording that the charts, the matrix and the summaries are built to show.
 * If tagging changes so that one of them no longer holds, the app teaches something false.
 */
const caseStudy = getBundledCaseStudy();
const lexicon = compileLexicon(caseStudy.lexicon);

function article(id: string) {
  const found = caseStudy.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no seed article ${id}`);
  const analysis = analyze(found.text, lexicon, { chromeLines: found.chromeLines });
  const body = analysis.mentions.filter((m) => !m.chrome);
  const counts = countMentions(analysis);
  return {
    ...found,
    body,
    counts,
    rates: ratePer1000Words(counts),
    category: (category: string) => counts.byCategory[category] ?? 0,
    stance: (actor: string, stance: "legitimizing" | "neutral" | "delegitimizing") => counts.byActor[actor]?.[stance] ?? 0,
    labelsOf: (actor: string) => body.filter((m: Mention) => m.actor === actor),
  };
}

const qposts = article("qposts-2018-05");
const libya24 = article("libya24-2018-06");
const youm7 = article("youm7-2018-06");
const aljazeera2018 = article("aljazeera-2018-02");
const aljazeera2016 = article("aljazeera-2016-04");
const proHaftar2018 = [qposts, libya24, youm7];

describe("the contrasts a student must see on the Derna seeds", () => {
  it("1. Al Jazeera's 2016 report uses no terrorism label, though it names the Islamic State again and again", () => {
    expect(aljazeera2016.category("terrorism")).toBe(0);
    const isisNames = aljazeera2016.labelsOf("isis").filter((m) => m.category === null);
    expect(isisNames.length).toBeGreaterThanOrEqual(5);
  });

  it("2. Al Jazeera's 2018 report gives Haftar's side no legitimizing label, only delegitimizing ones", () => {
    expect(aljazeera2018.stance("lna", "legitimizing") + aljazeera2018.stance("haftar", "legitimizing")).toBe(0);
    expect(aljazeera2018.stance("lna", "delegitimizing")).toBeGreaterThanOrEqual(5);
    expect(aljazeera2018.category("state-legitimacy")).toBe(0);
  });

  it("3. Libya24 calls the Derna fighters داعش in its 2018 headline, two years after Al Jazeera reported the Islamic State's withdrawal", () => {
    const headlineEnd = libya24.text.indexOf("\n");
    const inHeadline = libya24.body.filter((m) => m.end <= headlineEnd && m.actor === "isis");
    expect(inHeadline.map((m) => m.text)).toContain("داعش درنة");
    expect(libya24.events).toContain("assault-2018");
    expect(aljazeera2016.headline).toContain("تنظيم الدولة ينسحب من درنة");
    expect(libya24.date > aljazeera2016.date).toBe(true);
  });

  it("4. Qposts, Libya24 and Youm7 give Haftar's forces the labels of a state army, more often than any other", () => {
    for (const outlet of proHaftar2018) {
      expect(outlet.labelsOf("lna").some((m) => m.category === "state-legitimacy"), outlet.id).toBe(true);
      expect(outlet.stance("lna", "legitimizing"), outlet.id).toBeGreaterThan(outlet.stance("lna", "delegitimizing"));
    }
  });

  it("5. Haftar is the Field Marshal for Qposts and Libya24 and the retired general for Al Jazeera", () => {
    for (const outlet of [qposts, libya24]) expect(outlet.labelsOf("haftar").map((m) => m.entry), outlet.id).toContain("haftar-field-marshal");
    expect(aljazeera2018.labelsOf("haftar").map((m) => m.entry)).toContain("haftar-retired-general");
    expect(aljazeera2018.labelsOf("haftar").map((m) => m.entry)).not.toContain("haftar-field-marshal");
  });

  it("6. The pro-Haftar outlets call the Shura Council's fighters terrorists or extremists; both Al Jazeera articles name them by their own name", () => {
    for (const outlet of proHaftar2018) {
      const charged = outlet.labelsOf("dmsc").filter((m) => m.category === "terrorism" || m.category === "extremism");
      expect(charged.length, outlet.id).toBeGreaterThanOrEqual(5);
    }
    for (const outlet of [aljazeera2016, aljazeera2018]) {
      expect(outlet.stance("dmsc", "delegitimizing"), outlet.id).toBe(0);
      expect(outlet.labelsOf("dmsc").some((m) => m.category === null), outlet.id).toBe(true);
    }
  });

  it("7. Al Jazeera calls the Islamic State تنظيم الدولة and never داعش; Libya24 and Youm7 say داعش", () => {
    for (const outlet of [aljazeera2016, aljazeera2018]) {
      const entries = outlet.labelsOf("isis").map((m) => m.entry);
      expect(entries, outlet.id).toContain("isis-islamic-state");
      expect(entries.some((e) => e.startsWith("isis-daesh")), outlet.id).toBe(false);
    }
    for (const outlet of [libya24, youm7]) expect(outlet.body.some((m) => m.text.includes("داعش")), outlet.id).toBe(true);
  });

  it("8. Only Al Jazeera's 2018 report frames the assault as foreign involvement (Egyptian supervision and raids)", () => {
    expect(aljazeera2018.category("foreign-involvement")).toBeGreaterThanOrEqual(5);
    expect(aljazeera2018.labelsOf("egypt").map((m) => m.entry)).toEqual(expect.arrayContaining(["egypt-egyptian-supervision", "egypt-egyptian-raids"]));
    for (const outlet of proHaftar2018) expect(outlet.category("foreign-involvement"), outlet.id).toBe(0);
  });

  it("9. Al Jazeera's 2018 report dwells on civilian harm far more than any pro-Haftar article, per 1,000 words", () => {
    const aljazeeraRate = aljazeera2018.rates["civilian-harm"] ?? 0;
    for (const outlet of proHaftar2018) expect(aljazeeraRate, outlet.id).toBeGreaterThan(2 * (outlet.rates["civilian-harm"] ?? 0));
  });

  it("10. Qposts holds 'purification' at a distance in its headline, then uses the word as its own in the body", () => {
    const purification = qposts.body.filter((m) => m.entry === "purification");
    const headlineEnd = qposts.text.indexOf("\n", qposts.text.indexOf("تطهير"));
    expect(purification.filter((m) => m.start < headlineEnd).map((m) => m.voice)).toEqual(["distanced"]);
    expect(purification.some((m) => m.start > headlineEnd && m.voice === "outlet")).toBe(true);
  });
});
