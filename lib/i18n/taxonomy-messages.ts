import { defineMessages } from "./messages";

/** Names of the reference taxonomy's framing categories (DESIGN.md), by category id. */
export const CATEGORY_MESSAGES = defineMessages({
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
    "religious-ideological": "Religious / ideological",
  },
  ar: {
    terrorism: "الإرهاب",
    extremism: "التطرف",
    "state-legitimacy": "شرعية الدولة",
    delegitimization: "نزع الشرعية",
    liberation: "التحرير",
    assault: "الهجوم",
    "civilian-harm": "إيذاء المدنيين",
    "foreign-involvement": "التدخل الأجنبي",
    "popular-support": "التأييد الشعبي",
    "religious-ideological": "ديني / أيديولوجي",
  },
});

/** Names of the stances a label takes toward its actor, by stance id. */
export const STANCE_MESSAGES = defineMessages({
  en: {
    legitimizing: "Legitimizing",
    neutral: "Neutral",
    delegitimizing: "Delegitimizing",
  },
  ar: {
    legitimizing: "يضفي الشرعية",
    neutral: "محايد",
    delegitimizing: "ينزع الشرعية",
  },
});
