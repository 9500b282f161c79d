import type { CaseMention } from "@/lib/comparison/analyze-case";
import type { Segment } from "@/lib/engine";
import type { Locale } from "@/lib/i18n/locale";
import type { ReaderMessages } from "@/lib/i18n/reader-messages";
import type { CategoryId } from "@/lib/case-study/schema";
import { ChromeBox } from "./chrome-box";
import { TranslatedParagraph } from "./translated-paragraph";
import { TranslationRow } from "./translation-row";
import { MentionMark } from "./mention-mark";
import type { MentionData } from "@/lib/reader/mention-data";
import { bodyLines, splitLine, toTextBlocks, type TextLine } from "@/lib/reader/text-blocks";

export interface ArticleTextProps {
  /** The raw text, exactly as captured. */
  text: string;
  /** Body and page-chrome segments covering the text in order. */
  segments: readonly Segment[];
  /** Every mention in the text, body and chrome, in text order. */
  mentions: readonly CaseMention[];
  /** The language the text is written in. */
  language: "ar" | "en";
  /** The interface language, for the chrome boxes' label and button. */
  locale: Locale;
  /**
   * Prefix of every id in the text: none in the reader (`m-<start>`), the article's id side by
   * side, where several texts share a page (`<article>-m-<start>`).
   */
  idPrefix?: string;
  strings: Pick<ReaderMessages, "pageChrome" | "hideChrome" | "showChrome" | "chromeHidden">;
  /**
   * A translation to show beside the body: one paragraph per body line, in order (chrome has
   * none), and how to label it; `stacked` puts each under its paragraph at every width. Absent: the text alone.
   */
  translation?: { paragraphs: readonly string[]; categories: Record<string, CategoryId | null>; label: string; labelLang: string; missing: string; stacked?: boolean };
}

/**
 * The whole captured text, line by line (right to left for Arabic), with every mention tagged:
 * body in reading type, page chrome (breadcrumbs, "read also" links, captions, comment boxes)
 * boxed, muted and foldable, since it is shown for completeness and never counted.
 * Must sit inside a ReaderProvider, which makes the marks interactive.
 */
export function ArticleText({ text, segments, mentions, language, locale, idPrefix = "", strings, translation }: ArticleTextProps) {
  const chromeStrings = { pageChrome: strings.pageChrome, hideChrome: strings.hideChrome, showChrome: strings.showChrome, chromeHidden: strings.chromeHidden };
  const data = mentions.map((m): MentionData => ({
    key: `${idPrefix}m-${m.start}`,
    start: m.start,
    end: m.end,
    text: m.text,
    entry: m.entry,
    category: m.category,
    actor: m.actor,
    referent: m.referent,
    notes: m.notes,
    stance: m.stance,
    voice: m.voice,
    quoted: m.quoted,
    chrome: m.chrome,
  }));
  const blocks = toTextBlocks(text, segments);
  // The nth body line, counted across blocks, is beside the nth translated paragraph.
  const paragraphIndex = new Map(bodyLines(blocks).map((line, index) => [line.start, index]));
  const bodyLine = (line: TextLine) => {
    const translated = translation?.paragraphs[paragraphIndex.get(line.start) ?? -1];
    if (translation === undefined) return <TextLineView key={line.start} text={text} line={line} mentions={data} />;
    return (
      <TranslationRow key={line.start} stacked={translation.stacked}>
        <TextLineView text={text} line={line} mentions={data} />
        {translated !== undefined ? (
          <TranslatedParagraph text={translated} categories={translation.categories} label={translation.label} labelLang={translation.labelLang} className="text-[0.77em]" />
        ) : (
          // An editor's translation may stop short: the gap is said, never filled.
          <p lang={translation.labelLang} dir={translation.labelLang === "ar" ? "rtl" : "ltr"} className="text-[0.6em] text-muted" data-testid="paragraph-translation-missing">
            {translation.missing}
          </p>
        )}
      </TranslationRow>
    );
  };
  return (
    <div lang={language} dir={language === "ar" ? "rtl" : "ltr"} data-testid="article-text" className="grid gap-5">
      {blocks.map((block) =>
        block.kind === "body" ? (
          <div key={block.start} data-segment="body" className="grid gap-4 text-[1.3em] leading-[2.2]">
            {block.lines.map(bodyLine)}
          </div>
        ) : (
          <ChromeBox key={block.start} id={`${idPrefix}chrome-${block.start}`} lineCount={block.lines.length} locale={locale} strings={chromeStrings}>
            {block.lines.map((line) => (
              <TextLineView key={line.start} text={text} line={line} mentions={data} />
            ))}
          </ChromeBox>
        ),
      )}
    </div>
  );
}

/** One line, its mentions tagged; a line the outlet wrote in English (a wire photo caption) reads left to right. */
function TextLineView({ text, line, mentions }: { text: string; line: TextLine; mentions: readonly MentionData[] }) {
  const pieces = splitLine(text, line, mentions).map((piece) =>
    piece.kind === "text" ? (
      piece.text
    ) : (
      <MentionMark key={piece.start} mention={piece.mention} first={piece.first}>
        {piece.text}
      </MentionMark>
    ),
  );
  return line.latin ? (
    <p lang="en" dir="ltr" className="text-[0.8em] leading-relaxed">
      {pieces}
    </p>
  ) : (
    <p>{pieces}</p>
  );
}

