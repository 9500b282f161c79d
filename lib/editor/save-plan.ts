import { type ItemChange, applyItemChange } from "@/lib/case-study/item-changes";
import type { CaseDraft } from "./draft";

// How the editor saves: an article or a lexicon entry added, edited or deleted is sent alone
// (`/api/cases/<id>/articles/<article>`, `/lexicon/<entry>`), so a save of a large case study
// carries what changed and not the whole of it. Anything else (the name, the outlets, the
// actors, the referent rules, a reordering, many changes at once) is saved whole, as before.

/** Most single changes one save sends one by one; past it, one whole-case save is fewer requests. */
export const MAX_SAVE_STEPS = 10;

/**
 * The per-article and per-entry changes that turn what was saved into the draft, or null when
 * the draft must be saved whole: something else changed, the order of what was kept changed,
 * or the steps would not give exactly the draft (checked by applying them as the server will).
 * The steps go in an order every case study passes through validly in the common cases: articles
 * are deleted first, entries are added and edited before the articles that may use them, and
 * deleted last.
 *
 * @param saved the draft as last saved
 * @param draft the draft to save (completed, as it would be sent)
 * @returns the steps (none when nothing differs), or null to save whole
 */
export function planSave(saved: CaseDraft, draft: CaseDraft): ItemChange[] | null {
  const { articles: _a, lexicon: _l, translations: _t, curatorNotes: _n, ...savedRest } = saved;
  const { articles: _b, lexicon: _m, translations: _u, curatorNotes: _o, ...draftRest } = draft;
  if (!sameValue(withLists(savedRest), withLists(draftRest))) return null;
  const articles = diff(saved.articles, draft.articles);
  if (!articles) return null;
  // A deleted article takes its raw file out of the lexicon's seeds on the server: the entries
  // are compared after that, so the seeds it drops are not sent as edits of their own.
  const deletions = articles.removed.map((article): ItemChange => ({ kind: "deleteArticle", id: article.id }));
  const entries = diff(deletions.reduce(applyItemChange, saved).lexicon, draft.lexicon);
  if (!entries) return null;
  const partsOf = (id: string) => ({
    translations: (draft.translations ?? []).filter((t) => t.article === id),
    curatorNotes: (draft.curatorNotes ?? []).filter((n) => n.article === id),
  });
  const partsChanged = (id: string) => !sameValue(partsOf(id), { translations: (saved.translations ?? []).filter((t) => t.article === id), curatorNotes: (saved.curatorNotes ?? []).filter((n) => n.article === id) });
  const steps: ItemChange[] = [
    ...deletions,
    ...entries.added.map((entry): ItemChange => ({ kind: "addEntry", entry })),
    ...entries.kept.filter(([before, after]) => !sameValue(before, after)).map(([, entry]): ItemChange => ({ kind: "putEntry", entry })),
    ...articles.added.map((article): ItemChange => ({ kind: "addArticle", article, ...partsOf(article.id) })),
    ...articles.kept.filter(([before, after]) => !sameValue(before, after) || partsChanged(after.id)).map(([, article]): ItemChange => ({ kind: "putArticle", article, ...partsOf(article.id) })),
    ...entries.removed.map((entry): ItemChange => ({ kind: "deleteEntry", id: entry.id })),
  ];
  if (steps.length > MAX_SAVE_STEPS) return null;
  const reached = steps.reduce(applyItemChange, saved);
  return sameValue(withLists(reached), withLists(draft)) ? steps : null;
}

/** One step as the request that makes it: the path, the method and the JSON body (none for a delete). */
export interface StepRequest {
  path: string;
  method: "POST" | "PUT" | "DELETE";
  body?: Record<string, unknown>;
}

/**
 * The request of one step, based on a version.
 *
 * @param caseId the case study
 * @param step the change
 * @param version the version it is based on (the one the previous step answered)
 */
export function stepRequest(caseId: string, step: ItemChange, version: number): StepRequest {
  const base = `/api/cases/${encodeURIComponent(caseId)}`;
  switch (step.kind) {
    case "addArticle":
      return { path: `${base}/articles`, method: "POST", body: { version, article: step.article, translations: step.translations, curatorNotes: step.curatorNotes } };
    case "putArticle":
      return { path: `${base}/articles/${encodeURIComponent(step.article.id)}`, method: "PUT", body: { version, article: step.article, translations: step.translations, curatorNotes: step.curatorNotes } };
    case "deleteArticle":
      return { path: `${base}/articles/${encodeURIComponent(step.id)}?version=${version}`, method: "DELETE" };
    case "addEntry":
      return { path: `${base}/lexicon`, method: "POST", body: { version, entry: step.entry } };
    case "putEntry":
      return { path: `${base}/lexicon/${encodeURIComponent(step.entry.id)}`, method: "PUT", body: { version, entry: step.entry } };
    case "deleteEntry":
      return { path: `${base}/lexicon/${encodeURIComponent(step.id)}?version=${version}`, method: "DELETE" };
  }
}

/**
 * What changed in a list of items with ids: those added (which must come last, where the server
 * puts them), removed, and kept (before and after); null when the kept ones changed order.
 */
function diff<T extends { id: string }>(before: T[], after: T[]): { added: T[]; removed: T[]; kept: [T, T][] } | null {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  if (beforeById.size !== before.length || afterIds.size !== after.length) return null;
  const kept = after.filter((item) => beforeById.has(item.id));
  const added = after.filter((item) => !beforeById.has(item.id));
  if (!sameValue(after.map((item) => item.id), [...kept, ...added].map((item) => item.id))) return null;
  const removed = before.filter((item) => !afterIds.has(item.id));
  const keptBefore = before.filter((item) => afterIds.has(item.id));
  if (!sameValue(keptBefore.map((item) => item.id), kept.map((item) => item.id))) return null;
  return { added, removed, kept: kept.map((item) => [beforeById.get(item.id) as T, item]) };
}

/**
 * A draft's optional lists as the server keeps them: absent is empty, and translations and
 * notes in any order (the server lists a changed article's last; their order means nothing).
 */
function withLists<T extends Partial<Pick<CaseDraft, "translations" | "curatorNotes" | "referentRules">>>(draft: T): T {
  const byArticle = <I extends { article: string; start?: number; end?: number }>(items: I[] | undefined) =>
    [...(items ?? [])].sort((a, b) => compare(a.article, b.article) || (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0));
  return { ...draft, translations: byArticle(draft.translations), curatorNotes: byArticle(draft.curatorNotes), referentRules: draft.referentRules ?? [] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Equal as JSON values, whatever the order of the keys (a form builds an article's keys in its
 * own order) and with a key set to undefined as good as absent. The same object is equal at
 * once: an article the user did not touch is never compared text by text.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameValue(value, right.get(key)));
}
