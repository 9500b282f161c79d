import Link from "next/link";
import { caseSectionPath } from "@/lib/case-study/paths";
import type { CaseStudy } from "@/lib/case-study/types";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { ArticleList } from "./article-list";
import { OutletList } from "./outlet-list";
import { BilingualName } from "@/components/ui/bilingual-name";

export interface CaseStudySummaryProps {
  caseStudy: Pick<CaseStudy, "id" | "name" | "description" | "outlets" | "articles">;
  locale: Locale;
  /** List only the first articles, with a link to all ({@link ArticleList}). */
  articleLimit?: { shown: number; allHref: string };
}

/** A case study as the first page introduces it: what it is about, its outlets and its articles. */
export function CaseStudySummary({ caseStudy, locale, articleLimit }: CaseStudySummaryProps) {
  const t = CASE_MESSAGES[locale];
  const { id, name, description, outlets, articles } = caseStudy;
  const headingId = `case-${id}-title`;
  const overview = localizedHref(caseSectionPath(id), locale);
  return (
    <section id={`case-${id}`} aria-labelledby={headingId} data-testid="case-study" className="scroll-mt-6">
      <div className="border-b border-rule pb-6">
        <h3 id={headingId} className="text-2xl font-semibold tracking-tight">
          {/* The title opens the comparison: the first question a student brings is answered there. */}
          <Link href={overview} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 underline-offset-4 hover:underline">
            <BilingualName name={name} arabicClassName="text-2xl font-normal text-muted" />
          </Link>
        </h3>
        <p className="mt-1 text-sm text-muted">
          {format(t.outletsAndArticles, { outlets: outlets.length, articles: articles.length })}
        </p>
        <p className="mt-4 max-w-3xl text-base leading-relaxed">{description[locale]}</p>
        <p className="mt-4">
          <Link href={overview} className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent/90" data-testid="open-comparison">
            {t.openComparison}
          </Link>
        </p>
      </div>

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div>
          <h4 className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{t.outlets}</h4>
          <OutletList outlets={outlets} locale={locale} />
        </div>
        <div>
          <h4 className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{t.articles}</h4>
          <ArticleList caseId={id} articles={articles} locale={locale} limit={articleLimit} />
        </div>
      </div>
    </section>
  );
}
