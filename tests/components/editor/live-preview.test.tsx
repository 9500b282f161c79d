import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ArticleForm } from "@/components/editor/article-form";
import { LivePreview } from "@/components/editor/live-preview";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { type CaseDraft, draftFromExchange } from "@/lib/editor/draft";
import { compileDraftLexicon } from "@/lib/editor/live-tagging";
import { EDITOR_MESSAGES } from "@/lib/i18n/editor-messages";

afterEach(cleanup);

const ENGLISH: CaseDraft = {
  name: { en: "Sudan", ar: "Sudan" },
  description: { en: "Khartoum", ar: "Khartoum" },
  outlets: [{ id: "wire", name: { en: "The Wire", ar: "The Wire" }, country: "UK", language: "en", description: "A wire service." }],
  actors: [{ id: "rsf", name: { en: "Rapid Support Forces", ar: "قوات الدعم السريع" }, description: "The paramilitary." }],
  events: [],
  articles: [],
  lexicon: [
    { id: "rebels", forms: ["rebels", "rebel"], gloss: "rebels", category: "delegitimization", actor: "rsf", stance: "delegitimizing", event: null, note: "Withholds the standing of an army.", seeds: [] },
    { id: "terrorists", forms: ["terrorists", "terrorist"], gloss: "terrorists", category: "terrorism", actor: "rsf", stance: "delegitimizing", event: null, note: "A terror label.", seeds: [] },
    { id: "freedom-fighters", forms: ["freedom fighters"], gloss: "freedom fighters", category: "religious-ideological", actor: "rsf", stance: "legitimizing", event: null, note: "Revolutionary legitimacy.", seeds: [] },
  ],
};

const wrap = (node: React.ReactNode) => <NuqsTestingAdapter>{node}</NuqsTestingAdapter>;

describe("the live preview", () => {
  it("should tag an English article with an English lexicon, with the reader's marks and the count", () => {
    const compiled = compileDraftLexicon(ENGLISH.lexicon);
    const text = "Rebels shelled the market. Officials called them terrorists; their allies call them Freedom Fighters.";
    render(wrap(<LivePreview text={text} language="en" compiled={compiled} draft={ENGLISH} locale="en" strings={EDITOR_MESSAGES.en} />));
    const marks = screen.getByTestId("live-preview").querySelectorAll("mark");
    expect([...marks].map((m) => [m.textContent, m.getAttribute("data-entry"), m.getAttribute("data-stance")])).toEqual([
      ["Rebels", "rebels", "delegitimizing"],
      ["terrorists", "terrorists", "delegitimizing"],
      ["Freedom Fighters", "freedom-fighters", "legitimizing"],
    ]);
    expect(screen.getByTestId("article-text")).toHaveAttribute("dir", "ltr");
    expect(screen.getByTestId("live-count")).toHaveTextContent("3 framing terms in 14 words");
  });

  it("should name the terms it sets aside while they share a form, and tag the rest", () => {
    const clash = { ...ENGLISH.lexicon[1]!, forms: ["REBELS", "terrorists"] };
    const compiled = compileDraftLexicon([ENGLISH.lexicon[0]!, clash, ...ENGLISH.lexicon.slice(2)]);
    const draft = { ...ENGLISH, lexicon: [ENGLISH.lexicon[0]!, clash, ...ENGLISH.lexicon.slice(2)] };
    render(wrap(<LivePreview text="Rebels, terrorists" language="en" compiled={compiled} draft={draft} locale="en" strings={EDITOR_MESSAGES.en} />));
    expect(screen.getByTestId("preview-untagged")).toHaveTextContent(`Not tagged until each of their forms is theirs alone (another term has it too): ${clash.gloss}`);
    expect([...document.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Rebels"]);
  });
});

describe("the article form", () => {
  it("should tag Arabic as it is typed and add the article with the fields given", () => {
    const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
    const compiled = compileDraftLexicon(derna.lexicon);
    const onSubmit = vi.fn();
    render(wrap(<ArticleForm draft={derna} compiled={compiled} onSubmit={onSubmit} locale="en" strings={EDITOR_MESSAGES.en} />));
    const text = screen.getByTestId("article-text-input");
    fireEvent.change(text, { target: { value: "تقدمت قوات الجيش الوطني الليبي" } });
    const preview = screen.getByTestId("live-preview");
    expect(within(preview).getAllByText("قوات الجيش الوطني الليبي")[0]!.closest("mark")).toHaveAttribute("data-entry", "lna-libyan-national-army");

    fireEvent.click(screen.getByRole("button", { name: "Add the article" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("the date must be YYYY, YYYY-MM or YYYY-MM-DD");

    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: "2018-05" } });
    expect(screen.getByText("Precision: month")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Add the article" }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ id: "qposts-2018-05-2", outlet: "qposts", date: "2018-05", datePrecision: "month", text: "تقدمت قوات الجيش الوطني الليبي" }), null);
  });

  it("should take a pasted translation, show where its paragraphs go out of step, and give it as the editor's", () => {
    const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
    const onSubmit = vi.fn();
    render(wrap(<ArticleForm draft={derna} compiled={compileDraftLexicon(derna.lexicon)} onSubmit={onSubmit} locale="en" strings={EDITOR_MESSAGES.en} />));
    fireEvent.change(screen.getByTestId("article-text-input"), { target: { value: "الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الثالثة." } });
    expect(screen.getByTestId("alignment-summary")).toHaveTextContent("No translation: the reader will say that the article has none.");
    fireEvent.change(screen.getByTestId("translation-input"), { target: { value: "The first paragraph.\n\nThe second paragraph." } });
    expect(screen.getByTestId("alignment-summary")).toHaveTextContent("Original 3 paragraphs, translation 2: paragraph 3 onward may be misaligned.");
    expect(within(screen.getByTestId("alignment-pairs")).getAllByRole("listitem")).toHaveLength(3);
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: "2018-05" } });
    fireEvent.click(screen.getByRole("button", { name: "Add the article" }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ id: "qposts-2018-05-2" }), {
      article: "qposts-2018-05-2",
      headline: null,
      subheadline: null,
      paragraphs: ["The first paragraph.", "The second paragraph."],
      by: "editor",
    });
  });

  it("should keep a saved translation through an edit of the text, and refuse a broken mark by name", () => {
    const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
    const article = derna.articles[0]!;
    const saved = derna.translations!.find((t) => t.article === article.id)!;
    const onSubmit = vi.fn();
    render(wrap(<ArticleForm draft={derna} compiled={compileDraftLexicon(derna.lexicon)} editing={article} onSubmit={onSubmit} locale="en" strings={EDITOR_MESSAGES.en} />));
    expect(screen.getByText("This translation is by Framelens; once you change it, it is labelled as yours.")).toBeInTheDocument();
    // A word changed inside a paragraph: the paragraphs still pair, the translation stays Framelens's.
    fireEvent.change(screen.getByTestId("article-text-input"), { target: { value: article.text.replace("درنة", "مدينة درنة") } });
    fireEvent.click(screen.getByRole("button", { name: "Update the article" }));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ id: article.id }), saved);

    fireEvent.change(screen.getByTestId("translation-input"), { target: { value: "The [[army|no-such-entry]] came." } });
    fireEvent.click(screen.getByRole("button", { name: "Update the article" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("alert")).toHaveTextContent("names no entry of the lexicon");
  });

  it("should not let a translation by Framelens fall out of step with an edited text, and keep it in its field", () => {
    const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
    const article = derna.articles[0]!;
    const saved = derna.translations!.find((t) => t.article === article.id)!;
    const onSubmit = vi.fn();
    render(wrap(<ArticleForm draft={derna} compiled={compileDraftLexicon(derna.lexicon)} editing={article} onSubmit={onSubmit} locale="en" strings={EDITOR_MESSAGES.en} />));
    // A paragraph added under the first line (after the page chrome at the end it would be chrome too).
    fireEvent.change(screen.getByTestId("article-text-input"), { target: { value: article.text.replace("\n", "\nسطر جديد أضافه المحرر.\n") } });
    expect(screen.getByTestId("alignment-summary")).toHaveTextContent(`Original ${saved.paragraphs.length + 1} paragraphs, translation ${saved.paragraphs.length}`);
    fireEvent.click(screen.getByRole("button", { name: "Update the article" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(`the text now has ${saved.paragraphs.length + 1} paragraphs and the translation ${saved.paragraphs.length}`);
    expect(screen.getByTestId("translation-input")).toHaveValue(saved.paragraphs.join("\n\n"));
    // Lined up by the editor, it is theirs and goes with the article.
    fireEvent.change(screen.getByTestId("translation-input"), { target: { value: `${saved.paragraphs.join("\n\n")}\n\nA last line.` } });
    fireEvent.click(screen.getByRole("button", { name: "Update the article" }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ id: article.id }), expect.objectContaining({ by: "editor", paragraphs: [...saved.paragraphs, "A last line."] }));
  });
});
