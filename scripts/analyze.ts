/**
 * `npm run --silent analyze -- FILE [--lexicon LEXICON.json]`
 *
 * Prints, for the UTF-8 text in FILE, one JSON object: the body word count and every
 * mention, with UTF-16 offsets into the file's text exactly as read (DESIGN.md's contract).
 * For a seed file of the bundled case, `referent` follows the case's referent rules and notes.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, type KnownArticle, analyzeForContract, decodeArticleFile, parseLexiconInput } from "@/lib/analysis/contract";
import { loadCaseStudy } from "@/lib/case-study/load";
import type { LexiconEntry } from "@/lib/case-study/schema";
import { compileLexicon } from "@/lib/engine";

const USAGE = "usage: npm run --silent analyze -- FILE [--lexicon LEXICON.json]";
const BUNDLED_CASE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "derna");

function main(argv: readonly string[]): number {
  const { file, lexiconFile } = parseArguments(argv);
  const text = decodeArticleFile(readFileBytes(file, "the article file"), english(file));
  if (lexiconFile === null) {
    // The bundled case study: a seed file (known by its exact text) gets the chrome lines its
    // article lists and the case's referent rules and notes, as in the app.
    const bundled = loadCaseStudy(BUNDLED_CASE);
    const article = bundled.articles.find((a) => a.text === text);
    const known = article && {
      article: { id: article.id, outlet: article.outlet.id, date: article.date, events: article.events },
      rules: bundled.referentRules ?? [],
      notes: bundled.curatorNotes ?? [],
    };
    return print(text, bundled.lexicon, BUNDLED_CASE, article?.chromeLines, known);
  }
  const lexiconText = new TextDecoder().decode(readFileBytes(lexiconFile, "the lexicon file"));
  let lexiconJson: unknown;
  try {
    lexiconJson = JSON.parse(lexiconText);
  } catch (error) {
    throw new CliError(`${lexiconFile} is not valid JSON: ${(error as Error).message}`);
  }
  return print(text, parseLexiconInput(lexiconJson, english(lexiconFile)), lexiconFile);
}

function print(text: string, entries: readonly LexiconEntry[], lexiconSource: string, chromeLines?: readonly string[], known?: KnownArticle): number {
  let lexicon;
  try {
    lexicon = compileLexicon(entries);
  } catch (error) {
    throw new CliError(`${lexiconSource}: ${(error as Error).message}`);
  }
  process.stdout.write(`${JSON.stringify(analyzeForContract(text, lexicon, chromeLines, known))}\n`);
  return 0;
}

function parseArguments(argv: readonly string[]): { file: string; lexiconFile: string | null } {
  const rest = [...argv];
  let lexiconFile: string | null = null;
  const files: string[] = [];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === "--lexicon") {
      const value = rest.shift();
      if (!value) throw new UsageError("--lexicon needs a file name");
      lexiconFile = value;
    } else if (arg.startsWith("--lexicon=")) {
      lexiconFile = arg.slice("--lexicon=".length);
    } else if (arg === "--help" || arg === "-h") {
      throw new UsageError("");
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError("missing FILE: name the text file to analyze");
  if (files.length > 1) throw new UsageError(`one FILE at a time (got ${files.length}: ${files.join(", ")})`);
  return { file: files[0] as string, lexiconFile };
}

function readFileBytes(file: string, what: string): Uint8Array {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new CliError(`${what} ${file} does not exist`);
  }
  if (stats.isDirectory()) throw new CliError(`${what} ${file} is a directory, not a file`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`${what} ${file} cannot be read: ${(error as Error).message}`);
  }
}

class UsageError extends Error {}

/** A refusal of the CLI's own (a file it cannot read): the CLI speaks English only. */
class CliError extends Error {}

/** A name in the shared checks' messages: the CLI prints their English only. */
function english(name: string) {
  return { en: name, ar: name };
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(error.message ? `analyze: ${error.message}\n${USAGE}\n` : `${USAGE}\n`);
    process.exitCode = error.message ? 2 : 0;
  } else if (error instanceof InputError || error instanceof CliError) {
    process.stderr.write(`analyze: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
