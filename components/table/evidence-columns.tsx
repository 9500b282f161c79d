import { categoryName } from "@/lib/i18n/taxonomy-messages";
import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import { SourceText } from "@/components/ui/source-text";
import { articlePath } from "@/lib/case-study/paths";
import type { EvidenceRow } from "@/lib/comparison/evidence";
import type { EvidenceColumn } from "@/lib/comparison/evidence-query";
import type { EvidenceTableData } from "@/lib/comparison/evidence-table";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { TableMessages } from "@/lib/i18n/table-messages";
import { CategoryMark, KeywordInContext, ParagraphTranslation, StanceMark, VoiceMark } from "./evidence-cells";
import { ReferentCell } from "./referent-cell";

/** How a column's cells are laid out. */
export interface EvidenceColumnMeta {
  /** Classes of the column's header and body cells (widths, alignment). */
  className: string;
}

/**
 * The table's features: sorting and pagination state and APIs only. Filtering, sorting and
 * slicing run in `lib/comparison/evidence-query` (manual mode), over precomputed keys, so the
 * table builds row objects for the visible page alone, however many mentions there are.
 */
export const EVIDENCE_FEATURES = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnMeta: {} as EvidenceColumnMeta });

const helper = createColumnHelper<typeof EVIDENCE_FEATURES, EvidenceRow>();

/** What the cells need beyond the row: names in the interface language and where links lead. */
export interface EvidenceColumnsContext {
  caseId: string;
  locale: Locale;
  messages: TableMessages;
  names: EvidenceTableData["names"];
  articles: EvidenceTableData["articles"];
}

const none = <span className="text-muted">—</span>;

/**
 * The evidence table's columns, in display order; each sortable one's id is an {@link EvidenceColumn}, as `?sort=` names it.
 *
 * @param context names, strings and link targets
 * @returns the column definitions
 */
export function buildEvidenceColumns({ caseId, locale, messages: t, names, articles }: EvidenceColumnsContext) {
  return helper.columns([
    helper.accessor("outlet", {
      id: "outlet",
      header: t.colOutlet,
      meta: { className: "w-[4.5rem]" },
      cell: ({ row }) => <span className="font-medium">{names.outlet[row.original.outlet] ?? row.original.outlet}</span>,
    }),
    helper.accessor("article", {
      id: "article",
      header: t.colArticle,
      meta: { className: "w-[5.25rem]" },
      cell: ({ row }) => {
        const { article, start } = row.original;
        const headline = articles[article]?.headline;
        return (
          <Link
            href={localizedHref(`${articlePath(caseId, article)}#m-${start}`, locale)}
            prefetch={false}
            title={`${t.openAtMention}${headline ? `: ${headline}` : ""}`}
            className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
            data-testid="mention-link"
          >
            <bdi dir="ltr">{article}</bdi>
          </Link>
        );
      },
    }),
    helper.accessor("date", {
      id: "date",
      header: t.colDate,
      meta: { className: "w-[5rem]" },
      cell: ({ row }) => articles[row.original.article]?.date ?? row.original.date,
    }),
    helper.accessor("form", {
      id: "form",
      header: t.colForm,
      meta: { className: "w-[6.25rem]" },
      cell: ({ row }) => (
        <SourceText as="div" language={row.original.language} className={`leading-7 ${row.original.language === "ar" ? "text-base" : "text-sm"}`}>
          {row.original.form}
        </SourceText>
      ),
    }),
    helper.accessor("gloss", {
      id: "gloss",
      header: t.colGloss,
      // Wide enough for the lexicon's longest gloss words ("(excommunication)"), so none breaks mid-word;
      // a longer one is hyphenated where the browser can, as English.
      meta: { className: "w-[9rem]" },
      cell: ({ row }) => (
        <bdi lang="en" dir="ltr" className="hyphens-auto">
          {row.original.gloss}
        </bdi>
      ),
    }),
    helper.accessor("category", {
      id: "category",
      header: t.colCategory,
      meta: { className: "w-[7.5rem]" },
      cell: ({ row }) => <CategoryMark category={row.original.category} name={row.original.category === null ? categoryName(null, locale) : (names.category[row.original.category] ?? row.original.category)} />,
    }),
    helper.accessor("actor", {
      id: "actor",
      header: t.colActor,
      meta: { className: "w-[6.5rem]" },
      cell: ({ row }) => (row.original.actor === null ? none : (names.actor[row.original.actor] ?? row.original.actor)),
    }),
    helper.accessor("referent", {
      id: "referent",
      header: t.colReferent,
      meta: { className: "w-[6.25rem]" },
      cell: ({ row }) => <ReferentCell row={row.original} names={names.actor} locale={locale} noteLabel={t.curatorNote} />,
    }),
    helper.accessor("stance", {
      id: "stance",
      header: t.colStance,
      meta: { className: "w-[7rem]" },
      cell: ({ row }) => (row.original.stance === null ? none : <StanceMark stance={row.original.stance} name={names.stance[row.original.stance] ?? row.original.stance} />),
    }),
    helper.accessor("voice", {
      id: "voice",
      header: t.colVoice,
      sortDescFirst: true,
      meta: { className: "w-[5.75rem]" },
      cell: ({ row }) => <VoiceMark voice={row.original.voice} name={names.voice[row.original.voice] ?? row.original.voice} />,
    }),
    helper.accessor("language", {
      id: "language",
      header: t.colLanguage,
      // Room for the header's sort button: "Language" and its arrow.
      meta: { className: "w-[6rem]" },
      cell: ({ row }) => (row.original.language === "ar" ? t.languageAr : t.languageEn),
    }),
    // The page-chrome mark and the paragraph's translation sit in the context cell, so the table
    // fits a laptop's width without sideways scrolling.
    helper.accessor("after", {
      id: "context",
      header: t.colContext,
      meta: { className: "" },
      cell: ({ row }) => {
        const { before, form, after, category, language, chrome, translation, translationBy } = row.original;
        return (
          <>
            {chrome && <span className="mb-1 inline-block whitespace-nowrap rounded border border-dashed border-muted px-1.5 py-0.5 text-xs font-semibold text-ink">{t.notCounted}</span>}
            <KeywordInContext before={before} form={form} after={after} category={category} language={language} />
            {translation === null ? (
              <p className="mt-1 text-xs text-muted" data-testid="row-no-translation">
                {t.noTranslation}
              </p>
            ) : (
              <ParagraphTranslation text={translation} label={translationBy === "editor" ? t.colTranslationEditor : t.colTranslation} labelLang={locale} />
            )}
          </>
        );
      },
    }),
  ]);
}
