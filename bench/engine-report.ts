import { CORPUS_SEED, LEXICON_SEED, runMbPerSec, type BaselineRun, type EngineBenchmark, type EngineRun } from "./measure-engine";
import { formatNumber, formatTable } from "./table";
import { mbPerSec } from "./timing";

/** The targets of the issue, for this 2-core machine. */
const TARGETS = {
  mbPerSec: { label: "engine MB/s (5,000 entries, 10 MB)", min: 20 },
  speedup: { label: "speed-up over the baseline (5,000 entries)", min: 20 },
  growth10x: { label: "time growth from 1 MB to 10 MB (5,000 entries)", max: 11 },
} as const;

type TargetName = keyof typeof TARGETS;

/** The headline figures of a benchmark run. */
interface Figures {
  /** Engine, padded lexicon, 10 MB. */
  mbPerSec: number;
  /** Engine, real lexicon, 10 MB. */
  mbPerSecRealLexicon: number;
  baselineMbPerSec: number;
  baselineMbPerSecRealLexicon: number;
  /** Engine MB/s ÷ baseline MB/s, padded lexicon, on the text the baseline ran on. */
  speedup: number;
  speedupRealLexicon: number;
  /** Time on 10 MB ÷ time on 1 MB, padded lexicon. */
  growth10x: number;
  ceilingMbPerSec: number;
}

/**
 * The benchmark as one JSON-ready object: the headline figures first, then the detail.
 *
 * @param bench the measurements
 */
export function toJsonReport(bench: EngineBenchmark): Record<string, unknown> {
  const figures = computeFigures(bench);
  const round = roundFigure;
  const engineRun = (run: EngineRun) => ({
    bytes: run.corpus.bytes,
    medianMs: round(run.timing.medianMs),
    minMs: round(run.timing.minMs),
    runs: run.timing.runs,
    mbPerSec: round(runMbPerSec(run)),
    mentions: run.mentions,
  });
  const baselineRun = (run: BaselineRun) => ({
    bytes: run.corpus.bytes,
    forms: run.forms,
    medianMs: round(run.timing.medianMs),
    runs: run.timing.runs,
    mbPerSec: round(runMbPerSec(run)),
    matches: run.matches,
  });
  return {
    ...Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, round(value)])),
    compileMs: round(bench.paddedCompile.timing.medianMs),
    compileMsRealLexicon: round(bench.realCompile.timing.medianMs),
    heapMb: round(bench.engine.paddedLarge.heapUsed / 1e6),
    heapBeforeAnalysisMb: round(bench.heapBeforeAnalysis / 1e6),
    peakRssMb: round(bench.peakRss / 1e6),
    corpusBytes: { small: bench.small.bytes, large: bench.large.bytes, baseline: bench.paddedBaseline.corpus.bytes },
    seedParagraphs: bench.paragraphs,
    entries: { real: bench.realEntries, padded: bench.paddedEntries },
    forms: { real: bench.realCompile.lexicon.formCount, padded: bench.paddedCompile.lexicon.formCount },
    engine: Object.fromEntries(Object.entries(bench.engine).map(([name, run]) => [name, engineRun(run)])),
    stagesMs: Object.fromEntries(stageRows(bench).map(({ stage, ms }) => [stage, round(ms)])),
    baseline: { real: baselineRun(bench.realBaseline), padded: baselineRun(bench.paddedBaseline) },
    sanity: {
      syntheticMentions: bench.engine.paddedSmall.syntheticMentions + bench.engine.paddedLarge.syntheticMentions,
      realMentionsIdentical:
        bench.engine.paddedSmall.realMentionKeys === bench.engine.realSmall.realMentionKeys &&
        bench.engine.paddedLarge.realMentionKeys === bench.engine.realLarge.realMentionKeys,
    },
    targets: Object.fromEntries(
      checkTargets(figures).map(({ name, bound, value, met }) => [name, { ...bound, value: round(value), met }]),
    ),
    node: bench.machine.node,
    cpu: bench.machine.cpu,
    cores: bench.machine.cores,
  };
}

/**
 * The benchmark as a readable report: machine, corpora, tables, targets.
 *
 * @param bench the measurements
 * @returns lines of text, tables aligned
 */
export function formatTextReport(bench: EngineBenchmark): string {
  const figures = computeFigures(bench);
  const { small, large, realCompile, paddedCompile, realBaseline, paddedBaseline, machine } = bench;
  const mb = (bytes: number) => `${formatNumber(bytes / 1e6, 2)} MB`;
  const compileOf = (run: EngineRun) => (run.lexicon === "real" ? realCompile : paddedCompile);
  const baselineText =
    paddedBaseline.corpus.bytes < small.bytes
      ? "a prefix of the 1 MB corpus, as the whole would take over a minute"
      : "the 1 MB corpus only, as 10 MB would take too long";
  return [
    "Framelens engine benchmark",
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`,
    `Corpora: ${formatNumber(small.bytes)} B and ${formatNumber(large.bytes)} B of UTF-8: ${bench.paragraphs} seed body paragraphs, shuffled (seed ${CORPUS_SEED})`,
    `Lexicons: real ${formatNumber(bench.realEntries)} entries / ${formatNumber(realCompile.lexicon.formCount)} forms; ` +
      `padded ${formatNumber(bench.paddedEntries)} entries / ${formatNumber(paddedCompile.lexicon.formCount)} forms (synthetic ones never match; seed ${LEXICON_SEED})`,
    "",
    "Engine: analyze(text, compiled) after warm-up, garbage collected before each run",
    formatTable(
      ["lexicon", "entries", "compile ms", "corpus", "runs", "median ms", "min ms", "MB/s", "mentions"],
      Object.values(bench.engine).map((run) => [
        run.lexicon,
        formatNumber(compileOf(run).lexicon.entries.length),
        formatNumber(compileOf(run).timing.medianMs, 1),
        mb(run.corpus.bytes),
        String(run.timing.runs),
        formatNumber(run.timing.medianMs, 1),
        formatNumber(run.timing.minMs, 1),
        formatNumber(runMbPerSec(run), 1),
        formatNumber(run.mentions),
      ]),
    ),
    "",
    "Where the time goes: each stage of analyze timed alone (5,000 entries, 10 MB; rest: building mentions, counting words)",
    formatTable(
      ["stage", "median ms", "share"],
      stageRows(bench).map(({ stage, ms, share }) => [stage, formatNumber(ms, 1), `${formatNumber(share * 100, 0)} %`]),
    ),
    "",
    `Naive baseline: normalize once, then one RegExp per form run with matchAll, on ${mb(paddedBaseline.corpus.bytes)} (${baselineText})`,
    formatTable(
      ["lexicon", "forms", "corpus", "runs", "median ms", "MB/s", "matches", "engine MB/s", "speed-up"],
      [
        ["real", realBaseline, bench.engine.realSmall, figures.speedupRealLexicon] as const,
        ["padded", paddedBaseline, bench.engineOnBaselineText, figures.speedup] as const,
      ].map(([name, baseline, engine, speedup]) => [
        name,
        formatNumber(baseline.forms),
        mb(baseline.corpus.bytes),
        String(baseline.timing.runs),
        formatNumber(baseline.timing.medianMs, 0),
        formatNumber(runMbPerSec(baseline), 3),
        formatNumber(baseline.matches),
        formatNumber(runMbPerSec(engine), 1),
        `${formatNumber(speedup, 1)}×`,
      ]),
    ),
    "Matches count every match of every pattern, overlaps unresolved, so they outnumber the engine's mentions.",
    "",
    `Ceiling: a plain charCodeAt loop over ${mb(large.bytes)}: ${formatNumber(figures.ceilingMbPerSec, 0)} MB/s (median of ${bench.ceiling.runs})`,
    `Growth (5,000 entries): ${formatNumber(figures.growth10x, 2)}× the time for ${formatNumber(large.bytes / small.bytes, 2)}× the bytes`,
    `Memory: heap ${formatNumber(bench.engine.paddedLarge.heapUsed / 1e6, 1)} MB after analyzing 10 MB (analysis held, after GC; ` +
      `${formatNumber(bench.heapBeforeAnalysis / 1e6, 1)} MB before any analysis); peak RSS ${formatNumber(bench.peakRss / 1e6, 0)} MB`,
    `Sanity: the padded lexicon finds the real lexicon's ${formatNumber(bench.engine.realSmall.mentions)} (1 MB) and ` +
      `${formatNumber(bench.engine.realLarge.mentions)} (10 MB) mentions exactly, and no synthetic one`,
    "",
    "Targets",
    formatTable(
      ["target", "wanted", "measured", "met"],
      checkTargets(figures).map(({ label, wanted, value, met }) => [label, wanted, formatNumber(value, 2), met ? "yes" : "NO"]),
    ),
  ].join("\n");
}

/** The stages' median times, and what `analyze` spends besides them (building mentions, counting words). */
function stageRows(bench: EngineBenchmark): { stage: string; ms: number; share: number }[] {
  const total = bench.engine.paddedLarge.timing.medianMs;
  const stages = bench.stages.map(({ stage, timing }) => ({ stage, ms: timing.medianMs }));
  const rest = total - stages.reduce((sum, { ms }) => sum + ms, 0);
  return [...stages, { stage: "rest", ms: rest }].map((row) => ({ ...row, share: row.ms / total }));
}

function computeFigures(bench: EngineBenchmark): Figures {
  const { engine, realBaseline, paddedBaseline } = bench;
  return {
    mbPerSec: runMbPerSec(engine.paddedLarge),
    mbPerSecRealLexicon: runMbPerSec(engine.realLarge),
    baselineMbPerSec: runMbPerSec(paddedBaseline),
    baselineMbPerSecRealLexicon: runMbPerSec(realBaseline),
    speedup: runMbPerSec(bench.engineOnBaselineText) / runMbPerSec(paddedBaseline),
    speedupRealLexicon: runMbPerSec(engine.realSmall) / runMbPerSec(realBaseline),
    growth10x: engine.paddedLarge.timing.medianMs / engine.paddedSmall.timing.medianMs,
    ceilingMbPerSec: mbPerSec(bench.large.bytes, bench.ceiling.medianMs),
  };
}

interface TargetCheck {
  name: TargetName;
  label: string;
  bound: { min: number } | { max: number };
  /** The bound as text: "≥ 20", "≤ 11". */
  wanted: string;
  value: number;
  met: boolean;
}

function checkTargets(figures: Figures): TargetCheck[] {
  return (Object.keys(TARGETS) as TargetName[]).map((name) => {
    const target: { label: string; min?: number; max?: number } = TARGETS[name];
    const value = figures[name];
    if (target.min !== undefined) {
      return { name, label: target.label, bound: { min: target.min }, wanted: `≥ ${target.min}`, value, met: value >= target.min };
    }
    const max = target.max ?? Infinity;
    return { name, label: target.label, bound: { max }, wanted: `≤ ${max}`, value, met: value <= max };
  });
}

/** Two decimals, or three significant digits below 1 (a baseline of 0.03 MB/s needs them). */
function roundFigure(value: number): number {
  return Math.abs(value) < 1 ? Number(value.toPrecision(3)) : Math.round(value * 100) / 100;
}
