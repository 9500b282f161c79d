import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReferentsEditor } from "@/components/editor/referents-editor";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { type CaseDraft, draftFromExchange } from "@/lib/editor/draft";

afterEach(cleanup);

const derna = draftFromExchange(exportCaseStudy(getBundledCaseStudy()));

describe("the editor's Referents tab", () => {
  it("should show every rule and note of the case, with nothing to fix", () => {
    render(<ReferentsEditor draft={derna} onChange={() => {}} locale="en" />);
    expect(screen.getAllByTestId("referent-rule")).toHaveLength(derna.referentRules!.length);
    expect(screen.getAllByTestId("curator-note")).toHaveLength(derna.curatorNotes!.length);
    expect(screen.queryByTestId("referent-problems")).toBeNull();
    // A note shows the text its offsets cover, so the curator sees the label it is on.
    expect(screen.getAllByTestId("curator-note")[0]).toHaveTextContent("داعش درنة");
  });

  it("should add a rule, and then say what it still lacks", () => {
    const onChange = vi.fn<(draft: CaseDraft) => void>();
    const { rerender } = render(<ReferentsEditor draft={derna} onChange={onChange} locale="en" />);
    fireEvent.click(screen.getByRole("button", { name: "Add a rule" }));
    const next = onChange.mock.calls[0]![0];
    expect(next.referentRules).toHaveLength(derna.referentRules!.length + 1);
    rerender(<ReferentsEditor draft={next} onChange={onChange} locale="en" />);
    expect(screen.getByTestId("referent-problems")).toHaveTextContent(`Rule ${next.referentRules!.length}, note_en`);
  });

  it("should change whom a rule's label refers to, and remove a note", () => {
    const onChange = vi.fn<(draft: CaseDraft) => void>();
    render(<ReferentsEditor draft={derna} onChange={onChange} locale="en" />);
    const firstRule = screen.getAllByTestId("referent-rule")[0]!;
    fireEvent.change(within(firstRule).getByLabelText("It refers to"), { target: { value: "al-qaeda" } });
    expect(onChange.mock.calls[0]![0].referentRules![0]!.referent).toBe("al-qaeda");
    fireEvent.click(within(screen.getAllByTestId("curator-note")[0]!).getByRole("button", { name: "Remove" }));
    expect(onChange.mock.calls[1]![0].curatorNotes).toEqual(derna.curatorNotes!.slice(1));
  });

  it("should speak Arabic in the Arabic interface", () => {
    render(<ReferentsEditor draft={derna} onChange={() => {}} locale="ar" />);
    expect(screen.getByRole("heading", { name: "قواعد الإحالة" })).toBeDefined();
  });
});
