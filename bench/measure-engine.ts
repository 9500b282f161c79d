import { cpus } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  analyze,
  compileLexicon,
  findQuoteSpans,
  findWordMatches,
  separateChrome,
  tokenize,
  type Analysis,
  type CompiledLexicon,
  type LexiconTerm,
} from "../lib/engine";
import { buildCorpus, sliceCorpus, type Corpus } from "./corpus";
import { compileNaivePatterns, findNaiveMatches, type NaivePattern } from "./naive-matcher";
import { readSeedParagraphs } from "./seed-data";
import { isSyntheticId, padLexicon } from "./synthetic-lexicon";
import { formatNumber } from "./table";
import { mbPerSec, timeRuns, type Timing } from "./timing";

const SMALL_BYTES = 1_000_000;
const LARGE_BYTES = 10_000_000;
const PADDED_ENTRIES = 5_000;
/** Seeds of the corpus shuffle and of the synthetic lexicon: every run measures the same work. */
export const CORPUS_SEED = 2018;
export const LEXICON_SEED = 5000;
const COMPILE_RUNS = 5;
const SMALL_RUNS = 11;
const LARGE_RUNS = 5;
/** Past this projected time, the baseline runs on a prefix of the 1 MB corpus rather than the whole. */
const BASELINE_BUDGET_MS = 60_000;
/** Up to this projected time, the baseline is warmed up and timed three times; beyond, it runs once, cold. */
const BASELINE_REPEAT_MS = 5_000;
/** Forms timed first to project the baseline's full time. */
const BASELINE_PROBE_FORMS = 200;

/** One lexicon, compiled, and how long compiling it took. */
export interface CompiledRun {
  lexicon: CompiledLexicon;
  timing: Timing;
}

/** The engine timed on one corpus with one lexicon. */
export interface EngineRun {
  lexicon: "real" | "padded";
  corpus: Corpus;
  timing: Timing;
  mentions: number;
  /** Mentions of synthetic entries: there must be none. */
  syntheticMentions: number;
  /** Heap in use after the last run, its analysis still held, garbage collected (bytes). */
  heapUsed: number;
  /** Every mention of a real entry, one line each: what the two lexicons must agree on. */
  realMentionKeys: string;
}

/** The naive baseline timed on one text with one lexicon. */
export interface BaselineRun {
  corpus: Corpus;
  forms: number;
  timing: Timing;
  matches: number;
}

/** One stage of `analyze`, timed alone. */
export interface StageRun {
  stage: string;
  timing: Timing;
}

/** Everything one run of the benchmark measured. */
export interface EngineBenchmark {
  paragraphs: number;
  small: Corpus;
  large: Corpus;
  realEntries: number;
  paddedEntries: number;
  realCompile: CompiledRun;
  paddedCompile: CompiledRun;
  engine: { realSmall: EngineRun; paddedSmall: EngineRun; realLarge: EngineRun; paddedLarge: EngineRun };
  /** The engine, padded lexicon, on the text the baseline ran on. */
  engineOnBaselineText: EngineRun;
  /** The stages of `analyze`, padded lexicon, 10 MB: where the time goes. */
  stages: StageRun[];
  realBaseline: BaselineRun;
  paddedBaseline: BaselineRun;
  ceiling: Timing;
  /** Heap in use once corpora and lexicons are ready, before any analysis (bytes). */
  heapBeforeAnalysis: number;
  memory: NodeJS.MemoryUsage;
  peakRss: number;
  machine: { node: string; cpu: string; cores: number };
}

const collectGarbage = exposeGc();

/**
 * Run the whole benchmark: build the corpora and the padded lexicon, time the engine, the
 * naive baseline and the ceiling. Progress goes to stderr.
 *
 * @param real the real lexicon
 * @returns the measurements
 * @throws Error when the padded lexicon finds other mentions of real entries than the real one
 */
export function measureEngine(real: readonly LexiconTerm[]): EngineBenchmark {
  progress("reading the seed paragraphs");
  const paragraphs = readSeedParagraphs();
  const seedText = paragraphs.join("\n\n");

  progress(`padding the lexicon to ${PADDED_ENTRIES} entries`);
  const padded = padLexicon(real, seedText, PADDED_ENTRIES, LEXICON_SEED);

  progress("building the corpora");
  const small = buildCorpus(paragraphs, SMALL_BYTES, CORPUS_SEED);
  const large = buildCorpus(paragraphs, LARGE_BYTES, CORPUS_SEED);

  progress("compiling the lexicons");
  const realCompile = compileTimed(real);
  const paddedCompile = compileTimed(padded);
  collectGarbage();
  const heapBeforeAnalysis = process.memoryUsage().heapUsed;

  const engine = {
    realSmall: timeEngine("real", realCompile.lexicon, small, SMALL_RUNS, 3),
    paddedSmall: timeEngine("padded", paddedCompile.lexicon, small, SMALL_RUNS, 3),
    realLarge: timeEngine("real", realCompile.lexicon, large, LARGE_RUNS, 2),
    paddedLarge: timeEngine("padded", paddedCompile.lexicon, large, LARGE_RUNS, 2),
  };
  const memory = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  checkSameMentions(engine.realSmall, engine.paddedSmall);
  checkSameMentions(engine.realLarge, engine.paddedLarge);

  progress("timing the stages of analyze, padded lexicon, 10 MB");
  const stages = timeStages(paddedCompile.lexicon, large);

  progress("timing the plain loop (ceiling)");
  const ceiling = timeRuns(() => sumCodeUnits(large.text), { runs: LARGE_RUNS, warmups: 2 }).timing;

  progress("timing the naive baseline, real lexicon");
  const realBaseline = timeBaseline(compileNaivePatterns(real), small);
  progress("timing the naive baseline, padded lexicon");
  const paddedBaseline = timeBaseline(compileNaivePatterns(padded), small);
  const engineOnBaselineText =
    paddedBaseline.corpus.bytes === small.bytes
      ? engine.paddedSmall
      : timeEngine("padded", paddedCompile.lexicon, paddedBaseline.corpus, SMALL_RUNS, 3);

  return {
    paragraphs: paragraphs.length,
    small,
    large,
    realEntries: real.length,
    paddedEntries: padded.length,
    realCompile,
    paddedCompile,
    engine,
    engineOnBaselineText,
    stages,
    realBaseline,
    paddedBaseline,
    ceiling,
    heapBeforeAnalysis,
    memory,
    peakRss,
    machine: { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length },
  };
}

/**
 * Throughput of a run.
 *
 * @param run an engine or baseline run
 * @returns MB/s, from the median time
 */
export function runMbPerSec(run: EngineRun | BaselineRun): number {
  return mbPerSec(run.corpus.bytes, run.timing.medianMs);
}

function compileTimed(entries: readonly LexiconTerm[]): CompiledRun {
  const { timing, result } = timeRuns(() => compileLexicon(entries), { runs: COMPILE_RUNS });
  return { lexicon: result, timing };
}

/** Time `analyze` on one corpus with one compiled lexicon, garbage collected before each run. */
function timeEngine(lexicon: EngineRun["lexicon"], compiled: CompiledLexicon, corpus: Corpus, runs: number, warmups: number): EngineRun {
  progress(`timing the engine, ${lexicon} lexicon, ${formatNumber(corpus.bytes)} B`);
  const { timing, result } = timeRuns(() => analyze(corpus.text, compiled), { runs, warmups, settle: collectGarbage });
  collectGarbage();
  const heapUsed = process.memoryUsage().heapUsed;
  const real = result.mentions.filter((mention) => !isSyntheticId(mention.entry));
  return {
    lexicon,
    corpus,
    timing,
    mentions: result.mentions.length,
    syntheticMentions: result.mentions.length - real.length,
    heapUsed,
    realMentionKeys: mentionKeys(real),
  };
}

/** Time each stage of `analyze` alone, as `analyze` runs them. */
function timeStages(compiled: CompiledLexicon, corpus: Corpus): StageRun[] {
  const options = { runs: LARGE_RUNS, warmups: 1, settle: collectGarbage };
  const tokens = tokenize(corpus.text);
  return [
    { stage: "separateChrome", timing: timeRuns(() => separateChrome(corpus.text), options).timing },
    { stage: "tokenize", timing: timeRuns(() => tokenize(corpus.text), options).timing },
    { stage: "findQuoteSpans", timing: timeRuns(() => findQuoteSpans(corpus.text), options).timing },
    { stage: "findWordMatches", timing: timeRuns(() => findWordMatches(tokens, compiled), options).timing },
  ];
}

function mentionKeys(mentions: Analysis["mentions"]): string {
  return mentions.map((mention) => `${mention.start}:${mention.end}:${mention.entry}:${mention.quoted}:${mention.chrome}`).join("\n");
}

/** The padded lexicon's synthetic forms never occur in the corpus: it must find exactly the real lexicon's mentions. */
function checkSameMentions(real: EngineRun, padded: EngineRun) {
  if (padded.syntheticMentions > 0 || padded.realMentionKeys !== real.realMentionKeys) {
    throw new Error(
      `the padded lexicon changed the mentions on ${formatNumber(real.corpus.bytes)} B: ${real.mentions} with the real lexicon, ` +
        `${padded.mentions} with the padded one, ${padded.syntheticMentions} of them synthetic`,
    );
  }
}

/**
 * Time the naive matcher on the corpus, or on a prefix of it when the first forms show that
 * the whole would exceed the time budget.
 */
function timeBaseline(patterns: readonly NaivePattern[], corpus: Corpus): BaselineRun {
  const probe = patterns.slice(0, BASELINE_PROBE_FORMS);
  const probeMs = timeRuns(() => findNaiveMatches(corpus.text, probe), { runs: 1, warmups: 0 }).timing.medianMs;
  const projectedMs = (probeMs * patterns.length) / probe.length;
  const text = projectedMs <= BASELINE_BUDGET_MS ? corpus : sliceCorpus(corpus, (corpus.bytes * BASELINE_BUDGET_MS) / 2 / projectedMs);
  const repeat = projectedMs <= BASELINE_REPEAT_MS;
  const { timing, result } = timeRuns(() => findNaiveMatches(text.text, patterns), {
    runs: repeat ? 3 : 1,
    warmups: repeat ? 1 : 0,
    settle: collectGarbage,
  });
  return { corpus: text, forms: patterns.length, timing, matches: result.length };
}

/** The ceiling: the least any matcher must do, read every code unit of the text once. */
function sumCodeUnits(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** Node's `gc()` without a command-line flag, so that timed runs do not pay for earlier garbage. */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

function progress(message: string) {
  process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}
