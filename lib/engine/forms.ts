/**
 * Word forms generated from a lemma: the small syntax a lexicon form may use, so that an entry
 * gives a lemma and a paradigm instead of listing every inflected spelling.
 *
 * - `[x]` an optional slot: the form with and without `x`
 *   (`قوات اللواء [الليبي] المتقاعد`, `مجلس شورى مجاهدي [مدينة] درنة`).
 * - `[a|b]` alternatives: one of `a` or `b`; `[a|b|]` one of them or nothing. A slot may hold
 *   several words or part of a word (`مجاهد[و|ي] درنة`); slots do not nest.
 * - `word{flags}` a paradigm on one word, after its last letter; the flags, in any order:
 *   - `f` feminine: ـة;
 *   - `p` sound plurals: ـون ـين, and ـات with `f` (a stem that ends in ة takes ـات alone);
 *   - `d` dual: ـان ـين, and ـتان ـتين with `f` (غارة{d} → غارتان، غارتين);
 *   - `a` accusative tanween alif: ـا (حصار{a} → حصارا, which also matches حصاراً and حصارًا,
 *     since normalization drops the tanween). Every `a` word of a phrase takes it together
 *     (حصار{a} خانق{a} → حصار خانق، حصارا خانقا); a word with ال or ending in ة, ا, ى or اء never does;
 *   - `l` article agreement: when the phrase's first word takes ال, so does this word
 *     (حصار خانق{l} → حصار خانق، الحصار الخانق; the matcher strips ال from the first word only);
 *   - `n` nisba: the adjective in ي with its feminine, plurals and accusative
 *     (مصر{n} → مصري، مصرية، مصريون، مصريين، مصريات، مصريا; the stem is what ي attaches to:
 *     إمارات{n}). The stem itself is not generated, so مصر{n} never matches مصر or مصرف.
 * - Spelling variants no per-letter normalization can fold are generated too: ؤ and ئ inside a
 *   word (مسؤول / مسئول) and ميليشيا / مليشيا.
 *
 * What needs no syntax: the article ال and the proclitics و ف ب ل ك on the first word and a
 * pronoun on the last (the matcher strips them, so write the lemma without ال to match both),
 * and the spellings normalization folds (hamza on alef, ى/ي, ة/ه, diacritics and tanween).
 */

/** The most forms one written form may generate: beyond it, the paradigms multiply past use. */
export const MAX_GENERATED_FORMS = 64;

/** A form whose syntax cannot be read: an unclosed slot, an unknown paradigm flag … */
export class FormSyntaxError extends Error {
  /**
   * @param form the form as written
   * @param problem what is wrong with it, in English
   */
  constructor(
    readonly form: string,
    readonly problem: string,
  ) {
    super(`form "${form}": ${problem}`);
    this.name = "FormSyntaxError";
  }
}

/** Characters that make a form more than a plain phrase. */
const SYNTAX = /[[\]{}|]/u;
/** Letters whose spellings vary beyond what normalization folds. */
const VARIABLE_SPELLING = /[ؤئ]|ميليشي|مليشي/u;
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const ARABIC_LETTER = /[\u0621-\u064A]$/u;
const FLAGS = "fpdanl";

/**
 * Every phrase a written form stands for: its slots filled every way, its paradigms inflected,
 * its spelling variants added. A form without syntax stands for itself (and its variants).
 *
 * @param form a lexicon form as written, e.g. `متطرف{fpa}` or `قوات اللواء [الليبي] المتقاعد`
 * @returns the generated phrases, the form's own reading first, without duplicates
 * @throws FormSyntaxError when the syntax cannot be read, when a slot left out leaves no word,
 *   or when the form would generate more than {@link MAX_GENERATED_FORMS} phrases
 */
export function expandForm(form: string): string[] {
  if (!SYNTAX.test(form) && !VARIABLE_SPELLING.test(form)) return [form];
  const out = new Set<string>();
  for (const text of fillSlots(form)) {
    const words = text.trim().split(/\s+/u).filter((word) => word !== "");
    if (words.length === 0) throw new FormSyntaxError(form, "leaving its optional slot out leaves no word");
    for (const phrase of inflectPhrase(form, words)) {
      for (const variant of spellingVariants(phrase)) out.add(variant);
    }
    if (out.size > MAX_GENERATED_FORMS) {
      throw new FormSyntaxError(form, `generates more than ${MAX_GENERATED_FORMS} forms: split it into several forms`);
    }
  }
  return [...out];
}

/**
 * What is wrong with a form's syntax, or null when it can be read.
 *
 * @param form a lexicon form as written
 * @returns the problem in English (see {@link FormSyntaxError}), or null
 */
export function formSyntaxProblem(form: string): string | null {
  try {
    expandForm(form);
    return null;
  } catch (error) {
    if (error instanceof FormSyntaxError) return error.problem;
    throw error;
  }
}

/**
 * Every phrase an entry's forms stand for, in order, without duplicates.
 *
 * @param forms the entry's forms as written
 * @returns the generated phrases ({@link expandForm}); a form whose syntax cannot be read
 *   stands for itself, so a caller that only searches or displays never fails on it
 */
export function expandForms(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    let phrases: string[];
    try {
      phrases = expandForm(form);
    } catch (error) {
      if (!(error instanceof FormSyntaxError)) throw error;
      phrases = [form];
    }
    for (const phrase of phrases) out.add(phrase);
  }
  return [...out];
}

/**
 * A form written with syntax, shown readably for the glossary, the editor's lists and tooltips:
 * an optional slot in parentheses, alternatives joined by a slash, a paradigm as its lemma
 * followed by the endings it adds (`متطرف{fpa}` → `متطرف (ـة، ـون، ـين، ـات، ـا)`).
 *
 * @param form a lexicon form as written
 * @returns the form for reading; a plain form, or one whose syntax cannot be read, as written
 */
export function displayForm(form: string): string {
  if (!SYNTAX.test(form) || formSyntaxProblem(form) !== null) return form;
  const slots = form.replace(/\[([^\]]*)\]/gu, (_, inside: string) => {
    const alternatives = inside.split("|");
    const shown = alternatives.filter((a) => a.trim() !== "").map((a) => a.trim()).join("/");
    return alternatives.length === 1 || alternatives.some((a) => a.trim() === "") ? `(${shown})` : shown;
  });
  return slots.replace(/([^\s()/{}]+)\{([a-z]+)\}/gu, (_, stem: string, flags: string) => {
    const { plain, accusative, definite } = inflectWord(stem, flags);
    const lemma = plain[0] ?? stem;
    const endings = [...plain.slice(1), ...accusative].map((word) => (word.startsWith(lemma) ? `ـ${word.slice(lemma.length)}` : word));
    const shown = definite ? `(ال)${lemma}` : lemma;
    return endings.length === 0 ? shown : `${shown} (${endings.join("، ")})`;
  });
}

/** Fill every slot of a form every way it can be filled. */
function fillSlots(form: string): string[] {
  let filled = [""];
  let at = 0;
  while (at < form.length) {
    const open = form.indexOf("[", at);
    const literal = form.slice(at, open < 0 ? form.length : open);
    if (literal.includes("]")) throw new FormSyntaxError(form, "a ] closes no slot");
    if (literal.includes("|")) throw new FormSyntaxError(form, "a | stands outside any [ ] slot");
    filled = filled.map((text) => text + literal);
    if (open < 0) break;
    const close = form.indexOf("]", open + 1);
    if (close < 0) throw new FormSyntaxError(form, "a [ slot is never closed");
    const inside = form.slice(open + 1, close);
    if (inside.includes("[")) throw new FormSyntaxError(form, "slots do not nest");
    const alternatives = inside.split("|");
    if (alternatives.every((a) => a.trim() === "")) throw new FormSyntaxError(form, "a [ ] slot is empty");
    if (alternatives.length === 1) alternatives.push("");
    filled = filled.flatMap((text) => alternatives.map((alternative) => text + alternative));
    if (filled.length > MAX_GENERATED_FORMS) {
      throw new FormSyntaxError(form, `generates more than ${MAX_GENERATED_FORMS} forms: split it into several forms`);
    }
    at = close + 1;
  }
  return filled;
}

interface Inflected {
  /** The word's forms as the phrase's other words are (the lemma first). */
  plain: string[];
  /** Its accusative forms in tanween alif, taken together with the phrase's other `a` words. */
  accusative: string[];
  /** Whether it takes the article together with the phrase's first word. */
  definite?: boolean;
}

/** Inflect every word of a phrase and combine them. */
function inflectPhrase(form: string, words: readonly string[]): string[] {
  const inflected = words.map((word) => {
    if (!/[{}]/u.test(word)) return { plain: [word], accusative: [] } satisfies Inflected;
    const match = /^([^{}]+)\{([^{}]*)\}$/u.exec(word);
    if (!match) throw new FormSyntaxError(form, `a paradigm {…} follows the last letter of a word ("${word}")`);
    const [, stem = "", flags = ""] = match;
    if (flags === "") throw new FormSyntaxError(form, `the paradigm of "${stem}" has no flag (use f, p, d, a, l or n)`);
    for (const [i, flag] of [...flags].entries()) {
      if (!FLAGS.includes(flag)) throw new FormSyntaxError(form, `unknown paradigm flag "${flag}" (use f, p, d, a, l or n)`);
      if (flags.indexOf(flag) !== i) throw new FormSyntaxError(form, `paradigm flag "${flag}" is given twice`);
    }
    if (!ARABIC_LETTER.test(stem.replace(MARKS, ""))) throw new FormSyntaxError(form, `a paradigm follows an Arabic word ("${stem}")`);
    return inflectWord(stem, flags);
  });
  const phrases = combine(inflected.map((w) => w.plain));
  if (inflected.some((w) => w.accusative.length > 0)) {
    phrases.push(...combine(inflected.map((w) => (w.accusative.length > 0 ? w.accusative : w.plain))));
  }
  if (inflected.some((w, i) => i > 0 && w.definite)) {
    const withArticle = (word: string) => (word.startsWith("ال") ? word : `ال${word}`);
    phrases.push(...combine(inflected.map((w, i) => (i === 0 || w.definite ? w.plain.map(withArticle) : w.plain))));
  }
  return phrases;
}

/** One word's forms by its paradigm flags (see the module's comment). */
function inflectWord(written: string, flags: string): Inflected {
  const has = (flag: string) => flags.includes(flag);
  const nisba = has("n");
  const stem = written.replace(MARKS, "") + (nisba ? "ي" : "");
  const feminine = has("f") || nisba;
  const plural = has("p") || nisba;
  const accusative = has("a") || nisba;
  const definite = has("l");
  const plain = [stem];
  if (stem.endsWith("ة")) {
    const root = stem.slice(0, -1);
    if (plural) plain.push(`${root}ات`);
    if (has("d")) plain.push(`${root}تان`, `${root}تين`);
    return { plain, accusative: [], definite };
  }
  if (feminine) plain.push(`${stem}ة`);
  if (plural) plain.push(`${stem}ون`, `${stem}ين`);
  if (plural && feminine) plain.push(`${stem}ات`);
  if (has("d")) plain.push(`${stem}ان`, `${stem}ين`);
  if (has("d") && feminine) plain.push(`${stem}تان`, `${stem}تين`);
  const takesAlif = !stem.startsWith("ال") && !/(ا|ى|اء)$/u.test(stem);
  return { plain: [...new Set(plain)], accusative: accusative && takesAlif ? [`${stem}ا`] : [], definite };
}

/** Every phrase made by taking one form of each word. */
function combine(choices: readonly (readonly string[])[]): string[] {
  let phrases = [""];
  for (const options of choices) phrases = phrases.flatMap((phrase) => options.map((word) => (phrase ? `${phrase} ${word}` : word)));
  return phrases;
}

/** A phrase and the spellings of it that writers use and normalization cannot fold. */
function spellingVariants(phrase: string): string[] {
  if (!VARIABLE_SPELLING.test(phrase)) return [phrase];
  const variants = new Set([phrase]);
  const swaps: [RegExp, string][] = [
    // مسؤول / مسئول: hamza on waw or on yaa inside a word (normalization reads ؤ as و and ئ as ي).
    [/(?<=[\u0621-\u064A])ؤ(?=[\u0621-\u064A])/gu, "ئ"],
    [/(?<=[\u0621-\u064A])ئ(?=[\u0621-\u064A])/gu, "ؤ"],
    [/ميليشي/gu, "مليشي"],
    [/مليشي/gu, "ميليشي"],
  ];
  for (const [pattern, replacement] of swaps) {
    for (const variant of [...variants]) variants.add(variant.replace(pattern, replacement));
  }
  return [...variants];
}
