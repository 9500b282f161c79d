import { act, renderHook } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { useEvidenceView } from "@/components/table/use-evidence-view";
import { DEFAULT_SORT } from "@/lib/comparison/evidence-query";

function renderView(search: string) {
  const urls: string[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={(event: UrlUpdateEvent) => urls.push(event.queryString)}>
      {children}
    </NuqsTestingAdapter>
  );
  const { result } = renderHook(() => useEvidenceView(), { wrapper });
  // URL writes are queued: let them through.
  const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 60)));
  return { result, urls, settle };
}

describe("useEvidenceView", () => {
  it("should read an empty URL as no filter, the date order, page 1 of 50 rows", () => {
    const { result } = renderView("");
    expect(result.current.filters).toMatchObject({ outlet: [], category: [], q: "", hideChrome: false });
    expect(result.current.sort).toEqual(DEFAULT_SORT);
    expect(result.current).toMatchObject({ page: 1, size: 50 });
  });

  it("should read comma-separated lists, the search, the order, the page and its size", () => {
    const { result } = renderView("?outlet=youm7,qposts&actor=lna,none&entry=lna-libyan-army&q=الليبي&chrome=hide&sort=form.desc&page=3&size=100");
    expect(result.current.filters).toMatchObject({ outlet: ["youm7", "qposts"], actor: ["lna", "none"], entry: ["lna-libyan-army"], q: "الليبي", hideChrome: true });
    expect(result.current.sort).toEqual({ column: "form", desc: true });
    expect(result.current).toMatchObject({ page: 3, size: 100 });
  });

  it("should ignore a page size it does not offer and an unknown order", () => {
    const { result } = renderView("?size=7&sort=nonsense");
    expect(result.current.size).toBe(50);
    expect(result.current.sort).toEqual(DEFAULT_SORT);
  });

  it("should go back to the first page when a filter or the order changes, and leave defaults out of the URL", async () => {
    const { result, urls, settle } = renderView("?page=4");
    await act(async () => result.current.setFacet("outlet", ["youm7", "aljazeera"]));
    await settle();
    expect(result.current.page).toBe(1);
    expect(urls.at(-1)).toBe("?outlet=youm7,aljazeera");
    await act(async () => result.current.setSort(DEFAULT_SORT));
    await settle();
    expect(urls.at(-1)).toBe("?outlet=youm7,aljazeera");
    await act(async () => result.current.clearFilters());
    await settle();
    expect(urls.at(-1)).toBe("");
  });

  it("should keep the same filters object when only the page or the order changes, so the filtering is not redone", async () => {
    const { result, settle } = renderView("?outlet=youm7&q=x");
    const before = result.current.filters;
    await act(async () => result.current.setPage(3));
    await settle();
    expect(result.current.page).toBe(3);
    await act(async () => result.current.setSort({ column: "form", desc: true }));
    await settle();
    expect(result.current.filters).toBe(before);
  });
});
