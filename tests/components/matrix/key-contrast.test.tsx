import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { KeyContrast } from "@/components/matrix/key-contrast";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { pickKeyContrast } from "@/lib/comparison/key-contrast";
import { buildActorMatrix } from "@/lib/comparison/label-matrix";

const analysis = getBundledCaseAnalysis("derna")!;
const outlets = analysis.caseStudy.outlets;
const rows = pickKeyContrast(buildActorMatrix(analysis), outlets.map((o) => o.id));
afterEach(cleanup);

const contrastCell = (actor: string, outlet: string) => document.querySelector<HTMLElement>(`td[data-contrast-actor="${actor}"][data-contrast-outlet="${outlet}"]`)!;

describe("KeyContrast on the Derna case study", () => {
  for (const locale of ["en", "ar"] as const) {
    it(`should show each label as the outlet wrote it, never in the lexicon's pattern notation (${locale})`, () => {
      render(<KeyContrast rows={rows} outlets={outlets} locale={locale} view="all" />);
      const forms = [...screen.getByTestId("key-contrast").querySelectorAll(".label-chip-form")].map((form) => form.textContent ?? "");
      expect(forms.length).toBeGreaterThan(3);
      for (const form of forms) expect(form).not.toMatch(/[()ـ{}[\]|]/u);
      // Qposts wrote المتشددين four times; the lexicon lists the lemma متشدد with its endings.
      const qposts = within(contrastCell("dmsc", "qposts")).getByRole("button");
      expect(qposts.querySelector(".label-chip-form")).toHaveTextContent(/^المتشددين$/);
      expect(qposts.querySelector(".label-chip-form")).toHaveAttribute("lang", "ar");
    });
  }
});
