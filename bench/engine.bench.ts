/**
 * `npm run bench`: engine throughput on synthetic corpora of 1 MB and 10 MB made of the seed
 * paragraphs, with the real lexicon and with one padded to 5,000 entries, against a naive
 * baseline (one regular expression per form) and a plain loop over the text (the ceiling).
 *
 * `npm run --silent bench -- --json` prints one JSON object on stdout and nothing else;
 * progress goes to stderr. `-- --lexicon <path>` measures another lexicon than the Derna
 * case study's. The process exits 0 whether or not the targets are met: it is a benchmark,
 * not a test.
 */
import { formatTextReport, toJsonReport } from "./engine-report";
import { measureEngine } from "./measure-engine";
import { readLexicon } from "./seed-data";

const json = process.argv.includes("--json");
const lexiconAt = process.argv.indexOf("--lexicon");
const lexiconPath = lexiconAt < 0 ? undefined : process.argv[lexiconAt + 1];

const bench = measureEngine(readLexicon(lexiconPath));
process.stdout.write(json ? `${JSON.stringify(toJsonReport(bench), null, 2)}\n` : `${formatTextReport(bench)}\n`);
