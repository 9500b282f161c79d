import type { LexiconEntry, Outlet } from "@/lib/case-study/schema";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";

const outlets: Outlet[] = [
  { id: "east", name: { en: "East Daily", ar: "الشرق اليومية" }, country: "Libya", language: "ar", description: "A made-up outlet." },
  { id: "west", name: { en: "West News", ar: "أخبار الغرب" }, country: "Qatar", language: "ar", description: "Another made-up outlet." },
];

function entry(id: string, forms: string[], gloss: string, category: LexiconEntry["category"], actor: string | null, stance: LexiconEntry["stance"], event: string | null): LexiconEntry {
  return { id, forms, gloss, category, actor, stance, event, note: `Why ${gloss} frames.`, seeds: [] };
}

function article(id: string, outlet: Outlet, date: string, text: string): CaseArticle {
  return {
    id,
    outlet,
    headline: null,
    subheadline: null,
    date,
    datePrecision: "month",
    dateApproximate: false,
    dateEvidence: "made up for the test",
    byline: null,
    rawFile: `${id}.txt`,
    language: "ar",
    events: ["battle"],
    chromeLines: [],
    text,
  };
}

/**
 * A case study small enough to work out by hand: two outlets; the army is "the national army"
 * (+) in one and "Haftar's forces" (−) in the other; the rebels are "the terrorists" (−) and
 * "the gunmen" (=); the battle is a "liberation" and a "storming". Nobody names the ghost actor
 * or the truce.
 */
export const TINY_CASE: CaseStudy = {
  id: "tiny",
  name: { en: "Tiny case", ar: "حالة صغيرة" },
  description: { en: "Two outlets, one battle.", ar: "وسيلتان ومعركة واحدة." },
  outlets,
  actors: [
    { id: "army", name: { en: "The army", ar: "الجيش" }, description: "The army." },
    { id: "ghost", name: { en: "Nobody names them", ar: "لا أحد" }, description: "Never named." },
    { id: "rebels", name: { en: "The rebels", ar: "المتمردون" }, description: "The rebels." },
  ],
  events: [
    { id: "battle", name: { en: "The battle", ar: "المعركة" }, period: "2018", description: "The battle." },
    { id: "truce", name: { en: "The truce", ar: "الهدنة" }, period: "2019", description: "Never named." },
  ],
  lexicon: [
    entry("army-national", ["الجيش الوطني"], "the national army", "state-legitimacy", "army", "legitimizing", null),
    entry("army-haftar", ["قوات حفتر"], "Haftar's forces", "delegitimization", "army", "delegitimizing", null),
    entry("rebels-terrorists", ["الإرهابيين"], "the terrorists", "terrorism", "rebels", "delegitimizing", null),
    entry("rebels-gunmen", ["المسلحين"], "the gunmen", "extremism", "rebels", "neutral", null),
    entry("liberation", ["تحرير"], "liberation", "liberation", null, null, "battle"),
    entry("storming", ["اقتحام"], "storming", "assault", null, null, "battle"),
  ],
  articles: [
    article("east-1", outlets[0]!, "2018-05", "أعلن الجيش الوطني تحرير المدينة من الإرهابيين بعد أسابيع من القتال في الأحياء القديمة.\nوقال الجيش الوطني إن المعركة انتهت."),
    article("west-1", outlets[1]!, "2018-06", "بدأت قوات حفتر اقتحام المدينة وقتال المسلحين في الأحياء القديمة منذ أسابيع."),
  ],
};
