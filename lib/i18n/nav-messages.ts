import { defineMessages } from "./messages";

/** Strings of a case study's navigation and its "how to read this" boxes. */
export const NAV_MESSAGES = defineMessages({
  en: {
    caseNavigation: "Case study sections",
    overview: "Overview",
    compare: "Side by side",
    charts: "Charts",
    timeline: "Timeline",
    terms: "Evidence table",
    glossary: "Glossary",
    exercise: "Exercise",
    present: "Present",
    edit: "Edit",
    howToRead: "How to read this",
  },
  ar: {
    caseNavigation: "أقسام دراسة الحالة",
    overview: "نظرة عامة",
    compare: "جنبًا إلى جنب",
    charts: "الرسوم البيانية",
    timeline: "الخط الزمني",
    terms: "جدول الأدلة",
    glossary: "المسرد",
    exercise: "تمرين",
    present: "عرض تقديمي",
    edit: "تحرير",
    howToRead: "كيف تقرأ هذه الصفحة",
  },
});
