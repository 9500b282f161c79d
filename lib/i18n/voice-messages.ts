import { defineMessages } from "./messages";

/** Strings of the "outlet's own words only" switch, shared by the overview and the charts. */
export const VOICE_MESSAGES = defineMessages({
  en: {
    toggle: "Only the outlet's own words",
    toggleHint: "Leave out labels the outlet quotes from someone (a spokesman, a statement) or keeps at a distance (scare quotes, “so-called”).",
    showingOwn: "Showing only the outlets' own words: quoted and distanced labels are left out of every count.",
    showingAll: "Showing every label, quoted and distanced ones included.",
    onlyOthersWords: "only in others' words",
  },
  ar: {
    toggle: "كلام الوسيلة نفسها فقط",
    toggleHint: "استبعد التسميات التي تنقلها الوسيلة عن غيرها (متحدث أو بيان) أو تنأى بنفسها عنها (علامات تنصيص تشكيكية، «ما يسمى»).",
    showingOwn: "المعروض الآن كلام الوسائل نفسها وحده: التسميات المنقولة والمتحفَّظ منها مستبعدة من كل عدّ.",
    showingAll: "المعروض الآن كل التسميات، بما فيها المنقولة والمتحفَّظ منها.",
    onlyOthersWords: "في كلام غيرها فقط",
  },
});
