/**
 * `npm run bench:lexicon`: what the lexicon editor computes in the browser after an edit, on the
 * Derna draft (5 articles) and on a 200-article draft made of its articles repeated: re-tagging
 * every article (a form changed), the per-term counts and the live actor matrix, the checks of
 * every term, a gloss edit (no re-tagging), and the distinctive terms (articles changed only).
 *
 * The process exits 0 whatever the figures: it is a benchmark, not a test.
 */
import { exportCaseStudy } from "../lib/case-study/exchange";
import { getBundledCaseStudy } from "../lib/case-study/load";
import { buildGlossary } from "../lib/comparison/glossary";
import { buildActorMatrix } from "../lib/comparison/label-matrix";
import { type CaseDraft, draftFromExchange } from "../lib/editor/draft";
import { analyzeDraft, analyzeDraftOnce } from "../lib/editor/draft-analysis";
import { findDraftDistinctiveTerms } from "../lib/editor/draft-distinctive";
import { findLexiconProblems } from "../lib/editor/lexicon-checks";
import { formatNumber, formatTable } from "./table";
import { timeRuns } from "./timing";

const RUNS = 9;
const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
const large: CaseDraft = {
  ...derna,
  articles: Array.from({ length: 200 }, (_, i) => {
    const article = derna.articles[i % derna.articles.length]!;
    return { ...article, id: `article-${i}`, rawFile: `article-${i}.txt` };
  }),
};

const rows: string[][] = [];
for (const [name, draft] of [["Derna (5 articles)", derna], ["200 articles", large]] as const) {
  const chars = draft.articles.reduce((n, a) => n + a.text.length, 0);
  const retag = timeRuns(() => analyzeDraft("bench", { ...draft, lexicon: [...draft.lexicon] }), { runs: RUNS });
  const views = timeRuns(() => [buildGlossary(retag.result.analysis), buildActorMatrix(retag.result.analysis)], { runs: RUNS });
  const checks = timeRuns(() => findLexiconProblems(draft), { runs: RUNS });
  analyzeDraftOnce("bench", draft);
  let n = 0;
  const gloss = timeRuns(() => analyzeDraftOnce("bench", { ...draft, lexicon: draft.lexicon.map((e, i) => (i === 0 ? { ...e, gloss: `gloss ${n++}` } : e)) }), { runs: RUNS });
  const distinctive = timeRuns(() => findDraftDistinctiveTerms("bench", draft, 12), { runs: RUNS });
  rows.push([
    `${name}, ${formatNumber(chars)} chars`,
    ...[retag, views, checks, gloss, distinctive].map(({ timing }) => formatNumber(timing.medianMs, 1)),
  ]);
}
console.log(`Median of ${RUNS} runs, in ms\n`);
console.log(formatTable(["draft", "re-tag", "counts + matrix", "checks", "gloss edit", "distinctive"], rows));
