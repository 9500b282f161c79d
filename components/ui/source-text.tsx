import type { ReactNode } from "react";
import { ArabicText, type ArabicTextProps } from "./arabic-text";

export interface SourceTextProps extends ArabicTextProps {
  /** The language the source wrote this text in. */
  language: "ar" | "en";
  children: ReactNode;
}

/**
 * Text quoted from a source, in the source's language: Arabic as an {@link ArabicText},
 * English isolated the same way so neither disturbs the line around it.
 */
export function SourceText({ language, as: Tag = "bdi", className, children }: SourceTextProps) {
  if (language === "ar") return <ArabicText as={Tag} className={className}>{children}</ArabicText>;
  return (
    <Tag lang="en" dir="ltr" className={className}>
      {children}
    </Tag>
  );
}
