import type { ReactNode } from "react";
import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import { CATEGORY_IDS } from "@/lib/case-study/schema";
import type { GlossaryEntry } from "@/lib/comparison/glossary";
import { CATEGORY_COLORS, PLAIN_NAME_COLOR } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";
import { PLAIN_NAME } from "@/lib/i18n/taxonomy-messages";
import { GlossaryCard, type GlossaryNames } from "./glossary-card";
import { GlossaryFilter, type GlossaryGroup } from "./glossary-filter";
import { format } from "@/lib/i18n/messages";

export interface GlossaryViewProps {
  locale: Locale;
  /** The case study's id, for links to its evidence table. */
  caseId: string;
  /** The glossary's path, without the language. */
  paths: { glossary: string };
  /** Every entry of the glossary. */
  entries: readonly GlossaryEntry[];
  /** Entries in the whole glossary. */
  total: number;
  /** The search in the URL, which the page opens with. */
  query: string;
  /** The case's own most used plain names, as a parenthesis for the plain names' note ("" for none). */
  plainNames: string;
  names: GlossaryNames & { categories: Readonly<Record<string, string>> };
  messages: GlossaryMessages;
  howToReadTitle: string;
  /** The period control (`?from=…&to=…`), drawn by the page; none leaves it out. */
  periodControl?: ReactNode;
}

/**
 * The glossary: a search, then every lexicon entry the search keeps, grouped by framing category,
 * plain names last. The cards are drawn here, on the server, once each; the search (in the
 * browser) only chooses which of them show.
 */
export function GlossaryView({ locale, caseId, paths, entries, total, query, plainNames, names, messages: t, howToReadTitle, periodControl }: GlossaryViewProps) {
  const card = (item: GlossaryEntry, color: string) => ({
    id: item.entry.id,
    searchText: item.searchText,
    card: <GlossaryCard item={item} caseId={caseId} locale={locale} names={names} color={color} messages={t} />,
  });
  // Plain names (no framing category) come last, in a group of their own: they name an actor and frame nothing.
  const groups: GlossaryGroup[] = [
    ...CATEGORY_IDS.map((category) => ({
      id: category as string,
      name: names.categories[category] ?? category,
      color: CATEGORY_COLORS[category],
      entries: entries.filter((e) => e.entry.category === category).map((e) => card(e, CATEGORY_COLORS[category])),
    })),
    {
      id: "plain-names",
      name: PLAIN_NAME[locale],
      color: PLAIN_NAME_COLOR,
      entries: entries.filter((e) => e.entry.category === null).map((e) => card(e, PLAIN_NAME_COLOR)),
      note: format(t.plainNamesNote, { examples: plainNames }),
    },
  ].filter((g) => g.entries.length > 0);
  return (
    <>
      <header className="mb-6 max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight">{t.title}</h1>
        <p className="mt-2 text-base leading-relaxed text-muted">{t.intro}</p>
      </header>

      <HowToRead title={howToReadTitle}>
        {[t.howEntries, t.howCounts, t.howStance, t.howSearch].map((text) => (
          <p key={text}>
            <MixedText>{text}</MixedText>
          </p>
        ))}
      </HowToRead>

      {periodControl && <div className="mb-4">{periodControl}</div>}

      <GlossaryFilter
        path={paths.glossary}
        locale={locale}
        initialQuery={query}
        groups={groups}
        total={total}
        messages={{
          searchLabel: t.searchLabel,
          searchPlaceholder: t.searchPlaceholder,
          searchButton: t.searchButton,
          clearSearch: t.clearSearch,
          resultCount: t.resultCount,
          noResults: t.noResults,
          categoryCount: t.categoryCount,
          categoryCountOne: t.categoryCountOne,
        }}
      />
    </>
  );
}
