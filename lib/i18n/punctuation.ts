import type { Locale } from "./locale";

/** The comma between the items of a list, in each interface language (Arabic writes ،). */
export const LIST_COMMA: Record<Locale, string> = { en: ", ", ar: "، " };

/** The semicolon between the clauses of a generated line, in each interface language (Arabic writes ؛). */
export const CLAUSE_SEMICOLON: Record<Locale, string> = { en: "; ", ar: "؛ " };
