/**
 * `npm run bench:table`: the evidence table's pipeline (filter, sort, paginate) over 50,000
 * synthetic mentions made from the Derna rows, as the table runs it in the browser: the index
 * is built once, sort keys once per column, and each keystroke re-runs the filter over rows
 * already in order, then cuts one page.
 *
 * `-- --rows N` measures another size. The process exits 0 whatever the figures: it is a
 * benchmark, not a test (the page should stay well under 100 ms per keystroke).
 */
import { buildEvidenceRows } from "../lib/comparison/evidence";
import { evidenceToCsv } from "../lib/comparison/evidence-export";
import {
  DEFAULT_SORT,
  EVIDENCE_COLUMNS,
  type EvidenceFilters,
  NO_FILTERS,
  filterEvidence,
  indexEvidenceRows,
  paginate,
  sortEvidence,
} from "../lib/comparison/evidence-query";
import { getBundledCaseAnalysis } from "../lib/comparison/get-analysis";
import { syntheticEvidenceRows } from "./synthetic-evidence";
import { formatNumber, formatTable } from "./table";
import { timeRuns } from "./timing";

const rowsAt = process.argv.indexOf("--rows");
const ROWS = rowsAt < 0 ? 50_000 : Number(process.argv[rowsAt + 1]);
const RUNS = 15;
const PAGE_SIZE = 50;

const analysis = getBundledCaseAnalysis("derna");
if (!analysis) throw new Error("the bundled Derna case study is missing");
const rows = syntheticEvidenceRows(buildEvidenceRows(analysis), ROWS);
const labels = {
  outlet: Object.fromEntries(analysis.caseStudy.outlets.map((o) => [o.id, o.name.en])),
  actor: Object.fromEntries(analysis.caseStudy.actors.map((a) => [a.id, a.name.en])),
};

const results: string[][] = [];
const record = (step: string, ms: number, kept?: number) => results.push([step, formatNumber(ms, 2), kept === undefined ? "" : formatNumber(kept)]);

// Once per page load: the normalized search text of every row.
const { timing: indexTiming, result: index } = timeRuns(() => indexEvidenceRows(rows, labels), { runs: 5 });
record("index (once per page load)", indexTiming.medianMs);

// The first sort on a column builds its keys; later sorts on it reuse them.
for (const column of EVIDENCE_COLUMNS) {
  const { timing } = timeRuns(
    () => {
      index.sortKeys.delete(column);
      return sortEvidence(index, { column, desc: true });
    },
    { runs: 5 },
  );
  record(`sort by ${column}, first time`, timing.medianMs);
}
const { timing: resort } = timeRuns(() => sortEvidence(index, { column: "form", desc: false }), { runs: RUNS });
record("sort by form again (keys kept)", resort.medianMs);

// Each keystroke: filter the ordered rows, cut a page.
const order = sortEvidence(index, DEFAULT_SORT);
const keystrokes: [string, Partial<EvidenceFilters>][] = [
  ["no filter", {}],
  ["search ل (one letter)", { q: "ل" }],
  ["search الليبي", { q: "الليبي" }],
  ["search إرهابيا", { q: "إرهابيا" }],
  ["search terrorist (gloss)", { q: "terrorist" }],
  ["search الجيش الليبي (two words)", { q: "الجيش الليبي" }],
  ["outlet youm7,qposts + category terrorism", { outlet: ["youm7", "qposts"], category: ["terrorism"] }],
  ["outlet + category + search + no chrome", { outlet: ["youm7"], category: ["state-legitimacy"], q: "الجيش", hideChrome: true }],
];
for (const [name, change] of keystrokes) {
  const filters = { ...NO_FILTERS, ...change };
  const { timing, result } = timeRuns(
    () => {
      const kept = filterEvidence(index, order, filters);
      paginate(kept, 2, PAGE_SIZE).items.map((i) => index.rows[i]);
      return kept.length;
    },
    { runs: RUNS },
  );
  record(`keystroke: ${name}`, timing.medianMs, result);
}

const all = filterEvidence(index, order, NO_FILTERS);
const { timing: pageTiming } = timeRuns(() => paginate(all, Math.floor(all.length / PAGE_SIZE / 2), PAGE_SIZE).items.map((i) => index.rows[i]), {
  runs: RUNS,
});
record(`paginate (one page of ${PAGE_SIZE})`, pageTiming.medianMs);

const { timing: csvTiming } = timeRuns(() => evidenceToCsv(all.map((i) => index.rows[i]!), {}).length, { runs: 3 });
record(`CSV export of all ${formatNumber(all.length)} rows`, csvTiming.medianMs);

process.stdout.write(`Evidence table pipeline over ${formatNumber(ROWS)} rows (median of ${RUNS} runs; first sorts and index: of 5)\n\n`);
process.stdout.write(`${formatTable(["step", "ms", "rows kept"], results)}\n`);
