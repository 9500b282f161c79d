import type { Locale } from "./locale";
import { PLURAL_PLACEHOLDER, pluralForm } from "./plural";

/**
 * Declare one area's interface strings in both languages; the Arabic must have every key
 * the English has (the type checker holds the two in step).
 *
 * @param messages the strings, per language
 * @returns the same object, typed
 */
export function defineMessages<const T extends Record<string, string>>(messages: { en: T; ar: { [K in keyof T]: string } }) {
  return messages;
}

/**
 * One language's strings of an area.
 *
 * @param messages strings declared with {@link defineMessages}
 * @param locale the interface language
 */
export function pickMessages<T extends Record<string, string>>(messages: { en: T; ar: { [K in keyof T]: string } }, locale: Locale): { [K in keyof T]: string } {
  return messages[locale];
}

/**
 * Fill `{name}` placeholders, and `{name|one=…|few=…|other=…}` ones with the form of a counted
 * noun that agrees with the number (see plural.ts).
 *
 * @param template a string with `{name}` placeholders
 * @param values the values, by name
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template
    .replace(PLURAL_PLACEHOLDER, (whole, name: string, forms: string) => (typeof values[name] === "number" ? pluralForm(forms, values[name]) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
