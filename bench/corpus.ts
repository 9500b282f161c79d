import { createRandom, shuffle } from "./random";

/** A synthetic text made of seed paragraphs. */
export interface Corpus {
  text: string;
  /** Size of `text` in UTF-8, the unit every throughput is measured in. */
  bytes: number;
}

const SEPARATOR = "\n\n";

/**
 * Concatenate the paragraphs, reshuffled on every round, until the text reaches a size.
 * The same seed gives the same text, and a smaller corpus is a prefix of a larger one.
 *
 * @param paragraphs the seed paragraphs
 * @param minBytes the size to reach, in UTF-8 bytes
 * @param seed seed of the shuffle
 * @returns the text, at least `minBytes` long (it ends on a whole paragraph)
 */
export function buildCorpus(paragraphs: readonly string[], minBytes: number, seed: number): Corpus {
  if (paragraphs.length === 0) throw new Error("buildCorpus: no paragraphs");
  const random = createRandom(seed);
  const separatorBytes = Buffer.byteLength(SEPARATOR);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const paragraph of shuffle(paragraphs, random)) {
      if (parts.length > 0) bytes += separatorBytes;
      parts.push(paragraph);
      bytes += Buffer.byteLength(paragraph);
      if (bytes >= minBytes) break;
    }
  }
  return { text: parts.join(SEPARATOR), bytes };
}

/**
 * The longest prefix of a corpus, cut at a paragraph break, that fits in a size.
 *
 * @param corpus the corpus to cut
 * @param maxBytes the size not to exceed, in UTF-8 bytes
 */
export function sliceCorpus(corpus: Corpus, maxBytes: number): Corpus {
  const separatorBytes = Buffer.byteLength(SEPARATOR);
  const parts: string[] = [];
  let bytes = 0;
  for (const paragraph of corpus.text.split(SEPARATOR)) {
    const grown = bytes + (parts.length > 0 ? separatorBytes : 0) + Buffer.byteLength(paragraph);
    if (grown > maxBytes) break;
    parts.push(paragraph);
    bytes = grown;
  }
  return { text: parts.join(SEPARATOR), bytes };
}
