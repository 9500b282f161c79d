import { parseAsArrayOf, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { CATEGORY_IDS } from "@/lib/case-study/schema";

// Parsers of the reader's and the side-by-side page's URL state, shared by the server pages
// (which render the view the URL names) and the client controls (which change it).

/** `?hide=terrorism,assault`: categories whose highlight is switched off. Unknown ids are dropped. */
export const hideParser = parseAsArrayOf(parseAsStringLiteral(CATEGORY_IDS)).withDefault([]);

/** `?translation=hide`: the translation by Framelens hidden (shown by default where there is one). */
export const TRANSLATION_PARAM = "translation";
export const translationParser = parseAsStringLiteral(["hide"] as const);

/** `?chrome=collapsed`: page chrome folded away. */
export const chromeParser = parseAsStringLiteral(["collapsed"] as const);

/** `?actor=lna` or `?category=terrorism`: what is singled out in the text. */
export const focusParsers = { actor: parseAsString, category: parseAsString };

/** `?articles=a,b`: the articles side by side. */
export const articlesParser = parseAsArrayOf(parseAsString);
