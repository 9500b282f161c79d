import type { CSSProperties } from "react";
import type { CategoryId } from "@/lib/case-study/schema";
import { splitTranslation } from "@/lib/case-study/translation-marks";
import { CATEGORY_TINTS, PLAIN_NAME_COLOR } from "@/lib/comparison/palette";

export interface TranslatedParagraphProps {
  /** The paragraph as stored, marks included (`[[cleansing|purification]]`). */
  text: string;
  /** Each marked entry's framing category (null: a plain name). */
  categories: Record<string, CategoryId | null>;
  /** "Translation by Framelens", read out with the paragraph: the words are ours, not the outlet's. */
  label: string;
  /** The language of the label: the interface's. */
  labelLang: string;
  className?: string;
}

/**
 * One paragraph of the translation by Framelens, in English: each framing term rendered
 * literally and tinted with its category, as its original is tagged, carrying its entry so
 * that pointing at it marks its Arabic twin.
 */
export function TranslatedParagraph({ text, categories, label, labelLang, className = "" }: TranslatedParagraphProps) {
  return (
    <p lang="en" dir="ltr" data-translation="" className={`border-s-2 border-accent/40 ps-3 leading-relaxed text-ink ${className}`}>
      <span lang={labelLang} className="sr-only">
        {label}:{" "}
      </span>
      {splitTranslation(text).map((piece, i) => {
        if (piece.kind === "text") return piece.text;
        const category = categories[piece.entry] ?? null;
        const style = { "--tint": category === null ? PLAIN_NAME_COLOR : CATEGORY_TINTS[category] } as CSSProperties;
        return (
          <mark key={i} className="tag translated-term" style={style} data-entry={piece.entry} data-category={category} data-stance="none">
            {piece.text}
          </mark>
        );
      })}
    </p>
  );
}
