import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { InputError } from "@/lib/http/input-error";
import { serverText } from "@/lib/i18n/server-error-messages";

/** Fewest words an extracted article may have: less is a menu or a notice, not an article. */
export const MIN_ARTICLE_WORDS = 25;

/**
 * Where an article's date came from: `"readability"` (the page's metadata as Readability reads
 * it: JSON-LD `datePublished` or meta tags), `"meta"` (`<meta property="article:published_time">`)
 * or `"time"` (the first `<time datetime>`, inside the `<article>` if there is one).
 */
export type DateSource = "readability" | "meta" | "time";

/** An article read out of a web page: plain text only, never HTML. */
export interface ExtractedArticle {
  /** Paragraphs separated by a blank line; a line break inside a paragraph stays a newline. */
  text: string;
  headline: string | null;
  byline: string | null;
  /** The published date as the page writes it (a string `Date.parse` reads), or `null`. */
  date: string | null;
  dateSource: DateSource | null;
}

// Elements that start and end a paragraph of the text.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
// Never text, even if the extractor left them in.
const SKIPPED = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "button", "select", "textarea"]);
const CELLS = new Set(["td", "th"]);

/**
 * Extract the article of an HTML page with Mozilla's Readability (the engine of Firefox's
 * reader view), as plain text with its headline, byline and published date when the page has them.
 * The HTML is parsed (linkedom, no scripts run) and never returned or rendered.
 *
 * @param html the page's HTML (already decoded to text)
 * @returns the article
 * @throws InputError 422 when no article with at least {@link MIN_ARTICLE_WORDS} words is found
 */
export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  // Read the dates first: Readability rewrites the document as it works.
  const metaDate = validDate(document.querySelector('meta[property="article:published_time"]')?.getAttribute("content"));
  const timeDate = validDate(
    (document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]"))?.getAttribute("datetime"),
  );
  let parsed: ReturnType<Readability<Node>["parse"]> = null;
  try {
    parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  const text = parsed?.content ? toPlainText(parsed.content) : "";
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) {
    throw new InputError(serverText(words === 1 ? "noArticleOne" : "noArticle", { words, min: MIN_ARTICLE_WORDS }), 422);
  }
  const readabilityDate = validDate(parsed?.publishedTime);
  const [date, dateSource]: [string | null, DateSource | null] = readabilityDate
    ? [readabilityDate, "readability"]
    : metaDate
      ? [metaDate, "meta"]
      : timeDate
        ? [timeDate, "time"]
        : [null, null];
  return { text, headline: clean(parsed?.title), byline: clean(parsed?.byline), date, dateSource };
}

/** Lay a DOM subtree out as text: blocks become paragraphs, `<br>` a newline, table cells a space apart. */
function toPlainText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current.split("\n").map((line) => line.replace(/[ \t]+/g, " ").trim()).filter(Boolean).join("\n");
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      current += inPre ? value : value.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === "br") {
      current += "\n";
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre || name === "pre");
    if (block) flush();
    else if (CELLS.has(name)) current += " ";
  };
  walk(root, false);
  flush();
  return paragraphs.join("\n\n");
}

function validDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}
