import type { EvidenceRow } from "../lib/comparison/evidence";
import { createRandom, pick } from "./random";

const OUTLETS = ["qposts", "libya24", "youm7", "aljazeera"] as const;
const ARTICLES_PER_OUTLET = 250;

/**
 * Rewrite an Arabic spelling the way real coverage varies it: final ي as ى (Youm7's habit),
 * a tanween or a shadda added, or the alef with hamza written bare. Every variant normalizes
 * back to the same words, so a search must still find it.
 */
function varySpelling(text: string, random: () => number): string {
  const roll = random();
  if (roll < 0.25) return text.replace(/ي(?=\s|$)/g, "ى");
  if (roll < 0.4) return text.replace(/ا(?=\s|$)/g, "ًا");
  if (roll < 0.5) return text.replace(/^ا/, "أ");
  return text;
}

/**
 * Many evidence rows made from real ones, for tests and benchmarks at scale: each copy gets an
 * outlet, a synthetic article (250 per outlet), a date and offsets of its own, and its Arabic
 * (term and context) varied in spelling.
 *
 * @param base real rows to copy (the Derna case study's)
 * @param count how many rows to make
 * @param seed the random seed (the same seed gives the same rows)
 * @returns the rows, article by article in offset order, ids unique
 */
export function syntheticEvidenceRows(base: readonly EvidenceRow[], count: number, seed = 7): EvidenceRow[] {
  if (base.length === 0) throw new Error("syntheticEvidenceRows: no rows to copy");
  const random = createRandom(seed);
  // Each synthetic article has one date, as a real one does.
  const dates = Array.from({ length: ARTICLES_PER_OUTLET * OUTLETS.length }, () =>
    `${2016 + Math.floor(random() * 3)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`,
  );
  const rows: EvidenceRow[] = [];
  for (let i = 0; i < count; i++) {
    const source = base[i % base.length] as EvidenceRow;
    const outlet = pick(OUTLETS, random);
    const number = Math.floor(random() * ARTICLES_PER_OUTLET);
    const quoted = random() < 0.1;
    rows.push({
      ...source,
      outlet,
      article: `${outlet}-${number}`,
      date: dates[OUTLETS.indexOf(outlet) * ARTICLES_PER_OUTLET + number] ?? "2018",
      form: varySpelling(source.form, random),
      before: varySpelling(source.before, random),
      after: varySpelling(source.after, random),
      // One in ten quoted, most of those attributed to someone, the rest held at a distance.
      voice: quoted ? (random() < 0.7 ? "attributed" : "distanced") : "outlet",
      quoted,
      chrome: random() < 0.05,
    });
  }
  // Group by article, as buildEvidenceRows does, and give each mention its own offsets.
  rows.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  const nextOffset = new Map<string, number>();
  for (const row of rows) {
    const start = (nextOffset.get(row.article) ?? 0) + 40;
    row.start = start;
    row.end = start + row.form.length;
    row.id = `${row.article}:${start}`;
    nextOffset.set(row.article, row.end);
  }
  return rows;
}
