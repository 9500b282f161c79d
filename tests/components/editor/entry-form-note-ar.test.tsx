import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EntryForm } from "@/components/editor/lexicon/entry-form";
import { type EntryFields, blankEntryFields } from "@/lib/editor/lexicon-edits";
import { LEXICON_EDITOR_MESSAGES } from "@/lib/i18n/lexicon-editor-messages";

afterEach(cleanup);

function renderForm(fields: EntryFields) {
  const onChange = vi.fn<(fields: EntryFields) => void>();
  render(
    <EntryForm idPrefix="t" fields={fields} onChange={onChange} problems={[]} actors={[]} events={[]} glosses={new Map()} locale="en" t={LEXICON_EDITOR_MESSAGES.en} />,
  );
  return { onChange, textarea: screen.getByLabelText("Why it frames, in Arabic") };
}

describe("the entry form's Arabic note", () => {
  it("is a right-to-left Arabic field beside the English note", () => {
    const { textarea } = renderForm({ ...blankEntryFields("assault"), note: "An English note.", note_ar: "ملاحظة بالعربية." });
    expect(textarea).toHaveAttribute("lang", "ar");
    expect(textarea).toHaveAttribute("dir", "rtl");
    expect(textarea).toHaveValue("ملاحظة بالعربية.");
    expect(screen.getByLabelText("Why it frames")).toHaveValue("An English note.");
  });

  it("sets the Arabic note as it is typed, and emptying it leaves the entry with none", () => {
    const { textarea, onChange } = renderForm({ ...blankEntryFields("assault"), note_ar: "ملاحظة" });
    fireEvent.change(textarea, { target: { value: "ملاحظة أطول" } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ note_ar: "ملاحظة أطول" }));
    fireEvent.change(textarea, { target: { value: "" } });
    expect(onChange.mock.lastCall?.[0].note_ar).toBeUndefined();
  });
});
