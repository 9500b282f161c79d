import { NuqsTestingAdapter, type OnUrlUpdateFunction } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { ArticleText } from "@/components/reader/article-text";
import { ReaderProvider } from "@/components/reader/reader-context";
import { buildTooltipDetails } from "@/lib/reader/reader-props";
import type { Focus } from "@/lib/comparison/focus";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";
import { READER_MESSAGES } from "@/lib/i18n/reader-messages";

/** The bundled case study, analyzed, as the pages get it. */
export const analysis = getBundledCaseAnalysis("derna")!;

/** One analyzed seed article by id. */
export function seedArticle(id: string) {
  const found = analysis.articles.find((a) => a.article.id === id);
  if (!found) throw new Error(`no seed article ${id}`);
  return found;
}

/** Wrap a tree in the URL-state adapter, with an initial query and a spy on URL updates. */
export function withUrl(children: ReactNode, { searchParams = "", onUrlUpdate }: { searchParams?: string; onUrlUpdate?: OnUrlUpdateFunction } = {}) {
  return (
    <NuqsTestingAdapter searchParams={searchParams} onUrlUpdate={onUrlUpdate} hasMemory>
      {children}
    </NuqsTestingAdapter>
  );
}

/** A seed article's tagged text in its provider, as the reader page renders it. */
export function TaggedArticle({ id, focus = null }: { id: string; focus?: Focus | null }) {
  const { article, mentions, segments } = seedArticle(id);
  return (
    <ReaderProvider details={buildTooltipDetails(analysis.caseStudy, mentions, "en")} focus={focus}>
      <ArticleText text={article.text} segments={segments} mentions={mentions} language={article.language} locale="en" strings={READER_MESSAGES.en} />
    </ReaderProvider>
  );
}
