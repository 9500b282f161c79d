/** The engine's voices, in the order menus list them: the outlet's own words first. */
export const VOICES = ["outlet", "attributed", "distanced"] as const;

/**
 * Which mentions a comparison page counts: every one (`all`), or only those in the outlet's own
 * words (`outlet`), leaving out labels the outlet quotes from someone or holds at a distance.
 */
export type VoiceView = "all" | "outlet";

/** The URL key of the view (`?voice=outlet`); a missing or unknown value means every voice. */
export const VOICE_PARAM = "voice";

/**
 * Read the view from a query-string value.
 *
 * @param value the value of `?voice=` (a repeated key gives a list: its first value counts)
 * @returns `outlet` for `"outlet"`, `all` otherwise
 */
export function parseVoiceView(value: string | readonly string[] | null | undefined): VoiceView {
  const first = typeof value === "string" ? value : value?.[0];
  return first === "outlet" ? "outlet" : "all";
}

/**
 * Set or drop `?voice=outlet` in a query string, every other parameter kept in its place.
 *
 * @param search the current query string, with or without its `?`
 * @param view the view to write
 * @returns the query string without `?`; `voice` is absent for `all`, so the default view has the plain URL
 */
export function withVoiceView(search: string, view: VoiceView): string {
  const params = new URLSearchParams(search);
  if (view === "outlet") params.set(VOICE_PARAM, "outlet");
  else params.delete(VOICE_PARAM);
  // Matrix label keys are slugs joined by colons: keep them readable in a permalink.
  return params.toString().replace(/%3A/gi, ":");
}
