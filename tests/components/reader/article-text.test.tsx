import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CATEGORY_TINTS, PLAIN_NAME_COLOR } from "@/lib/comparison/palette";
import { TaggedArticle, analysis, seedArticle, withUrl } from "./fixtures";

afterEach(cleanup);

describe("the reader's tagged text", () => {
  for (const { article, mentions } of analysis.articles) {
    it(`should mark every mention of ${article.id} with its category, stance, quotes and chrome`, () => {
      const { container } = render(withUrl(<TaggedArticle id={article.id} />));
      expect(container.querySelectorAll("mark[id]")).toHaveLength(mentions.length);
      for (const mention of mentions) {
        const mark = container.querySelector(`#m-${mention.start}`)!;
        expect(mark, `m-${mention.start}`).not.toBeNull();
        expect(mark.textContent).toBe(mention.text);
        // A plain name has no category: its mark carries none.
        if (mention.category === null) expect(mark).not.toHaveAttribute("data-category");
        else expect(mark).toHaveAttribute("data-category", mention.category);
        expect(mark).toHaveAttribute("data-stance", mention.stance ?? "none");
        expect(mark.getAttribute("data-quoted")).toBe(mention.quoted ? "true" : null);
        expect(mark.getAttribute("data-chrome")).toBe(mention.chrome ? "true" : null);
        expect(mark.getAttribute("data-actor")).toBe(mention.actor);
        expect(mark).toHaveAttribute("tabindex", "0");
        expect((mark as HTMLElement).style.getPropertyValue("--tint")).toBe(
          mention.category === null ? PLAIN_NAME_COLOR : CATEGORY_TINTS[mention.category as keyof typeof CATEGORY_TINTS],
        );
      }
    });
  }

  it("should keep every line of the raw text, marks included", () => {
    const { article } = seedArticle("qposts-2018-05");
    render(withUrl(<TaggedArticle id="qposts-2018-05" />));
    const shown = [...screen.getByTestId("article-text").querySelectorAll("p:not([id])")].map((p) => p.textContent);
    expect(shown).toEqual(article.text.split(/\r\n|\r|\n/u).map((line) => line.trim()).filter(Boolean));
  });

  it("should mark Qposts' scare-quoted “تطهير” as quoted, and the mentions in its page chrome as not counted", () => {
    const { mentions } = seedArticle("qposts-2018-05");
    const { container } = render(withUrl(<TaggedArticle id="qposts-2018-05" />));
    const purification = mentions.find((m) => m.entry === "purification" && m.quoted)!;
    expect(container.querySelector(`#m-${purification.start}`)).toHaveAttribute("data-quoted", "true");
    const inChrome = mentions.filter((m) => m.chrome);
    expect(inChrome.length).toBeGreaterThan(0);
    for (const m of inChrome) expect(container.querySelector(`#m-${m.start}`)!.closest("[data-segment='chrome']")).not.toBeNull();
  });

  it("should outline the singled-out actor's labels and fade the rest", () => {
    const { mentions } = seedArticle("youm7-2018-06");
    const { container } = render(withUrl(<TaggedArticle id="youm7-2018-06" focus={{ kind: "actor", id: "lna" }} />));
    for (const m of mentions) {
      expect(container.querySelector(`#m-${m.start}`)).toHaveAttribute("data-focus", m.actor === "lna" ? "match" : "dim");
    }
  });
});

describe("the tooltip", () => {
  it("should open on keyboard focus with the form, gloss, category, actor, stance and note", () => {
    const { mentions } = seedArticle("youm7-2018-06");
    const army = mentions.find((m) => m.entry === "lna-libyan-national-army")!;
    const entry = analysis.caseStudy.lexicon.find((e) => e.id === army.entry)!;
    const { container } = render(withUrl(<TaggedArticle id="youm7-2018-06" />));
    const mark = container.querySelector<HTMLElement>(`#m-${army.start}`)!;
    expect(screen.queryByRole("tooltip")).toBeNull();

    act(() => mark.focus());
    const tooltip = screen.getByRole("tooltip");
    expect(mark).toHaveAttribute("aria-describedby", tooltip.id);
    expect(tooltip).toHaveTextContent(army.text);
    expect(tooltip).toHaveTextContent(entry.gloss);
    expect(tooltip).toHaveTextContent("State legitimacy");
    expect(tooltip).toHaveTextContent("Haftar-led forces (Libyan National Army)");
    expect(tooltip).toHaveTextContent("+Legitimizing");
    expect(tooltip).toHaveTextContent("Whose wordsThe outlet's own");
    expect(tooltip).toHaveTextContent(entry.note);
  });

  it("should close on Escape and when the focus leaves", () => {
    const { mentions } = seedArticle("youm7-2018-06");
    const { container } = render(withUrl(<TaggedArticle id="youm7-2018-06" />));
    const mark = container.querySelector<HTMLElement>(`#m-${mentions[0]!.start}`)!;
    act(() => mark.focus());
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(mark).not.toHaveAttribute("aria-describedby");

    act(() => (container.querySelector<HTMLElement>(`#m-${mentions[1]!.start}`)!).focus());
    expect(screen.getByRole("tooltip")).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement).blur());
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("should say whose words a quoted term is (attributed or distanced), and that a chrome term is not counted", () => {
    const { mentions } = seedArticle("aljazeera-2016-04");
    const quotedInChrome = mentions.find((m) => m.quoted && m.chrome)!;
    const { container } = render(withUrl(<TaggedArticle id="aljazeera-2016-04" />));
    act(() => container.querySelector<HTMLElement>(`#m-${quotedInChrome.start}`)!.focus());
    const tooltip = screen.getByRole("tooltip");
    expect(screen.getByTestId("tooltip-voice")).toHaveTextContent(quotedInChrome.voice === "attributed" ? /^Attributed: inside a quotation/ : /^Distanced: in scare quotes/);
    expect(tooltip).toHaveTextContent("In page chrome: shown, not counted");
  });

  it("should stay open while the pointer moves from the term onto it", () => {
    vi.useFakeTimers();
    try {
      const { mentions } = seedArticle("youm7-2018-06");
      const { container } = render(withUrl(<TaggedArticle id="youm7-2018-06" />));
      const mark = container.querySelector<HTMLElement>(`#m-${mentions[0]!.start}`)!;
      fireEvent.pointerEnter(mark);
      expect(screen.queryByRole("tooltip")).toBeNull();
      act(() => vi.advanceTimersByTime(200));
      const tooltip = screen.getByRole("tooltip");
      fireEvent.pointerLeave(mark);
      fireEvent.pointerEnter(tooltip);
      act(() => vi.advanceTimersByTime(500));
      expect(screen.getByRole("tooltip")).toBeInTheDocument();
      fireEvent.pointerLeave(tooltip);
      act(() => vi.advanceTimersByTime(500));
      expect(screen.queryByRole("tooltip")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("page chrome", () => {
  it("should fold and unfold every chrome box with one button per box, kept in the URL", async () => {
    const onUrlUpdate = vi.fn();
    render(withUrl(<TaggedArticle id="aljazeera-2016-04" />, { onUrlUpdate }));
    const boxes = screen.getAllByRole("group", { name: "Page chrome — not counted" });
    expect(boxes.length).toBeGreaterThan(1);
    const button = within(boxes[0]!).getByRole("button", { name: "Hide page chrome" });
    expect(button).toHaveAttribute("aria-expanded", "true");

    fireEvent.click(button);
    await waitFor(() => expect(onUrlUpdate).toHaveBeenLastCalledWith(expect.objectContaining({ queryString: "?chrome=collapsed" })));
    for (const box of boxes) {
      expect(within(box).getByRole("button", { name: "Show page chrome" })).toHaveAttribute("aria-expanded", "false");
      expect(box.querySelector("[id$='-lines']")).not.toBeVisible();
    }
    // Still highlighted, still marked "not counted", only out of sight.
    expect(boxes[0]!.querySelector("mark[data-chrome='true']")).not.toBeNull();

    fireEvent.click(within(boxes[1]!).getByRole("button", { name: "Show page chrome" }));
    expect(boxes[0]!.querySelector("[id$='-lines']")).toBeVisible();
  });
});
