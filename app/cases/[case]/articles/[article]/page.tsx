import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleDate } from "@/components/case-study/article-date";
import { ArticleHeadline } from "@/components/case-study/article-headline";
import { ArticleDetails } from "@/components/reader/article-details";
import { ArticleText } from "@/components/reader/article-text";
import { SourceText } from "@/components/ui/source-text";
import { getArticle, getCaseStudy, listCaseStudies } from "@/lib/case-study/catalog";
import { formatArticleDate } from "@/lib/case-study/format-date";
import { caseStudyPath } from "@/lib/case-study/paths";
import { separateChrome } from "@/lib/engine";

interface ArticlePageProps {
  params: Promise<{ case: string; article: string }>;
}

// Every bundled article is pre-rendered; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { case: string; article: string }[] {
  return listCaseStudies().flatMap((caseStudy) =>
    caseStudy.articles.map((article) => ({ case: caseStudy.id, article: article.id })),
  );
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { caseStudy, article } = await findPage(params);
  return { title: `${article.outlet.name.en}, ${formatArticleDate(article)} — ${caseStudy.name.en}` };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { caseStudy, article } = await findPage(params);
  const segments = separateChrome(article.text, article.chromeLines);
  const dir = article.language === "ar" ? "rtl" : "ltr";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-8 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <li>
            <Link href="/" className="text-accent underline-offset-4 hover:underline">
              Case studies
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={caseStudyPath(caseStudy.id)} className="text-accent underline-offset-4 hover:underline">
              {caseStudy.name.en}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page">
            {article.outlet.name.en}, <ArticleDate article={article} />
          </li>
        </ol>
      </nav>

      <div className="grid gap-10 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,52rem)]">
        <aside aria-label="About this article" className="lg:pt-2">
          <ArticleDetails article={article} events={caseStudy.events} />
        </aside>

        <article lang={article.language} dir={dir} className="rounded-xl border border-rule bg-white px-6 py-8 shadow-sm sm:px-10">
          <header className="mb-8 border-b border-rule pb-6">
            <h1
              className={`${article.headline === null ? "text-2xl" : "text-[2rem]"} font-semibold leading-snug`}
              data-testid="headline"
            >
              <ArticleHeadline article={article} />
            </h1>
            {article.subheadline !== null && (
              <SourceText language={article.language} as="p" className="mt-3 text-xl text-muted">
                {article.subheadline}
              </SourceText>
            )}
          </header>

          <div lang="en" dir="ltr" className="mb-5 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">Text as captured</h2>
            <p className="text-xs text-muted">Every line of the source file; page chrome is boxed and not counted.</p>
          </div>
          <ArticleText text={article.text} segments={segments} language={article.language} />
        </article>
      </div>
    </>
  );
}

async function findPage(params: ArticlePageProps["params"]) {
  const { case: caseId, article: articleId } = await params;
  const caseStudy = getCaseStudy(caseId);
  const article = caseStudy && getArticle(caseStudy, articleId);
  if (!caseStudy || !article) notFound();
  return { caseStudy, article };
}
