import { MAX_TEXT_BYTES, checkArticleText } from "@/lib/analysis/contract";
import { InputError } from "@/lib/http/input-error";
import { groupDigits, joinTexts, type LocalizedText, verbatim } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";
import { decodeText, sniffMetaCharset, type ImportEncoding } from "./charset";
import { extractArticle, type DateSource } from "./extract-article";

/**
 * Largest file an article may be uploaded as: 2 MiB. A file, not a text: an HTML page is larger
 * than the article in it, whose text is then held to the limit per article ({@link MAX_TEXT_BYTES}).
 */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** The file types an article may be uploaded as. */
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/**
 * The file types as a refusal lists them: ".txt, .md, .html, .htm"; in Arabic joined by "أو",
 * each kept left to right, as the upload field's label lists them.
 */
export function uploadTypesText(): LocalizedText {
  return joinTexts(UPLOAD_EXTENSIONS.map(verbatim), serverText("typeSeparator"));
}

/** An uploaded article, as text. Only an HTML file can bring a headline, byline or date. */
export interface DecodedUpload {
  text: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  dateSource: DateSource | null;
  /** The encoding the file was read as. */
  encoding: ImportEncoding;
}

/**
 * Read an uploaded article file: UTF-8 (with or without a byte-order mark) or Windows-1256
 * Arabic, told apart by the bytes (an HTML file's `<meta charset>` is honoured first). An HTML
 * file goes through {@link extractArticle}: only its article's text is kept.
 *
 * @param name the file's name, whose extension picks the type
 * @param bytes the file's content
 * @returns the text and what else the file gave
 * @throws InputError 400 for another extension or an encoding that is neither; 413 over
 *   {@link MAX_UPLOAD_BYTES} (a file) or its text over {@link MAX_TEXT_BYTES}; 422 for an HTML file with no article; 400 for an empty text
 */
export function decodeUpload(name: string, bytes: Uint8Array): DecodedUpload {
  const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? "";
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new InputError(serverText("uploadType", { name, extensions: uploadTypesText() }), 415);
  }
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new InputError(
      serverText("uploadTooLargeRead", { name, bytes: groupDigits(bytes.length), mib: MAX_UPLOAD_BYTES / (1024 * 1024), limit: groupDigits(MAX_UPLOAD_BYTES) }),
      413,
    );
  }
  const html = extension === ".html" || extension === ".htm";
  const { text, encoding } = decodeText(bytes, html ? sniffMetaCharset(bytes) : undefined);
  if (encoding === undefined) {
    throw new InputError(serverText("uploadEncoding", { name }));
  }
  if (!html) {
    checkArticleText(text, verbatim(name));
    return { text, headline: null, byline: null, date: null, dateSource: null, encoding };
  }
  const article = extractArticle(text);
  checkArticleText(article.text, serverText("theArticleIn", { name }));
  return { ...article, encoding };
}
