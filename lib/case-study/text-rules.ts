// The character and size rules every string of a case study follows, wherever it comes from
// (the bundled files, the API, an imported file, the editor, the CLI). One module, so the
// browser's editor, the server and the command line refuse exactly the same texts.

/**
 * Largest article text, in bytes of UTF-8: 1 MiB (some 500,000 Arabic letters, a hundred times
 * a long news article). The analyzer's limit too, so every article a case study holds can be
 * analyzed, and its reader page stays a size a browser can hold.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** A character no string of a case study may hold, and where it is. */
export interface ForbiddenCharacter {
  /** What it is: a NUL (U+0000), or half of a surrogate pair standing alone. */
  kind: "nul" | "surrogate";
  /** Its offset in the string, in UTF-16 code units (as JavaScript and the engine count). */
  offset: number;
  /** Its code unit as U+XXXX, e.g. `U+0000`, `U+D800`. */
  codeUnit: string;
}

/**
 * The first character of a string that a database cannot keep exactly: NUL (PostgreSQL refuses
 * it in text and JSON) or a lone surrogate (UTF-8 has no encoding for one, so it would come back
 * as U+FFFD). Everything else, a byte-order mark, joiners, direction marks, U+FFFE, comes back
 * as it was saved and is allowed.
 *
 * @param text any string
 * @returns the first such character, or null when there is none
 */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  // With the u flag a surrogate pair is one code point, so the class matches a lone half only.
  const match = /[\u0000\ud800-\udfff]/u.exec(text);
  if (match === null) return null;
  const unit = text.charCodeAt(match.index);
  return { kind: unit === 0 ? "nul" : "surrogate", offset: match.index, codeUnit: formatUnit(unit) };
}

/** One string of a case study that breaks the character rule, found by {@link findForbiddenStrings}. */
export interface ForbiddenString extends ForbiddenCharacter {
  /** Where the string is inside the value walked: `["name", "ar"]`, `["forms", 2]`. */
  path: (string | number)[];
}

/**
 * Every string inside a JSON value (an entry of a case study, parsed but not yet validated) that
 * holds a forbidden character, with its path, so a refusal can name the field.
 *
 * @param value any parsed JSON value
 * @returns each offending string's path and its first forbidden character, in document order
 */
export function findForbiddenStrings(value: unknown): ForbiddenString[] {
  const found: ForbiddenString[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === "string") {
      const bad = findForbiddenCharacter(node);
      if (bad) found.push({ ...bad, path });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
    } else if (typeof node === "object" && node !== null) {
      for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
    }
  };
  walk(value, []);
  return found;
}

// Characters that draw nothing and take no space: zero-width space and joiners, direction marks
// and embeddings, the byte-order mark, the word joiner and invisible operators, the soft hyphen,
// the Arabic letter mark, Hangul fillers. With \s (which holds NBSP, U+FEFF and every space) and
// \p{Cf} (every format character) a text made only of these shows nothing to read.
const BLANK = /^[\s\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u180e]*$/u;

/**
 * Whether a text shows nothing: empty, or made only of white space and invisible format
 * characters (U+200B–U+200F, U+FEFF, NBSP, U+2060, U+00AD …). Such a text counts as empty
 * everywhere an empty one is refused.
 *
 * @param text any string
 */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

/**
 * The length of a string in bytes of UTF-8, without encoding it (a lone surrogate counts as the
 * three bytes of U+FFFD, as TextEncoder would write it).
 *
 * @param text any string
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatUnit(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
}
