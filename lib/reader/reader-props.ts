import type { CaseStudy } from "@/lib/case-study/types";
import type { CaseMention } from "@/lib/comparison/analyze-case";
import type { Locale } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES, PLAIN_NAME, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import type { ReaderMessages } from "@/lib/i18n/reader-messages";
import type { Stance } from "@/lib/case-study/schema";

/** What the tooltip says about a mention beyond the mention itself, in the interface language. */
export interface TooltipDetails {
  locale: Locale;
  /** Lexicon entries by id: the English gloss and the note on why the term frames. */
  entries: Record<string, { gloss: string; note: string; note_ar?: string }>;
  actorNames: Record<string, string>;
  categoryNames: Record<string, string>;
  /** What a mention with no framing category is called. */
  plainName: string;
  stanceNames: Record<Stance, string>;
  strings: Pick<
    ReaderMessages,
    "tipCategory" | "tipActor" | "tipStance" | "tipVoice" | "tipVoiceOutlet" | "tipVoiceAttributed" | "tipVoiceDistanced" | "tipNoActor" | "tipNoStance" | "tipNote" | "tipChrome" | "tipRefersTo" | "tipCuratorNote"
  >;
}

/**
 * What the tooltips of some texts need, and nothing more: the lexicon entries those texts
 * use, the actors' and categories' names, the strings, in the interface language.
 *
 * @param caseStudy the case study the texts belong to
 * @param mentions every mention of the texts
 * @param locale the interface language
 */
export function buildTooltipDetails(caseStudy: Pick<CaseStudy, "lexicon" | "actors">, mentions: readonly CaseMention[], locale: Locale): TooltipDetails {
  const used = new Set(mentions.map((m) => m.entry));
  const t = READER_MESSAGES[locale];
  return {
    locale,
    entries: Object.fromEntries(caseStudy.lexicon.filter((e) => used.has(e.id)).map((e) => [e.id, { gloss: e.gloss, note: e.note, ...(e.note_ar ? { note_ar: e.note_ar } : {}) }])),
    actorNames: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name[locale]])),
    categoryNames: CATEGORY_NAMES[locale],
    plainName: PLAIN_NAME[locale],
    stanceNames: STANCE_NAMES[locale],
    strings: {
      tipCategory: t.tipCategory,
      tipActor: t.tipActor,
      tipStance: t.tipStance,
      tipVoice: t.tipVoice,
      tipVoiceOutlet: t.tipVoiceOutlet,
      tipVoiceAttributed: t.tipVoiceAttributed,
      tipVoiceDistanced: t.tipVoiceDistanced,
      tipNoActor: t.tipNoActor,
      tipNoStance: t.tipNoStance,
      tipNote: t.tipNote,
      tipChrome: t.tipChrome,
      tipRefersTo: t.tipRefersTo,
      tipCuratorNote: t.tipCuratorNote,
    },
  };
}
