/**
 * Colours for the actors of the attention chart, the only place actors are told apart by
 * colour (elsewhere an actor is named). Paul Tol's "light" scheme, made for areas with dark
 * labels on them and distinguishable with the common forms of colour blindness, then the
 * Okabe–Ito reddish purple; a case with more actors starts over, and every segment is also
 * labelled with its actor's name.
 */
export const ACTOR_COLORS = [
  "#77AADD",
  "#EE8866",
  "#EEDD88",
  "#FFAABB",
  "#99DDFF",
  "#44BB99",
  "#BBCC33",
  "#AAAA00",
  "#DDDDDD",
  "#CC79A7",
] as const;

/**
 * The colour of the actor at a position in the case study's list of actors.
 *
 * @param index the actor's position (0-based)
 */
export function actorColor(index: number): string {
  return ACTOR_COLORS[index % ACTOR_COLORS.length] ?? ACTOR_COLORS[0];
}
