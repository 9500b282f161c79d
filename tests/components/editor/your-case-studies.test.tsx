import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { YourCaseStudies } from "@/components/editor/your-case-studies";
import { readRememberedCases, rememberCase } from "@/lib/editor/remembered-cases";
import { EDITOR_MESSAGES } from "@/lib/i18n/editor-messages";

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("your case studies", () => {
  it("should say there are none, and still offer a new one", async () => {
    render(<YourCaseStudies locale="en" strings={EDITOR_MESSAGES.en} />);
    expect(await screen.findByText("None yet.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "New case study" })).toHaveAttribute("href", "/cases/new");
  });

  it("should list what this browser remembers with read and edit links, the token only in the fragment, in the interface language", async () => {
    rememberCase(window.localStorage, { id: "read-only", name: { en: "Read only", ar: "Read only" }, token: null });
    rememberCase(window.localStorage, { id: "sudan-ab12", name: { en: "Sudan", ar: "السودان" }, token: "s3cr3t" });
    render(<YourCaseStudies locale="ar" strings={EDITOR_MESSAGES.ar} />);
    const items = await screen.findAllByTestId("remembered-case");
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole("link", { name: "اقرأ" })).toHaveAttribute("href", "/cases/sudan-ab12?lang=ar");
    expect(within(items[0]!).getByRole("link", { name: "حرّر" })).toHaveAttribute("href", "/cases/sudan-ab12/edit?lang=ar#token=s3cr3t");
    expect(within(items[1]!).queryByRole("link", { name: "حرّر" })).toBeNull();
    expect(items[1]).toHaveTextContent("للقراءة فقط");
  });

  it("should forget a case study only once the user confirms", async () => {
    rememberCase(window.localStorage, { id: "sudan-ab12", name: { en: "Sudan", ar: "السودان" }, token: "s3cr3t" });
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<YourCaseStudies locale="en" strings={EDITOR_MESSAGES.en} />);
    const forget = await screen.findByRole("button", { name: "Forget “Sudan” in this browser" });
    fireEvent.click(forget);
    expect(readRememberedCases(window.localStorage)).toHaveLength(1);
    fireEvent.click(forget);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(readRememberedCases(window.localStorage)).toHaveLength(0);
    expect(screen.queryByTestId("remembered-case")).toBeNull();
  });
});
