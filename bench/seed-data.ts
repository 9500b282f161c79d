import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { separateChrome, type LexiconTerm } from "../lib/engine";

const CASE_DIR = fileURLToPath(new URL("../data/derna/", import.meta.url));

/**
 * The body paragraphs of the seed articles: page chrome (breadcrumbs, "read also" links,
 * comment boxes, related stories) is left out, as the engine itself separates it.
 *
 * @returns every non-blank body line of every raw seed file, trimmed, in file order
 */
export function readSeedParagraphs(): string[] {
  const rawDir = join(CASE_DIR, "raw");
  const files = readdirSync(rawDir).filter((name) => name.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`no seed articles in ${rawDir}`);
  return files.flatMap((name) => {
    const text = readFileSync(join(rawDir, name), "utf8");
    return separateChrome(text)
      .filter((segment) => segment.kind === "body")
      .flatMap((segment) => text.slice(segment.start, segment.end).split("\n"))
      .map((line) => line.trim())
      .filter(Boolean);
  });
}

/** A lexicon entry as `lexicon.json` holds it. */
interface RawLexiconEntry {
  id: string;
  forms: string[];
  gloss?: string;
  category: string;
  actor: string | null;
  stance: LexiconTerm["stance"];
  event: string | null;
  note?: string;
  seeds?: unknown;
  except?: { before?: string[]; after?: string[] };
}

/** Path of the case study's lexicon. */
const LEXICON_PATH = join(CASE_DIR, "lexicon.json");

/**
 * The case study's real lexicon.
 *
 * @param path the lexicon file (default: the Derna case study's)
 * @returns its entries, in file order
 * @throws Error when the file is not a JSON array of entries with an id and forms
 */
export function readLexicon(path = LEXICON_PATH): LexiconTerm[] {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(raw)) throw new Error(`${path}: expected a JSON array of entries`);
  return raw.map((entry: RawLexiconEntry, index) => {
    if (typeof entry?.id !== "string" || !Array.isArray(entry.forms)) {
      throw new Error(`${path}: entry #${index} has no id or no forms`);
    }
    return reshapeLexiconEntry(entry);
  });
}

function reshapeLexiconEntry(entry: RawLexiconEntry): LexiconTerm {
  return {
    id: entry.id,
    forms: entry.forms,
    category: entry.category,
    actor: entry.actor ?? null,
    stance: entry.stance ?? null,
    event: entry.event ?? null,
    ...(entry.except ? { except: entry.except } : {}),
  };
}
