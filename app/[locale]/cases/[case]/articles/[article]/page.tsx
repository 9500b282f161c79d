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
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { LOCALES, isLocale, localizedHref } from "@/lib/i18n/locale";
import { caseSectionPath } from "@/lib/case-study/paths";
import { separateChrome } from "@/lib/engine";

interface ArticlePageProps {
  params: Promise<{ locale: string; case: string; article: string }>;
}

// Every bundled article is pre-rendered; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { locale: string; case: string; article: string }[] {
  return LOCALES.flatMap((locale) =>
    listCaseStudies().flatMap((caseStudy) => caseStudy.articles.map((article) => ({ locale, case: caseStudy.id, article: article.id }))),
  );
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { locale, caseStudy, article } = await findPage(params);
  return { title: `${article.outlet.name[locale]}, ${formatArticleDate(article, locale)} — ${caseStudy.name[locale]}` };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { locale, caseStudy, article } = await findPage(params);
  const t = CASE_MESSAGES[locale];
  const segments = separateChrome(article.text, article.chromeLines);
  const dir = article.language === "ar" ? "rtl" : "ltr";

  return (
    <>
      <nav aria-label={t.breadcrumb} className="mb-8 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <li>
            <Link href={localizedHref("/", locale)} className="text-accent underline-offset-4 hover:underline">
              {t.caseStudies}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={localizedHref(caseSectionPath(caseStudy.id), locale)} className="text-accent underline-offset-4 hover:underline">
              {caseStudy.name[locale]}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page">
            {article.outlet.name[locale]}, <ArticleDate article={article} locale={locale} />
          </li>
        </ol>
      </nav>

      <div className="grid gap-10 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,52rem)]">
        <aside aria-label={t.aboutArticle} className="lg:pt-2">
          <ArticleDetails article={article} events={caseStudy.events} locale={locale} />
        </aside>

        <article lang={article.language} dir={dir} className="rounded-xl border border-rule bg-white px-6 py-8 shadow-sm sm:px-10">
          <header className="mb-8 border-b border-rule pb-6">
            <h1
              className={`${article.headline === null ? "text-2xl" : "text-[2rem]"} font-semibold leading-snug`}
              data-testid="headline"
            >
              <ArticleHeadline article={article} locale={locale} />
            </h1>
            {article.subheadline !== null && (
              <SourceText language={article.language} as="p" className="mt-3 text-xl text-muted">
                {article.subheadline}
              </SourceText>
            )}
          </header>

          <div lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className="mb-5 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">{t.textAsCaptured}</h2>
            <p className="text-xs text-muted">{t.textAsCapturedNote}</p>
          </div>
          <ArticleText text={article.text} segments={segments} language={article.language} locale={locale} chromeLabel={t.pageChrome} />
        </article>
      </div>
    </>
  );
}

async function findPage(params: ArticlePageProps["params"]) {
  const { locale, case: caseId, article: articleId } = await params;
  const caseStudy = getCaseStudy(caseId);
  const article = caseStudy && getArticle(caseStudy, articleId);
  if (!isLocale(locale) || !caseStudy || !article) notFound();
  return { locale, caseStudy, article };
}
