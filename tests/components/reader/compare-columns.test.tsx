import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CompareColumns } from "@/components/reader/compare-columns";
import type { Focus } from "@/lib/comparison/focus";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { readerTranslation } from "@/lib/reader/reader-view";
import { analysis, seedArticle, withUrl } from "./fixtures";

afterEach(cleanup);

const IDS = ["aljazeera-2018-02", "youm7-2018-06"];

function renderColumns(focus: Focus | null, ids = IDS) {
  return render(
    withUrl(<CompareColumns caseStudy={analysis.caseStudy} articles={ids.map(seedArticle)} focus={focus} locale="en" strings={READER_MESSAGES.en} />),
  );
}
const column = (id: string) => screen.getAllByTestId("compare-column").find((c) => c.dataset.article === id)!;

describe("the side-by-side columns", () => {
  it("should show each article tagged in its own column, ids prefixed so they never clash", () => {
    const { container } = renderColumns(null);
    expect(screen.getAllByTestId("compare-column").map((c) => c.dataset.article)).toEqual(IDS);
    for (const id of IDS) {
      const { mentions } = seedArticle(id);
      expect(column(id).querySelectorAll("mark[id]")).toHaveLength(mentions.length);
      expect(column(id).querySelector(`#${id}-m-${mentions[0]!.start}`)).not.toBeNull();
    }
    const ids = [...container.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.queryByTestId("article-labels")).toBeNull();
  });

  it("should show above each column the labels its article used for the chosen actor, by stance", () => {
    renderColumns({ kind: "actor", id: "lna" });
    const youm7 = within(column("youm7-2018-06")).getAllByTestId("article-label");
    expect(youm7[0]).toHaveTextContent("الجيش الليبى");
    expect(youm7[0]).toHaveTextContent("the Libyan army");
    // Every framing label legitimizing; Operation Dignity (عملية الكرامة) is a plain name, with no stance shown.
    expect(youm7.filter((label) => label.dataset.entry !== "lna-operation-dignity").every((label) => label.dataset.stance === "legitimizing")).toBe(true);
    const aljazeera = within(column("aljazeera-2018-02")).getAllByTestId("article-label");
    expect(aljazeera.map((label) => label.dataset.entry)).toContain("lna-haftar-forces");
    expect(aljazeera.every((label) => label.dataset.stance === "delegitimizing")).toBe(true);
    expect(within(aljazeera[0]!).getByText("Delegitimizing")).toHaveClass("sr-only");

    const count = within(youm7[0]!).getByRole("link", { name: /mentions: see them in the evidence table/ });
    const expected = seedArticle("youm7-2018-06").mentions.filter((m) => m.entry === "lna-libyan-army" && !m.chrome).length;
    expect(count).toHaveTextContent(`×${expected}`);
    expect(count).toHaveAttribute("href", "/cases/derna/terms?entry=lna-libyan-army&article=youm7-2018-06");
  });

  it("should highlight the chosen actor's mentions in every column and fade the others", () => {
    renderColumns({ kind: "actor", id: "lna" });
    for (const id of IDS) {
      for (const mark of column(id).querySelectorAll<HTMLElement>("mark[id]")) {
        expect(mark.dataset.focus).toBe(mark.dataset.actor === "lna" ? "match" : "dim");
      }
    }
  });

  it("should say when an article never names the actor", () => {
    renderColumns({ kind: "actor", id: "uae" });
    expect(within(column("youm7-2018-06")).getByTestId("never-named")).toHaveTextContent("Never named");
    expect(within(column("aljazeera-2018-02")).getAllByTestId("article-label")).toHaveLength(1);
  });

  it("should list a category's terms when a category is chosen", () => {
    renderColumns({ kind: "category", id: "foreign-involvement" });
    expect(within(column("aljazeera-2018-02")).getByRole("heading", { name: "Foreign involvement terms in this article" })).toBeInTheDocument();
    expect(within(column("aljazeera-2018-02")).getAllByTestId("article-label").length).toBeGreaterThan(1);
    expect(within(column("youm7-2018-06")).getByTestId("never-named")).toHaveTextContent("None");
  });

  it("should put each paragraph's translation under it, credited per column, and say so where an article has none", () => {
    const translations = {
      "aljazeera-2018-02": { ...readerTranslation(analysis.caseStudy, seedArticle("aljazeera-2018-02").article)!, by: "editor" as const },
      "youm7-2018-06": null,
    };
    render(
      withUrl(
        <CompareColumns caseStudy={analysis.caseStudy} articles={IDS.map(seedArticle)} focus={null} locale="ar" strings={READER_MESSAGES.ar} translations={translations} showTranslation />,
      ),
    );
    const translated = column("aljazeera-2018-02");
    expect(within(translated).getByTestId("column-translation-label")).toHaveTextContent(READER_MESSAGES.ar.translationLabelEditor);
    const english = translated.querySelectorAll("[data-translation-row] [data-translation]");
    expect(english.length).toBe(translations["aljazeera-2018-02"].paragraphs.length);
    expect(english[0]).toHaveAttribute("lang", "en");
    expect(within(column("youm7-2018-06")).getByTestId("column-translation-missing")).toHaveTextContent(READER_MESSAGES.ar.translationMissing);
    expect(column("youm7-2018-06").querySelector("[data-translation]")).toBeNull();
  });

  it("should show no translation when the URL hides it", () => {
    const translations = { "aljazeera-2018-02": readerTranslation(analysis.caseStudy, seedArticle("aljazeera-2018-02").article) };
    render(
      withUrl(<CompareColumns caseStudy={analysis.caseStudy} articles={IDS.map(seedArticle)} focus={null} locale="en" strings={READER_MESSAGES.en} translations={translations} showTranslation={false} />),
    );
    expect(document.querySelector("[data-translation]")).toBeNull();
    expect(screen.queryByTestId("column-translation-missing")).toBeNull();
  });
});

