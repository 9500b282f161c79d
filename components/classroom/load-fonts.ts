/** The self-hosted families (app/fonts.css), split into Arabic (Naskh only), Latin and Latin-extended files. */
const FAMILIES = ["Noto Sans Arabic Variable", "Noto Naskh Arabic Variable"];
/** One character from each file's unicode-range: Arabic alef, Latin a, Latin-extended ā, and a hyphen (U+2010). */
const SAMPLE = "اaā\u2010";

/**
 * Fetch every font file the exercise may draw with while the network is there. A browser
 * fetches a font file only when text first needs it, and the results (notes, glosses, bold
 * and italic runs) appear after checking, which must work offline.
 */
export function loadFontsForOffline(): void {
  if (typeof document === "undefined" || !("fonts" in document)) return;
  for (const family of FAMILIES) {
    // A file that fails to load leaves the fallback face: nothing to report.
    void document.fonts.load(`1em "${family}"`, SAMPLE).catch(() => undefined);
  }
}
