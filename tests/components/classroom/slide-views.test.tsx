import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { HandoutGlossary, HandoutMatrix } from "@/components/classroom/handout";
import { SlideView } from "@/components/classroom/slide-views";
import { pickHandoutGlossary } from "@/lib/classroom/handout";
import { buildSlides, type Slide } from "@/lib/classroom/slides";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildGlossary } from "@/lib/comparison/glossary";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";
import { TINY_CASE } from "../../classroom/tiny-case";

afterEach(cleanup);

const tiny = analyzeCaseStudy(TINY_CASE);
const tinySlides = buildSlides(tiny);
const derna = getBundledCaseAnalysis("derna")!;
const slideById = (slides: Slide[], id: string) => slides.find((s) => s.id === id)!;

describe("SlideView", () => {
  it("writes out an actor's labels per outlet: Arabic form, stance in words, count linked to its uses, gloss", () => {
    render(<SlideView slide={slideById(tinySlides, "actor-army")} caseStudy={TINY_CASE} locale="en" t={PRESENT_MESSAGES.en} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("The army");
    const east = screen.getByRole("region", { name: "East Daily" });
    const form = within(east).getByText("الجيش الوطني");
    expect(form).toHaveAttribute("lang", "ar");
    expect(within(east).getByText("Legitimizing")).toBeInTheDocument();
    expect(within(east).getByText("the national army")).toBeInTheDocument();
    expect(within(east).getByRole("link", { name: "used 2 times" })).toHaveAttribute("href", "/cases/tiny/terms?entry=army-national&outlet=east&actor=army");
    const west = screen.getByRole("region", { name: "West News" });
    expect(within(west).getByText("Delegitimizing")).toBeInTheDocument();
    expect(within(west).getByRole("link", { name: "used once" })).toBeInTheDocument();
  });

  for (const locale of ["en", "ar"] as const) {
    it(`shows a label as the outlet wrote it most often, never in the lexicon's pattern notation (${locale})`, () => {
      const { container } = render(<SlideView slide={slideById(buildSlides(derna), "actor-dmsc")} caseStudy={derna.caseStudy} locale={locale} t={PRESENT_MESSAGES[locale]} />);
      expect(container.textContent).not.toMatch(/\(ـ/u);
      const qposts = screen.getByRole("region", { name: locale === "en" ? "Qposts" : "كيو بوست" });
      expect(within(qposts).getByText("المتشددين")).toHaveAttribute("lang", "ar");
    });
  }

  it("names an event's terms by category, in Arabic with the interface in Arabic", () => {
    render(<SlideView slide={slideById(tinySlides, "event-battle")} caseStudy={TINY_CASE} locale="ar" t={PRESENT_MESSAGES.ar} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("المعركة");
    const east = screen.getByRole("region", { name: "الشرق اليومية" });
    expect(within(east).getByText("التحرير")).toBeInTheDocument();
    expect(within(east).getByText("liberation").closest("[lang]")).toHaveAttribute("lang", "en");
  });

  it("quotes both sentences of a pair with the label marked and says what differs", () => {
    const { container } = render(<SlideView slide={slideById(tinySlides, "pair-actor-army")} caseStudy={TINY_CASE} locale="en" t={PRESENT_MESSAGES.en} />);
    const focal = [...container.querySelectorAll("mark[data-focal]")].map((m) => m.textContent);
    expect(focal).toEqual(["الجيش الوطني", "قوات حفتر"]);
    expect(container.querySelectorAll("mark:not([data-focal])")).toHaveLength(4);
    expect(screen.getByTestId("pair-explanation").textContent!.replace(/[\u2068\u2069]/g, "")).toBe(
      "Opposite stance. East Daily calls them “the national army”, a label that lends legitimacy; West News calls them “Haftar's forces”, a label that takes legitimacy away.",
    );
    expect(screen.getAllByRole("link", { name: "Open in the reader" }).map((a) => a.getAttribute("href"))).toEqual([
      `/cases/tiny/articles/east-1#m-${TINY_CASE.articles[0]!.text.indexOf("الجيش الوطني")}`,
      `/cases/tiny/articles/west-1#m-${TINY_CASE.articles[1]!.text.indexOf("قوات حفتر")}`,
    ]);
  });

  it("names the two frames of an event pair in the sentence, lower-case in English", () => {
    render(<SlideView slide={slideById(tinySlides, "pair-event-battle")} caseStudy={TINY_CASE} locale="en" t={PRESENT_MESSAGES.en} />);
    expect(screen.getByTestId("pair-explanation").textContent!.replace(/[\u2068\u2069]/g, "")).toBe(
      "Different frame. East Daily writes of liberation (“liberation”); West News writes of assault (“storming”).",
    );
  });

  it("quotes the Arabic form, not the English gloss, in the Arabic explanation of an event pair", () => {
    render(<SlideView slide={slideById(tinySlides, "pair-event-battle")} caseStudy={TINY_CASE} locale="ar" t={PRESENT_MESSAGES.ar} />);
    expect(screen.getByTestId("pair-explanation").textContent!.replace(/[\u2068\u2069]/g, "")).toBe(
      "إطاران مختلفان. تكتب الشرق اليومية عن التحرير («تحرير»)؛ وتكتب أخبار الغرب عن الهجوم («اقتحام»).",
    );
  });

  it("tells how many labels did not fit on a Derna slide, and keeps them behind that line to open", () => {
    render(<SlideView slide={slideById(buildSlides(derna), "actor-lna")} caseStudy={derna.caseStudy} locale="en" t={PRESENT_MESSAGES.en} />);
    const more = within(screen.getByRole("region", { name: "Qposts" })).getByText(/^\+ 4 more labels/);
    expect(more.tagName).toBe("SUMMARY");
    const details = more.closest("details")!;
    expect(details.open).toBe(false);
    // Qposts' one "the Libyan National Army" is among the rest.
    expect(within(details).getByText("the Libyan National Army")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Youm7" })).getByText("+ 5 more labels (×7)")).toBeInTheDocument();
  });

  it("puts each outlet's most used framing label per main actor and event in the summary's one table", () => {
    render(<SlideView slide={slideById(buildSlides(derna), "summary")} caseStudy={derna.caseStudy} locale="en" t={PRESENT_MESSAGES.en} />);
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Actor or event", "Qposts", "Libya24", "Youm7", "Al Jazeera"]);
    const lna = within(table).getAllByRole("row").find((tr) => tr.getAttribute("data-row") === "actor-lna")!;
    const aljazeera = lna.querySelector('[data-outlet="aljazeera"]') as HTMLElement;
    expect(within(aljazeera).getByText("قوات حفتر")).toHaveAttribute("lang", "ar");
    expect(within(aljazeera).getByText("Delegitimizing")).toBeInTheDocument();
    expect(within(aljazeera).getByText("Haftar's forces")).toBeInTheDocument();
    const dmsc = within(table).getAllByRole("row").find((tr) => tr.getAttribute("data-row") === "actor-dmsc")!;
    expect(dmsc.querySelector('[data-outlet="aljazeera"]')).toHaveTextContent("plain names only");
  });

  it("puts Framelens's translation of the whole paragraph under each excerpt, the label's rendering marked", () => {
    const slide = slideById(buildSlides(derna), "pair-actor-lna");
    render(<SlideView slide={slide} caseStudy={derna.caseStudy} locale="en" t={PRESENT_MESSAGES.en} />);
    const boxes = screen.getAllByRole("region", { name: "Translation by Framelens (whole paragraph)" });
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).toHaveAttribute("lang", "en");
    expect(boxes[1]!.querySelector("mark[data-focal-rendering]")).toHaveTextContent("Haftar's forces");
  });

  it("says so where an article has no translation, in the interface's language", () => {
    render(<SlideView slide={slideById(tinySlides, "pair-actor-army")} caseStudy={TINY_CASE} locale="ar" t={PRESENT_MESSAGES.ar} />);
    expect(screen.getAllByTestId("excerpt-no-translation").map((p) => p.textContent)).toEqual(["لا ترجمة لهذه المقالة بعد.", "لا ترجمة لهذه المقالة بعد."]);
    expect(screen.queryByRole("region", { name: "ترجمة Framelens (الفقرة كاملة)" })).toBeNull();
  });
});

describe("the handout", () => {
  it("prints only named rows, and a glossary of exactly the terms in its matrices", () => {
    const actors = buildActorMatrix(tiny);
    const events = buildEventMatrix(tiny);
    const { container } = render(
      <>
        <HandoutMatrix kind="actor" caption="Actors" rows={actors} outlets={TINY_CASE.outlets} caseId="tiny" locale="en" neverNamed="never named" />
        <HandoutGlossary entries={pickHandoutGlossary(buildGlossary(tiny), [actors, events])} caseStudy={TINY_CASE} locale="en" t={PRESENT_MESSAGES.en} />
      </>,
    );
    expect([...container.querySelectorAll("[data-testid=handout-actor-matrix] tbody tr")].map((tr) => tr.getAttribute("data-row"))).toEqual(["army", "rebels"]);
    expect([...container.querySelectorAll("[data-testid=handout-glossary] li")].map((tr) => tr.getAttribute("data-entry"))).toEqual(
      TINY_CASE.lexicon.map((e) => e.id),
    );
    const row = container.querySelector("[data-testid=handout-glossary] li[data-entry=army-national]") as HTMLElement;
    expect(within(row).getByRole("link", { name: "2" })).toHaveAttribute("href", "/cases/tiny/terms?entry=army-national&outlet=east&chrome=hide#mentions");
    expect(within(row).queryByText("West News")).toBeNull();
  });
});

describe("the handout in the Arabic interface", () => {
  it("names each label's stance in Arabic for a screen reader, never by its English id", () => {
    const { container } = render(<HandoutMatrix kind="actor" caption="الفاعلون" rows={buildActorMatrix(derna)} outlets={derna.caseStudy.outlets} caseId="derna" locale="ar" neverNamed="لم تذكره قط" />);
    const forces = container.querySelector('tr[data-row="lna"] [data-entry="lna-haftar-forces"]') as HTMLElement;
    expect(forces).toHaveTextContent(STANCE_NAMES.ar.delegitimizing);
    expect(container.textContent).not.toMatch(/legitimizing|neutral/);
  });
});

describe("the curator's notes on paper and on slides", () => {
  it("prints the note under Libya24's داعش in the Shura Council's row of the handout", () => {
    const { container } = render(<HandoutMatrix kind="actor" caption="Actors" rows={buildActorMatrix(derna)} outlets={derna.caseStudy.outlets} caseId="derna" locale="en" neverNamed="never named" />);
    const daesh = container.querySelector('tr[data-row="dmsc"] [data-entry="isis-daesh-of-derna"]')!;
    expect(within(daesh as HTMLElement).getByTestId("label-notes")).toHaveTextContent(/Curator's note: .*Derna Protection Force/);
  });

  it("writes the note in Arabic on an Arabic handout", () => {
    const { container } = render(<HandoutMatrix kind="actor" caption="الفاعلون" rows={buildActorMatrix(derna)} outlets={derna.caseStudy.outlets} caseId="derna" locale="ar" neverNamed="لم تذكره قط" />);
    const daesh = container.querySelector('tr[data-row="dmsc"] [data-entry="isis-daesh-of-derna"]')!;
    expect(within(daesh as HTMLElement).getByTestId("label-notes")).toHaveTextContent(/قوة حماية درنة/);
  });
});
