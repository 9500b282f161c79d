/**
 * A seeded pseudo-random number generator (mulberry32), so that every run of the benchmark
 * builds the same corpus and the same synthetic lexicon.
 *
 * @param seed any 32-bit integer
 * @returns a function returning numbers in `[0, 1)`
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pick one item of a non-empty list.
 *
 * @param items the list
 * @param random a generator from {@link createRandom}
 */
export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick: the list is empty");
  return item;
}

/**
 * Shuffle a copy of a list (Fisher–Yates).
 *
 * @param items the list, left as it is
 * @param random a generator from {@link createRandom}
 * @returns the items in a new order
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = shuffled[i] as T;
    shuffled[i] = shuffled[j] as T;
    shuffled[j] = a;
  }
  return shuffled;
}
