import { cache } from "react";
import { readCaseStudy, readCaseVersion, type StoredCaseStudy } from "@/lib/store/case-studies";
import { getDatabase } from "@/lib/store/database";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import type { CaseArticle, CaseStudy } from "@/lib/case-study/types";

/**
 * The bundled case studies, in the order the first page lists them.
 *
 * @returns the case studies that ship with the app (they never change at run time).
 */
export function listCaseStudies(): CaseStudy[] {
  return [getBundledCaseStudy()];
}

/**
 * One bundled case study by its URL id.
 *
 * @param id the `[case]` segment of a URL.
 * @returns the case study, or undefined when no bundled case study has this id.
 */
export function getCaseStudy(id: string): CaseStudy | undefined {
  return listCaseStudies().find((caseStudy) => caseStudy.id === id);
}

/**
 * One case study by its URL id, bundled or stored: the one lookup every page uses, so a stored
 * case study renders exactly as the bundled one. The bundled ones never touch the database.
 * Within one server render (a case's layout, its page and its metadata all ask) the version is
 * looked up once (React's `cache`); route handlers and tests call through every time.
 *
 * @param id the `[case]` segment of a URL
 * @returns the case study with its version (null for a bundled one), or undefined when none has this id
 */
export const findCaseStudy = cache(async (id: string): Promise<{ caseStudy: CaseStudy; version: number | null } | undefined> => {
  const bundled = getCaseStudy(id);
  if (bundled) return { caseStudy: bundled, version: null };
  // Ids are slugs: anything else cannot be stored, so it needs no database round trip.
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const stored = await readStoredCaseStudy(id);
  return stored ? { caseStudy: stored, version: stored.version } : undefined;
});

/** Stored case studies kept in memory by id, each at the version it was read at; the most recently used last. */
const MAX_STORED_CASES = 20;
const storedCases = new Map<string, StoredCaseStudy>();

/**
 * A stored case study, read whole only when its version changed since it was last read: a
 * page asks for it several times per request (layout, metadata, page) and a large one is
 * megabytes of text, while its version is one indexed row. Never stale: every call checks
 * the current version first, and a save always makes a new version.
 */
async function readStoredCaseStudy(id: string): Promise<StoredCaseStudy | null> {
  const db = await getDatabase();
  const version = await readCaseVersion(db, id);
  if (version === null) {
    storedCases.delete(id);
    return null;
  }
  const cached = storedCases.get(id);
  storedCases.delete(id);
  if (cached?.version === version) {
    storedCases.set(id, cached);
    return cached;
  }
  const stored = await readCaseStudy(db, id);
  if (!stored) return null;
  storedCases.set(id, stored);
  for (const old of [...storedCases.keys()].slice(0, Math.max(0, storedCases.size - MAX_STORED_CASES))) storedCases.delete(old);
  return stored;
}

/**
 * One article of a case study by its URL id.
 *
 * @param caseStudy the case study to look in.
 * @param id the `[article]` segment of a URL.
 * @returns the article, or undefined when the case study has no article with this id.
 */
export function getArticle(caseStudy: CaseStudy, id: string): CaseArticle | undefined {
  return caseStudy.articles.find((article) => article.id === id);
}
