import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleDetails } from "@/components/reader/article-details";
import { getBundledCaseStudy } from "@/lib/case-study/load";

const derna = getBundledCaseStudy();
afterEach(cleanup);

describe("ArticleDetails in the Arabic interface", () => {
  it("should give the outlet's country, how the date was worked out and the event's period in Arabic", () => {
    const article = derna.articles.find((a) => a.id === "youm7-2018-06")!;
    render(<ArticleDetails article={article} events={derna.events} locale="ar" />);
    const details = screen.getByTestId("article-details");
    expect(details).toHaveTextContent("مصر");
    expect(details).toHaveTextContent("لا يُطبع تاريخ");
    expect(details).toHaveTextContent("مايو/أيار – يونيو/حزيران 2018");
    expect(details.textContent).not.toMatch(/No date is printed|Egypt|May – June/);
  });
});
