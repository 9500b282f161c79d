import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArabicText } from "@/components/ui/arabic-text";
import { MixedText } from "@/components/ui/mixed-text";

describe("ArabicText", () => {
  it("should isolate an inline run as right-to-left Arabic", () => {
    const { container } = render(<ArabicText>درنة</ArabicText>);
    const run = container.firstElementChild!;
    expect(run.tagName).toBe("BDI");
    expect(run).toHaveAttribute("lang", "ar");
    expect(run).toHaveAttribute("dir", "rtl");
  });

  it("should render a block element when asked", () => {
    const { container } = render(<ArabicText as="h1" className="title">درنة</ArabicText>);
    expect(container.firstElementChild!.tagName).toBe("H1");
    expect(container.firstElementChild).toHaveClass("title");
  });
});

describe("MixedText", () => {
  it("should leave English without Arabic as plain text", () => {
    const { container } = render(<p><MixedText>No Arabic here.</MixedText></p>);
    expect(container.innerHTML).toBe("<p>No Arabic here.</p>");
  });

  it("should isolate each Arabic run, quotes and spaces around it outside", () => {
    const { container } = render(
      <p><MixedText>The text says “اليوم، الاثنين” (today, Monday) and names قوات حفتر.</MixedText></p>,
    );
    const runs = [...container.querySelectorAll("bdi[lang=ar][dir=rtl]")].map((run) => run.textContent);
    expect(runs).toEqual(["اليوم، الاثنين", "قوات حفتر"]);
    expect(container.textContent).toBe("The text says “اليوم، الاثنين” (today, Monday) and names قوات حفتر.");
  });

  it("should keep digits inside an Arabic run", () => {
    const { container } = render(<p><MixedText>Dated 13/02/2018 in ثورة 17 فبراير terms.</MixedText></p>);
    expect(container.querySelector("bdi")!.textContent).toBe("ثورة 17 فبراير");
  });
});

describe("ArabicText given an English form", () => {
  it("marks a run in Latin letters alone as English, left to right, and keeps Arabic right to left", () => {
    const { container } = render(
      <p>
        <ArabicText>Haftar&apos;s forces</ArabicText> <ArabicText>قوات حفتر</ArabicText>
      </p>,
    );
    const [english, arabic] = [...container.querySelectorAll("bdi")];
    expect(english).toHaveAttribute("lang", "en");
    expect(english).toHaveAttribute("dir", "ltr");
    expect(arabic).toHaveAttribute("lang", "ar");
    expect(arabic).toHaveAttribute("dir", "rtl");
  });
});
