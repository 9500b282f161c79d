import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BilingualName } from "@/components/ui/bilingual-name";

describe("a name in two languages", () => {
  it("shows the Arabic beside the English, marked Arabic", () => {
    render(
      <p data-testid="name">
        <BilingualName name={{ en: "Youm7", ar: "اليوم السابع" }} />
      </p>,
    );
    expect(screen.getByTestId("name")).toHaveTextContent("Youm7اليوم السابع");
    expect(screen.getByText("اليوم السابع")).toHaveAttribute("lang", "ar");
  });

  it("shows one name when the Arabic only repeats the English, or is empty", () => {
    render(
      <>
        <p data-testid="same">
          <BilingualName name={{ en: "Daily Example", ar: "Daily Example" }} />
        </p>
        <p data-testid="empty">
          <BilingualName name={{ en: "Daily Example", ar: " " }} />
        </p>
      </>,
    );
    expect(screen.getByTestId("same")).toHaveTextContent(/^Daily Example$/);
    expect(screen.getByTestId("empty")).toHaveTextContent(/^Daily Example$/);
  });
});
