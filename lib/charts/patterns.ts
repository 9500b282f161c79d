/**
 * How a swatch or bar is filled: stance is never told by colour alone, so each stance also has
 * its own texture (legitimizing solid, neutral dotted, delegitimizing striped).
 */
export type FillPattern = "solid" | "dots" | "stripes";

/** The texture of each stance. */
export const STANCE_PATTERNS = {
  legitimizing: "solid",
  neutral: "dots",
  delegitimizing: "stripes",
} as const satisfies Record<string, FillPattern>;

/** Side of a pattern tile, in pixels. */
const TILE = 6;

/**
 * An SVG `<pattern>` element, as markup, that fills with a colour and the texture: white dots
 * or white diagonal stripes over the colour.
 *
 * @param id the element's id (unique in the document that uses it)
 * @param color the fill colour
 * @param pattern the texture; "solid" gives a plain tile
 * @returns the markup, ready for a `<defs>`
 */
export function patternMarkup(id: string, color: string, pattern: FillPattern): string {
  const base = `<rect width="${TILE}" height="${TILE}" fill="${color}"/>`;
  const mark =
    pattern === "dots"
      ? `<circle cx="${TILE / 2}" cy="${TILE / 2}" r="1.4" fill="#ffffff"/>`
      : pattern === "stripes"
        ? `<rect width="2" height="${TILE}" fill="#ffffff"/>`
        : "";
  const rotate = pattern === "stripes" ? ` patternTransform="rotate(45)"` : "";
  return `<pattern id="${id}" width="${TILE}" height="${TILE}" patternUnits="userSpaceOnUse"${rotate}>${base}${mark}</pattern>`;
}
