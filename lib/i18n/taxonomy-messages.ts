import type { CategoryId, Stance } from "@/lib/case-study/schema";
import type { Locale } from "./locale";

/**
 * The framing categories' names in both interface languages, shared by every page that shows
 * a category (reader, side by side, matrix, charts, table). Keyed by the taxonomy's stable ids.
 */
export const CATEGORY_NAMES: Record<Locale, Record<CategoryId, string>> = {
  en: {
    terrorism: "Terrorism",
    extremism: "Extremism",
    "state-legitimacy": "State legitimacy",
    delegitimization: "Delegitimization",
    liberation: "Liberation",
    assault: "Assault",
    "civilian-harm": "Civilian harm",
    "foreign-involvement": "Foreign involvement",
    "popular-support": "Popular support",
    "religious-ideological": "Religious or ideological legitimacy",
  },
  ar: {
    terrorism: "الإرهاب",
    extremism: "التطرف",
    "state-legitimacy": "شرعية الدولة",
    delegitimization: "نزع الشرعية",
    liberation: "التحرير",
    assault: "الهجوم",
    "civilian-harm": "الأذى بالمدنيين",
    "foreign-involvement": "التدخل الأجنبي",
    "popular-support": "التأييد الشعبي",
    "religious-ideological": "الشرعية الدينية أو العقائدية",
  },
};

/** Shorter names for narrow places (a chart's axis): only the long one differs. */
export const CATEGORY_SHORT_NAMES: Record<Locale, Record<CategoryId, string>> = {
  en: { ...CATEGORY_NAMES.en, "religious-ideological": "Religious / ideological" },
  ar: { ...CATEGORY_NAMES.ar, "religious-ideological": "ديني / عقائدي" },
};

/** The stances' names in both interface languages; always shown with the sign of STANCE_SIGNS. */
export const STANCE_NAMES: Record<Locale, Record<Stance, string>> = {
  en: { legitimizing: "Legitimizing", neutral: "Neutral", delegitimizing: "Delegitimizing" },
  ar: { legitimizing: "يُضفي الشرعية", neutral: "محايد", delegitimizing: "ينزع الشرعية" },
};

/** What a label with no framing category is called: it only names its actor. */
export const PLAIN_NAME: Record<Locale, string> = { en: "Plain name (not framing)", ar: "اسم مجرد (بلا تأطير)" };

/**
 * A category's name in the interface language; an id outside the taxonomy is shown as it is,
 * and null (a plain name) as {@link PLAIN_NAME}.
 *
 * @param category a category id, or null for a plain name
 * @param locale the interface language
 */
export function categoryName(category: string | null, locale: Locale): string {
  if (category === null) return PLAIN_NAME[locale];
  return (CATEGORY_NAMES[locale] as Record<string, string>)[category] ?? category;
}

/**
 * A stance's name in the interface language; anything else is shown as it is.
 *
 * @param stance a stance
 * @param locale the interface language
 */
export function stanceName(stance: string, locale: Locale): string {
  return (STANCE_NAMES[locale] as Record<string, string>)[stance] ?? stance;
}

/** Whose words a label is, in both interface languages: the engine's three voices. */
export const VOICE_NAMES: Record<Locale, Record<"outlet" | "attributed" | "distanced", string>> = {
  en: { outlet: "Outlet's own words", attributed: "Attributed (quoted)", distanced: "Distanced (so-called)" },
  ar: { outlet: "كلام الوسيلة نفسها", attributed: "منسوب (اقتباس)", distanced: "بتحفّظ (ما يسمى)" },
};

/**
 * A voice's name in the interface language; anything else is shown as it is.
 *
 * @param voice `outlet`, `attributed` or `distanced`
 * @param locale the interface language
 */
export function voiceName(voice: string, locale: Locale): string {
  return (VOICE_NAMES[locale] as Record<string, string>)[voice] ?? voice;
}
