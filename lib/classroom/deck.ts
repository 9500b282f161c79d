/**
 * A deck as its URL says it: `?slides=` picks and orders slides by id (comma-separated; left
 * out, every slide in the default order), `?hide=` skips some, `?show=` shows alternates
 * (slides offered but hidden until shown, such as a row's further excerpt pairs), `?at=` is the
 * slide on screen (1-based). The URL is the deck: a teacher shares it and the class sees the
 * same slides.
 */

/** The search parameters a deck is read from. */
export const DECK_PARAMS = { slides: "slides", hide: "hide", show: "show", at: "at" } as const;

/** A slide as a deck orders it: alternates are hidden until shown. */
export interface DeckItem {
  id: string;
  alternate?: boolean;
}

/** A deck read from the URL. */
export interface DeckSelection<T extends DeckItem> {
  /** The slides to show, in order. */
  slides: T[];
  /** Every slide in the deck's order, shown or hidden: what the arrange view lists. */
  order: string[];
  /** Ids in `order` that are hidden (by `?hide=`, left out of `?slides=`, or alternates not shown). */
  hidden: string[];
  /** Ids the URL names that the case study has no slide for, in the order written. */
  unknown: string[];
}

/**
 * Read a deck from its URL parameters.
 *
 * @param all every slide of the case study, in the default order
 * @param params the raw `slides`, `hide` and `show` parameters (a string, repeated values, or nothing)
 * @returns the slides to show, the full order with what is hidden, and the ids nobody knows
 */
export function resolveDeck<T extends DeckItem>(
  all: readonly T[],
  params: { slides?: string | string[] | null; hide?: string | string[] | null; show?: string | string[] | null },
): DeckSelection<T> {
  const byId = new Map(all.map((slide) => [slide.id, slide]));
  const unknown: string[] = [];
  const known = (ids: string[]) =>
    ids.filter((id) => {
      if (byId.has(id)) return true;
      if (!unknown.includes(id)) unknown.push(id);
      return false;
    });
  const picked = params.slides === undefined || params.slides === null ? null : [...new Set(known(splitIds(params.slides)))];
  const hide = new Set(known(splitIds(params.hide)));
  const show = new Set(known(splitIds(params.show)));
  // A `?slides=` naming nothing the case has would show an empty deck: fall back to every slide.
  const listed = picked && picked.length > 0 ? picked : null;
  const rest = all.map((s) => s.id).filter((id) => !listed?.includes(id));
  const order = listed ? [...listed, ...rest] : rest;
  // A `?slides=` list says what is shown; without one, alternates wait for `?show=`.
  const hiddenByDefault = (id: string) => (listed !== null ? !listed.includes(id) : byId.get(id)?.alternate === true && !show.has(id));
  const hidden = order.filter((id) => hide.has(id) || hiddenByDefault(id));
  const slides = order.filter((id) => !hidden.includes(id)).map((id) => byId.get(id)!);
  return { slides, order, hidden, unknown };
}

/**
 * The query that writes a deck back into a URL: `slides` only when the order differs from
 * the default, `hide` only when something shown by default is hidden, `show` only when an
 * alternate is shown, so the plain deck keeps a plain URL.
 *
 * @param deck the full order and the hidden ids
 * @param defaults every slide in the default order, alternates flagged
 * @returns search parameters (without `at`, which the running deck adds)
 */
export function deckQuery(deck: { order: readonly string[]; hidden: readonly string[] }, defaults: readonly DeckItem[]): URLSearchParams {
  const query = new URLSearchParams();
  const reordered = deck.order.length !== defaults.length || deck.order.some((id, i) => id !== defaults[i]?.id);
  const alternates = new Set(defaults.filter((item) => item.alternate).map((item) => item.id));
  const isHidden = (id: string) => deck.hidden.includes(id);
  if (reordered) {
    // The order names every slide, so each is shown unless hidden: `hide` carries every hidden one.
    query.set(DECK_PARAMS.slides, deck.order.join(","));
    const hidden = deck.order.filter(isHidden);
    if (hidden.length > 0) query.set(DECK_PARAMS.hide, hidden.join(","));
    return query;
  }
  const hidden = deck.order.filter((id) => isHidden(id) && !alternates.has(id));
  if (hidden.length > 0) query.set(DECK_PARAMS.hide, hidden.join(","));
  const shown = deck.order.filter((id) => !isHidden(id) && alternates.has(id));
  if (shown.length > 0) query.set(DECK_PARAMS.show, shown.join(","));
  return query;
}

function splitIds(raw: string | string[] | null | undefined): string[] {
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return values.flatMap((v) => v.split(",")).map((id) => id.trim()).filter(Boolean);
}

/**
 * The hidden slides once the deck is made to end at one slide: every slide after it is
 * hidden, except those kept as the deck's close (the summary), which stay as they were.
 *
 * @param deck the full order and the hidden ids
 * @param id the slide to end at
 * @param closing ids that still close the deck when shown (left as they are)
 * @returns the new hidden ids, in the deck's order; unchanged when `id` is not in the deck
 */
export function endAt(deck: { order: readonly string[]; hidden: readonly string[] }, id: string, closing: readonly string[] = []): string[] {
  const at = deck.order.indexOf(id);
  if (at < 0) return [...deck.hidden];
  return deck.order.filter((other, i) => (i > at && !closing.includes(other)) || (deck.hidden.includes(other) && (i <= at || closing.includes(other))));
}
