import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { OnUrlUpdateFunction } from "nuqs/adapters/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReaderView } from "@/components/reader/reader-view";
import { getReaderView } from "@/lib/reader/reader-view";
import { plainTranslation } from "@/lib/case-study/translation-marks";
import { CATEGORY_TINTS } from "@/lib/comparison/palette";
import { analysis, seedArticle, withUrl } from "./fixtures";

afterEach(cleanup);


function renderReader(id: string, { locale = "en", showTranslation = true, caseStudy = analysis.caseStudy, onUrlUpdate }: { locale?: "en" | "ar"; showTranslation?: boolean; caseStudy?: typeof analysis.caseStudy; onUrlUpdate?: OnUrlUpdateFunction } = {}) {
  const analyzed = seedArticle(id);
  const view = getReaderView(caseStudy, analyzed, null, locale);
  return render(withUrl(<ReaderView view={view} analyzed={analyzed} showTranslation={showTranslation} />, { onUrlUpdate }));
}

describe("the translation beside the reader's text", () => {
  it("should put each translated paragraph beside its Arabic one, in English, labelled as Framelens's", () => {
    const { container } = renderReader("qposts-2018-05");
    const translation = analysis.caseStudy.translations!.find((t) => t.article === "qposts-2018-05")!;
    const rows = container.querySelectorAll("[data-translation-row]");
    expect(rows).toHaveLength(translation.paragraphs.length);
    rows.forEach((row, i) => {
      const english = row.querySelector("[data-translation]")!;
      expect(english).toHaveAttribute("lang", "en");
      expect(english).toHaveAttribute("dir", "ltr");
      expect(english.textContent).toBe(`Translation by Framelens: ${plainTranslation(translation.paragraphs[i]!)}`);
      expect(row.closest("[lang='ar']")).toHaveAttribute("dir", "rtl");
    });
    expect(screen.getByTestId("translation-label")).toHaveTextContent("Translation by Framelens");
    expect(screen.getByTestId("translated-headline")).toHaveAttribute("lang", "en");
  });

  it("should credit an editor's translation to the case's editor, and say where it falls short or out of step", () => {
    const framelens = analysis.caseStudy.translations!.find((t) => t.article === "qposts-2018-05")!;
    const mine = { article: "qposts-2018-05", headline: null, subheadline: null, paragraphs: framelens.paragraphs.slice(0, -1).map(plainTranslation), by: "editor" as const };
    const caseStudy = { ...analysis.caseStudy, translations: [mine] };
    const { container } = renderReader("qposts-2018-05", { caseStudy });
    expect(screen.getByTestId("translation-label")).toHaveTextContent("Translation supplied by the case's editor");
    expect(container.querySelector("[data-translation]")!.textContent).toMatch(/^Translation supplied by the case's editor: /);
    expect(container.textContent).not.toContain("Translation by Framelens");
    const count = framelens.paragraphs.length;
    expect(screen.getByTestId("translation-out-of-step")).toHaveTextContent(`The translation has ${count - 1} paragraphs for the original's ${count}`);
    expect(screen.getAllByTestId("paragraph-translation-missing")).toHaveLength(1);
    expect(screen.queryByTestId("translated-headline")).toBeNull();
  });

  it("should tint a marked term as its Arabic tag: تطهير rendered as cleansing, in the liberation colour", () => {
    const { container } = renderReader("qposts-2018-05");
    const cleansing = container.querySelector("[data-translation] mark[data-entry='purification']") as HTMLElement;
    expect(cleansing).toHaveTextContent("cleansing");
    expect(cleansing).toHaveAttribute("data-category", "liberation");
    expect(cleansing.style.getPropertyValue("--tint")).toBe(CATEGORY_TINTS.liberation);
  });

  it("should mark a term's Arabic twin while the pointer is on its rendering", () => {
    const { container } = renderReader("qposts-2018-05");
    const row = container.querySelector("[data-translation-row]")!;
    const english = row.querySelector("[data-translation] mark[data-entry='purification']")!;
    fireEvent.pointerOver(english);
    expect(row.querySelector("mark[id][data-entry='purification']")).toHaveAttribute("data-twin");
    fireEvent.pointerOut(english);
    expect(row.querySelector("mark[id][data-entry='purification']")).not.toHaveAttribute("data-twin");
  });

  it("should put the choice to hide the translation in the URL, and hide it when the URL says so", async () => {
    const onUrlUpdate = vi.fn();
    renderReader("qposts-2018-05", { onUrlUpdate });
    expect(screen.getByTestId("translation-shown")).toBeChecked();
    fireEvent.click(screen.getByTestId("translation-shown"));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenCalled());
    expect(onUrlUpdate.mock.calls.at(-1)![0].queryString).toBe("?translation=hide");
    cleanup();
    renderReader("qposts-2018-05", { showTranslation: false });
    expect(screen.getByTestId("translation-shown")).not.toBeChecked();
    expect(document.querySelectorAll("[data-translation], [data-translation-row]")).toHaveLength(0);
  });

  it("should label the translation in Arabic in the Arabic interface, its text still in English", () => {
    renderReader("libya24-2018-06", { locale: "ar" });
    expect(screen.getByTestId("translation-label")).toHaveTextContent("ترجمة Framelens");
    const english = document.querySelector("[data-translation]")!;
    expect(english).toHaveAttribute("lang", "en");
    expect(within(english as HTMLElement).getByText(/ترجمة Framelens/u)).toHaveAttribute("lang", "ar");
  });

  it("should say so when an article has no translation, with no column of blanks", () => {
    const caseStudy = { ...analysis.caseStudy, translations: [] };
    renderReader("youm7-2018-06", { caseStudy });
    expect(screen.getByTestId("translation-missing")).toHaveTextContent("No translation of this article yet");
    expect(document.querySelectorAll("[data-translation-row], [data-translation]")).toHaveLength(0);
    expect(screen.queryByTestId("translation-shown-box")).toBeNull();
  });
});
