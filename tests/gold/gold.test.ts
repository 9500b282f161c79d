// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, STANCES } from "@/lib/case-study/schema";
import { loadCaseStudy } from "@/lib/case-study/load";
import { analyze, compileLexicon, isWordCode, normalizeCode, type Mention } from "@/lib/engine";

interface GoldMention {
  start: number;
  end: number;
  text: string;
  category: string | null;
  actor: string | null;
  stance: string | null;
  quoted: boolean;
  chrome: boolean;
}
interface GoldFile {
  articles: { rawFile: string; mentions: GoldMention[] }[];
}

const gold: GoldFile = JSON.parse(readFileSync("tests/gold/derna.gold.json", "utf8"));
const caseStudy = loadCaseStudy("data/derna");
const lexicon = compileLexicon(caseStudy.lexicon);
const actorIds = new Set(caseStudy.actors.map((a) => a.id));

const isWordAt = (text: string, index: number) => index >= 0 && index < text.length && isWordCode(normalizeCode(text.charCodeAt(index)));
/** A mention agrees with the gold when it covers the same words and gives the same category and actor. */
const key = (m: Pick<GoldMention, "start" | "end" | "category" | "actor">) => `${m.start}-${m.end}-${m.category}-${m.actor}`;

describe("the gold annotation", () => {
  it("covers all five seed articles", () => {
    expect(gold.articles.map((a) => a.rawFile).sort()).toEqual(caseStudy.articles.map((a) => a.rawFile).sort());
  });

  describe.each(gold.articles)("of $rawFile", ({ rawFile, mentions }) => {
    const text = readFileSync(`data/derna/raw/${rawFile}`, "utf8");

    it("matches the raw file at every offset, on word boundaries", () => {
      for (const m of mentions) {
        expect(text.slice(m.start, m.end), `${m.start}-${m.end}`).toBe(m.text);
        expect(isWordAt(text, m.start - 1) || isWordAt(text, m.end), `"${m.text}" at ${m.start} cuts a word`).toBe(false);
      }
    });

    it("lists mentions in order, none overlapping, with valid attributes", () => {
      mentions.forEach((m, i) => {
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]?.end ?? 0);
        // A plain name (category null) names its actor without framing it, so it must name one.
        if (m.category === null) expect(m.actor).not.toBeNull();
        else expect(CATEGORY_IDS).toContain(m.category);
        if (m.actor === null) expect(m.stance).toBeNull();
        else {
          expect(actorIds.has(m.actor), m.actor).toBe(true);
          expect(STANCES).toContain(m.stance);
        }
      });
    });
  });
});

describe("the engine against the gold annotation", () => {
  const found: { rawFile: string; engine: Mention[]; gold: GoldMention[] }[] = gold.articles.map(({ rawFile, mentions }) => {
    const article = caseStudy.articles.find((a) => a.rawFile === rawFile);
    if (!article) throw new Error(`gold names ${rawFile}, which no article of the case study uses`);
    return { rawFile, engine: analyze(article.text, lexicon, { chromeLines: article.chromeLines }).mentions, gold: mentions };
  });

  let truePositives = 0;
  let engineTotal = 0;
  let goldTotal = 0;
  let chromeAgree = 0;
  let quotedAgree = 0;
  const report: string[] = [];
  for (const { rawFile, engine, gold: expected } of found) {
    const goldKeys = new Map(expected.map((m) => [key(m), m]));
    const engineKeys = new Set(engine.map(key));
    for (const m of engine) {
      const match = goldKeys.get(key(m));
      if (match) {
        truePositives++;
        if (match.chrome === m.chrome) chromeAgree++;
        if (match.quoted === m.quoted) quotedAgree++;
      } else report.push(`${rawFile} extra  ${m.start}-${m.end} ${m.text} (${m.category}, ${m.actor})`);
    }
    for (const m of expected) if (!engineKeys.has(key(m))) report.push(`${rawFile} missed ${m.start}-${m.end} ${m.text} (${m.category}, ${m.actor})`);
    engineTotal += engine.length;
    goldTotal += expected.length;
  }
  const precision = truePositives / engineTotal;
  const recall = truePositives / goldTotal;

  it("finds at least 95% of the gold mentions and is right at least 90% of the time", () => {
    console.log(
      [
        `gold: ${goldTotal} mentions; engine: ${engineTotal}; agreeing (same words, category and actor): ${truePositives}`,
        `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`,
        `of the agreeing mentions, chrome flag agrees on ${chromeAgree}, quoted flag on ${quotedAgree}`,
        ...report,
      ].join("\n"),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it("agrees with the gold on which mentions stand in page chrome and which are quoted", () => {
    expect(chromeAgree / truePositives).toBeGreaterThanOrEqual(0.98);
    expect(quotedAgree / truePositives).toBeGreaterThanOrEqual(0.95);
  });
});
