import { defineMessages } from "./messages";

/** Strings of the frame every page shares: header, footer, language switch, 404. */
export const COMMON_MESSAGES = defineMessages({
  en: {
    tagline: "How did each outlet name it? Framing terms compared across news outlets.",
    skipToContent: "Skip to content",
    footer: "Articles are shown as they were captured from the outlets’ pages, for study and teaching.",
    switchLanguage: "العربية",
    switchLanguageLabel: "Show the interface in Arabic",
    notFoundTitle: "Page not found",
    notFoundText: "There is no case study or article at this address.",
    notFoundLink: "See the case studies",
  },
  ar: {
    tagline: "كيف سمّت كل وسيلة إعلام الحدث؟ مقارنة مصطلحات التأطير بين وسائل الإعلام.",
    skipToContent: "انتقل إلى المحتوى",
    footer: "تُعرض المقالات كما التُقطت من صفحات وسائل الإعلام، لأغراض الدراسة والتعليم.",
    switchLanguage: "English",
    switchLanguageLabel: "اعرض الواجهة بالإنجليزية",
    notFoundTitle: "الصفحة غير موجودة",
    notFoundText: "لا توجد دراسة حالة أو مقالة على هذا العنوان.",
    notFoundLink: "اعرض دراسات الحالة",
  },
});
