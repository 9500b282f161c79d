export { analyze, type Analysis, type AnalyzeOptions } from "./analyze";
export { countMentions, sumCounts, ratePer1000Words, type FramingCounts } from "./aggregate";
export { separateChrome } from "./chrome";
export { compileLexicon, type CompiledLexicon } from "./lexicon";
export { findWordMatches, type WordMatch } from "./match";
export { normalize, normalizeWords, normalizeCode, isWordCode, type NormalizedText } from "./normalize";
export { findQuoteSpans, isQuoted, type QuoteSpan } from "./quotes";
export { tokenize, tokenText, type Tokens } from "./tokenize";
export type { LexiconTerm, Mention, Segment } from "./types";
