import type { LexiconEntry } from "@/lib/case-study/schema";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";
import { analyzeCaseStudy, type CaseAnalysis } from "@/lib/comparison/analyze-case";
import { getCaseStudy } from "@/lib/cases/catalog";
import type { Voice } from "@/lib/engine";

// A small case study of our own: Derna's outlets, actors and events, two short articles written
// for these tests and a four-entry lexicon with one plain name. The voices are set by hand, so the
// tests hold whatever the engine's voice detection decides about quotation marks.

const derna = getCaseStudy("derna")!;

const entry = (over: Partial<LexiconEntry> & Pick<LexiconEntry, "id" | "forms" | "gloss">): LexiconEntry => ({
  category: null,
  actor: null,
  stance: null,
  event: null,
  note: "A test entry.",
  seeds: [],
  ...over,
});

/** The fixture's lexicon: a plain name (حفتر), three actor labels and a frame term. */
export const FIXTURE_LEXICON: LexiconEntry[] = [
  entry({ id: "plain-haftar", forms: ["حفتر"], gloss: "Haftar", actor: "haftar", stance: "neutral" }),
  entry({ id: "haftar-forces", forms: ["قوات حفتر"], gloss: "Haftar's forces", category: "delegitimization", actor: "lna", stance: "delegitimizing" }),
  entry({ id: "terrorists", forms: ["الإرهابيين"], gloss: "the terrorists", category: "terrorism", actor: "dmsc", stance: "delegitimizing" }),
  entry({ id: "storming", forms: ["اقتحام"], gloss: "storming", category: "assault" }),
  entry({ id: "marshal", forms: ["المشير"], gloss: "the Field Marshal", category: "state-legitimacy", actor: "haftar", stance: "legitimizing" }),
];

/** Each article's text and the voice of each of its mentions, in text order. */
const ARTICLES: { id: string; outlet: string; text: string; voices: Voice[] }[] = [
  {
    id: "fixture-qposts",
    outlet: "qposts",
    // الإرهابيين (a spokesman's words), قوات حفتر, حفتر, اقتحام (the outlet's own)
    text: "قال المتحدث إن الإرهابيين غادروا الحي.\nتقدمت قوات حفتر شرقا، وزار حفتر المدينة بعد اقتحام الأحياء.",
    voices: ["attributed", "outlet", "outlet", "outlet"],
  },
  {
    id: "fixture-youm7",
    outlet: "youm7",
    // الإرهابيين (held at a distance), المشير and حفتر (the outlet's own), قوات حفتر (attributed to him)
    text: "نشر الموقع خبرا عن ما يسمى الإرهابيين في المدينة.\nوقال المشير حفتر إن قوات حفتر ستواصل التقدم.",
    voices: ["distanced", "outlet", "outlet", "attributed"],
  },
];

/**
 * The fixture case study analyzed, each mention's voice (and `quoted`) as {@link ARTICLES} sets it.
 *
 * @returns the analysis
 */
export function fixtureAnalysis(): CaseAnalysis {
  const template = derna.articles[0]!;
  const articles = ARTICLES.map(({ id, outlet, text }): CaseArticle => ({
    ...template,
    id,
    outlet: derna.outlets.find((o) => o.id === outlet)!,
    text,
    chromeLines: [],
    events: ["assault-2018"],
  }));
  const caseStudy: CaseStudy = { ...derna, id: "fixture", lexicon: FIXTURE_LEXICON, articles };
  const analysis = analyzeCaseStudy(caseStudy);
  for (const [i, analyzed] of analysis.articles.entries()) {
    const voices = ARTICLES[i]!.voices;
    if (analyzed.mentions.length !== voices.length) throw new Error(`${analyzed.article.id}: ${analyzed.mentions.length} mentions, ${voices.length} voices`);
    analyzed.mentions = analyzed.mentions.map((m, k) => ({ ...m, voice: voices[k]!, quoted: voices[k] !== "outlet" }));
  }
  return analysis;
}
