import { Fragment, type ReactNode } from "react";

/** Elements an Arabic run can be: inline by default, or a block of its own. */
type ArabicTag = "bdi" | "span" | "p" | "div" | "h1" | "h2" | "h3";

export interface ArabicTextProps {
  children: ReactNode;
  /** The element to render; defaults to `bdi`, which isolates the run from the English around it. */
  as?: ArabicTag;
  className?: string;
  /**
   * A lexicon form written as alternatives (الإنسانية/المعيشية/الصحية) has no space to wrap at:
   * set this to let a narrow screen break the line after each slash instead of widening the page.
   */
  breakAfterSlashes?: boolean;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * A run of Arabic text: marked `lang="ar"` (so it takes the Arabic font and is read out in
 * Arabic) and `dir="rtl"`, so its words and punctuation order right-to-left even inside an
 * English sentence. A string in Latin letters alone is marked English instead: a lexicon entry
 * holds its English forms beside its Arabic ones, and "Haftar's forces" must not read right-to-left.
 */
export function ArabicText({ children, as: Tag = "bdi", className, breakAfterSlashes = false }: ArabicTextProps) {
  const content = breakAfterSlashes && typeof children === "string" ? withBreaksAfterSlashes(children) : children;
  if (typeof children === "string" && !ARABIC_LETTER.test(children) && LATIN_LETTER.test(children)) {
    return (
      <Tag lang="en" dir="ltr" className={className}>
        {content}
      </Tag>
    );
  }
  return (
    <Tag lang="ar" dir="rtl" className={className}>
      {content}
    </Tag>
  );
}

/** The text with a line-break opportunity (`<wbr>`) after every slash; the text itself is unchanged. */
function withBreaksAfterSlashes(text: string): ReactNode {
  const parts = text.split("/");
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}
