import type { CaseStudyExchange } from "@/lib/case-study/exchange";
import { fetchApi } from "@/lib/http/api-fetch";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { REQUEST_MESSAGES } from "@/lib/i18n/request-messages";

/**
 * A case study's id from what the user typed: the id itself, or a link to any of its pages
 * (read or edit, either language).
 *
 * @param text e.g. `derna`, `https://host/cases/derna/terms?lang=ar`, `/cases/x-1/edit#token=...`
 * @returns the id, or null when the text names none
 */
export function caseIdFrom(text: string): string | null {
  const trimmed = text.trim();
  const fromPath = /\/cases\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:[/?#]|$)/.exec(trimmed);
  if (fromPath?.[1]) return fromPath[1];
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(trimmed) ? trimmed : null;
}

/**
 * Another case study as its exchange file, to start a lexicon from (`GET /api/cases/<id>`).
 *
 * @param id the case study's id
 * @param locale the interface language, which the reason is given in
 * @returns the file, or the server's own reason (or the HTTP status) when it has none to give
 */
export async function fetchCaseStudyFile(id: string, locale: Locale): Promise<{ ok: true; file: CaseStudyExchange } | { ok: false; error: string }> {
  const t = REQUEST_MESSAGES[locale];
  try {
    const response = await fetchApi(`/api/cases/${encodeURIComponent(id)}`, locale);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) return { ok: false, error: body && typeof body === "object" && "error" in body ? String(body.error) : format(t.serverAnswered, { status: response.status }) };
    return { ok: true, file: body as CaseStudyExchange };
  } catch {
    return { ok: false, error: t.unreachable };
  }
}
