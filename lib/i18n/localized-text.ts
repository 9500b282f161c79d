import type { Locale } from "./locale";

/** One text in both interface languages: English (also what logs and the CLI read) and Arabic. */
export interface LocalizedText {
  en: string;
  ar: string;
}

// First-strong isolate … pop directional isolate: a value keeps its own direction inside the
// sentence around it, so a file name, an address or an English detail never reorders the Arabic.
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

/** A value inserted into a message: a name or detail as it is, a number, or a text already in both languages. */
export type TextValue = string | number | LocalizedText;

/**
 * Fill a message's `{name}` placeholders in both languages. In the Arabic, a string value is
 * isolated (it may be a Latin file name, a URL, an English detail), a number is written in the
 * same digits in both, and a value in both languages gives its Arabic. Group a large number
 * ({@link groupDigits}) where the English groups it.
 *
 * @param template the message, per language
 * @param values the values, by name
 * @returns the filled message in both languages
 */
export function fillText(template: LocalizedText, values: Record<string, TextValue> = {}): LocalizedText {
  return {
    en: fill(template.en, (name) => render(values[name], "en")),
    ar: fill(template.ar, (name) => render(values[name], "ar")),
  };
}

/**
 * One message of a bilingual messages file, its placeholders filled ({@link fillText}).
 *
 * @param messages the file's texts, per language
 * @param key the message
 * @param values the values of its placeholders
 * @returns the filled message in both languages
 */
export function messageText<K extends string>(messages: { en: Record<K, string>; ar: Record<K, string> }, key: K, values: Record<string, TextValue> = {}): LocalizedText {
  return fillText({ en: messages.en[key], ar: messages.ar[key] }, values);
}

/**
 * A name or detail that is the same in both languages (a file name, an address, a path): the
 * Arabic isolates it, as {@link fillText} does.
 *
 * @param value the text as it is
 */
export function verbatim(value: string): LocalizedText {
  return { en: value, ar: isolate(value) };
}

/**
 * One language of a text.
 *
 * @param text the text in both languages
 * @param locale the language wanted
 */
export function textIn(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/**
 * Join texts in both languages, each language with its own separator.
 *
 * @param texts the texts
 * @param separator per language, e.g. `{en: ", ", ar: "، "}`
 */
export function joinTexts(texts: readonly LocalizedText[], separator: LocalizedText): LocalizedText {
  return { en: texts.map((t) => t.en).join(separator.en), ar: texts.map((t) => t.ar).join(separator.ar) };
}

/**
 * A count written with its thousands grouped, as the English messages write byte counts
 * (`2,097,152`); the Arabic uses the same digits.
 *
 * @param count the number
 */
export function groupDigits(count: number): LocalizedText {
  const digits = count.toLocaleString("en");
  return { en: digits, ar: digits };
}

function isolate(value: string): string {
  return `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
}

function render(value: TextValue | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return locale === "ar" ? isolate(value) : value;
  return value[locale];
}

function fill(template: string, valueOf: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => valueOf(name) ?? whole);
}
