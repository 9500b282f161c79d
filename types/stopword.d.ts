// stopword 3.x ships no type declarations: these are the two lists Framelens reads.
declare module "stopword" {
  /** Arabic stopwords, as written (with hamzas and diacritics), one entry per word. */
  export const ara: readonly string[];
  /** English stopwords, in lower case. */
  export const eng: readonly string[];
}
