import { z } from "zod";
import { analyze, type Analysis, type CompiledLexicon, type Voice } from "@/lib/engine";
import { resolveReferents, type ArticleScope } from "@/lib/case-study/resolve-referents";
import { lexiconEntrySchema, type CuratorNote, type LexiconEntry, type ReferentRule } from "@/lib/case-study/schema";
import { InputError } from "@/lib/http/input-error";
import { issueText, ruleMessage } from "@/lib/case-study/issue-text";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { formatBytes } from "@/lib/case-study/format-bytes";
import { characterMessage } from "@/lib/case-study/text-checks";
import { MAX_TEXT_BYTES, findForbiddenCharacter, isBlankText, utf8Length } from "@/lib/case-study/text-rules";
import { serverText } from "@/lib/i18n/server-error-messages";

export { InputError };

/** Largest article the CLI and the API analyze, and the limit per article of a case study: 1 MiB of UTF-8. */
export { MAX_TEXT_BYTES };
/** Most lexicon entries a request may bring with it. */
export const MAX_LEXICON_ENTRIES = 20_000;

/** One mention as the CLI and `POST /api/analyze` report it (DESIGN.md's contract). */
export interface ContractMention {
  start: number;
  end: number;
  text: string;
  entry: string;
  /** The actor the label literally names. */
  actor: string | null;
  /** The actor it refers to (the case study's referent rules and notes decide; else `actor`). */
  referent: string | null;
  /** A framing category, or null for a plain name. */
  category: string | null;
  stance: string | null;
  event: string | null;
  /** Whose words: "outlet", "attributed" or "distanced". */
  voice: Voice;
  /** True unless `voice` is "outlet". */
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
export function decodeArticleFile(bytes: Uint8Array, name: LocalizedText): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new InputError(serverText("textTooLarge", { name, size: formatBytes(bytes.length), limit: formatBytes(MAX_TEXT_BYTES) }), 413);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(serverText("textNotUtf8", { name, offset: firstInvalidUtf8Byte(bytes) }));
  }
  checkArticleText(text, name);
  return text;
}

/**
 * Refuse a text that is empty (or only invisible characters), over the size limit, or breaks the
 * character rule (a NUL, a lone surrogate: lib/case-study/text-rules.ts), as a case study would.
 *
 * @param text the article's text
 * @param name how to name it in an error, in both languages
 * @throws InputError naming the problem (and the limit, or the character's offset)
 */
export function checkArticleText(text: string, name: LocalizedText): void {
  if (isBlankText(text)) throw new InputError(serverText("textEmpty", { name }));
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    throw new InputError(serverText("textTooLarge", { name, size: formatBytes(bytes), limit: formatBytes(MAX_TEXT_BYTES) }), 413);
  }
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) throw new InputError(serverText("textProblem", { name, message: characterMessage(forbidden) }));
}

/**
 * Validate lexicon entries brought by a user (a `--lexicon` file or a request's `lexicon`).
 *
 * @param value the parsed JSON
 * @param name how to name its source in an error, in both languages
 * @returns the entries
 * @throws InputError naming the entry (index and id) and the field of the first problems
 */
export function parseLexiconInput(value: unknown, name: LocalizedText): LexiconEntry[] {
  const result = lexiconInputSchema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    const [index, field, ...rest] = issue.path;
    const message = issueText(issue);
    if (typeof index !== "number") return serverText("lexiconIssue", { name, message });
    const id = (value as { id?: unknown }[])[index]?.id;
    const entry = typeof id === "string" ? serverText("entryWithId", { index, id }) : serverText("entry", { index });
    if (field === undefined) return serverText("lexiconEntryIssue", { name, entry, message });
    return serverText("lexiconFieldIssue", { name, entry, field: [field, ...rest].join("."), message });
  });
  throw new InputError({ en: lines.map((l) => l.en).join("\n"), ar: lines.map((l) => l.ar).join("\n") });
}

const lexiconInputSchema = z
  .array(lexiconEntrySchema)
  .min(1, ruleMessage(serverText("lexiconMin")))
  .max(MAX_LEXICON_ENTRIES, ruleMessage(serverText("lexiconMax", { max: MAX_LEXICON_ENTRIES })));

/** A known article's place in its case study, whose referent rules and notes then apply to it. */
export interface KnownArticle {
  article: ArticleScope;
  rules: readonly ReferentRule[];
  notes: readonly CuratorNote[];
}

/**
 * Analyze a text and shape the result as the CLI/API contract says.
 *
 * @param text the text, already checked
 * @param lexicon the compiled lexicon
 * @param chromeLines chrome lines known for this text, if any
 * @param known the case study's article this text is, if it is one: its referent rules and
 *   notes set each mention's `referent`; otherwise `referent` is the label's actor
 */
export function analyzeForContract(text: string, lexicon: CompiledLexicon, chromeLines: readonly string[] = [], known?: KnownArticle): ContractResult {
  const analysis = analyze(text, lexicon, { chromeLines });
  if (!known) return toContract(analysis);
  return toContract({ ...analysis, mentions: resolveReferents(known.article, analysis.mentions, known.rules, known.notes) });
}

function toContract(analysis: Analysis): ContractResult {
  return {
    words: analysis.words,
    mentions: analysis.mentions.map(({ start, end, text, entry, actor, referent, category, stance, event, voice, quoted }) => ({
      start, end, text, entry, actor, referent, category, stance, event, voice, quoted,
    })),
    chrome: analysis.segments.filter((s) => s.kind === "chrome").map(({ start, end }) => ({ start, end })),
  };
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates U+D800–U+DFFF, nothing past U+10FFFF, no sequence cut short),
 * or -1 when every byte does.
 *
 * @param bytes the file's content
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The length, and the range the second byte must be in: it is what rules out overlong
    // forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
