/**
 * Nationality adjectives of countries other than the one a case is set in, normalized (ة → ه,
 * hamza seats → ا), in every gender and number: an army label right before one of them names
 * that country's army (الجيش القطري، القوات الجوية المصرية), not the side the lexicon means.
 */
const FOREIGN_NISBA_ROOTS = [
  "مصري", "قطري", "اماراتي", "تركي", "سوداني", "تشادي", "جزائري", "تونسي", "فرنسي", "امريكي", "روسي",
  "سعودي", "سوري", "عراقي", "اردني", "مغربي", "اسرائيلي", "ايطالي", "بريطاني", "ايراني", "نيجيري",
];
const FOREIGN_NISBAS = new Set(
  FOREIGN_NISBA_ROOTS.flatMap((root) => ["", "ال"].flatMap((article) => ["", "ه", "ين", "ون", "يه"].map((ending) => article + root + ending))),
);
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
