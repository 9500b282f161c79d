import { z } from "zod";
import { analyze, type Analysis, type CompiledLexicon } from "@/lib/engine";
import { lexiconEntrySchema, type LexiconEntry } from "@/lib/case-study/schema";
import { InputError } from "@/lib/http/input-error";

export { InputError };

/** Largest article the CLI and the API analyze: 2 MiB of UTF-8. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Most lexicon entries a request may bring with it. */
export const MAX_LEXICON_ENTRIES = 20_000;

/** One mention as the CLI and `POST /api/analyze` report it (DESIGN.md's contract). */
export interface ContractMention {
  start: number;
  end: number;
  text: string;
  entry: string;
  actor: string | null;
  category: string;
  stance: string | null;
  event: string | null;
  quoted: boolean;
}

/** The CLI's and the API's answer. `chrome` lists the page-chrome ranges, whose words are not counted. */
export interface ContractResult {
  words: number;
  mentions: ContractMention[];
  chrome: { start: number; end: number }[];
}

/**
 * Decode a file's bytes as UTF-8, refusing what cannot be analyzed.
 *
 * @param bytes the file's content
 * @param name how to name the file in an error
 * @returns the text exactly as read (a byte-order mark, if any, is kept, so offsets match the file)
 * @throws InputError for an empty file, a file over {@link MAX_TEXT_BYTES}, or one that is not UTF-8
 */
export function decodeArticleFile(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new InputError(`${name} is ${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_TEXT_BYTES)}`, 413);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8 text (first invalid byte at offset ${firstInvalidUtf8Byte(bytes)}); save it as UTF-8 and try again`);
  }
  checkArticleText(text, name);
  return text;
}

/**
 * Refuse a text that is empty or over the size limit.
 *
 * @param text the article's text
 * @param name how to name it in an error
 * @throws InputError naming the problem and the limit
 */
export function checkArticleText(text: string, name: string): void {
  if (text.trim().length === 0) throw new InputError(`${name} is empty: there is no text to analyze`);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEXT_BYTES) {
    throw new InputError(`${name} is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_TEXT_BYTES)}`, 413);
  }
}

/**
 * Validate lexicon entries brought by a user (a `--lexicon` file or a request's `lexicon`).
 *
 * @param value the parsed JSON
 * @param name how to name its source in an error
 * @returns the entries
 * @throws InputError naming the entry (index and id) and the field of the first problems
 */
export function parseLexiconInput(value: unknown, name: string): LexiconEntry[] {
  const result = z.array(lexiconEntrySchema).min(1, "must list at least one entry").max(MAX_LEXICON_ENTRIES, `must list at most ${MAX_LEXICON_ENTRIES} entries`).safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    const [index, field, ...rest] = issue.path;
    if (typeof index !== "number") return `${name}: ${issue.message}`;
    const id = (value as { id?: unknown }[])[index]?.id;
    const entry = `entry #${index}${typeof id === "string" ? ` "${id}"` : ""}`;
    const where = field === undefined ? "" : `: field "${[field, ...rest].join(".")}"`;
    return `${name}: ${entry}${where}: ${issue.message}`;
  });
  throw new InputError(lines.join("\n"));
}

/**
 * Analyze a text and shape the result as the CLI/API contract says.
 *
 * @param text the text, already checked
 * @param lexicon the compiled lexicon
 * @param chromeLines chrome lines known for this text, if any
 */
export function analyzeForContract(text: string, lexicon: CompiledLexicon, chromeLines: readonly string[] = []): ContractResult {
  return toContract(analyze(text, lexicon, { chromeLines }));
}

function toContract(analysis: Analysis): ContractResult {
  return {
    words: analysis.words,
    mentions: analysis.mentions.map(({ start, end, text, entry, actor, category, stance, event, quoted }) => ({
      start, end, text, entry, actor, category, stance, event, quoted,
    })),
    chrome: analysis.segments.filter((s) => s.kind === "chrome").map(({ start, end }) => ({ start, end })),
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MiB (${bytes.toLocaleString("en")} bytes)` : `${bytes.toLocaleString("en")} bytes`;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
