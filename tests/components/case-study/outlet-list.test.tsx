import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OutletList } from "@/components/case-study/outlet-list";
import type { Outlet } from "@/lib/case-study/schema";
import { getBundledCaseStudy } from "@/lib/case-study/load";

const derna = getBundledCaseStudy();
afterEach(cleanup);

// Our own outlet, with no Arabic for its country or description.
const UNTRANSLATED: Outlet = { id: "coast-wire", name: { en: "Coast Wire", ar: "كوست واير" }, country: "Malta", language: "en", description: "A wire service written for the test." };

describe("OutletList", () => {
  it("should say where each outlet is from and who it is in English in the English interface", () => {
    render(<OutletList outlets={derna.outlets} locale="en" />);
    const youm7 = screen.getAllByTestId("outlet")[2]!;
    expect(youm7).toHaveTextContent("Country: Egypt");
    expect(youm7).toHaveTextContent("Egyptian daily newspaper");
  });

  it("should say it in Arabic in the Arabic interface, where the case study gives the Arabic", () => {
    render(<OutletList outlets={derna.outlets} locale="ar" />);
    const youm7 = screen.getAllByTestId("outlet")[2]!;
    expect(youm7).toHaveTextContent("البلد: مصر");
    expect(youm7.querySelector('p[lang="ar"]')).toHaveTextContent("صحيفة يومية مصرية");
    expect(youm7.textContent).not.toMatch(/Egypt/);
  });

  it("should show the English, marked as English, where the case study gives no Arabic", () => {
    render(<OutletList outlets={[UNTRANSLATED]} locale="ar" />);
    const outlet = screen.getByTestId("outlet");
    expect(outlet.querySelector('bdi[lang="en"]')).toHaveTextContent("Malta");
    expect(outlet.querySelector('p[lang="en"][dir="ltr"]')).toHaveTextContent("A wire service written for the test.");
  });
});
