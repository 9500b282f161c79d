import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExerciseBoard, type ExerciseBoardProps } from "@/components/classroom/exercise-board";
import { CATEGORY_IDS } from "@/lib/case-study/schema";
import { answerKeyVersion, buildAnswerKey } from "@/lib/classroom/answer-key";
import { buildExerciseText } from "@/lib/classroom/exercise-text";
import { progressKey, readProgress } from "@/lib/classroom/progress";
import { CATEGORY_COLORS } from "@/lib/comparison/palette";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { CATEGORY_EXPLANATIONS, EXERCISE_MESSAGES } from "@/lib/i18n/exercise-messages";
import { CATEGORY_NAMES, STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";

const analysis = getBundledCaseAnalysis("derna")!;
const { caseStudy } = analysis;
// Libya 24, June 2018: a few dozen reference terms in its body (as many as the lexicon finds there). Its headline reads
// "بعد محاصرته ثلاث سنوات .. داعش درنة يسقط في لحظة"; محاصرته (4–11) is a term (assault);
// ثلاث (12–16) is none. Further on, الجماعات الإرهابية (159–177, terrorism) and
// القوات المسلحة (190–204, state legitimacy) are terms.
const analyzed = analysis.articles.find((a) => a.article.id === "libya24-2018-06")!;
const { lines } = buildExerciseText(analyzed.article.text, analyzed.segments);
const answerKey = buildAnswerKey(analyzed.mentions, caseStudy.lexicon);
const reference = answerKey.terms.length;
const storageKey = progressKey("derna", "libya24-2018-06", answerKeyVersion(analyzed.article.text, caseStudy.lexicon));
const words = lines.flatMap((l) => l.words);
const t = EXERCISE_MESSAGES.en;

function props(): ExerciseBoardProps {
  return {
    lines,
    language: "ar",
    answerKey,
    storageKey,
    categories: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES.en[id], explanation: CATEGORY_EXPLANATIONS.en[id], color: CATEGORY_COLORS[id] })),
    names: {
      categories: CATEGORY_NAMES.en,
      stances: STANCE_NAMES.en,
      actors: Object.fromEntries(caseStudy.actors.map((a) => [a.id, a.name.en])),
      events: Object.fromEntries(caseStudy.events.map((e) => [e.id, e.name.en])),
    },
    readerPath: "/cases/derna/articles/libya24-2018-06",
    locale: "en",
    strings: t,
  };
}

const word = (start: number) => document.querySelector<HTMLElement>(`[data-start="${start}"]`)!;

/** Click one word, or drag from one word to another. */
function pick(from: number, to = from) {
  fireEvent.pointerDown(word(from), { button: 0 });
  if (to !== from) fireEvent.pointerEnter(word(to));
  fireEvent.pointerUp(word(to));
}

function chooseCategory(name: string) {
  fireEvent.click(within(screen.getByTestId("category-picker")).getByRole("radio", { name: new RegExp(`^${name}`) }));
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe("ExerciseBoard", () => {
  it("shows the body without any highlight or answer before checking", () => {
    const { container } = render(<ExerciseBoard {...props()} />);
    expect(screen.getByTestId("exercise-text")).toHaveTextContent("بعد محاصرته ثلاث سنوات");
    expect(container.querySelectorAll(".exercise-run")).toHaveLength(0);
    expect(container.querySelector("mark")).toBeNull();
    expect(screen.queryByTestId("result-lists")).toBeNull();
    // Page chrome ("12" under the headline) is not in the text.
    expect(screen.getByTestId("exercise-text").querySelectorAll("p")[1]).not.toHaveTextContent(/^12$/);
  });

  it("marks a word on click, a phrase on drag, and takes a category for each", () => {
    render(<ExerciseBoard {...props()} />);
    pick(159, 168); // الجماعات الإرهابية, dragged
    expect(screen.getByTestId("marks")).toHaveTextContent("الجماعات الإرهابية");
    chooseCategory("Terrorism");
    pick(12); // ثلاث
    chooseCategory("Liberation");
    const marks = within(screen.getByTestId("marks")).getAllByRole("listitem");
    expect(marks.map((li) => li.textContent)).toEqual([expect.stringContaining("ثلاثLiberation"), expect.stringContaining("الجماعات الإرهابيةTerrorism")]);
  });

  it("marks with the keyboard: arrows move, Shift stretches, Enter marks, a number picks the category", () => {
    render(<ExerciseBoard {...props()} />);
    const text = screen.getByTestId("exercise-text");
    text.focus();
    const target = words.findIndex((w) => w.start === 190); // القوات
    // Arabic reads right to left: the left arrow moves to the next word.
    for (let i = 0; i < target; i++) fireEvent.keyDown(text, { key: "ArrowLeft" });
    expect(word(190)).toHaveAttribute("data-cursor");
    fireEvent.keyDown(text, { key: "ArrowLeft", shiftKey: true });
    fireEvent.keyDown(text, { key: "Enter" });
    fireEvent.keyDown(text, { key: "3" }); // the third category: state legitimacy
    expect(screen.getByTestId("marks")).toHaveTextContent("القوات المسلحةState legitimacy");
    expect(screen.getByTestId("exercise-announcement")).toHaveTextContent("State legitimacy");
    fireEvent.keyDown(text, { key: "Delete" });
    expect(screen.queryByTestId("marks")).toBeNull();
  });

  it("lists found, missed and extra terms with their explanations, and scores them", async () => {
    render(<ExerciseBoard {...props()} />);
    pick(159, 168);
    chooseCategory("Terrorism"); // right
    pick(4);
    chooseCategory("Terrorism"); // محاصرته is assault: found, category wrong
    pick(12);
    chooseCategory("Liberation"); // ثلاث: extra
    fireEvent.click(screen.getByRole("button", { name: t.check }));
    // 3 marks, 2 on terms → precision 2/3 = 67%; 2 of the reference terms → recall; 1 of 2 categories right.
    expect(screen.getByTestId("score-precision-value")).toHaveTextContent("67%");
    expect(screen.getByTestId("score-precision-ratio")).toHaveTextContent("2 of 3");
    expect(screen.getByTestId("score-recall-value")).toHaveTextContent(`${Math.round((200 / reference))}%`);
    expect(screen.getByTestId("score-recall-ratio")).toHaveTextContent(`2 of ${reference}`);
    expect(screen.getByTestId("score-categories-ratio")).toHaveTextContent("1 of 2");

    const found = screen.getByTestId("result-found");
    expect(within(found).getAllByRole("listitem").map((li) => li.dataset.entry)).toEqual(["siege", "dmsc-terrorist-groups"]);
    expect(within(found).getAllByTestId("category-verdict").map((v) => v.textContent)).toEqual(["✗ category wrong: it is Assault", "✓ category right"]);
    const siege = caseStudy.lexicon.find((e) => e.id === "siege")!;
    expect(found).toHaveTextContent(siege.gloss);
    expect(within(found).getAllByTestId("term-note")[0]).toHaveTextContent(siege.note);
    expect(screen.getByTestId("result-missed-count")).toHaveTextContent(String(reference - 2));
    expect(screen.getByTestId("result-extra")).toHaveTextContent("ثلاث");
    expect(screen.getByTestId("result-extra")).toHaveTextContent(t.extraNone);
    expect(within(found).getAllByRole("link", { name: t.inReader })[0]).toHaveAttribute("href", "/cases/derna/articles/libya24-2018-06#m-4");
    // The text now shows what was found, missed and extra.
    expect(document.querySelectorAll('[data-testid="exercise-text"] .exercise-run[data-kind="found"]')).toHaveLength(2);
    expect(document.querySelectorAll('[data-testid="exercise-text"] .exercise-run[data-kind="extra"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-testid="exercise-text"] .exercise-run[data-kind="missed"]').length).toBeGreaterThanOrEqual(reference - 2);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getByRole("heading", { name: t.resultTitle })).toHaveFocus();
  });

  it("keeps the marks and the result in the browser, and starts again on request", () => {
    const first = render(<ExerciseBoard {...props()} />);
    pick(4);
    chooseCategory("Assault");
    fireEvent.click(screen.getByRole("button", { name: t.check }));
    expect(readProgress(window.localStorage, storageKey)).toEqual({
      selections: [{ start: 4, end: 11, category: "assault" }],
      submitted: { found: 1, selected: 1, reference, categoryRight: 1 },
    });
    first.unmount();

    render(<ExerciseBoard {...props()} />);
    expect(screen.getByTestId("score-precision-value")).toHaveTextContent("100%");
    fireEvent.click(screen.getByRole("button", { name: t.startAgain }));
    fireEvent.click(screen.getByRole("button", { name: t.confirmYes }));
    expect(readProgress(window.localStorage, storageKey)).toBeNull();
    expect(screen.getByText(t.marksEmpty)).toBeInTheDocument();
  });

  it("shows no precision when nothing was marked", () => {
    render(<ExerciseBoard {...props()} />);
    fireEvent.click(screen.getByRole("button", { name: t.check }));
    expect(screen.getByTestId("score-precision-value")).toHaveTextContent("—");
    expect(screen.getByTestId("score-recall-value")).toHaveTextContent("0%");
    expect(screen.getByTestId("result-missed-count")).toHaveTextContent(String(reference));
  });
});

describe("ExerciseBoard's list of marks", () => {
  it("moves the focus to the categories when a mark's Category button is pressed", () => {
    render(<ExerciseBoard {...props()} />);
    pick(4);
    pick(12);
    fireEvent.click(screen.getByRole("button", { name: "Choose the category of “محاصرته”" }));
    expect(within(screen.getByTestId("category-picker")).getAllByRole("radio")[0]).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Remove the mark “ثلاث”" }));
    expect(within(screen.getByTestId("marks")).getAllByRole("listitem")).toHaveLength(1);
  });
});

describe("ExerciseProgressNote", () => {
  it("says what this browser kept of an exercise", async () => {
    const { ExerciseProgressNote } = await import("@/components/classroom/exercise-progress");
    const strings = EXERCISE_MESSAGES.en;
    const { rerender } = render(<ExerciseProgressNote storageKey="k1" locale="en" strings={strings} />);
    expect(screen.getByTestId("exercise-progress")).toHaveTextContent("Not started");
    window.localStorage.setItem("k2", JSON.stringify({ selections: [{ start: 0, end: 3, category: null }], submitted: null }));
    rerender(<ExerciseProgressNote storageKey="k2" locale="en" strings={strings} />);
    expect(screen.getByTestId("exercise-progress")).toHaveTextContent("In progress: 1 mark");
    // 3 found of 4 marks, of 40 terms: precision 75%, recall 7.5% shown as 8%.
    window.localStorage.setItem("k3", JSON.stringify({ selections: [], submitted: { found: 3, selected: 4, reference: 40, categoryRight: 2 } }));
    rerender(<ExerciseProgressNote storageKey="k3" locale="en" strings={strings} />);
    expect(screen.getByTestId("exercise-progress")).toHaveTextContent("Checked: precision 75%, recall 8%");
  });
});
