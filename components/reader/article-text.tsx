import type { Segment } from "@/lib/engine/types";
import { type Locale, localeDirection } from "@/lib/i18n/locale";
import { toTextBlocks, type TextLine } from "./text-blocks";

export interface ArticleTextProps {
  /** The raw text, exactly as captured. */
  text: string;
  /** Body and page-chrome segments covering the text in order. */
  segments: readonly Segment[];
  /** The language the text is written in. */
  language: "ar" | "en";
  /** The interface language, for the chrome boxes' label. */
  locale: Locale;
  /** The chrome boxes' label ("Page chrome — not counted"). */
  chromeLabel: string;
}

/**
 * The whole captured text, line by line (right to left for Arabic): body in reading type, page chrome
 * (breadcrumbs, "read also" links, captions, comment boxes) boxed and muted, since it is
 * shown for completeness and never counted.
 */
export function ArticleText({ text, segments, language, locale, chromeLabel }: ArticleTextProps) {
  return (
    <div lang={language} dir={language === "ar" ? "rtl" : "ltr"} data-testid="article-text" className="grid gap-5">
      {toTextBlocks(text, segments).map((block) =>
        block.kind === "body" ? (
          <div key={block.start} data-segment="body" className="grid gap-4 text-[1.3rem] leading-[2.1]">
            {block.lines.map((line) => (
              <TextLineView key={line.start} line={line} />
            ))}
          </div>
        ) : (
          <div
            key={block.start}
            role="group"
            aria-labelledby={`chrome-${block.start}`}
            data-segment="chrome"
            className="rounded-md border border-dashed border-[#b9b3a7] bg-[#f1efea] px-4 py-3 text-base leading-loose text-muted"
          >
            <p
              id={`chrome-${block.start}`}
              lang={locale}
              dir={localeDirection(locale)}
              className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted"
            >
              {chromeLabel}
            </p>
            {block.lines.map((line) => (
              <TextLineView key={line.start} line={line} />
            ))}
          </div>
        ),
      )}
    </div>
  );
}

/** One line; a line the outlet wrote in English (a wire photo caption) reads left to right. */
function TextLineView({ line }: { line: TextLine }) {
  return line.latin ? (
    <p lang="en" dir="ltr" className="text-[0.8em] leading-relaxed">
      {line.text}
    </p>
  ) : (
    <p>{line.text}</p>
  );
}
