import { StanceSign } from "@/components/matrix/stance-sign";
import { ArabicText } from "@/components/ui/arabic-text";
import type { Stance } from "@/lib/case-study/schema";
import { type GlossaryEntry, glossaryCountHref } from "@/lib/comparison/glossary";
import { displayForm } from "@/lib/engine";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import type { GlossaryMessages } from "@/lib/i18n/glossary-messages";
import { format } from "@/lib/i18n/messages";
import { termNote } from "@/lib/i18n/term-note";

/** Names the card shows, in the interface language. */
export interface GlossaryNames {
  outlets: readonly { id: string; name: string }[];
  actors: Readonly<Record<string, string>>;
  events: Readonly<Record<string, string>>;
  stances: Readonly<Record<string, string>>;
}

export interface GlossaryCardProps {
  item: GlossaryEntry;
  /** The case study's id, for links to its evidence table. */
  caseId: string;
  locale: Locale;
  names: GlossaryNames;
  /** The entry's category colour, for the card's edge. */
  color: string;
  messages: GlossaryMessages;
}

/**
 * One lexicon entry: its forms, gloss, actor and stance or event, the note on why it frames,
 * and each outlet's body mentions, every non-zero count linking to those mentions.
 */
export function GlossaryCard({ item, caseId, locale, names, color, messages: t }: GlossaryCardProps) {
  const { entry, byOutlet, total } = item;
  const [first, ...others] = entry.forms.map(displayForm);
  const note = termNote(entry, locale);
  return (
    <li
      id={`entry-${entry.id}`}
      data-testid="glossary-entry"
      data-entry={entry.id}
      className="grid min-w-0 content-start gap-3 rounded-lg border border-s-4 border-rule bg-white p-4"
      style={{ borderInlineStartColor: color }}
    >
      <div>
        <h3 className="text-xl font-semibold leading-9">
          <ArabicText breakAfterSlashes>{first}</ArabicText>
        </h3>
        <p className="text-base">
          <bdi lang="en" dir="ltr">
            {entry.gloss}
          </bdi>
        </p>
      </div>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1.5 text-sm">
        {others.length > 0 && (
          <>
            <dt className="pt-1 font-medium text-muted">{t.forms}</dt>
            <dd>
              <ul className="flex flex-wrap gap-1.5">
                {others.map((form) => (
                  <li key={form} className="rounded border border-rule bg-paper px-2 text-base leading-7">
                    <ArabicText breakAfterSlashes>{form}</ArabicText>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {entry.actor && entry.stance && (
          <>
            <dt className="font-medium text-muted">{t.actor}</dt>
            <dd className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="entry-actor">
              <span>{names.actors[entry.actor] ?? entry.actor}</span>
              <span className="inline-flex items-center gap-1.5">
                <StanceSign stance={entry.stance as Stance} />
                <span>{names.stances[entry.stance] ?? entry.stance}</span>
              </span>
            </dd>
          </>
        )}
        {entry.event && (
          <>
            <dt className="font-medium text-muted">{t.event}</dt>
            <dd>{names.events[entry.event] ?? entry.event}</dd>
          </>
        )}
      </dl>

      <div className="text-sm leading-relaxed">
        <p className="font-medium text-muted">{t.why}</p>
        <p lang={note.lang} dir={note.dir} className="text-start" data-testid="entry-note">
          {note.text}
        </p>
      </div>

      <div className="border-t border-rule pt-2 text-sm">
        {total === 0 ? (
          <p className="font-medium italic text-muted" data-testid="entry-not-found">
            {t.notFound}
          </p>
        ) : (
          <>
            <p className="font-medium text-muted">{t.usage}</p>
            <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1.5" data-testid="entry-usage">
              {names.outlets.map((outlet) => {
                const count = byOutlet[outlet.id] ?? 0;
                return (
                  <li key={outlet.id} className="inline-flex items-baseline gap-1">
                    <span>{outlet.name}</span>
                    {count > 0 ? (
                      // A plain link, not a client-side one: it opens the table by itself, even while
                      // this long page is still hydrating (a client link clicked then could be lost).
                      <a
                        href={localizedHref(glossaryCountHref(caseId, entry.id, outlet.id), locale)}
                        aria-label={format(t.outletCountLabel, { count, entry: first ?? entry.id, outlet: outlet.name })}
                        data-outlet={outlet.id}
                        className="rounded border border-accent/40 bg-accent-soft px-1.5 font-semibold tabular-nums text-accent-strong underline underline-offset-2 hover:bg-white"
                      >
                        {count}
                      </a>
                    ) : (
                      <span className="rounded border border-rule px-1.5 tabular-nums text-muted">0</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
