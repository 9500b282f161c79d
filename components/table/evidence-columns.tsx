import { categoryName } from "@/lib/i18n/taxonomy-messages";
import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import { ArabicText } from "@/components/ui/arabic-text";
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
      meta: { className: "w-[5.25rem] 2xl:w-[6rem]" },
      cell: ({ row }) => <span className="font-medium">{names.outlet[row.original.outlet] ?? row.original.outlet}</span>,
    }),
    helper.accessor("article", {
      id: "article",
      header: t.colArticle,
      meta: { className: "w-[5.5rem] 2xl:w-[6.5rem]" },
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
      meta: { className: "w-[5.75rem] 2xl:w-[6.5rem]" },
      cell: ({ row }) => articles[row.original.article]?.date ?? row.original.date,
    }),
    helper.accessor("form", {
      id: "form",
      header: t.colForm,
      meta: { className: "w-[6.75rem] 2xl:w-[8.5rem]" },
      cell: ({ row }) => (
        <ArabicText as="div" className="text-base leading-7">
          {row.original.form}
        </ArabicText>
      ),
    }),
    helper.accessor("gloss", {
      id: "gloss",
      header: t.colGloss,
      // Wide enough for the lexicon's longest gloss words ("(excommunication)"), so none breaks mid-word;
      // a longer one is hyphenated where the browser can, as English.
      meta: { className: "w-[9rem] 2xl:w-[10rem]" },
      cell: ({ row }) => (
        <bdi lang="en" dir="ltr" className="hyphens-auto">
          {row.original.gloss}
        </bdi>
      ),
    }),
    helper.accessor("category", {
      id: "category",
      header: t.colCategory,
      meta: { className: "w-[8.5rem] 2xl:w-[9rem]" },
      cell: ({ row }) => <CategoryMark category={row.original.category} name={row.original.category === null ? categoryName(null, locale) : (names.category[row.original.category] ?? row.original.category)} />,
    }),
    helper.accessor("actor", {
      id: "actor",
      header: t.colActor,
      meta: { className: "w-[7.25rem] 2xl:w-[9rem]" },
      cell: ({ row }) => (row.original.actor === null ? none : (names.actor[row.original.actor] ?? row.original.actor)),
    }),
    helper.accessor("referent", {
      id: "referent",
      header: t.colReferent,
      meta: { className: "w-[8rem] 2xl:w-[10rem]" },
      cell: ({ row }) => <ReferentCell row={row.original} names={names.actor} locale={locale} noteLabel={t.curatorNote} />,
    }),
    helper.accessor("stance", {
      id: "stance",
      header: t.colStance,
      meta: { className: "w-[8rem] 2xl:w-[8.5rem]" },
      cell: ({ row }) => (row.original.stance === null ? none : <StanceMark stance={row.original.stance} name={names.stance[row.original.stance] ?? row.original.stance} />),
    }),
    helper.accessor("voice", {
      id: "voice",
      header: t.colVoice,
      sortDescFirst: true,
      meta: { className: "w-[6.5rem] 2xl:w-[7rem]" },
      cell: ({ row }) => <VoiceMark voice={row.original.voice} name={names.voice[row.original.voice] ?? row.original.voice} />,
    }),
    helper.accessor("chrome", {
      id: "chrome",
      header: t.colChrome,
      sortDescFirst: true,
      meta: { className: "w-[5.75rem] 2xl:w-[6rem]" },
      cell: ({ row }) =>
        row.original.chrome ? (
          <span className="whitespace-nowrap rounded border border-dashed border-muted px-1.5 py-0.5 text-xs font-semibold text-ink">{t.notCounted}</span>
        ) : (
          <span className="text-muted">{t.counted}</span>
        ),
    }),
    helper.accessor("after", {
      id: "context",
      header: t.colContext,
      meta: { className: "" },
      cell: ({ row }) => <KeywordInContext before={row.original.before} form={row.original.form} after={row.original.after} category={row.original.category} />,
    }),
    // Not sortable: an order of paragraphs' English says nothing about the mentions.
    helper.accessor("translation", {
      id: "translation",
      header: t.colTranslation,
      enableSorting: false,
      meta: { className: "w-[13rem] 2xl:w-[16rem]" },
      cell: ({ row }) => (row.original.translation === null ? <span className="text-xs text-muted">{t.noTranslation}</span> : <ParagraphTranslation text={row.original.translation} />),
    }),
  ]);
}
