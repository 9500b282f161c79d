import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LabelMatrix } from "@/components/matrix/label-matrix";
import { MatrixLegend } from "@/components/matrix/matrix-legend";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { buildActorMatrix, buildEventMatrix } from "@/lib/comparison/label-matrix";

const analysis = getBundledCaseAnalysis("derna")!;
const outlets = analysis.caseStudy.outlets;
afterEach(cleanup);

const cell = (container: HTMLElement, row: string, outlet: string) => container.querySelector<HTMLElement>(`td[data-row="${row}"][data-outlet="${outlet}"]`)!;

describe("LabelMatrix (actors, Derna)", () => {
  const rows = buildActorMatrix(analysis);

  it("should have a row per actor and a column per outlet, named in English and Arabic", () => {
    const { container } = render(<LabelMatrix kind="actor" rows={rows} outlets={outlets} locale="en" />);
    const table = screen.getByRole("table", { name: /labels each outlet used for each actor/i });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent)).toEqual(["Actor", "Qpostsكيو بوست", "Libya24أخبار ليبيا 24", "Youm7اليوم السابع", "Al Jazeeraالجزيرة"]);
    expect(within(table).getAllByRole("rowheader")).toHaveLength(analysis.caseStudy.actors.length);
    expect(within(table).getByRole("rowheader", { name: /Haftar-led forces/ })).toHaveTextContent("القوات بقيادة حفتر");
    expect(container.querySelectorAll("td")).toHaveLength(analysis.caseStudy.actors.length * outlets.length);
  });

  it("should list Youm7's 'Libyan National Army' for the LNA as Youm7 wrote it most often, with its count, gloss and stance", () => {
    const { container } = render(<LabelMatrix kind="actor" rows={rows} outlets={outlets} locale="en" />);
    const count = rows.find((r) => r.id === "lna")!.cells.youm7!.find((u) => u.entry === "lna-libyan-national-army")!.count;
    expect(count).toBe(7);
    const label = within(cell(container, "lna", "youm7")).getByRole("button", { name: /^قوات الجيش الوطنى الليبى\s*,\s*the Libyan National Army\s*,\s*legitimizing, used 7 times$/ });
    expect(label).toHaveTextContent("×7");
    expect(label).toHaveAttribute("aria-haspopup", "dialog");
    expect(label).toHaveAttribute("data-label-key", "youm7:lna-libyan-national-army:lna");
    expect(label.querySelector("bdi[lang=ar][dir=rtl]")).toHaveTextContent("قوات الجيش الوطنى الليبى");
    expect(label.querySelector('[data-stance="legitimizing"]')).toHaveTextContent("+");
    expect(label.style.borderInlineStartStyle).toBe("solid");
  });

  it("should mark delegitimizing labels with their sign and a dashed edge, and quoted uses", () => {
    const { container } = render(<LabelMatrix kind="actor" rows={rows} outlets={outlets} locale="en" />);
    const forces = within(cell(container, "lna", "aljazeera")).getByRole("button", { name: /قوات حفتر/ });
    expect(forces.querySelector('[data-stance="delegitimizing"]')).toHaveTextContent("−");
    expect(forces.style.borderInlineStartStyle).toBe("dashed");
    const airForce = within(cell(container, "lna", "youm7")).getByRole("button", { name: /^القوات الجوية\s*,\s*the air force/ });
    expect(airForce).toHaveAccessibleName(/1 in quotation marks/);
  });

  it("should say so where an outlet never names the actor", () => {
    const { container } = render(<LabelMatrix kind="actor" rows={rows} outlets={outlets} locale="en" />);
    expect(cell(container, "uae", "youm7")).toHaveTextContent(/^never named$/);
    expect(within(cell(container, "uae", "youm7")).queryByRole("button")).toBeNull();
    expect(within(cell(container, "uae", "aljazeera")).getByRole("button", { name: /أبو ظبي/ })).toBeInTheDocument();
  });

  it("should speak Arabic in the Arabic interface", () => {
    const { container } = render(<LabelMatrix kind="actor" rows={rows} outlets={outlets} locale="ar" />);
    expect(screen.getAllByRole("columnheader")[0]).toHaveTextContent("الفاعل");
    expect(cell(container, "uae", "youm7")).toHaveTextContent("لم تذكره قط");
    expect(within(cell(container, "lna", "youm7")).getByRole("button", { name: /الجيش الوطنى الليبى/ })).toHaveAccessibleName(/تضفي الشرعية/);
  });
});

describe("LabelMatrix (events, Derna)", () => {
  it("should show how the 2018 assault is named: purification by Qposts, storming by Al Jazeera, with the category written", () => {
    const { container } = render(<LabelMatrix kind="event" rows={buildEventMatrix(analysis)} outlets={outlets} locale="en" />);
    expect(within(cell(container, "assault-2018", "qposts")).getByRole("button", { name: /تطهير/ })).toHaveTextContent("liberation");
    expect(within(cell(container, "assault-2018", "aljazeera")).getByRole("button", { name: /اقتحام/ })).toHaveTextContent("assault");
    expect(cell(container, "egyptian-strikes", "youm7")).toHaveTextContent("never named");
  });
});

describe("MatrixLegend", () => {
  it("should explain every stance with its sign, the count, the quoted marker and empty cells", () => {
    render(<MatrixLegend locale="en" plainNames="" />);
    const legend = screen.getByTestId("matrix-legend");
    for (const text of ["legitimizing", "neutral", "delegitimizing", "how many times", "quotation marks", "never named"]) expect(legend).toHaveTextContent(text);
    expect([...legend.querySelectorAll("[data-stance]")].map((s) => s.textContent)).toEqual(["+", "=", "−"]);
  });

  it("should list the categories it is given", () => {
    render(<MatrixLegend locale="en" plainNames="" categories={["liberation", "assault"]} />);
    expect(screen.getByTestId("matrix-legend")).toHaveTextContent(/liberation.*assault/);
  });

  it("should give the plain names it is given as examples, and none of its own", () => {
    const { unmount } = render(<MatrixLegend locale="en" plainNames={" (“Haftar”)"} />);
    expect(screen.getByTestId("matrix-legend")).toHaveTextContent("it only names the actor (“Haftar”) and is never counted");
    unmount();
    render(<MatrixLegend locale="en" plainNames="" />);
    expect(screen.getByTestId("matrix-legend")).toHaveTextContent("it only names the actor and is never counted");
    expect(screen.getByTestId("matrix-legend").textContent).not.toMatch(/[\u0600-\u06FF]/);
  });
});
