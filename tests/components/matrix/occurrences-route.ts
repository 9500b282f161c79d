import { screen, waitFor } from "@testing-library/react";
import { expect, vi } from "vitest";
import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { findLabelDialog } from "@/lib/comparison/label-dialog";
import { parseLanguageView } from "@/lib/comparison/language-url";

/**
 * Answer the occurrences dialog's request (`GET /api/cases/[case]/occurrences`) from an analysis,
 * as the route handler would from the stored case (the browser tests ask the real route).
 *
 * @param analysis the analysis the overview under test shows
 * @returns the URLs asked for, in order
 */
export function answerOccurrencesFrom(analysis: CaseAnalysis): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    const query = new URL(url, "http://localhost").searchParams;
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
