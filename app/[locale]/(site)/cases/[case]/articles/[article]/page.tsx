import type { Metadata } from "next";
import { createLoader } from "nuqs/server";
import { ReaderView } from "@/components/reader/reader-view";
import { focusParsers, TRANSLATION_PARAM } from "@/components/reader/url-state";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { parseFocus } from "@/lib/comparison/focus";
import { findArticlePage } from "@/lib/pages/find-page";
import { getReaderView } from "@/lib/reader/reader-view";
import { VOICE_PARAM, parseVoiceView } from "@/lib/comparison/voice-url";

interface ArticlePageProps {
  params: Promise<{ locale: string; case: string; article: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadFocus = createLoader(focusParsers);

export async function generateMetadata({ params }: Pick<ArticlePageProps, "params">): Promise<Metadata> {
  const { locale, caseStudy, article } = await findArticlePage(params);
  return { title: `${article.outlet.name[locale]}, ${formatArticleDate(article, locale)} — ${caseStudy.name[locale]}` };
}

/**
 * One article, tagged: every line as captured with its framing terms highlighted and explained,
 * a legend that switches categories off, one actor singled out on request (`?actor=`), and the
 * labels that are not the outlet's own words faded on request (`?voice=outlet`), and the
 * translation by Framelens beside each paragraph unless hidden (`?translation=hide`).
 * Rendered per request, since the view is whatever the URL names.
 */
export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  const { locale, caseStudy, analyzed } = await findArticlePage(params);
  const { focus } = parseFocus({ actor: (await loadFocus(searchParams)).actor, category: null }, caseStudy.actors.map((a) => a.id));
  const view = getReaderView(caseStudy, analyzed, focus, locale);
  const query = await searchParams;
  const voice = parseVoiceView(query[VOICE_PARAM]);
  return <ReaderView view={view} analyzed={analyzed} voice={voice} showTranslation={query[TRANSLATION_PARAM] !== "hide"} />;
}
