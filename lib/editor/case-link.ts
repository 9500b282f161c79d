/**
 * A case study's id from what the user typed: the id itself, or a link to any of its pages.
 *
 * @param text an id (`derna`) or a link (`https://…/cases/derna/terms?lang=ar`)
 * @returns the id, or null when there is none
 */
export function caseIdFrom(text: string): string | null {
  const trimmed = text.trim();
  const fromLink = /\/cases\/([a-z0-9]+(?:-[a-z0-9]+)*)/.exec(trimmed)?.[1];
  if (fromLink) return fromLink;
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(trimmed) ? trimmed : null;
}
