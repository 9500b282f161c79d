/**
 * Nationality adjectives of countries other than the one a case is set in, normalized (ة → ه,
 * hamza seats → ا), in every gender and number: an army label right before one of them names
 * that country's army (الجيش القطري، القوات الجوية المصرية), not the side the lexicon means.
 */
const FOREIGN_NISBA_ROOTS = [
  "مصري", "قطري", "اماراتي", "تركي", "سوداني", "تشادي", "جزائري", "تونسي", "فرنسي", "امريكي", "روسي",
  "سعودي", "سوري", "عراقي", "اردني", "مغربي", "اسرائيلي", "ايطالي", "بريطاني", "ايراني", "نيجيري",
];
/** The endings of a nationality adjective, normalized: masculine, feminine, plurals, and ي + ه (يه) for the feminine written with a shadda dropped. */
const NISBA_ENDINGS = ["", "ه", "ين", "ون", "يه"];
const formsOf = (root: string, endings: readonly string[]) => ["", "ال"].flatMap((article) => endings.map((ending) => article + root + ending));
const FOREIGN_NISBAS = new Set(FOREIGN_NISBA_ROOTS.flatMap((root) => formsOf(root, NISBA_ENDINGS)));
/** Each form with the country's masculine singular adjective it is a form of. No accusative ا: تركيا، سوريا، روسيا are the countries. */
const FOREIGN_NISBA_ROOT_OF = new Map(FOREIGN_NISBA_ROOTS.flatMap((root) => formsOf(root, NISBA_ENDINGS).map((form) => [form, root] as const)));
/** The same countries' adjectives in English, written before the noun ("Egyptian army"). */
const FOREIGN_ADJECTIVES_EN = new Set([
  "egyptian", "qatari", "emirati", "turkish", "sudanese", "chadian", "algerian", "tunisian", "french", "american",
  "russian", "saudi", "syrian", "iraqi", "jordanian", "moroccan", "israeli", "italian", "british", "iranian",
]);
/** The same countries' names in English, as a possessive before the noun ("Egypt's air force"). */
const FOREIGN_COUNTRIES_EN = new Set([
  "egypt", "qatar", "uae", "turkey", "sudan", "chad", "algeria", "tunisia", "france", "america", "russia",
  "syria", "iraq", "jordan", "morocco", "israel", "italy", "britain", "iran",
]);

/**
 * Whether a normalized Arabic word is the nationality adjective of another country (المصري، القطرية).
 *
 * @param word a normalized word
 */
export function isForeignNisba(word: string): boolean {
  return FOREIGN_NISBAS.has(word);
}

/**
 * Whether a normalized English word is the nationality adjective of another country (egyptian).
 *
 * @param word a normalized (lower-case) word
 */
export function isForeignAdjectiveEn(word: string): boolean {
  return FOREIGN_ADJECTIVES_EN.has(word);
}

/**
 * Whether a normalized English word is the name of another country (egypt, as in "Egypt's army").
 *
 * @param word a normalized (lower-case) word
 */
export function isForeignCountryEn(word: string): boolean {
  return FOREIGN_COUNTRIES_EN.has(word);
}

/**
 * The masculine singular nationality adjective of another country a normalized Arabic word is a
 * form of (مصريه → مصري، الفرنسيين → فرنسي).
 *
 * @param word a normalized word
 * @returns the country's adjective, or undefined when the word is none
 */
export function foreignNisbaRoot(word: string): string | undefined {
  return FOREIGN_NISBA_ROOT_OF.get(word);
}
