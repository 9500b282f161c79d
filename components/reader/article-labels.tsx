import Link from "next/link";
import { ArabicText } from "@/components/ui/arabic-text";
import type { ArticleLabel } from "@/lib/comparison/article-labels";
import { STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { ReaderMessages } from "@/lib/i18n/reader-messages";
import { STANCE_NAMES } from "@/lib/i18n/taxonomy-messages";

export interface ArticleLabelsProps {
  /** "How this article names the LNA", in the interface language. */
  heading: string;
  /** What an empty list says: "Never named" for an actor. */
  emptyText: string;
  /** The labels, each with the link to its mentions in the evidence table. */
  labels: readonly (ArticleLabel & { href: string })[];
  /** The prefix of the text's mention ids, to jump to a label's first mention. */
  idPrefix?: string;
  locale: Locale;
  strings: Pick<ReaderMessages, "labelCountLabel" | "labelJumpLabel" | "quotedCount">;
}

/**
 * The labels one article used for an actor (or the terms of a category): the form as written,
 * its English gloss and how often the body uses it, coloured and signed by stance. An empty
 * list is said in words: silence is a finding too.
 */
export function ArticleLabels({ heading, emptyText, labels, idPrefix = "", locale, strings }: ArticleLabelsProps) {
  return (
    <div data-testid="article-labels">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{heading}</h3>
      {labels.length === 0 ? (
        <p className="mt-1.5 text-sm italic text-muted" data-testid="never-named">
          {emptyText}
        </p>
      ) : (
        <ul className="mt-1.5 flex flex-wrap gap-1.5">
          {labels.map((label) => (
            <li
              key={label.entry}
              data-testid="article-label"
              data-entry={label.entry}
              data-stance={label.stance ?? "none"}
              className="flex flex-wrap items-baseline gap-x-1.5 rounded-md border border-s-4 border-rule bg-white px-2 py-0.5 text-sm"
              style={label.stance ? { borderInlineStartColor: STANCE_COLORS[label.stance] } : undefined}
            >
              {label.stance && (
                <span className="font-bold" style={{ color: STANCE_COLORS[label.stance] }}>
                  <span aria-hidden="true">{STANCE_SIGNS[label.stance]}</span>
                  <span className="sr-only">{STANCE_NAMES[locale][label.stance]}</span>
                </span>
              )}
              <a href={`#${idPrefix}m-${label.first}`} title={strings.labelJumpLabel} className="text-ink underline-offset-4 hover:underline">
                <ArabicText className="text-lg leading-normal">{label.form}</ArabicText>
              </a>
              <span lang="en" dir="ltr" className="text-xs text-muted">
                {label.gloss}
              </span>
              {label.quoted > 0 && <span className="text-xs text-muted">({format(strings.quotedCount, { count: label.quoted })})</span>}
              <Link
                href={label.href}
                prefetch={false}
                aria-label={format(strings.labelCountLabel, { count: label.count })}
                className="font-semibold tabular-nums text-accent underline-offset-4 hover:underline"
              >
                ×{label.count}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
