import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GlossaryView, type GlossaryViewProps } from "@/components/glossary/glossary-view";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildGlossary } from "@/lib/comparison/glossary";
import { getGlossaryView } from "@/lib/comparison/glossary-view";
import { GLOSSARY_MESSAGES } from "@/lib/i18n/glossary-messages";
import type { Locale } from "@/lib/i18n/locale";

const analysis = getBundledCaseAnalysis("derna")!;
const glossary = buildGlossary(analysis);
const { caseStudy } = analysis;

/** What the glossary page passes its view: getGlossaryView's data for a search, and the strings. */
function props(locale: Locale, query = ""): GlossaryViewProps {
  return { ...getGlossaryView(analysis, query, locale), locale, messages: GLOSSARY_MESSAGES[locale], howToReadTitle: "How to read this" };
}

afterEach(cleanup);

const card = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-entry="${id}"]`)!;

describe("GlossaryView", () => {
  it("shows every entry, grouped by category, with a count", () => {
    const { container } = render(<GlossaryView {...props("en")} />);
    expect(screen.getAllByTestId("glossary-entry")).toHaveLength(caseStudy.lexicon.length);
    expect(screen.getByTestId("glossary-count")).toHaveTextContent(`${glossary.length} of ${glossary.length} entries`);
    expect(screen.getByRole("heading", { level: 2, name: /State legitimacy/ })).toBeInTheDocument();
    expect(screen.getByTestId("how-to-read")).toBeInTheDocument();
    // The "state legitimacy" group holds the entry.
    const section = card(container, "lna-libyan-army").closest("section")!;
    expect(within(section).getByRole("heading", { level: 2 })).toHaveTextContent("State legitimacy");
  });

  it("shows plain names last, in a group of their own", () => {
    const { container } = render(<GlossaryView {...props("en")} />);
    const section = card(container, "haftar").closest("section")!;
    expect(within(section).getByRole("heading", { level: 2 })).toHaveTextContent("Plain name (not framing)");
    expect(screen.getAllByTestId("glossary-category").at(-1)).toBe(section);
  });

  it("shows an entry's forms, gloss, actor, stance, note and outlet counts linking to the table", () => {
    const { container } = render(<GlossaryView {...props("en")} />);
    const entry = caseStudy.lexicon.find((e) => e.id === "lna-libyan-army")!;
    const el = card(container, entry.id);
    // Arabic forms read right to left; the entry's English forms ("Libyan army") left to right.
    const arabic = [...el.querySelectorAll('[lang="ar"][dir="rtl"]')].map((n) => n.textContent);
    const english = [...el.querySelectorAll('dd li [lang="en"][dir="ltr"]')].map((n) => n.textContent);
    expect(arabic).toEqual(entry.forms.filter((f) => /\p{Script=Arabic}/u.test(f)));
    expect(english).toEqual(entry.forms.filter((f) => !/\p{Script=Arabic}/u.test(f)));
    expect(english.length).toBeGreaterThan(0);
    expect(el).toHaveTextContent(entry.gloss);
    expect(within(el).getByTestId("entry-note")).toHaveTextContent(entry.note);
    expect(within(el).getByTestId("entry-actor")).toHaveTextContent(/Legitimizing/);
    expect(el.querySelector('[data-stance="legitimizing"]')).toHaveTextContent("+");
    const youm7 = within(el).getByRole("link", { name: /^14 mentions of .* in Youm7/ });
    expect(youm7).toHaveAttribute("href", "/cases/derna/terms?entry=lna-libyan-army&outlet=youm7&chrome=hide#mentions");
    expect(within(el).getByRole("link", { name: /^3 mentions of .* in Qposts/ })).toHaveAttribute(
      "href",
      "/cases/derna/terms?entry=lna-libyan-army&outlet=qposts&chrome=hide#mentions",
    );
    // Outlets that never used it show a zero, with nothing to open.
    expect(within(el).getAllByRole("link")).toHaveLength(2);
  });

  it("shows a form written as a pattern readably", () => {
    const { container } = render(<GlossaryView {...props("en")} />);
    const arabic = (id: string) => [...card(container, id).querySelectorAll('[lang="ar"][dir="rtl"]')].map((n) => n.textContent);
    // Written متطرف{pa} and اللواء [الليبي] [ال]متقاعد [حفتر|خليفة حفتر|] in the lexicon.
    expect(arabic("dmsc-extremists")).toEqual(["متطرف (ـون، ـين، ـا)"]);
    expect(arabic("haftar-retired-general")).toEqual(["اللواء (الليبي) (ال)متقاعد (حفتر/خليفة حفتر)"]);
  });

  it("says so when an entry was never found", () => {
    const { container } = render(<GlossaryView {...props("en")} />);
    const el = card(container, "caliphate");
    expect(within(el).getByTestId("entry-not-found")).toHaveTextContent("Not found in these articles");
    expect(within(el).queryAllByRole("link")).toHaveLength(0);
  });

  it("narrows to a search and keeps Arabic links in Arabic", () => {
    render(<GlossaryView {...props("ar", "الليبى")} />);
    const shown = screen.getAllByTestId("glossary-entry");
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(glossary.length);
    expect(screen.getByTestId("glossary-count")).toHaveTextContent(`${shown.length} من ${glossary.length}`);
    expect(screen.getByRole("searchbox")).toHaveValue("الليبى");
    const link = screen.getAllByRole("link", { name: /جدول الأدلة/ })[0]!;
    expect(link.getAttribute("href")).toMatch(/[?&]lang=ar(&|#|$)/);
  });

  it("says when nothing matches", () => {
    render(<GlossaryView {...props("en", "zzzz")} />);
    expect(screen.queryAllByTestId("glossary-entry")).toHaveLength(0);
    expect(screen.getByText("No entry matches this search.")).toBeInTheDocument();
  });

  it("filters as the reader types, writes the search into the URL, and keeps the cards it kept", () => {
    window.history.replaceState(null, "", "/cases/derna/glossary");
    const { container } = render(<GlossaryView {...props("en")} />);
    const army = card(container, "lna-libyan-army");
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "الليبى" } });
    const shown = screen.getAllByTestId("glossary-entry");
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(glossary.length);
    expect(screen.getByTestId("glossary-count")).toHaveTextContent(`${shown.length} of ${glossary.length} entries`);
    expect(new URL(window.location.href).searchParams.get("q")).toBe("الليبى");
    // The card the search kept is the very element it was: a link on it is never swapped under the pointer.
    expect(card(container, "lna-libyan-army")).toBe(army);

    fireEvent.click(screen.getByRole("link", { name: "Clear search" }));
    expect(screen.getAllByTestId("glossary-entry")).toHaveLength(glossary.length);
    expect(window.location.search).toBe("");
  });
});
