import { normalizeWords } from "./normalize";
import type { Segment } from "./types";

/** A line that ends the article: it and everything after it are page chrome. */
const TAIL_MARKERS = new Set(
  ["حول هذه القصة", "مقالات ذات صلة", "تعليقات عبر الفيس بوك", "التعليقات", "الأكثر قراءة", "اقرأ المزيد", "أخبار ذات صلة", "مواضيع ذات صلة"].map(
    normalizeWords,
  ),
);
/** A short line that starts with one of these words is chrome: "read also" links, source lines. */
const CHROME_LINE_STARTS = ["اقرأ أيضا", "اقرأ كذلك", "شاهد أيضا", "المصدر"].map(normalizeWords);
/** Breadcrumbs start with the home link, often glued to the next crumb ("الواجهة الرئيسيةشؤون عربية"). */
const BREADCRUMB_STARTS = ["الواجهة الرئيسية", "الرئيسية", "الصفحة الرئيسية"].map(normalizeWords);
/** Chrome lines are short; a paragraph that merely begins with one of those words is not chrome. */
const MAX_CHROME_LINE_WORDS = 14;
/** A photo caption: a short line closed by its source in parentheses, "(الجزيرة)", "(رويترز)". */
const CAPTION = /\([^()\n]{2,40}\)\s*$/u;
const MAX_CAPTION_WORDS = 40;
const ARABIC_LETTER = /[\u0621-\u064a]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Separate page chrome (breadcrumbs, "read also" links, captions, comment boxes, related
 * stories) from the article body, line by line, keeping raw offsets.
 *
 * A line is chrome when it is one of `extraChromeLines`; when it starts with اقرأ أيضًا,
 * المصدر or a breadcrumb and is short; when it is a lone number; when, in an Arabic text, it
 * holds Latin letters and no Arabic one; when it is a short caption ending in a source in
 * parentheses; when it mentions the reader's comment (تعليقك); and from a tail marker
 * (حول هذه القصة، مقالات ذات صلة، التعليقات …) to the end. Blank lines join the segment before.
 *
 * @param text the raw article
 * @param extraChromeLines lines known to be chrome for this article, compared once normalized
 * @returns segments covering the whole text in order, adjacent segments of different kinds
 */
export function separateChrome(text: string, extraChromeLines: readonly string[] = []): Segment[] {
  const extra = new Set(extraChromeLines.map(normalizeWords));
  const arabicText = isMostlyArabic(text);
  const segments: Segment[] = [];
  let inTail = false;
  let lineStart = 0;
  while (lineStart < text.length || (lineStart === 0 && text.length === 0)) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    let kind: Segment["kind"];
    const chunks = countChunks(line, MAX_CAPTION_WORDS + 1);
    if (inTail) kind = "chrome";
    else if (chunks === 0) kind = segments.at(-1)?.kind ?? "body";
    else if (chunks > MAX_CHROME_LINE_WORDS && extra.size === 0) {
      // Too long for a marker, a link or a breadcrumb: only the cheap rules can apply, on the raw line.
      kind = isLongChromeLine(line, chunks, arabicText) ? "chrome" : "body";
    } else {
      const words = normalizeWords(line);
      if (!words) kind = segments.at(-1)?.kind ?? "body";
      else {
        inTail = TAIL_MARKERS.has(words);
        kind = inTail || isChromeLine(line, words, extra, arabicText) ? "chrome" : "body";
      }
    }
    const last = segments.at(-1);
    if (last && last.kind === kind) last.end = lineEnd;
    else segments.push({ kind, start: lineStart, end: lineEnd });
    if (text.length === 0) break;
    lineStart = lineEnd;
  }
  return segments;
}

/** The rules that need no normalized words: Latin-only lines, captions, comment boxes. */
function isLongChromeLine(line: string, chunks: number, arabicText: boolean): boolean {
  // An Arabic letter is usually found at once, so test for it first.
  if (arabicText && !ARABIC_LETTER.test(line) && LATIN_LETTER.test(line)) return true;
  if (chunks <= MAX_CAPTION_WORDS && CAPTION.test(line)) return true;
  return line.includes("تعليقك");
}

/** Runs of non-space characters in a line, counted up to `limit`. */
function countChunks(line: string, limit: number): number {
  let chunks = 0;
  let inChunk = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
    if (!space && !inChunk && ++chunks >= limit) return chunks;
    inChunk = !space;
  }
  return chunks;
}

function isChromeLine(line: string, words: string, extra: ReadonlySet<string>, arabicText: boolean): boolean {
  if (extra.has(words)) return true;
  const wordCount = words.split(" ").length;
  if (wordCount <= MAX_CHROME_LINE_WORDS) {
    if (CHROME_LINE_STARTS.some((start) => words === start || words.startsWith(`${start} `))) return true;
    if (BREADCRUMB_STARTS.some((start) => words.startsWith(start))) return true;
  }
  // A lone number (a counter, a page widget); a date line such as 13/02/2018 stays.
  if (/^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(line.trim())) return true;
  if (arabicText && !ARABIC_LETTER.test(line) && LATIN_LETTER.test(line)) return true;
  if (wordCount <= MAX_CAPTION_WORDS && CAPTION.test(line)) return true;
  return words.includes("تعليقك");
}

/** Letters looked at to tell an Arabic text from a Latin one: plenty for an article. */
const LANGUAGE_SAMPLE = 20_000;

/** Whether a text has at least as many Arabic letters as Latin ones (in its first 20,000 characters). */
function isMostlyArabic(text: string): boolean {
  let balance = 0;
  const end = Math.min(text.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0621 && code <= 0x064a) balance++;
    else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) balance--;
  }
  return balance >= 0;
}
