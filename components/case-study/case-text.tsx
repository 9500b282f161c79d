import { MixedText } from "@/components/ui/mixed-text";
import type { ShownTermNote } from "@/lib/i18n/term-note";

export interface CaseTextProps {
  /** The text as `caseText` picks it for the interface language. */
  shown: ShownTermNote;
  as?: "bdi" | "span" | "p";
  className?: string;
}

/**
 * A case study's own text (a country, a description, a period, a date's evidence) marked with the
 * language it is written in, so English shown in the Arabic interface is read as English; English
 * quoting Arabic names keeps their order.
 */
export function CaseText({ shown, as: Tag = "bdi", className }: CaseTextProps) {
  return (
    <Tag className={className} lang={shown.lang} dir={shown.dir}>
      {shown.lang === "en" ? <MixedText>{shown.text}</MixedText> : shown.text}
    </Tag>
  );
}
