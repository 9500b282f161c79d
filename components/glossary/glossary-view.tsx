import { HowToRead } from "@/components/ui/how-to-read";
import { MixedText } from "@/components/ui/mixed-text";
import { CATEGORY_IDS } from "@/lib/case-study/schema";
import type { GlossaryEntry } from "@/lib/comparison/glossary";
import { CATEGORY_COLORS, PLAIN_NAME_COLOR } from "@/lib/comparison/palette";
import type { Locale } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";
import { format } from "@/lib/i18n/messages";
import { PLAIN_NAME } from "@/lib/i18n/taxonomy-messages";
import { GlossaryCard, type GlossaryNames } from "./glossary-card";
import { GlossarySearch } from "./glossary-search";

export interface GlossaryViewProps {
  locale: Locale;
  /** The case study's id, for links to its evidence table. */
  caseId: string;
  /** The glossary's path, without the language. */
  paths: { glossary: string };
  /** The entries the search kept. */
  entries: readonly GlossaryEntry[];
  /** Entries in the whole glossary. */
  total: number;
  /** The search in the URL. */
  query: string;
  names: GlossaryNames & { categories: Readonly<Record<string, string>> };
  messages: GlossaryMessages;
  howToReadTitle: string;
}

/** The glossary: a search, then every lexicon entry the search keeps, grouped by framing category, plain names last. */
export function GlossaryView({ locale, caseId, paths, entries, total, query, names, messages: t, howToReadTitle }: GlossaryViewProps) {
  // Plain names (no framing category) come last, in a group of their own: they name an actor and frame nothing.
  const groups = [
    ...CATEGORY_IDS.map((category) => ({
      id: category as string,
      name: names.categories[category] ?? category,
      color: CATEGORY_COLORS[category],
      items: entries.filter((e) => e.entry.category === category),
    })),
    { id: "plain-names", name: PLAIN_NAME[locale], color: PLAIN_NAME_COLOR, items: entries.filter((e) => e.entry.category === null) },
  ].filter((g) => g.items.length > 0);
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

      <GlossarySearch path={paths.glossary} locale={locale} query={query} messages={t} />
      <p className="mt-3 text-sm font-semibold" role="status" data-testid="glossary-count">
        {format(t.resultCount, { shown: entries.length, total })}
      </p>
      {entries.length === 0 && <p className="mt-4 text-base text-muted">{t.noResults}</p>}

      {groups.map(({ id, name, color, items }) => (
        <section key={id} aria-labelledby={`category-${id}`} className="mt-10" data-testid="glossary-category">
          <h2 id={`category-${id}`} className="flex items-center gap-2 border-b border-rule pb-2 text-2xl font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block size-4 shrink-0 rounded-sm ring-1 ring-black/20" style={{ backgroundColor: color }} />
            {name}
            <span className="ms-1 text-sm font-normal text-muted">{items.length === 1 ? t.categoryCountOne : format(t.categoryCount, { count: items.length })}</span>
          </h2>
          <ul className="mt-4 grid gap-4 lg:grid-cols-2">
            {items.map((item) => (
              <GlossaryCard
                key={item.entry.id}
                item={item}
                caseId={caseId}
                locale={locale}
                names={names}
                color={color}
                messages={t}
              />
            ))}
          </ul>
          {id === "plain-names" && <p className="mt-3 text-sm text-muted">{t.plainNamesNote}</p>}
        </section>
      ))}
    </>
  );
}
