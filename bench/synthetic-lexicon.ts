import assert from "node:assert/strict";
import { analyze, compileLexicon, expandForms, normalizeWords, tokenize, tokenText, type LexiconTerm } from "../lib/engine";
import { createRandom, pick } from "./random";

const SYNTHETIC_ID = "synthetic-";
/** Letters of invented words, already in normalized form (no hamza seats, no ة, no ى). */
const LETTERS = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"];
/** Lengths of invented words (before an optional article), weighted by repetition. */
const WORD_LENGTHS = [3, 4, 4, 5, 5, 5, 6, 6, 7];
/** Words per synthetic form, weighted by repetition: as in a real lexicon, mostly one or two. */
const FORM_LENGTHS = [1, 1, 1, 2, 2, 2, 2, 3, 3, 4];
/** Share of invented words that carry the article ال. */
const ARTICLE_SHARE = 0.3;
/** Share of a multi-word form's words taken from the seed text (the rest are invented). */
const SEED_WORD_SHARE = 0.6;

/**
 * Pad a lexicon with synthetic entries up to a size, for measuring how the engine scales
 * with the lexicon.
 *
 * Synthetic forms look like real ones (one to four words, as many forms per entry as the real
 * lexicon has on average) and share many words with the seed text, so the matcher walks its
 * tries as deep as it would with real terms; but every form holds at least one invented word
 * that occurs nowhere in the seed text, with or without clitics, so a synthetic form never
 * matches and the mentions of real entries stay exactly those the real lexicon finds.
 *
 * @param real the real lexicon, kept first and unchanged
 * @param seedText all the seed paragraphs: the text the corpus is made of
 * @param total number of entries to reach
 * @param seed seed of the generator: the same seed gives the same lexicon
 * @returns the real entries, then synthetic ones with ids `synthetic-1`, `synthetic-2` …
 */
export function padLexicon(real: readonly LexiconTerm[], seedText: string, total: number, seed: number): LexiconTerm[] {
  const random = createRandom(seed);
  const realForms = new Set(real.flatMap((entry) => expandForms(entry.forms).map((form) => normalizeWords(form))));
  const taken = new Set(realForms);
  const formsPerEntry = real.reduce((sum, entry) => sum + entry.forms.length, 0) / Math.max(1, real.length);
  const entryCount = Math.max(0, total - real.length);

  const seedWords = collectSeedWords(seedText);
  const freshWords = inventWords(Math.ceil(entryCount * formsPerEntry * 1.5) + 100, seedText, new Set(seedWords), random);

  const synthetic: LexiconTerm[] = [];
  for (let n = 1; n <= entryCount; n++) {
    const formCount = Math.floor(formsPerEntry) + (random() < formsPerEntry % 1 ? 1 : 0);
    const forms: string[] = [];
    while (forms.length < Math.max(1, formCount)) {
      const form = inventForm(seedWords, freshWords, random);
      if (taken.has(form)) continue;
      taken.add(form);
      forms.push(form);
    }
    synthetic.push({ id: `${SYNTHETIC_ID}${n}`, forms, category: "synthetic", actor: null, stance: null, event: null });
  }

  for (const entry of synthetic) {
    for (const form of entry.forms) {
      assert(!realForms.has(normalizeWords(form)), `unexpected synthetic form "${form}" (${entry.id}) equal to a real form once normalized`);
    }
  }
  return [...real, ...synthetic];
}

/**
 * Whether a lexicon entry id was made by {@link padLexicon}.
 *
 * @param id an entry id
 */
export function isSyntheticId(id: string): boolean {
  return id.startsWith(SYNTHETIC_ID);
}

/** The distinct normalized words of the seed text worth putting in a term: three letters or more, not numbers. */
function collectSeedWords(seedText: string): string[] {
  const tokens = tokenize(seedText);
  const words = new Set<string>();
  for (let t = 0; t < tokens.count; t++) {
    const word = tokenText(tokens, t);
    if (word.length >= 3 && !/^\d+$/.test(word)) words.add(word);
  }
  return [...words];
}

/**
 * Invent words of random letters that the engine finds nowhere in the seed text, even with
 * clitics attached. Probing repeats until nothing is found, because where two probe words match
 * the same word of the text, the engine reports only one of them.
 */
function inventWords(count: number, seedText: string, seedWords: ReadonlySet<string>, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const length = pick(WORD_LENGTHS, random);
    let word = random() < ARTICLE_SHARE ? "ال" : "";
    for (let i = 0; i < length; i++) word += pick(LETTERS, random);
    if (!seedWords.has(word)) words.add(word);
  }
  let probe = [...words];
  for (;;) {
    const lexicon = compileLexicon(
      probe.map((word, i) => ({ id: String(i), forms: [word], category: "probe", actor: null, stance: null, event: null })),
    );
    const found = new Set(analyze(seedText, lexicon).mentions.map((mention) => Number(mention.entry)));
    if (found.size === 0) return probe;
    probe = probe.filter((_, i) => !found.has(i));
  }
}

/** A form of one to four words, normalized, with at least one invented word. */
function inventForm(seedWords: readonly string[], freshWords: readonly string[], random: () => number): string {
  const length = pick(FORM_LENGTHS, random);
  const invented = Math.floor(random() * length);
  const words = Array.from({ length }, (_, i) =>
    i !== invented && random() < SEED_WORD_SHARE ? pick(seedWords, random) : pick(freshWords, random),
  );
  return words.join(" ");
}
