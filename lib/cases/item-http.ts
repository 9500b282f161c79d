import { answer, asObject, baseVersion, bearerToken, readObject, refuseBundled, versionInQuery } from "@/lib/cases/change-request";
import { EXCHANGE_SCHEMA, EXCHANGE_VERSION, exportCaseStudy, importCaseStudy } from "@/lib/case-study/exchange";
import { formatBytes } from "@/lib/case-study/format-bytes";
import { type ExchangeArticle, type ExchangeEntry, type ItemChange, applyItemChange } from "@/lib/case-study/item-changes";
import type { LocalizedProblem } from "@/lib/case-study/problem";
import { MAX_TEXT_BYTES } from "@/lib/case-study/text-rules";
import { CaseStudyInvalidError } from "@/lib/case-study/validate";
import { InputError } from "@/lib/http/input-error";
import { serverText } from "@/lib/i18n/server-error-messages";
import type { StoredCaseStudy } from "@/lib/store/case-studies";
import { type ItemWrite, changeCaseItem } from "@/lib/store/case-items";
import { getDatabase } from "@/lib/store/database";

/**
 * Largest request body for one article or one entry: 12 MiB. An article's text is at most
 * {@link MAX_TEXT_BYTES} of UTF-8 and its translation as much again; JSON may write every
 * character as a six-byte `\uXXXX` escape, so the text's own limit is the one that counts.
 */
export const MAX_ITEM_BYTES = 12 * 1024 * 1024;

/** What every refusal names the request's body as: the editor strips it, as for a whole-case save. */
const BODY = "request body";

/**
 * `POST /api/cases/[case]/articles` with the edit token and `{version, article, translations?,
 * curatorNotes?}`: add one article (last) → 201 `{id, version}`. The case study with it is
 * validated whole, by the same rules as a whole-case save.
 */
export async function addArticle(request: Request, caseId: string): Promise<Response> {
  return answer(request, async () => {
    const { token, version, body } = await readChange(request, caseId);
    const article = articleOf(body, null);
    const saved = await change(caseId, token, version, { kind: "addArticle", article, ...articleParts(body, article.id) });
    return created(`/api/cases/${caseId}/articles/${encodeURIComponent(article.id)}`, article.id, saved.version);
  });
}

/**
 * `PUT /api/cases/[case]/articles/[article]` with the edit token and `{version, article,
 * translations?, curatorNotes?}`: replace one article → `{version}`. Given `translations` or
 * `curatorNotes` replace the article's own; absent, they stay. 404 for an article the case lacks.
 */
export async function replaceArticle(request: Request, caseId: string, articleId: string): Promise<Response> {
  return answer(request, async () => {
    const { token, version, body } = await readChange(request, caseId);
    const article = articleOf(body, articleId);
    const saved = await change(caseId, token, version, { kind: "putArticle", article, ...articleParts(body, articleId) });
    return changed(saved.version);
  });
}

/**
 * `DELETE /api/cases/[case]/articles/[article]?version=N` with the edit token → `{version}`:
 * the article goes with its translation, the curator's notes on it and its raw file among the
 * lexicon's seeds.
 */
export async function deleteArticle(request: Request, caseId: string, articleId: string): Promise<Response> {
  return answer(request, async () => {
    const token = bearerToken(request);
    await refuseBundled(caseId);
    const saved = await change(caseId, token, versionInQuery(request), { kind: "deleteArticle", id: articleId });
    return changed(saved.version);
  });
}

/** `POST /api/cases/[case]/lexicon` with the edit token and `{version, entry}`: add one entry (last) → 201 `{id, version}`. */
export async function addEntry(request: Request, caseId: string): Promise<Response> {
  return answer(request, async () => {
    const { token, version, body } = await readChange(request, caseId);
    const entry = entryOf(body, null);
    const saved = await change(caseId, token, version, { kind: "addEntry", entry });
    return created(`/api/cases/${caseId}/lexicon/${encodeURIComponent(entry.id)}`, entry.id, saved.version);
  });
}

/** `PUT /api/cases/[case]/lexicon/[entry]` with the edit token and `{version, entry}`: replace one entry → `{version}`. */
export async function replaceEntry(request: Request, caseId: string, entryId: string): Promise<Response> {
  return answer(request, async () => {
    const { token, version, body } = await readChange(request, caseId);
    const saved = await change(caseId, token, version, { kind: "putEntry", entry: entryOf(body, entryId) });
    return changed(saved.version);
  });
}

/** `DELETE /api/cases/[case]/lexicon/[entry]?version=N` with the edit token → `{version}`. */
export async function deleteEntry(request: Request, caseId: string, entryId: string): Promise<Response> {
  return answer(request, async () => {
    const token = bearerToken(request);
    await refuseBundled(caseId);
    const saved = await change(caseId, token, versionInQuery(request), { kind: "deleteEntry", id: entryId });
    return changed(saved.version);
  });
}

/** The token (401 first, before the body is read), the bundled refusal, the body and its version. */
async function readChange(request: Request, caseId: string): Promise<{ token: string; version: number; body: Record<string, unknown> }> {
  const token = bearerToken(request);
  await refuseBundled(caseId);
  const body = await readObject(request, MAX_ITEM_BYTES, serverText("itemBodyLimitHint", { article: formatBytes(MAX_TEXT_BYTES) }));
  return { token, version: baseVersion(body.version), body };
}

/**
 * Make the change in the store: the case study as it is, with the change applied, is validated
 * whole (the same validator, the same problems naming part, entry and field as a whole-case
 * save), and only the changed rows are written.
 */
async function change(caseId: string, token: string, version: number, item: ItemChange): Promise<{ version: number }> {
  return changeCaseItem(await getDatabase(), caseId, token, version, (current) => {
    refuseMissing(current, item);
    const { id: _id, ...before } = exportCaseStudy(current).caseStudy;
    const after = applyItemChange(before, item);
    const { content } = importCaseStudy({ schema: EXCHANGE_SCHEMA, version: EXCHANGE_VERSION, caseStudy: { id: current.id, ...after } }, BODY);
    return rowsOf(item, content, current);
  });
}

/** A change of an article or entry the case study lacks is a 404. */
function refuseMissing(current: StoredCaseStudy, item: ItemChange): void {
  if (item.kind === "putArticle" || item.kind === "deleteArticle") {
    const id = "article" in item ? item.article.id : item.id;
    if (!current.articles.some((a) => a.id === id)) throw new InputError(serverText("articleNotFound", { id: current.id, article: id }), 404);
  }
  if (item.kind === "putEntry" || item.kind === "deleteEntry") {
    const id = "entry" in item ? item.entry.id : item.id;
    if (!current.lexicon.some((e) => e.id === id)) throw new InputError(serverText("entryNotFound", { id: current.id, entry: id }), 404);
  }
}

/** The rows one change writes, taken from the validated case study. */
function rowsOf(item: ItemChange, content: ReturnType<typeof importCaseStudy>["content"], before: StoredCaseStudy): ItemWrite {
  switch (item.kind) {
    case "addArticle":
    case "putArticle": {
      const id = item.article.id;
      const article = content.articles.find((a) => a.id === id);
      if (!article) throw new Error(`the validated case study lacks article "${id}"`);
      return {
        kind: "article",
        article,
        translations: (content.translations ?? []).filter((t) => t.article === id),
        curatorNotes: (content.curatorNotes ?? []).filter((n) => n.article === id),
      };
    }
    case "deleteArticle": {
      const rawFile = before.articles.find((a) => a.id === item.id)?.rawFile;
      const seeded = new Set(before.lexicon.filter((e) => rawFile !== undefined && e.seeds.includes(rawFile)).map((e) => e.id));
      return { kind: "articleDeleted", id: item.id, lexicon: content.lexicon.filter((e) => seeded.has(e.id)) };
    }
    case "addEntry":
    case "putEntry": {
      const entry = content.lexicon.find((e) => e.id === item.entry.id);
      if (!entry) throw new Error(`the validated case study lacks entry "${item.entry.id}"`);
      return { kind: "entry", entry };
    }
    case "deleteEntry":
      return { kind: "entryDeleted", id: item.id };
  }
}

/**
 * The body's `article`, its id the address's (taken from it when the body gives none). Not yet
 * validated: the case study with it is.
 */
function articleOf(body: Record<string, unknown>, addressed: string | null): ExchangeArticle {
  return withId(asObject(body.article, '"article"'), addressed, "article") as unknown as ExchangeArticle;
}

/** The body's `entry`, as {@link articleOf} reads an article. */
function entryOf(body: Record<string, unknown>, addressed: string | null): ExchangeEntry {
  return withId(asObject(body.entry, '"entry"'), addressed, "entry") as unknown as ExchangeEntry;
}

function withId(item: Record<string, unknown>, addressed: string | null, part: string): Record<string, unknown> & { id: string } {
  if (addressed === null) {
    if (typeof item.id !== "string") refuseField(`${part}.id`, serverText("itemIdMissing"));
    return item as Record<string, unknown> & { id: string };
  }
  if (item.id !== undefined && item.id !== addressed) refuseField(`${part}.id`, serverText("itemIdMismatch", { given: String(item.id), id: addressed }));
  return { ...item, id: addressed };
}

/** The body's `translations` and `curatorNotes` of one article, each item this article's; absent ones are left out. */
function articleParts(body: Record<string, unknown>, articleId: string): Pick<Extract<ItemChange, { kind: "addArticle" }>, "translations" | "curatorNotes"> {
  const parts: Record<string, unknown[]> = {};
  for (const field of ["translations", "curatorNotes"] as const) {
    const value = body[field];
    if (value === undefined) continue;
    if (!Array.isArray(value)) refuseField(field, serverText("notArray"));
    value.forEach((item, index) => {
      const given = typeof item === "object" && item !== null ? (item as { article?: unknown }).article : undefined;
      if (given !== articleId) refuseField(`${field}[${index}].article`, serverText("itemWrongArticle", { given: String(given), id: articleId }));
    });
    parts[field] = value;
  }
  return parts as Pick<Extract<ItemChange, { kind: "addArticle" }>, "translations" | "curatorNotes">;
}

/** Refuse a body's field as a case study's problem is refused: a 400 naming the field. */
function refuseField(field: string, message: LocalizedProblem["message"]): never {
  throw new CaseStudyInvalidError([{ file: BODY, entry: null, field, message }]);
}

function created(location: string, id: string, version: number): Response {
  return Response.json({ id, version }, { status: 201, headers: { Location: location, ETag: `"${version}"` } });
}

function changed(version: number): Response {
  return Response.json({ version }, { headers: { ETag: `"${version}"` } });
}
