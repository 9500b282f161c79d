/**
 * Counted nouns that agree with their number. Arabic has six plural categories (CLDR): one,
 * two, few (3-10: تسميات), many (11-99: تسميةً), other (100, and 0) and zero. A placeholder may
 * carry a form per category: `{count|one=مرة واحدة|two=مرتين|few=# مرات|many=# مرة|other=# مرة}`,
 * `#` standing for the number. English needs only one and other, and Arabic's categories refine
 * English's (1 is "one" in both), so one rule, Arabic's, picks the form for either language; a
 * category the placeholder does not give falls back to `other`.
 */

const ARABIC_PLURALS = new Intl.PluralRules("ar");

/** A placeholder with forms: `{name|category=form|…}`. */
export const PLURAL_PLACEHOLDER = /\{(\w+)((?:\|[a-z]+=[^|{}]*)+)\}/g;

/**
 * The form of a counted noun for a number.
 *
 * @param forms the placeholder's forms, as written after its name: `|one=…|few=…|other=…`
 * @param count the number
 * @returns the form for the number's category (or `other`), with `#` replaced by the number
 */
export function pluralForm(forms: string, count: number): string {
  const byCategory = new Map(
    forms
      .slice(1)
      .split("|")
      .map((pair) => {
        const at = pair.indexOf("=");
        return [pair.slice(0, at), pair.slice(at + 1)] as const;
      }),
  );
  const form = byCategory.get(ARABIC_PLURALS.select(count)) ?? byCategory.get("other") ?? "#";
  return form.replaceAll("#", String(count));
}
