import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import { format } from "@/lib/i18n/messages";
import type { Announcement } from "./exercise-state";
import type { ExerciseWord } from "./exercise-text";
import type { Span } from "./score";

/** What wording an announcement needs from the board. */
export interface AnnouncementWording {
  words: readonly ExerciseWord[];
  textOf: (span: Span) => string;
  /** A mark's category as the marks list names it ("no category yet" for none). */
  categoryName: (id: string | null) => string;
  /** A category as the picker offers it. */
  optionName: (id: string) => string;
  strings: Pick<ExerciseMessages, "markAdded" | "markRemoved" | "cursorWord" | "cursorMarked" | "cursorUnmarked">;
}

/**
 * The sentence a screen reader hears after a step.
 *
 * @param announcement what the last step reported
 * @param wording the board's texts and names
 * @returns the sentence; empty when there is nothing to say
 */
export function describeAnnouncement(announcement: Announcement, { words, textOf, categoryName, optionName, strings: t }: AnnouncementWording): string {
  switch (announcement.kind) {
    case "none":
      return "";
    case "added":
      return format(t.markAdded, { text: textOf(announcement.mark) });
    case "removed":
      return format(t.markRemoved, { text: textOf(announcement.mark) });
    case "categorized":
      return `${textOf(announcement.mark)}: ${optionName(announcement.category)}`;
    case "word": {
      const word = words[announcement.index];
      if (!word) return "";
      const state = announcement.mark ? format(t.cursorMarked, { category: categoryName(announcement.mark.category) }) : t.cursorUnmarked;
      return `${format(t.cursorWord, { word: textOf(word), n: announcement.index + 1, total: words.length })}, ${state}`;
    }
  }
}
