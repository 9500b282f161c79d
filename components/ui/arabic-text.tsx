import type { ReactNode } from "react";

/** Elements an Arabic run can be: inline by default, or a block of its own. */
type ArabicTag = "bdi" | "span" | "p" | "div" | "h1" | "h2" | "h3";

export interface ArabicTextProps {
  children: ReactNode;
  /** The element to render; defaults to `bdi`, which isolates the run from the English around it. */
  as?: ArabicTag;
  className?: string;
}

/**
 * A run of Arabic text: marked `lang="ar"` (so it takes the Arabic font and is read out in
 * Arabic) and `dir="rtl"`, so its words and punctuation order right-to-left even inside an
 * English sentence.
 */
export function ArabicText({ children, as: Tag = "bdi", className }: ArabicTextProps) {
  return (
    <Tag lang="ar" dir="rtl" className={className}>
      {children}
    </Tag>
  );
}
