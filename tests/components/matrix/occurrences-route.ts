import { screen, waitFor } from "@testing-library/react";
import { expect, vi } from "vitest";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { findLabelDialog } from "@/lib/comparison/label-dialog";
import { parseLanguageView } from "@/lib/comparison/language-url";
import { CSV_BOM } from "@/lib/comparison/matrix-csv";
import { buildOverviewCsv } from "@/lib/comparison/overview-csv";
import { parseVoiceView } from "@/lib/comparison/voice-url";

/**
 * Answer the overview's requests from an analysis, as the route handlers would from the stored
 * case (the browser tests ask the real routes): a dialog's (`GET /api/cases/[case]/occurrences`)
 * and a CSV button's (`GET /api/cases/[case]/matrix-csv`).
 *
 * @param analysis the analysis the overview under test shows
 * @returns the URLs asked for, in order
 */
export function answerOccurrencesFrom(analysis: CaseAnalysis): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    const { pathname, searchParams: query } = new URL(url, "http://localhost");
    if (pathname.endsWith("/matrix-csv")) {
      const view = { voice: parseVoiceView(query.get("voice")), language: parseLanguageView(query.get("language")) };
      return new Response(`${CSV_BOM}${buildOverviewCsv(analysis, query.get("kind") === "event" ? "event" : "actor", view)}`);
    }
    const language = parseLanguageView(query.get("language"));
    const kind = query.get("kind");
    const found = findLabelDialog(analysis, query.get("label") ?? "", query.get("locale") === "ar" ? "ar" : "en", {
      kind: kind === "actor" || kind === "event" ? kind : undefined,
      language: language === "all" ? undefined : language,
    });
    return found ? Response.json(found) : Response.json({ error: "no such label" }, { status: 404 });
  });
  return asked;
}

/**
 * The open occurrences dialog once its facts and sentences are in (it is busy until then).
 *
 * @param name the dialog's accessible name, when it matters
 */
export async function findLoadedDialog(name?: RegExp | string): Promise<HTMLElement> {
  // By test id while waiting: a role query walks the whole overview, too slowly to ask it again and again;
  // a large matrix renders slowly under jsdom, and the dialog's code is loaded on the first opening.
  await waitFor(() => expect(screen.getByTestId("occurrences-dialog")).toHaveAttribute("aria-busy", "false"), { timeout: 10_000 });
  return name === undefined ? screen.getByRole("dialog") : screen.getByRole("dialog", { name });
}
