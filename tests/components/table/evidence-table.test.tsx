import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EvidenceTable } from "@/components/table/evidence-table";
import { EXPORT_FIELDS } from "@/lib/comparison/evidence-export";
import { prepareEvidenceTable, toEvidenceTableWire } from "@/lib/comparison/evidence-table";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { TABLE_MESSAGES } from "@/lib/i18n/table-messages";

const t = TABLE_MESSAGES.en;
const analysis = getBundledCaseAnalysis("derna")!;
const data = prepareEvidenceTable(analysis, "en", { noActor: t.noActor, noStance: t.noStance });
const total = data.rows.length;

function renderTable(search = "", locale: "en" | "ar" = "en") {
  const urls: URLSearchParams[] = [];
  const messages = TABLE_MESSAGES[locale];
  const localeData = locale === "en" ? data : prepareEvidenceTable(analysis, locale, { noActor: messages.noActor, noStance: messages.noStance });
  render(
    <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={(event: UrlUpdateEvent) => urls.push(event.searchParams)}>
      <EvidenceTable caseId="derna" locale={locale} data={toEvidenceTableWire(localeData)} messages={messages} />
    </NuqsTestingAdapter>,
  );
  return { lastUrl: () => urls.at(-1) ?? new URLSearchParams(search) };
}

// Vitest runs without globals here, so Testing Library cannot unmount after each test by itself.
afterEach(cleanup);

const bodyRows = () => screen.queryAllByTestId("evidence-row");
const columnTexts = (column: number) => bodyRows().map((row) => row.querySelectorAll("td")[column]?.textContent ?? "");
const resultCount = () => screen.getByTestId("result-count").textContent;

describe("EvidenceTable", () => {
  it("should render the Derna mentions, one page of 50, oldest first", () => {
    renderTable();
    expect(resultCount()).toBe(`${total} of ${total} mentions`);
    expect(bodyRows()).toHaveLength(50);
    const dateHeader = screen.getByRole("columnheader", { name: /Date/ });
    expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
    expect(columnTexts(1)[0]).toBe("aljazeera-2016-04");
    for (const name of ["Outlet", "Article", "Form", "Gloss", "Category", "Actor", "Stance", "Voice", "Language", "In context"]) {
      expect(within(screen.getByRole("columnheader", { name: new RegExp(name) })).getByRole("button")).toBeInTheDocument();
    }
  });

  it("should link each article to the reader at the mention", () => {
    renderTable();
    const link = screen.getAllByTestId("mention-link")[0]!;
    const first = [...data.rows].sort((a, b) => a.date.localeCompare(b.date))[0]!;
    expect(link).toHaveAttribute("href", `/cases/derna/articles/${first.article}#m-${first.start}`);
  });

  it("should show the form and its context right to left, the term marked", () => {
    renderTable();
    const row = bodyRows()[0]!;
    const cells = row.querySelectorAll("td");
    expect(cells[3]?.querySelector('[lang="ar"][dir="rtl"]')).not.toBeNull();
    // The context is the twelfth and last cell, after the language; the translation sits under it.
    const context = cells[11]!.querySelector('[lang="ar"][dir="rtl"]')!;
    expect(context.querySelector("mark")?.textContent).toBe(cells[3]?.textContent);
  });

  it("should put the English of each mention's whole paragraph under its context, in English and credited to Framelens", () => {
    renderTable();
    expect(screen.getAllByRole("columnheader")).toHaveLength(12);
    const shown = data.rows.slice().sort((a, b) => a.date.localeCompare(b.date)).slice(0, 50);
    bodyRows().forEach((row, i) => {
      const cell = row.querySelectorAll("td")[11]!;
      const expected = shown[i]!.translation;
      if (expected === null) expect(cell).toHaveTextContent("no translation");
      else {
        expect(within(cell).getByTestId("row-translation-label")).toHaveTextContent("Translation by Framelens (whole paragraph)");
        const english = within(cell).getByTestId("row-translation-text");
        expect(english).toHaveAttribute("lang", "en");
        expect(english.textContent).toBe(expected);
      }
    });
  });

  it("should show each mention's language, from its article's", () => {
    renderTable();
    expect(new Set(columnTexts(10))).toEqual(new Set(["Arabic"]));
  });

  it("should say a mention in page chrome has no translation, chrome being left untranslated", () => {
    renderTable("?sort=chrome.desc");
    const cells = bodyRows()[0]!.querySelectorAll("td");
    expect(cells[11]).toHaveTextContent("no translation");
  });

  it("should mark mentions in page chrome as not counted", () => {
    renderTable("?sort=chrome.desc");
    const first = bodyRows()[0]!;
    expect(first).toHaveAttribute("data-chrome", "true");
    expect(within(first).getByText("not counted")).toBeInTheDocument();
  });

  it("should reorder the rows when a column header is clicked, and again the other way", async () => {
    const { lastUrl } = renderTable();
    fireEvent.click(screen.getByTestId("sort-outlet"));
    expect(screen.getByRole("columnheader", { name: /Outlet/ })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByRole("columnheader", { name: /Date/ })).not.toHaveAttribute("aria-sort");
    const ascending = columnTexts(0);
    expect(ascending[0]).toBe("Al Jazeera");
    expect(ascending).toEqual([...ascending].sort());
    await waitFor(() => expect(lastUrl().get("sort")).toBe("outlet.asc"));

    fireEvent.click(screen.getByTestId("sort-outlet"));
    expect(screen.getByRole("columnheader", { name: /Outlet/ })).toHaveAttribute("aria-sort", "descending");
    expect(columnTexts(0)[0]).toBe("Youm7");
    await waitFor(() => expect(lastUrl().get("sort")).toBe("outlet.desc"));
  });

  it("should narrow the rows to the outlet ticked in the filter menu", async () => {
    const { lastUrl } = renderTable();
    const menu = screen.getByTestId("filter-outlet");
    fireEvent.click(menu.querySelector("summary")!);
    fireEvent.click(within(menu).getByRole("checkbox", { name: /Youm7/ }));
    const youm7 = data.facets.outlet.find((o) => o.value === "youm7")!.count;
    expect(resultCount()).toBe(`${youm7} of ${total} mentions`);
    expect(new Set(columnTexts(0))).toEqual(new Set(["Youm7"]));
    await waitFor(() => expect(lastUrl().get("outlet")).toBe("youm7"));
    expect(screen.getByRole("button", { name: "Remove filter: Outlet: Youm7" })).toBeInTheDocument();
  });

  it("should find الليبى when الليبي is typed, once typing pauses", async () => {
    const { lastUrl } = renderTable();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "الليبي" } });
    // Nothing is filtered while the user may still be typing.
    expect(resultCount()).toBe(`${total} of ${total} mentions`);
    await waitFor(() => expect(resultCount()).not.toBe(`${total} of ${total} mentions`));
    const forms = columnTexts(3);
    expect(forms.some((f) => f.includes("الليبى"))).toBe(true);
    expect(forms.some((f) => f.includes("الليبي"))).toBe(true);
    await waitFor(() => expect(lastUrl().get("q")).toBe("الليبي"));
  });

  it("should search at once on Enter, and English glosses too", () => {
    renderTable();
    const box = screen.getByRole("searchbox");
    fireEvent.change(box, { target: { value: "terrorist" } });
    fireEvent.submit(box.closest("form")!);
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(columnTexts(4).every((gloss) => /terrorist/i.test(gloss))).toBe(true);
  });

  it("should open a permalink's view: filters, search, order and page from the URL", () => {
    renderTable("?outlet=youm7,qposts&category=terrorism&sort=date.desc");
    const expected = data.rows.filter((r) => ["youm7", "qposts"].includes(r.outlet) && r.category === "terrorism");
    expect(resultCount()).toBe(`${expected.length} of ${total} mentions`);
    expect(new Set(columnTexts(5))).toEqual(new Set(["Terrorism"]));
    expect(screen.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getAllByRole("button", { name: /^Remove filter/ })).toHaveLength(3);
  });

  it("should page through the rows and keep the page in the URL", async () => {
    const { lastUrl } = renderTable();
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(screen.getByTestId("showing-rows")).toHaveTextContent(`Rows 51–100 of ${total}`);
    await waitFor(() => expect(lastUrl().get("page")).toBe("2"));
    fireEvent.click(screen.getByRole("button", { name: "Last page" }));
    const pages = Math.ceil(total / 50);
    expect(screen.getByTestId("page-of")).toHaveTextContent(`Page ${pages} of ${pages}`);
    expect(bodyRows()).toHaveLength(total - (pages - 1) * 50);
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
  });

  it("should change the page size, and go back to the first page when a filter changes", async () => {
    const { lastUrl } = renderTable("?page=3");
    expect(screen.getByTestId("page-of")).toHaveTextContent("Page 3 of");
    fireEvent.change(screen.getByLabelText("Rows per page"), { target: { value: "100" } });
    expect(bodyRows()).toHaveLength(100);
    await waitFor(() => expect(lastUrl().get("size")).toBe("100"));
    fireEvent.click(screen.getByTestId("hide-chrome"));
    expect(screen.getByTestId("page-of")).toHaveTextContent("Page 1 of");
    await waitFor(() => expect(lastUrl().get("page")).toBeNull());
    expect(bodyRows().every((row) => !row.hasAttribute("data-chrome"))).toBe(true);
  });

  it("should say so when nothing matches", () => {
    renderTable("?q=zzzz");
    expect(screen.getByText(t.noResults)).toBeInTheDocument();
    expect(screen.getByTestId("download-csv")).toBeDisabled();
  });

  it("should show an entry filter from the URL as a chip with the term and its gloss", () => {
    renderTable("?entry=lna-libyan-army");
    const chip = screen.getByRole("button", { name: /Remove filter: Entry: الجيش الليبي \(the Libyan army\)/ });
    fireEvent.click(chip);
    expect(resultCount()).toBe(`${total} of ${total} mentions`);
  });

  it("should render in Arabic with Arabic headers and names", () => {
    renderTable("", "ar");
    expect(screen.getByRole("columnheader", { name: /الوسيلة/ })).toBeInTheDocument();
    expect(screen.getByTestId("result-count")).toHaveTextContent(`${total} من ${total}`);
  });
});

describe("EvidenceTable downloads", () => {
  let saved: { blob: Blob; name: string }[];
  beforeEach(() => {
    saved = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ blob: blobs.get(this.href)!, name: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it("should download exactly the filtered rows of every page as CSV and JSON, named after the filters", async () => {
    renderTable("?outlet=youm7&sort=form.asc&size=25");
    const expected = data.rows.filter((r) => r.outlet === "youm7");
    expect(expected.length).toBeGreaterThan(25);
    await act(async () => fireEvent.click(screen.getByTestId("download-csv")));
    await act(async () => fireEvent.click(screen.getByTestId("download-json")));
    expect(saved.map((s) => s.name)).toEqual(["framelens-derna-evidence-youm7.csv", "framelens-derna-evidence-youm7.json"]);

    const csv = await saved[0]!.blob.text();
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe(EXPORT_FIELDS.join(","));
    expect(lines).toHaveLength(expected.length + 1);

    const json = JSON.parse(await saved[1]!.blob.text()) as { outlet: string; start: number; article: string; form: string }[];
    expect(json).toHaveLength(expected.length);
    expect(json.every((r) => r.outlet === "youm7")).toBe(true);
    expect(new Set(json.map((r) => `${r.article}:${r.start}`))).toEqual(new Set(expected.map((r) => r.id)));
    // In the order shown: sorted by form.
    expect(json[0]?.form).toBe(screen.getAllByTestId("evidence-row")[0]!.querySelectorAll("td")[3]!.textContent);
  });
});

describe("EvidenceTable for a case study in two languages", () => {
  // Derna with Youm7's article taken as English coverage.
  const articles = analysis.articles.map((a) => (a.article.outlet.id === "youm7" ? { ...a, article: { ...a.article, language: "en" as const } } : a));
  const mixed = { ...analysis, articles, caseStudy: { ...analysis.caseStudy, articles: articles.map((a) => a.article) } };

  function renderMixed(search: string, locale: "en" | "ar" = "en") {
    const urls: URLSearchParams[] = [];
    const messages = TABLE_MESSAGES[locale];
    const mixedData = prepareEvidenceTable(mixed, locale, { noActor: messages.noActor, noStance: messages.noStance });
    render(
      <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={(event: UrlUpdateEvent) => urls.push(event.searchParams)}>
        <EvidenceTable caseId="mixed" locale={locale} data={toEvidenceTableWire(mixedData)} messages={messages} />
      </NuqsTestingAdapter>,
    );
    return { rows: mixedData.rows, lastUrl: () => urls.at(-1) ?? new URLSearchParams(search) };
  }

  it("should offer no language filter for a case study in one language", () => {
    renderTable();
    expect(screen.queryByTestId("filter-language")).toBeNull();
  });

  it("should narrow the rows to the language ticked, keep it in the URL and show it as a chip", async () => {
    const { rows, lastUrl } = renderMixed("");
    const menu = screen.getByTestId("filter-language");
    fireEvent.click(menu.querySelector("summary")!);
    fireEvent.click(within(menu).getByRole("checkbox", { name: /English/ }));
    const english = rows.filter((r) => r.language === "en").length;
    expect(resultCount()).toBe(`${english} of ${rows.length} mentions`);
    expect(new Set(columnTexts(10))).toEqual(new Set(["English"]));
    await waitFor(() => expect(lastUrl().get("language")).toBe("en"));
    fireEvent.click(screen.getByRole("button", { name: "Remove filter: Language: English" }));
    expect(resultCount()).toBe(`${rows.length} of ${rows.length} mentions`);
  });

  it("should name the language filter in Arabic in the Arabic interface", () => {
    renderMixed("?language=ar", "ar");
    expect(screen.getByRole("button", { name: /اللغة: العربية/ })).toBeInTheDocument();
  });

  it("should download only the language filtered, named after it", async () => {
    const saved: { blob: Blob; name: string }[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      saved.push({ blob: blob as Blob, name: "" });
      return `blob:test/${saved.length}`;
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download;
    });
    const { rows } = renderMixed("?language=en");
    await act(async () => fireEvent.click(screen.getByTestId("download-json")));
    vi.restoreAllMocks();
    expect(saved[0]!.name).toBe("framelens-mixed-evidence-en.json");
    const json = JSON.parse(await saved[0]!.blob.text()) as { language: string }[];
    expect(json).toHaveLength(rows.filter((r) => r.language === "en").length);
    expect(json.every((r) => r.language === "en")).toBe(true);
  });
});
