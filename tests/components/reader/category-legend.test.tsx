import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CategoryLegend } from "@/components/reader/category-legend";
import type { LegendItem } from "@/lib/reader/reader-view";
import { tallyCategories } from "@/lib/comparison/article-labels";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";
import { CATEGORY_NAMES } from "@/lib/i18n/taxonomy-messages";
import { TaggedArticle, seedArticle, withUrl } from "./fixtures";

afterEach(cleanup);

const ID = "youm7-2018-06";
const items: LegendItem[] = tallyCategories(seedArticle(ID).mentions).map((t) => ({
  id: t.category,
  name: CATEGORY_NAMES.en[t.category],
  count: t.body,
  chrome: t.chrome,
  href: `/cases/derna/terms?article=${ID}&category=${t.category}`,
}));

function Reader(props: { searchParams?: string; onUrlUpdate?: () => void }) {
  return withUrl(
    <>
      <CategoryLegend items={items} strings={READER_MESSAGES.en} />
      <TaggedArticle id={ID} />
    </>,
    props,
  );
}

const marksOf = (container: HTMLElement, category: string) => [...container.querySelectorAll(`mark[id][data-category="${category}"]`)];

describe("the category legend", () => {
  it("should list the categories present with their body counts, each linking to its mentions", () => {
    render(<Reader />);
    const terrorism = screen.getByRole("button", { name: "Terrorism" });
    expect(terrorism).toHaveAttribute("aria-pressed", "true");
    const count = screen.getByRole("link", { name: /mentions of Terrorism in the body of this article/ });
    expect(count).toHaveTextContent(String(seedArticle(ID).mentions.filter((m) => m.category === "terrorism" && !m.chrome).length));
    expect(count).toHaveAttribute("href", `/cases/derna/terms?article=${ID}&category=terrorism`);
    expect(screen.queryByRole("button", { name: "Foreign involvement" })).toBeNull();
  });

  it("should hide a category's highlight when toggled off, and put it in the URL", async () => {
    const onUrlUpdate = vi.fn();
    const { container } = render(<Reader onUrlUpdate={onUrlUpdate} />);
    expect(marksOf(container, "terrorism").length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole("button", { name: "Terrorism" }));
    expect(screen.getByRole("button", { name: "Terrorism" })).toHaveAttribute("aria-pressed", "false");
    for (const mark of marksOf(container, "terrorism")) {
      expect(mark).toHaveAttribute("data-hidden");
      expect(mark).toHaveAttribute("tabindex", "-1");
    }
    for (const mark of marksOf(container, "state-legitimacy")) expect(mark).not.toHaveAttribute("data-hidden");
    await waitFor(() => expect(onUrlUpdate).toHaveBeenLastCalledWith(expect.objectContaining({ queryString: "?hide=terrorism" })));

    fireEvent.click(screen.getByRole("button", { name: "Assault" }));
    await waitFor(() => expect(onUrlUpdate).toHaveBeenLastCalledWith(expect.objectContaining({ queryString: "?hide=terrorism,assault" })));
  });

  it("should open with the categories the URL hides, and show them all again at once", async () => {
    const { container } = render(<Reader searchParams="?hide=terrorism,assault" />);
    expect(screen.getByRole("button", { name: "Terrorism" })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("button", { name: "Assault" })).toHaveAttribute("aria-pressed", "false");
    expect(marksOf(container, "assault").every((mark) => mark.hasAttribute("data-hidden"))).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Show all categories" }));
    await waitFor(() => expect(marksOf(container, "terrorism").some((mark) => mark.hasAttribute("data-hidden"))).toBe(false));
    expect(screen.queryByRole("button", { name: "Show all categories" })).toBeNull();
  });
});
