/** One case study this browser created or edited: enough to list it and to edit it again. */
export interface RememberedCase {
  id: string;
  name: { en: string; ar: string };
  /** The secret edit token, or null for a case study only read here. */
  token: string | null;
}

/** The storage key the list lives under. */
export const REMEMBERED_CASES_KEY = "framelens:cases";

/** The part of `localStorage` used here, so tests can hand in a plain object. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

/**
 * The case studies this browser remembers, most recent first; a damaged entry is skipped
 * rather than losing the others.
 *
 * @param store `localStorage`
 */
export function readRememberedCases(store: KeyValueStore): RememberedCase[] {
  let value: unknown;
  try {
    value = JSON.parse(store.getItem(REMEMBERED_CASES_KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is RememberedCase =>
      typeof item === "object" &&
      item !== null &&
      typeof item.id === "string" &&
      typeof item.name?.en === "string" &&
      typeof item.name?.ar === "string" &&
      (item.token === null || typeof item.token === "string"),
  );
}

/**
 * Remember a case study (first in the list); a known one is updated, and keeps its token when
 * the new entry brings none.
 *
 * @param store `localStorage`
 * @param entry the case study
 * @returns the new list
 */
export function rememberCase(store: KeyValueStore, entry: RememberedCase): RememberedCase[] {
  const list = readRememberedCases(store);
  const known = list.find((item) => item.id === entry.id);
  const next = [{ ...entry, token: entry.token ?? known?.token ?? null }, ...list.filter((item) => item.id !== entry.id)];
  store.setItem(REMEMBERED_CASES_KEY, JSON.stringify(next));
  return next;
}

/**
 * Forget a case study, token included (the case study itself stays on the server).
 *
 * @param store `localStorage`
 * @param id its id
 * @returns the new list
 */
export function forgetCase(store: KeyValueStore, id: string): RememberedCase[] {
  const next = readRememberedCases(store).filter((item) => item.id !== id);
  store.setItem(REMEMBERED_CASES_KEY, JSON.stringify(next));
  return next;
}

/**
 * The edit token this browser keeps for a case study.
 *
 * @param store `localStorage`
 * @param id its id
 */
export function rememberedToken(store: KeyValueStore, id: string): string | null {
  return readRememberedCases(store).find((item) => item.id === id)?.token ?? null;
}

/**
 * The token of a secret edit link's fragment (`#token=...`).
 *
 * @param hash `location.hash`, with or without its `#`
 * @returns the token, or null when the fragment carries none
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token && token.trim() !== "" ? token.trim() : null;
}

/**
 * A case study's secret edit link. The token rides in the fragment, which browsers never send
 * to the server, so it stays out of server logs and Referer headers.
 *
 * @param origin e.g. `https://framelens.example`
 * @param id the case study's id
 * @param token its edit token
 */
export function editLink(origin: string, id: string, token: string): string {
  return `${origin}/cases/${id}/edit#token=${encodeURIComponent(token)}`;
}
