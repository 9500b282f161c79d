import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DistinctiveTermsPanel } from "@/components/editor/distinctive/distinctive-terms-panel";
import { LexiconEditor } from "@/components/editor/lexicon/lexicon-editor";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { type CaseDraft, draftFromExchange } from "@/lib/editor/draft";
import { PENDING_GLOSS } from "@/lib/editor/suggested-entry";
import type { Locale } from "@/lib/i18n/locale";

// Each test renders the whole editor over Derna's 343 terms (the first fifty listed) in jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const derna = () => draftFromExchange(exportCaseStudy(getBundledCaseStudy()));

/** The case editor's part in this: it holds the draft and hands both panels the same one. */
function Harness({ initial, locale = "en", onDraft }: { initial: CaseDraft; locale?: Locale; onDraft?: (d: CaseDraft) => void }) {
  const [draft, setDraft] = useState(initial);
  const change = (next: CaseDraft) => {
    onDraft?.(next);
    setDraft(next);
  };
  return (
    <NuqsTestingAdapter hasMemory>
      <LexiconEditor caseId="derna" draft={draft} onChange={change} locale={locale} />
      <DistinctiveTermsPanel caseId="derna" draft={draft} onChange={change} locale={locale} />
    </NuqsTestingAdapter>
  );
}

afterEach(cleanup);

const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="term-list"] [data-entry="${id}"]`)!;
/** A label's uses in a live-matrix row, all outlets added up. */
function matrixCount(actor: string, entry: string): number {
  const chips = screen.getByTestId("live-matrix").querySelectorAll(`[data-row="${actor}"] [data-entry="${entry}"]`);
  return [...chips].reduce((n, chip) => n + Number(/×(\d+)/.exec(chip.textContent ?? "")?.[1] ?? 0), 0);
}
const total = (id: string) => Number(within(row(id)).getByTestId("entry-uses").dataset.total);

describe("LexiconEditor", () => {
  it("shows each term's live mentions per outlet, and a new form changes them at once", async () => {
    render(<Harness initial={derna()} />);
    const before = total("lna-libyan-army");
    expect(before).toBeGreaterThan(0);
    expect(matrixCount("lna", "lna-libyan-army")).toBe(before);
    fireEvent.click(within(row("lna-libyan-army")).getByRole("button", { name: /^Edit/ }));
    fireEvent.click(within(row("lna-libyan-army")).getByRole("button", { name: /Add a form/ }));
    const input = within(row("lna-libyan-army")).getByLabelText("Form 3");
    // درنة (the city) occurs in every article: the term's count must jump.
    fireEvent.change(input, { target: { value: "درنة" } });
    expect(input).toHaveAttribute("dir", "rtl");
    await waitFor(() => expect(total("lna-libyan-army")).toBeGreaterThan(before + 5), { timeout: 10_000 });
    // …and the live matrix follows: the LNA row counts the new form under this label.
    await waitFor(() => expect(matrixCount("lna", "lna-libyan-army")).toBe(total("lna-libyan-army")), { timeout: 10_000 });
  });

  it("names the field of an inline error, and marks the control invalid", () => {
    render(<Harness initial={derna()} />);
    fireEvent.click(within(row("lna-libyan-army")).getByRole("button", { name: /^Edit/ }));
    const gloss = within(row("lna-libyan-army")).getByLabelText("English gloss");
    fireEvent.change(gloss, { target: { value: " " } });
    expect(gloss).toHaveAttribute("aria-invalid", "true");
    expect(gloss).toHaveAccessibleDescription("English gloss: must not be empty.");
  });

  it("refuses a form another term has, naming that term", () => {
    render(<Harness initial={derna()} />);
    fireEvent.click(within(row("lna-libyan-army")).getByRole("button", { name: /^Edit/ }));
    fireEvent.change(within(row("lna-libyan-army")).getByLabelText("Form 1"), { target: { value: "الجيش الوطني الليبى" } });
    expect(within(row("lna-libyan-army")).getByText(/Form 1: the term “the Libyan National Army \(lna-libyan-national-army\)” already has this form/)).toBeInTheDocument();
    expect(within(row("lna-libyan-army")).getByText("Not tagged: a form is another term's")).toBeInTheDocument();
  });

  it("reads a form written as a pattern under its field, and says why one cannot be read", () => {
    render(<Harness initial={derna()} />);
    fireEvent.click(within(row("lna-libyan-army")).getByRole("button", { name: /^Edit/ }));
    const input = within(row("lna-libyan-army")).getByLabelText("Form 1");
    fireEvent.change(input, { target: { value: "الجيش [العربي] الليبي" } });
    expect(within(row("lna-libyan-army")).getByTestId("form-reading")).toHaveTextContent("الجيش (العربي) الليبي");
    fireEvent.change(input, { target: { value: "الجيش [العربي الليبي" } });
    expect(input).toHaveAccessibleDescription(/Form 1: cannot be read: a \[ slot is never closed/);
  });

  it("refuses to remove an actor that terms label, says which, and changes nothing", () => {
    const onDraft = vi.fn();
    render(<Harness initial={derna()} onDraft={onDraft} />);
    const actors = screen.getByTestId("actors-editor");
    const haftar = actors.querySelector<HTMLElement>('[data-item="haftar"]')!;
    fireEvent.click(within(haftar).getByRole("button", { name: /^Remove/ }));
    expect(within(haftar).getByRole("alert")).toHaveTextContent(/cannot be removed: \d+ terms label it \(.+\)\. Change or remove those terms first\./);
    expect(onDraft).not.toHaveBeenCalled();
    expect(actors.querySelector('[data-item="haftar"]')).not.toBeNull();
  });

  it("refuses to remove an event articles are filed under", () => {
    render(<Harness initial={derna()} />);
    const event = screen.getByTestId("events-editor").querySelector<HTMLElement>('[data-item="assault-2018"]')!;
    fireEvent.click(within(event).getByRole("button", { name: /^Remove/ }));
    expect(within(event).getByRole("alert")).toHaveTextContent(/\d+ articles are filed under it/);
  });

  it("adds an actor, then removes it once nothing refers to it", () => {
    render(<Harness initial={derna()} />);
    const actors = screen.getByTestId("actors-editor");
    fireEvent.click(within(actors).getByRole("button", { name: "+ Add an actor" }));
    const form = within(actors).getByRole("form", { name: "New actor" });
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));
    expect(within(form).getByLabelText("Name in English")).toHaveAccessibleDescription("Name in English: must not be empty.");
    fireEvent.change(within(form).getByLabelText("Name in English"), { target: { value: "Derna Protection Force" } });
    fireEvent.change(within(form).getByLabelText("Name in Arabic"), { target: { value: "قوة حماية درنة" } });
    fireEvent.change(within(form).getByLabelText("Description"), { target: { value: "Successor of the DMSC." } });
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));
    const added = actors.querySelector<HTMLElement>('[data-item="derna-protection-force"]')!;
    expect(added).not.toBeNull();
    fireEvent.click(within(added).getByRole("button", { name: /^Remove/ }));
    expect(actors.querySelector('[data-item="derna-protection-force"]')).toBeNull();
  });

  it("asks no Arabic name in a case with no Arabic article, keeps the English one in its place, and shows the name once", () => {
    const english = derna();
    english.articles = english.articles.map((article) => ({ ...article, language: "en" as const }));
    const onDraft = vi.fn();
    render(<Harness initial={english} onDraft={onDraft} />);
    const actors = screen.getByTestId("actors-editor");
    fireEvent.click(within(actors).getByRole("button", { name: "+ Add an actor" }));
    const form = within(actors).getByRole("form", { name: "New actor" });
    expect(within(form).getByLabelText("Name in English")).toHaveAttribute("aria-required", "true");
    const arabic = within(form).getByLabelText("Name in Arabic (optional: no article of this case is in Arabic)");
    expect(arabic).toHaveAttribute("aria-required", "false");
    fireEvent.change(within(form).getByLabelText("Name in English"), { target: { value: "Daily Example" } });
    fireEvent.change(within(form).getByLabelText("Description"), { target: { value: "A paper of the example." } });
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));
    const added = (onDraft.mock.calls.at(-1)![0] as CaseDraft).actors.at(-1)!;
    expect(added.name).toEqual({ en: "Daily Example", ar: "Daily Example" });
    const item = actors.querySelector<HTMLElement>(`[data-item="${added.id}"]`)!;
    expect(item.querySelector("p")!.textContent!.match(/Daily Example/g)).toHaveLength(1);
    // Opened again, the Arabic field is empty, not the English name a second time.
    fireEvent.click(within(item).getByRole("button", { name: /^Edit/ }));
    expect(within(item).getByLabelText(/^Name in Arabic/)).toHaveValue("");
  });

  it("asks the Arabic name in a case with Arabic articles", () => {
    render(<Harness initial={derna()} />);
    const actors = screen.getByTestId("actors-editor");
    fireEvent.click(within(actors).getByRole("button", { name: "+ Add an actor" }));
    expect(within(actors).getByLabelText("Name in Arabic")).toHaveAttribute("aria-required", "true");
  });

  it("always shows a new term's stance, preset from its category, and says when it is left unset", () => {
    render(<Harness initial={derna()} />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add a term" }));
    const form = screen.getByRole("form", { name: "New framing term" });
    const stance = within(form).getByRole("group", { name: "Stance toward the actor" });
    const checked = () => within(stance).getAllByRole("radio").find((r) => (r as HTMLInputElement).checked)?.getAttribute("value");
    // No actor yet: the stance shows, marked from the category, and the form says it is unset.
    fireEvent.change(within(form).getByLabelText("Category"), { target: { value: "terrorism" } });
    expect(checked()).toBe("delegitimizing");
    expect(stance).toHaveAccessibleDescription(/Stance left unset: this term labels no actor/);
    fireEvent.change(within(form).getByLabelText("Category"), { target: { value: "state-legitimacy" } });
    expect(checked()).toBe("legitimizing");
    // An actor takes the stance marked; until the user picks one, it follows the category.
    fireEvent.change(within(form).getByLabelText("Actor"), { target: { value: "haftar" } });
    expect(checked()).toBe("legitimizing");
    expect(within(form).queryByTestId("stance-unset")).toBeNull();
    fireEvent.change(within(form).getByLabelText("Category"), { target: { value: "delegitimization" } });
    expect(checked()).toBe("delegitimizing");
    // A stance the user picked stays, through a change of category and of actor.
    fireEvent.click(within(stance).getByRole("radio", { name: /Neutral/ }));
    fireEvent.change(within(form).getByLabelText("Category"), { target: { value: "terrorism" } });
    expect(checked()).toBe("neutral");
    fireEvent.change(within(form).getByLabelText("Actor"), { target: { value: "" } });
    expect(checked()).toBe("neutral");
    expect(within(form).getByTestId("stance-unset")).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText("Actor"), { target: { value: "lna" } });
    expect(checked()).toBe("neutral");
  });

  it("adds a new term only once its fields are complete, and counts it", async () => {
    render(<Harness initial={derna()} />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add a term" }));
    const form = screen.getByRole("form", { name: "New framing term" });
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("Fix the fields marked below, then add.");
    fireEvent.change(within(form).getByLabelText("Form 1"), { target: { value: "مدينة درنة" } });
    fireEvent.change(within(form).getByLabelText("English gloss"), { target: { value: "the city of Derna" } });
    fireEvent.change(within(form).getByLabelText("Why it frames"), { target: { value: "Names the place, not the fighters." } });
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));
    expect(screen.queryByRole("form", { name: "New framing term" })).toBeNull();
    // Added last, far past the first fifty terms listed: it is listed all the same, with its count.
    await waitFor(() => expect(total("the-city-of-derna")).toBeGreaterThan(0), { timeout: 10_000 });
  });

  it("lists fifty terms at a time, then fifty more or all of them on asking", () => {
    const { lexicon } = derna();
    render(<Harness initial={derna()} />);
    const listed = () => [...screen.getByTestId("term-list").querySelectorAll<HTMLElement>("[data-entry]")].map((li) => li.dataset.entry);
    expect(listed()).toEqual(lexicon.slice(0, 50).map((e) => e.id));
    expect(screen.getByTestId("terms-count")).toHaveTextContent(`${lexicon.length} of ${lexicon.length} terms`);
    const more = () => screen.getByTestId("terms-not-shown");
    expect(more()).toHaveTextContent(`${lexicon.length - 50} more terms are not shown yet.`);
    fireEvent.click(within(more()).getByRole("button", { name: "Show 50 more" }));
    expect(listed()).toEqual(lexicon.slice(0, 100).map((e) => e.id));
    fireEvent.click(within(more()).getByRole("button", { name: "Show all" }));
    expect(listed()).toEqual(lexicon.map((e) => e.id));
    expect(screen.queryByTestId("terms-not-shown")).toBeNull();
  });

  it("searches as the engine normalizes Arabic (ى for ي)", () => {
    render(<Harness initial={derna()} />);
    fireEvent.change(screen.getByLabelText("Search the terms"), { target: { value: "الليبى" } });
    const shown = [...screen.getByTestId("term-list").querySelectorAll<HTMLElement>("[data-entry]")].map((li) => li.dataset.entry);
    expect(shown).toContain("lna-libyan-army");
    expect(shown.length).toBeLessThan(derna().lexicon.length);
    expect(screen.getByTestId("terms-count")).toHaveTextContent(`${shown.length} of ${derna().lexicon.length} terms`);
  });

  it("asks before replacing a lexicon, and starts from an empty one", async () => {
    render(<Harness initial={derna()} />);
    fireEvent.click(screen.getByRole("button", { name: "An empty lexicon" }));
    const confirm = screen.getByRole("alertdialog");
    expect(confirm).toHaveTextContent(`This replaces ${derna().lexicon.length} terms, 10 actors and 4 events with an empty lexicon.`);
    expect(screen.getByTestId("terms-count")).toHaveTextContent(`of ${derna().lexicon.length} terms`);
    fireEvent.click(within(confirm).getByRole("button", { name: "Replace" }));
    expect(screen.getByTestId("terms-count")).toHaveTextContent("0 of 0 terms");
    // Events the articles are filed under are kept, so no article loses its events.
    expect(screen.getByTestId("events-editor").querySelectorAll("[data-item]").length).toBeGreaterThan(0);
  });

  it("reads Derna's lexicon from the API when asked", async () => {
    const file = exportCaseStudy(getBundledCaseStudy());
    const fetch = vi.fn(async (_path: string, _init?: RequestInit) => new Response(JSON.stringify(file), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    try {
      render(<Harness initial={{ ...derna(), actors: [], events: [], lexicon: [] }} />);
      fireEvent.click(screen.getByRole("button", { name: "The Derna lexicon" }));
      await waitFor(() => expect(screen.getByTestId("terms-count")).toHaveTextContent(`${file.caseStudy.lexicon.length} of ${file.caseStudy.lexicon.length} terms`), { timeout: 10_000 });
      expect(fetch).toHaveBeenCalledWith("/api/cases/derna", expect.anything());
      // Asked in the interface's language, so a refusal would be in it.
      expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get("accept-language")).toBe("en");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says why another case study could not be read", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: "no case study has the id \"nope\"" }), { status: 404 })));
    try {
      render(<Harness initial={derna()} />);
      fireEvent.change(screen.getByLabelText("Another case study's lexicon"), { target: { value: "https://example.org/cases/nope/terms" } });
      fireEvent.click(screen.getByRole("button", { name: "Use its lexicon" }));
      expect(await screen.findByText(/Could not load the case study “nope”: no case study has the id "nope"/, {}, { timeout: 10_000 })).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("speaks Arabic in Arabic", () => {
    render(<Harness initial={derna()} locale="ar" />);
    expect(screen.getByRole("heading", { name: "المعجم" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "المصطلحات المميِّزة" })).toBeInTheDocument();
  });
});

describe("DistinctiveTermsPanel", () => {
  it("ranks each outlet's terms with z and counts, and adds one to the lexicon in one click", async () => {
    const onDraft = vi.fn();
    render(<Harness initial={derna()} onDraft={onDraft} />);
    const panel = screen.getByTestId("distinctive-terms");
    const tables = within(panel).getAllByTestId("distinctive-table");
    expect(tables.length).toBeGreaterThan(0);
    const addButton = within(panel).getAllByRole("button", { name: /Add to lexicon/ })[0]!;
    const tr = addButton.closest("tr")!;
    const spelling = within(tr).getByRole("rowheader").textContent!;
    await act(async () => fireEvent.click(addButton));
    const next = onDraft.mock.calls.at(-1)![0] as CaseDraft;
    const added = next.lexicon.at(-1)!;
    expect(added.forms).toEqual([spelling]);
    expect(added.gloss).toBe(PENDING_GLOSS);
    // The suggestion is now marked as in the lexicon, and listed among the terms to complete.
    expect(tr.querySelector(`[data-in-lexicon="${added.id}"]`)).toHaveTextContent(`In the lexicon${PENDING_GLOSS}`);
    expect(within(row(added.id)).getByText(/To complete: gloss, category \(guessed\), note/)).toBeInTheDocument();
    expect(within(panel).getByRole("status")).toHaveTextContent(spelling);
  });

  it("marks a term whose over-use may be chance, and folds a few of its sentences with their translation", async () => {
    render(<Harness initial={derna()} />);
    const panel = screen.getByTestId("distinctive-terms");
    expect(panel.querySelectorAll("[data-may-be-chance]").length).toBeGreaterThan(0);
    const aljazeera = panel.querySelector<HTMLElement>('section[data-outlet="aljazeera"]')!;
    const examples = within(aljazeera).getAllByTestId("term-examples")[0]!;
    expect(examples).not.toHaveAttribute("open");
    await act(async () => fireEvent.click(within(examples).getByText(/^Read \d$/)));
    const sentence = examples.querySelector("li p[lang='ar']");
    expect(sentence?.querySelector("mark")).not.toBeNull();
    expect(examples.querySelector("p[lang='en']")?.textContent).toMatch(/\w+ \w+ \w+/);
    expect(within(examples).getAllByText("The whole paragraph, translated").length).toBeGreaterThan(0);
  });

  it("marks terms already in the lexicon instead of offering them", () => {
    render(<Harness initial={derna()} />);
    const marked = screen.getByTestId("distinctive-terms").querySelectorAll("[data-in-lexicon]");
    // Derna's outlets over-use some of the lexicon's own terms (e.g. Youm7's الجيش الليبي).
    expect(marked.length).toBeGreaterThan(0);
  });
});
