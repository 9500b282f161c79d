import type { CategoryId, LexiconEntry } from "@/lib/case-study/schema";
import { findTermSpans } from "@/lib/comparison/term-spans";
import { expandForms, normalizeWords } from "@/lib/engine";
import type { EntryFields } from "./lexicon-edits";

/** The gloss a suggestion is added with: savable, and plainly not a gloss yet. */
export const PENDING_GLOSS = "(gloss to write)";

/** The sentence a suggestion's note ends with until someone writes why the term frames. */
export const PENDING_NOTE = "Why it frames: still to write.";

/** A distinctive term as the panel offers it. */
export interface Suggestion {
  /** The normalized term (one word, or two separated by a space). */
  term: string;
  /** The outlet that over-uses it, by name (for the note). */
  outletName: string;
  z: number;
  count: number;
  otherCount: number;
}

/**
 * The spelling most often written for a normalized term in some texts: the form a suggestion is
 * added with, so the lexicon shows the word as the articles write it (with its hamza, its ة …)
 * rather than as the engine folds it. A two-word term is matched on two words that only white
 * space or a hyphen separates, as the term was counted.
 *
 * @param texts the texts the term was counted in (body text only)
 * @param term the normalized term
 * @returns the most frequent raw spelling (the first seen on a tie), or the term itself when none is found
 */
export function pickSpelling(texts: readonly string[], term: string): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const { start, end } of findTermSpans(text, term)) {
      const spelling = text.slice(start, end).replace(/\s+/g, " ");
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
  }
  let best = term;
  let most = 0;
  for (const [spelling, count] of counts) {
    if (count > most) [best, most] = [spelling, count];
  }
  return best;
}

/**
 * The lexicon entry one of whose forms is this term once normalized, if any: a suggestion
 * already in the lexicon is marked, not offered again.
 *
 * @param lexicon the draft's lexicon
 * @param term a normalized term
 */
export function findEntryWithTerm(lexicon: readonly Pick<LexiconEntry, "id" | "forms">[], term: string): string | null {
  return entryFinder(lexicon)(term);
}

/**
 * {@link findEntryWithTerm} for many terms: the lexicon's forms are expanded and normalized once,
 * not once per term (the panel asks for every suggestion of every outlet on each change).
 *
 * @param lexicon the draft's lexicon
 * @returns the id of the first entry, in lexicon order, one of whose forms is the term, or null
 */
export function entryFinder(lexicon: readonly Pick<LexiconEntry, "id" | "forms">[]): (term: string) => string | null {
  const firstEntry = new Map<string, string>();
  for (const entry of lexicon) {
    for (const form of expandForms(entry.forms)) {
      const term = normalizeWords(form);
      if (!firstEntry.has(term)) firstEntry.set(term, entry.id);
    }
  }
  return (term) => firstEntry.get(term) ?? null;
}

/**
 * A lexicon entry made from a distinctive term in one click: its form as the articles write it,
 * the gloss and the note marked as still to write (so the draft stays savable and nobody takes
 * them for analysis), no actor and no event. The category has to be one of the taxonomy's: it
 * is borrowed from an entry that shares a word with the term, else the lexicon's most used
 * category, and shown as to check until the note is written.
 *
 * @param suggestion the term and the numbers that made it distinctive
 * @param spelling the form to add ({@link pickSpelling})
 * @param lexicon the draft's lexicon
 */
export function entryFromSuggestion(suggestion: Suggestion, spelling: string, lexicon: readonly LexiconEntry[]): EntryFields {
  const { outletName, z, count, otherCount } = suggestion;
  const note =
    `Suggested because ${outletName} uses it far more than the other outlets ` +
    `(z = ${z.toFixed(1)}; ${count} ${count === 1 ? "time" : "times"}, against ${otherCount} in the others). ${PENDING_NOTE}`;
  return { forms: [spelling], gloss: PENDING_GLOSS, category: guessCategory(suggestion.term, lexicon), actor: null, stance: null, event: null, note };
}

/**
 * What is still to fill in an entry added from a suggestion: the gloss while it is the
 * placeholder, the note and the (guessed) category while the note still says so.
 *
 * @param entry an entry of the lexicon
 * @returns the fields to complete; none for an entry written by hand
 */
export function findPendingFields(entry: Pick<LexiconEntry, "gloss" | "note">): ("gloss" | "category" | "note")[] {
  const pending: ("gloss" | "category" | "note")[] = [];
  if (entry.gloss.trim() === PENDING_GLOSS) pending.push("gloss");
  if (entry.note.includes(PENDING_NOTE)) pending.push("category", "note");
  return pending;
}

function guessCategory(term: string, lexicon: readonly LexiconEntry[]): CategoryId {
  const words = new Set(term.split(" ").filter((w) => w.length > 2));
  const sharing = lexicon.find((entry) => expandForms(entry.forms).some((form) => normalizeWords(form).split(" ").some((w) => words.has(w))));
  if (sharing?.category) return sharing.category;
  const uses = new Map<CategoryId, number>();
  for (const entry of lexicon) if (entry.category) uses.set(entry.category, (uses.get(entry.category) ?? 0) + 1);
  let best: CategoryId = "delegitimization";
  let most = 0;
  for (const [category, count] of uses) if (count > most) [best, most] = [category, count];
  return best;
}
