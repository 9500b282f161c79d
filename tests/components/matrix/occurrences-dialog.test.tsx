import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsAdapter, enableHistorySync } from "nuqs/adapters/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaseOverview } from "@/components/matrix/case-overview";
import { getOverviewData } from "@/lib/comparison/overview-data";
import { answerOccurrencesFrom, findLoadedDialog } from "./occurrences-route";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { collectLabelOccurrences } from "@/lib/comparison/occurrences";

// The labels write the URL with the History API, as Next's router expects; this makes the
// test adapter hear it the way Next's does.
enableHistorySync();

const analysis = getBundledCaseAnalysis("derna")!;
const youm7 = analysis.caseStudy.articles.find((a) => a.id === "youm7-2018-06")!;
const LNA_KEY = "youm7:lna-libyan-national-army:lna";

function renderOverview(url = "/cases/derna", locale: "en" | "ar" = "en", of = analysis) {
  window.history.replaceState(null, "", url);
  const asked = answerOccurrencesFrom(of);
  render(
    <NuqsAdapter>
      <CaseOverview data={getOverviewData(of, locale)} caseStudy={of.caseStudy} locale={locale} />
    </NuqsAdapter>,
  );
  return asked;
}

const labelButton = (key: string) => document.querySelector<HTMLButtonElement>(`[data-label-key="${key}"]`)!;

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the occurrences dialog", () => {
  it("should not be open without a label in the URL", () => {
    renderOverview();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("should open on a label, put the label in the URL and list every sentence behind it", async () => {
    renderOverview();
    const label = labelButton(LNA_KEY);
    // A native button: browsers activate it with Enter and Space as with a click.
    expect(label.tagName).toBe("BUTTON");
    await act(async () => label.click());

    const dialog = await findLoadedDialog(/قوات الجيش الوطنى الليبى\s*the Libyan National Army/);
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(new URL(window.location.href).searchParams.get("label")).toBe(LNA_KEY);
    expect(dialog).toHaveTextContent("Outlet:Youm7");
    expect(dialog).toHaveTextContent("Actor:Haftar-led forces (Libyan National Army)");
    expect(dialog).toHaveTextContent("Uses:7");

    const items = within(screen.getByTestId("occurrences")).getAllByRole("listitem");
    expect(items).toHaveLength(7);
    const expected = collectLabelOccurrences(analysis, "actor")[LNA_KEY]!;
    items.forEach((item, index) => {
      const occurrence = expected[index]!;
      const mark = item.querySelector("mark")!;
      expect(mark.textContent).toBe(youm7.text.slice(occurrence.start, occurrence.end));
      expect(item).toHaveTextContent(`${occurrence.before}${occurrence.form}${occurrence.after}`.replace(/\s+/g, " ").trim());
      expect(within(item).getByRole("link", { name: "Open in the article" })).toHaveAttribute("href", `/cases/derna/articles/youm7-2018-06#m-${occurrence.start}`);
    });
    expect(within(dialog).getByRole("link", { name: "All in the evidence table" })).toHaveAttribute(
      "href",
      "/cases/derna/terms?entry=lna-libyan-national-army&outlet=youm7",
    );
    // The spellings the text used, as normalization merged them.
    expect(dialog).toHaveTextContent(/Spellings found in the text:.*الجيش الوطنى الليبى/);
  });

  it("should move focus into the dialog, keep it there, and close on Escape with focus back on the label", async () => {
    renderOverview();
    const label = labelButton(LNA_KEY);
    label.focus();
    await act(async () => label.click());
    const dialog = await findLoadedDialog();
    const close = within(dialog).getByRole("button", { name: "Close" });
    expect(close).toHaveFocus();

    // Shift+Tab from the first control wraps to the last.
    fireEvent.keyDown(document.activeElement!, { key: "Tab", shiftKey: true });
    expect(within(dialog).getByRole("link", { name: "All in the evidence table" })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: "Tab" });
    expect(close).toHaveFocus();

    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(new URL(window.location.href).searchParams.has("label")).toBe(false);
    expect(labelButton(LNA_KEY)).toHaveFocus();
  });

  it("should close with its button and with a click outside", async () => {
    renderOverview(`/cases/derna?label=${LNA_KEY}`);
    const close = within(await findLoadedDialog()).getByRole("button", { name: "Close" });
    await act(async () => close.click());
    expect(screen.queryByRole("dialog")).toBeNull();

    await act(async () => labelButton(LNA_KEY).click());
    const backdrop = (await findLoadedDialog()).parentElement!;
    await act(async () => {
      fireEvent.mouseDown(backdrop);
    });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("should open from a permalink, in the interface language, keeping the language in its links", async () => {
    renderOverview("/cases/derna?lang=ar&label=aljazeera:storming:assault-2018", "ar");
    const dialog = await findLoadedDialog(/اقتحام/);
    expect(dialog).toHaveTextContent("الوسيلة:الجزيرة");
    expect(dialog).toHaveTextContent("الحدث:الهجوم على درنة 2018");
    const links = within(dialog).getAllByRole("link", { name: "افتح في المقالة" });
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.getAttribute("href")).toMatch(/^\/cases\/derna\/articles\/aljazeera-2018-02\?lang=ar#m-\d+$/);
    // Storming counts toward the 2018 assault in one of Al Jazeera's two articles only: the table link names it.
    expect(within(dialog).getByRole("link", { name: "الكل في جدول الأدلة" })).toHaveAttribute(
      "href",
      "/cases/derna/terms?entry=storming&outlet=aljazeera&article=aljazeera-2018-02&lang=ar",
    );
  });

  it("should give each sentence the English of its whole paragraph, named as ours", async () => {
    renderOverview(`/cases/derna?label=${LNA_KEY}`);
    const dialog = await findLoadedDialog();
    const expected = collectLabelOccurrences(analysis, "actor")[LNA_KEY]!;
    const items = within(within(dialog).getByTestId("occurrences")).getAllByRole("listitem");
    items.forEach((item, index) => {
      const translation = within(item).getByTestId("occurrence-translation");
      expect(translation).toHaveTextContent("Translation by Framelens (whole paragraph)");
      const english = translation.querySelector("p[dir='ltr']")!;
      expect(english).toHaveAttribute("lang", "en");
      expect(english.textContent).toBe(expected[index]!.translation);
    });
  });

  it("should credit a translation the case's editor supplied to the editor, not to Framelens", async () => {
    const mine = (analysis.caseStudy.translations ?? []).map((t) => ({ ...t, by: "editor" as const }));
    renderOverview(`/cases/derna?label=${LNA_KEY}`, "en", analyzeCaseStudy({ ...analysis.caseStudy, translations: mine }));
    const dialog = await findLoadedDialog();
    const labels = within(dialog).getAllByTestId("occurrence-translation").map((item) => item.querySelector("p")!.textContent);
    expect(new Set(labels)).toEqual(new Set(["Translation supplied by the case's editor (whole paragraph)"]));
  });

  it("should say so under a sentence whose article has no translation, in the interface language", async () => {
    const untranslated = analyzeCaseStudy({ ...analysis.caseStudy, translations: [] });
    renderOverview(`/cases/derna?lang=ar&label=${LNA_KEY}`, "ar", untranslated);
    const dialog = await findLoadedDialog();
    expect(within(dialog).queryByTestId("occurrence-translation")).toBeNull();
    expect(within(dialog).getAllByTestId("occurrence-no-translation")).toHaveLength(7);
    expect(within(dialog).getAllByTestId("occurrence-no-translation")[0]).toHaveTextContent("لا ترجمة لهذه المقالة بعد.");
  });

  it("should ignore a label the case does not have, once the server says so", async () => {
    const asked = renderOverview("/cases/derna?label=youm7:no-such-entry:lna");
    await waitFor(() => expect(asked).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId("occurrences-dialog")).toBeNull());
    expect(document.documentElement.style.overflow).toBe("");
  });
});

describe("the overview page", () => {
  it("should show one generated line per outlet whose numbers link to the evidence table", () => {
    // Counted by referent, framing labels only: Youm7's al-Qaeda and داعش, plain names there, refer to the
    // Shura Council but frame nothing, so they are not among its labels here.
    renderOverview();
    const lines = within(screen.getByTestId("outlet-summaries")).getAllByRole("listitem");
    expect(lines).toHaveLength(4);
    const youm7Line = lines.find((line) => line.dataset.outlet === "youm7")!;
    expect(youm7Line).toHaveTextContent(
      "Youm7: 31 legitimizing, 0 neutral and 0 delegitimizing labels for Haftar-led forces (Libyan National Army); 0 legitimizing, 0 neutral and 16 delegitimizing labels for Derna Mujahideen Shura Council; most used category: state legitimacy, 58.1 per 1,000 body words.",
    );
    const links = within(youm7Line).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["31", "/cases/derna/terms?outlet=youm7&actor=lna&stance=legitimizing"],
      ["0", "/cases/derna/terms?outlet=youm7&actor=lna&stance=neutral"],
      ["0", "/cases/derna/terms?outlet=youm7&actor=lna&stance=delegitimizing"],
      ["0", "/cases/derna/terms?outlet=youm7&actor=dmsc&stance=legitimizing"],
      ["0", "/cases/derna/terms?outlet=youm7&actor=dmsc&stance=neutral"],
      ["16", "/cases/derna/terms?outlet=youm7&actor=dmsc&stance=delegitimizing"],
      ["58.1", "/cases/derna/terms?outlet=youm7&category=state-legitimacy"],
    ]);
  });

  it("should explain how to read it, the events' counting rule included", () => {
    renderOverview();
    const boxes = screen.getAllByTestId("how-to-read");
    expect(boxes[0]).toHaveTextContent(/page chrome .* never counted/i);
    expect(boxes[0]).toHaveTextContent(/empty cell is a finding/i);
    expect(boxes[1]).toHaveTextContent(/counts toward the article’s main event/);
  });

  it("should keep the case study's summary: description, outlets and articles", () => {
    renderOverview();
    expect(screen.getByTestId("case-study")).toHaveTextContent(analysis.caseStudy.description.en.slice(0, 60));
    expect(screen.getAllByTestId("article-link")).toHaveLength(analysis.caseStudy.articles.length);
  });
});
