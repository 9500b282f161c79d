/**
 * `npm run bench:accuracy [-- FOLDER] [--misses] [--json]`
 *
 * Precision and recall of the bundled case study's tagging, per language: on the seed gold
 * (`tests/gold/derna.gold.json`) and, given a FOLDER in the real-coverage set's format
 * (`texts/*.txt` and a `gold.mjs` exporting GOLD; optional `sources.tsv` with a `lang` column),
 * on it too. The matching rule is the real-coverage scorer's (see `accuracy-score.ts`), and each
 * text is analyzed as the CLI analyzes it (a seed file with its article's chrome lines).
 * `--misses` lists every missed mark, wrong label and unmarked mention; `--json` prints one object.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeForContract } from "@/lib/analysis/contract";
import { loadCaseStudy } from "@/lib/case-study/load";
import { compileLexicon } from "@/lib/engine";
import { addTally, emptyTally, locateMark, precisionOf, recallOf, scoreText, type Mark, type Tally } from "./accuracy-score";

const ROOT = path.join(__dirname, "..");
const GOLD_FILE = path.join(ROOT, "tests", "gold", "derna.gold.json");
/** The issue's targets: real-coverage Arabic and the seed gold. */
const TARGETS = { realArabic: { recall: 0.9, precision: 0.95 }, seeds: { recall: 0.95, precision: 0.95 } };

interface SeedGold {
  articles: { rawFile: string; mentions: { start: number; end: number; text: string; category: string | null; actor: string | null }[] }[];
}
interface RealMark {
  t: string;
  c?: string;
  n?: number;
  a?: string;
  k?: string;
}
/** A scored set: its name and one tally per language. */
interface SetResult {
  name: string;
  byLanguage: Record<string, Tally>;
  notFound: string[];
}

const caseStudy = loadCaseStudy(path.join(ROOT, "data", "derna"));
const lexicon = compileLexicon(caseStudy.lexicon);

function analyzeLikeTheCli(text: string) {
  const article = caseStudy.articles.find((a) => a.text === text);
  return analyzeForContract(text, lexicon, article?.chromeLines).mentions;
}

function scoreSeeds(): SetResult {
  const gold: SeedGold = JSON.parse(readFileSync(GOLD_FILE, "utf8"));
  const byLanguage: Record<string, Tally> = {};
  for (const { rawFile, mentions } of gold.articles) {
    const article = caseStudy.articles.find((a) => a.rawFile === rawFile);
    if (!article) throw new Error(`the seed gold names ${rawFile}, which no article of the case study uses`);
    const marks: Mark[] = mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, actor: m.actor ?? undefined, category: m.category ?? undefined }));
    const tally = emptyTally();
    scoreText(rawFile, marks, analyzeLikeTheCli(article.text), tally);
    addTally((byLanguage[article.language] ??= emptyTally()), tally);
  }
  return { name: "seed gold", byLanguage, notFound: [] };
}

async function scoreFolder(folder: string): Promise<SetResult> {
  const dir = path.resolve(folder);
  const { GOLD } = (await import(pathToFileURL(path.join(dir, "gold.mjs")).href)) as { GOLD: Record<string, RealMark[]> };
  const textDir = existsSync(path.join(dir, "texts")) ? path.join(dir, "texts") : dir;
  const languages = readLanguages(path.join(dir, "sources.tsv"));
  const byLanguage: Record<string, Tally> = {};
  const notFound: string[] = [];
  for (const [key, realMarks] of Object.entries(GOLD)) {
    const text = readFileSync(path.join(textDir, `${key}.txt`), "utf8");
    const marks: Mark[] = [];
    for (const m of realMarks) {
      const start = locateMark(text, m.t, m.c, m.n);
      if (start < 0) notFound.push(`${key}: mark not found: ${m.t}`);
      else marks.push({ start, end: start + m.t.length, text: m.t, actor: m.a, category: m.k });
    }
    const tally = emptyTally();
    scoreText(key, marks, analyzeLikeTheCli(text), tally);
    addTally((byLanguage[languages.get(key) ?? guessLanguage(text)] ??= emptyTally()), tally);
  }
  return { name: path.basename(dir), byLanguage, notFound };
}

/** The `lang` column of a sources.tsv, by file key; empty when there is none. */
function readLanguages(file: string): Map<string, string> {
  const languages = new Map<string, string>();
  if (!existsSync(file)) return languages;
  const [header, ...rows] = readFileSync(file, "utf8").split("\n");
  const columns = (header ?? "").split("\t");
  const keyColumn = columns.indexOf("file");
  const langColumn = columns.indexOf("lang");
  if (keyColumn < 0 || langColumn < 0) return languages;
  for (const row of rows) {
    const cells = row.split("\t");
    if (cells[keyColumn] && cells[langColumn]) languages.set(cells[keyColumn], cells[langColumn]);
  }
  return languages;
}

function guessLanguage(text: string): string {
  const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  return arabic > text.length / 10 ? "ar" : "en";
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function summary(set: SetResult) {
  const all = emptyTally();
  for (const tally of Object.values(set.byLanguage)) addTally(all, tally);
  const figures = (t: Tally) => ({
    recall: round(recallOf(t)),
    precision: round(precisionOf(t)),
    marks: t.marks,
    found: t.found,
    mentions: t.mentions,
    right: t.right,
    wrongLabel: t.wrongLabel,
    unmarked: t.unmarked,
    framedPlain: t.framedPlain,
  });
  return {
    set: set.name,
    all: figures(all),
    byLanguage: Object.fromEntries(Object.entries(set.byLanguage).sort().map(([language, t]) => [language, figures(t)])),
    marksNotInText: set.notFound.length,
  };
}

function printSet(set: SetResult, showMisses: boolean) {
  const s = summary(set);
  console.log(`\n${s.set}`);
  const line = (label: string, f: ReturnType<typeof summary>["all"]) =>
    console.log(
      `  ${label.padEnd(4)} recall ${f.recall.toFixed(3)} (${f.found}/${f.marks})  precision ${f.precision.toFixed(3)} (${f.right}/${f.mentions}; ` +
        `${f.wrongLabel} wrong label, ${f.unmarked} unmarked, ${f.framedPlain} plain names framed)`,
    );
  for (const [language, f] of Object.entries(s.byLanguage)) line(language, f);
  line("all", s.all);
  if (set.notFound.length > 0) console.log(`  ${set.notFound.length} marks not found in their text:\n    ${set.notFound.join("\n    ")}`);
  if (!showMisses) return;
  for (const [language, tally] of Object.entries(set.byLanguage).sort()) {
    console.log(`\n  [${language}] missed (${tally.misses.length}):`);
    for (const m of tally.misses) console.log(`    ${m}`);
    console.log(`\n  [${language}] wrong actor or category (${tally.wrong.length}):`);
    for (const m of tally.wrong) console.log(`    ${m}`);
    console.log(`\n  [${language}] unmarked mentions (${tally.extra.length}):`);
    for (const m of tally.extra) console.log(`    ${m}`);
  }
}

async function main(argv: readonly string[]) {
  const folder = argv.find((a) => !a.startsWith("--"));
  const showMisses = argv.includes("--misses");
  const sets = [scoreSeeds()];
  if (folder) sets.push(await scoreFolder(folder));
  if (argv.includes("--json")) {
    console.log(JSON.stringify({ targets: TARGETS, sets: sets.map(summary) }, null, 2));
    return;
  }
  console.log(
    `accuracy of the bundled lexicon (targets: seed gold recall and precision >= ${TARGETS.seeds.recall}; ` +
      `real Arabic recall >= ${TARGETS.realArabic.recall}, precision >= ${TARGETS.realArabic.precision})`,
  );
  for (const set of sets) printSet(set, showMisses);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench:accuracy: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
