import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsAdapter, enableHistorySync } from "nuqs/adapters/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaseOverview } from "@/components/matrix/case-overview";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { answerOccurrencesFrom, findLoadedDialog } from "./occurrences-route";
import { fixtureAnalysis } from "@/tests/comparison/plain-voice-fixture";

enableHistorySync();

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock("@/components/ui/save-file", () => ({ saveBlob: (blob: Blob, name: string) => void saved.push({ blob, name }) }));

const analysis = fixtureAnalysis();

function renderOverview(url = "/cases/fixture", locale: "en" | "ar" = "en") {
  window.history.replaceState(null, "", url);
  answerOccurrencesFrom(analysis);
  return render(
    <NuqsAdapter>
      <CaseOverview data={getOverviewData(analysis, locale)} caseStudy={analysis.caseStudy} locale={locale} />
    </NuqsAdapter>,
  );
}

const chip = (key: string) => document.querySelector<HTMLButtonElement>(`[data-label-key="${key}"]`)!;
const view = () => document.querySelector("[data-voice-view]")!.getAttribute("data-voice-view");
const summaryOf = (outlet: string) => screen.getByTestId("outlet-summaries").querySelector(`[data-outlet="${outlet}"]`)!;

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a plain name in the overview matrix", () => {
  it("should show as a plain name: dashed, marked 'plain name', with no stance sign", () => {
    renderOverview();
    const plain = chip("qposts:plain-haftar:haftar");
    expect(plain).toHaveClass("label-chip-plain-name");
    expect(within(plain).getByTestId("plain-name-marker")).toHaveTextContent("plain name: names, does not frame");
    expect(plain.querySelector("[data-stance]")).toBeNull();
    expect(plain.style.borderInlineStartStyle).toBe("dashed");
    // A framing label beside it keeps its stance sign.
    expect(chip("youm7:marshal:haftar").querySelector('[data-stance="legitimizing"]')).not.toBeNull();
    expect(chip("youm7:marshal:haftar")).not.toHaveClass("label-chip-plain-name");
  });

  it("should be explained in the key, in Arabic too", () => {
    renderOverview();
    expect(screen.getAllByTestId("matrix-legend")[0]).toHaveTextContent("Plain name — dashed grey: it only names the actor");
    cleanup();
    renderOverview("/cases/fixture", "ar");
    expect(chip("qposts:plain-haftar:haftar")).toHaveTextContent("اسم مجرد: يسمّي ولا يؤطّر");
  });
});

describe("the overview's own-words switch", () => {
  it("should start on every voice, each label's count in every voice and in the outlet's own", () => {
    renderOverview();
    expect(view()).toBe("all");
    expect(screen.getByTestId("voice-own-only")).not.toBeChecked();
    // Qposts' الإرهابيين was a spokesman's word: ×1 in every voice, gone from the own view.
    const quoted = chip("qposts:terrorists:dmsc");
    expect(quoted.closest("li")).toHaveClass("voice-others-only");
    expect(quoted.querySelector(".voice-all")).toHaveTextContent("×1");
    // A label never quoted has one count for both views.
    expect(chip("qposts:haftar-forces:lna").querySelector(".voice-all, .voice-own")).toBeNull();
    // A cell whose every label is in others' words says so in the own view.
    const youm7Dmsc = document.querySelector('td[data-row="dmsc"][data-outlet="youm7"]')!;
    expect(youm7Dmsc.querySelector("li.voice-own")).toHaveTextContent("only in others' words");
  });

  it("should switch the view, write ?voice=outlet in the URL, announce it, and count the summary lines anew", () => {
    renderOverview("/cases/fixture?label=none");
    expect(summaryOf("youm7")).toHaveTextContent("1 delegitimizing labels for Derna Mujahideen Shura Council");
    expect(summaryOf("youm7")).toHaveTextContent(/most used category: delegitimization/i);
    act(() => fireEvent.click(screen.getByTestId("voice-own-only")));
    expect(view()).toBe("outlet");
    expect(window.location.search).toBe("?label=none&voice=outlet");
    expect(screen.getByTestId("voice-own-only-announcement")).toHaveTextContent("Showing only the outlets' own words");
    expect(screen.getByTestId("outlet-summaries")).toHaveAttribute("data-voice", "outlet");
    // In its own words Youm7 brands no one a terrorist: its one framing label is "the Field Marshal".
    expect(summaryOf("youm7")).not.toHaveTextContent("Derna Mujahideen Shura Council");
    expect(summaryOf("youm7")).toHaveTextContent(/most used category: state legitimacy/i);
    // Youm7's numbers now lead to its own words alone.
    for (const link of summaryOf("youm7").querySelectorAll("a")) expect(link.getAttribute("href")).toContain("voice=outlet");

    act(() => fireEvent.click(screen.getByTestId("voice-own-only")));
    expect(view()).toBe("all");
    expect(window.location.search).toBe("?label=none");
    expect(screen.getByTestId("voice-own-only-announcement")).toHaveTextContent("Showing every label");
  });

  it("should open in the own view from a permalink, the CSV button giving the own-words file", async () => {
    renderOverview("/cases/fixture?voice=outlet");
    expect(view()).toBe("outlet");
    expect(screen.getByTestId("voice-own-only")).toBeChecked();
    expect(screen.getByTestId("outlet-summaries")).toHaveAttribute("data-voice", "outlet");
    saved.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Download CSV: the actor matrix, one column per outlet (Only the outlet's own words)" }));
    // The server makes the file when the button is pressed.
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe("fixture-actors-by-outlet-own-words.csv");
    const csv = await saved[0]!.blob.text();
    expect(csv).toContain("حفتر (Haftar) ×1 [plain name]");
    expect(csv).not.toContain("الإرهابيين");
  });

  it("should show in a label's dialog only the sentences the own view counts", async () => {
    renderOverview("/cases/fixture?label=youm7:haftar-forces:lna");
    const dialog = await findLoadedDialog();
    expect(within(dialog).getAllByRole("listitem")).toHaveLength(1);
    cleanup();
    renderOverview("/cases/fixture?voice=outlet&label=youm7:haftar-forces:lna");
    const own = await findLoadedDialog();
    expect(within(own).queryAllByRole("listitem")).toHaveLength(0);
    expect(own).toHaveTextContent("Uses:0");
  });

  it("should give a plain name's dialog no stance", async () => {
    renderOverview("/cases/fixture?label=qposts:plain-haftar:haftar");
    const dialog = await findLoadedDialog();
    expect(dialog).toHaveTextContent("Category:Plain name (not framing)");
    expect(dialog).not.toHaveTextContent("Stance:");
  });
});
