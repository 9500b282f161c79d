import { Fragment } from "react";
import { ArabicText } from "./arabic-text";

// An Arabic run: Arabic letters, and the spaces, digits and punctuation between them.
// Quotes and brackets around the run stay outside it, in the English sentence's order.
const ARABIC_RUN = /\p{Script=Arabic}(?:[\p{Script=Arabic}\p{Nd}\p{Zs}\p{P}]*\p{Script=Arabic})?/gu;

// A short quote broken over two lines reads out of order (its end comes first on the right).
const SHORT_RUN = 30;

export interface MixedTextProps {
  /** English text that may quote Arabic words. */
  children: string;
}

/**
 * English text with every Arabic run in it isolated as an {@link ArabicText}, so that a
 * quoted Arabic phrase keeps its right-to-left order and its own font.
 */
export function MixedText({ children }: MixedTextProps) {
  const parts: { text: string; arabic: boolean; at: number }[] = [];
  let last = 0;
  for (const match of children.matchAll(ARABIC_RUN)) {
    if (match.index > last) parts.push({ text: children.slice(last, match.index), arabic: false, at: last });
    parts.push({ text: match[0], arabic: true, at: match.index });
    last = match.index + match[0].length;
  }
  if (last < children.length) parts.push({ text: children.slice(last), arabic: false, at: last });
  return (
    <>
      {parts.map(({ text, arabic, at }) =>
        arabic ? (
          <ArabicText key={at} className={text.length <= SHORT_RUN ? "whitespace-nowrap" : undefined}>
            {text}
          </ArabicText>
        ) : (
          <Fragment key={at}>{text}</Fragment>
        ),
      )}
    </>
  );
}
