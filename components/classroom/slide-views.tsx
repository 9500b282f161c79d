import Link from "next/link";
import type { CSSProperties } from "react";
import { ArticleDate } from "@/components/case-study/article-date";
import { CaseText } from "@/components/case-study/case-text";
import { NoteLines } from "@/components/matrix/referent-notes";
import { OVERVIEW_MESSAGES } from "@/lib/i18n/overview-messages";
import { StanceSign } from "@/components/matrix/stance-sign";
import { ExcerptText } from "./excerpt-text";
import { ExcerptTranslation } from "./excerpt-translation";
import { SlideHeading } from "./slide-heading";
import { SummarySlideView } from "./summary-slide";
import { ArabicText } from "@/components/ui/arabic-text";
import { STANCES, type CategoryId, type Stance } from "@/lib/case-study/schema";
import { articlePath } from "@/lib/case-study/paths";
import type { CaseStudy } from "@/lib/case-study/types";
import { evidenceTablePath } from "@/lib/comparison/evidence-url";
import type { LabelUse } from "@/lib/comparison/label-matrix";
import { CATEGORY_COLORS, PLAIN_NAME_EDGE, STANCE_COLORS, STANCE_LINE_STYLES } from "@/lib/comparison/palette";
import type { PairSide, PairSlide, RowSlide, Slide } from "@/lib/classroom/slides";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { caseText } from "@/lib/i18n/case-text";
import { format } from "@/lib/i18n/messages";
import type { PresentMessages } from "@/lib/i18n/present-messages";
import { STANCE_NAMES, categoryName } from "@/lib/i18n/taxonomy-messages";

export interface SlideViewProps {
  slide: Slide;
  caseStudy: CaseStudy;
  locale: Locale;
  t: PresentMessages;
}

/**
 * One slide at classroom size. Every size is in `em` of the deck, whose type scales with the
 * screen (≥ 28 px at 1920×1080 on the actor, event and pair slides; ≥ 24 px in the summary's
 * table and the deck's controls), and nothing needs a tooltip: gloss, stance and count are
 * written out beside every Arabic form.
 */
export function SlideView(props: SlideViewProps) {
  const { slide } = props;
  if (slide.kind === "title") return <TitleSlideView {...props} />;
  if (slide.kind === "pair") return <PairSlideView {...props} slide={slide} />;
  if (slide.kind === "summary") return <SummarySlideView {...props} slide={slide} />;
  return <RowSlideView {...props} slide={slide} />;
}

function TitleSlideView({ caseStudy, locale, t }: SlideViewProps) {
  return (
    <div className="flex h-full flex-col justify-center gap-[1em]">
      <div>
        <p className="text-[1em] font-semibold uppercase tracking-wide text-accent-strong">{t.titleKicker}</p>
        <h2 id="slide-title-title" className="text-[2.6em] font-bold leading-tight text-ink">
          {caseStudy.name[locale]}
        </h2>
        <p className="mt-[0.4em] max-w-[52em] text-[1em] leading-snug text-ink">{caseStudy.description[locale]}</p>
      </div>
      <div className="grid gap-[1.5em] lg:grid-cols-2">
        <section aria-labelledby="title-outlets">
          <h3 id="title-outlets" className="mb-[0.3em] text-[1.1em] font-semibold">
            {t.titleOutlets}
          </h3>
          <ul className="grid gap-[0.2em] text-[1em]">
            {caseStudy.outlets.map((outlet) => (
              <li key={outlet.id}>
                <span className="font-semibold">{outlet.name[locale]}</span>
                <span className="text-muted">
                  {" "}
                  · <CaseText shown={caseText(outlet.country, outlet.country_ar, locale)} /> · {articleCount(caseStudy.articles.filter((a) => a.outlet.id === outlet.id).length, t)}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="title-legend">
          <h3 id="title-legend" className="mb-[0.3em] text-[1.1em] font-semibold">
            {t.titleLegend}
          </h3>
          <p className="text-[1em]">{t.legendStance}</p>
          <ul className="my-[0.3em] grid gap-[0.2em] text-[1em]">
            {STANCES.map((stance) => (
              <li key={stance} className="flex items-center gap-[0.4em]">
                <Sign stance={stance} />
                {STANCE_NAMES[locale][stance]}
              </li>
            ))}
          </ul>
          <p className="text-[1em]">{t.legendCount}</p>
        </section>
      </div>
    </div>
  );
}

function RowSlideView({ slide, caseStudy, locale, t }: SlideViewProps & { slide: RowSlide }) {
  const actor = slide.kind === "actor";
  const outlets = new Map(caseStudy.outlets.map((o) => [o.id, o]));
  return (
    <div className="flex h-full flex-col">
      <SlideHeading
        id={`slide-title-${slide.id}`}
        kicker={actor ? t.actorKicker : t.eventKicker}
        title={slide.row.name[locale]}
        question={actor ? t.actorQuestion : t.eventQuestion}
      />
      {/* One column per outlet on a wide screen; two, then one, as the screen narrows, so no card is squeezed. */}
      <div
        className="grid gap-[0.8em] sm:grid-cols-2 lg:[grid-template-columns:repeat(var(--outlets),minmax(0,1fr))]"
        style={{ "--outlets": slide.columns.length } as CSSProperties}
      >
        {slide.columns.map((column) => (
          <section key={column.outlet} aria-labelledby={`${slide.id}-${column.outlet}`} data-outlet={column.outlet} className="min-w-0">
            <h3 id={`${slide.id}-${column.outlet}`} className="mb-[0.4em] border-b-[0.12em] border-ink pb-[0.2em] text-[1.15em] font-bold">
              {outlets.get(column.outlet)?.name[locale] ?? column.outlet}
            </h3>
            {column.labels.length === 0 ? (
              <p className="text-[1em] italic text-muted">{actor ? t.neverNamed : t.neverNamedEvent}</p>
            ) : (
              <LabelCards uses={column.labels} outlet={column.outlet} slide={slide} caseStudy={caseStudy} locale={locale} t={t} />
            )}
            {column.omitted.labels > 0 && (
              // A native disclosure: Enter or Space opens the rest in place, with or without script.
              <details data-testid="more-labels" className="mt-[0.4em]">
                <summary className="cursor-pointer rounded-[0.2em] text-[1em] font-medium text-accent-strong underline underline-offset-4">
                  {format(column.omitted.labels === 1 ? t.moreOne : t.more, { labels: column.omitted.labels, uses: column.omitted.uses })}
                </summary>
                <LabelCards uses={column.rest} outlet={column.outlet} slide={slide} caseStudy={caseStudy} locale={locale} t={t} className="mt-[0.45em]" />
              </details>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}

/** One column's labels, each a card linked to its uses in the evidence table. */
function LabelCards({ uses, outlet, slide, caseStudy, locale, t, className = "" }: { uses: readonly LabelUse[]; outlet: string; slide: RowSlide; caseStudy: CaseStudy; locale: Locale; t: PresentMessages; className?: string }) {
  const actor = slide.kind === "actor";
  return (
    <ul className={`grid gap-[0.3em] ${className}`}>
      {uses.map((use) => (
        <li key={use.entry}>
          <LabelCard
            use={use}
            byStance={actor}
            href={localizedHref(evidenceTablePath(caseStudy.id, { entry: [use.entry], outlet: [outlet], ...(actor ? { actor: [slide.row.id] } : {}) }), locale)}
            locale={locale}
            t={t}
          />
        </li>
      ))}
    </ul>
  );
}

interface LabelCardProps {
  use: LabelUse;
  /** An actor's label is told by its stance; an event's term by its category. */
  byStance: boolean;
  /** The evidence table filtered to the uses counted. */
  href: string;
  locale: Locale;
  t: PresentMessages;
}

/** One label written out in full: Arabic form, stance (sign and word) or category, count, gloss; a plain name says so. */
function LabelCard({ use, byStance, href, locale, t }: LabelCardProps) {
  // A plain name frames nothing: no stance, a dashed grey edge, "plain name" written out.
  const stance = byStance && use.category !== null ? use.stance : null;
  const edge: CSSProperties = stance
    ? { borderInlineStartColor: STANCE_COLORS[stance], borderInlineStartStyle: STANCE_LINE_STYLES[stance] }
    : { borderInlineStartColor: CATEGORY_COLORS[use.category as CategoryId] ?? PLAIN_NAME_EDGE, borderInlineStartStyle: use.category === null ? "dashed" : "solid" };
  return (
    <div data-entry={use.entry} className="rounded-[0.3em] border-s-[0.3em] bg-white px-[0.5em] py-[0.2em] shadow-sm" style={edge}>
      <ArabicText as="p" className="text-[1.15em] font-semibold leading-snug text-ink">
        {use.form}
      </ArabicText>
      {/* Sign, name and count on one line: a long name wraps beside its sign, never pushing the count to a line of its own. */}
      <p className="flex items-start gap-x-[0.4em] text-[1em] leading-snug">
        {stance ? (
          <>
            <Sign stance={stance} />
            <span className="min-w-0 flex-1">{STANCE_NAMES[locale][stance]}</span>
          </>
        ) : (
          <>
            <span aria-hidden="true" className="mt-[0.35em] inline-block size-[0.7em] shrink-0 rounded-full" style={{ background: CATEGORY_COLORS[use.category as CategoryId] ?? "#777" }} />
            {/* "Plain name" alone: its grey dashed edge and the title slide's key say it frames nothing. */}
            <span className="min-w-0 flex-1">{use.category === null ? t.plainName : categoryName(use.category, locale)}</span>
          </>
        )}
        <Link href={href} className="ms-auto shrink-0 font-bold tabular-nums text-accent-strong underline-offset-4 hover:underline" aria-label={use.count === 1 ? t.usedOnce : format(t.usesLabel, { count: use.count })}>
          <span dir="ltr">{format(t.uses, { count: use.count })}</span>
        </Link>
      </p>
      {/* The gloss aligns with the form above it; bdi keeps its English words in order. */}
      <p className="text-[1em] leading-snug text-ink">
        <bdi lang="en">{use.gloss}</bdi>
      </p>
      {use.quoted > 0 && <p className="text-[1em] text-muted">{format(t.quoted, { count: use.quoted })}</p>}
      {use.notes.length > 0 && (
        // The curator's notes open on demand: written out on every card they made a slide
        // run far off the screen (the same note under three labels of one outlet).
        <details data-testid="label-notes-toggle" className="mt-[0.2em]">
          <summary className="cursor-pointer text-[0.92em] font-semibold text-accent-strong underline underline-offset-4">{OVERVIEW_MESSAGES[locale].curatorNote}</summary>
          <NoteLines notes={use.notes} locale={locale} className="mt-[0.2em] text-[0.92em] leading-snug text-ink" />
        </details>
      )}
    </div>
  );
}

/** A stance's sign at the slide's type size. */
function Sign({ stance }: { stance: Stance }) {
  return <StanceSign stance={stance} className="mt-[0.1em] size-[1.15em] shrink-0 border-[0.12em] text-[1em]" />;
}

function PairSlideView({ slide, caseStudy, locale, t }: SlideViewProps & { slide: PairSlide }) {
  const actor = slide.row.kind === "actor";
  const name = (outlet: string) => caseStudy.outlets.find((o) => o.id === outlet)?.name[locale] ?? outlet;
  const [a, b] = slide.sides;
  // How a label is quoted in the explanation: its English gloss in English, its Arabic form in
  // Arabic; isolated (FSI … PDI) so quotation marks and punctuation stay on the right side.
  // A category's name inside a sentence: "writes of liberation", not "of Liberation".
  const inSentence = (category: string) => (locale === "en" ? categoryName(category, locale).toLowerCase() : categoryName(category, locale));
  const quote = (side: PairSide) => `\u2068${locale === "ar" ? side.label.form : side.label.gloss}\u2069`;
  const verb = (stance: Stance | null) =>
    stance === "legitimizing" ? t.verbLegitimizing : stance === "delegitimizing" ? t.verbDelegitimizing : t.verbNeutral;
  const explanation =
    slide.contrast === "different-category"
      ? format(t.pairCategory, { a: name(a.outlet), aCategory: inSentence(a.label.category ?? ""), aGloss: quote(a), b: name(b.outlet), bCategory: inSentence(b.label.category ?? ""), bGloss: quote(b) })
      : format(slide.contrast === "opposite-stance" ? t.pairOpposite : t.pairDifferentStance, {
          a: name(a.outlet),
          aGloss: quote(a),
          aVerb: verb(a.label.stance),
          b: name(b.outlet),
          bGloss: quote(b),
          bVerb: verb(b.label.stance),
        });
  return (
    <div className="flex flex-col md:h-full">
      <SlideHeading id={`slide-title-${slide.id}`} kicker={format(t.pairKicker, { kind: actor ? t.pairActor : t.pairEvent })} title={slide.row.name[locale]} />
      {/* Side by side from a tablet up, the row filling the slide so that a long translation scrolls in its box; stacked on a phone. */}
      <div className="grid gap-[1.2em] md:min-h-0 md:flex-1 md:grid-cols-2 md:grid-rows-[minmax(0,1fr)]">
        {slide.sides.map((side) => (
          <PairSideView key={side.outlet} slideId={slide.id} side={side} byStance={actor} caseStudy={caseStudy} outletName={name(side.outlet)} locale={locale} t={t} />
        ))}
      </div>
      <p data-testid="pair-explanation" className="mt-[0.6em] rounded-[0.3em] border-s-[0.25em] border-accent bg-accent-soft px-[0.7em] py-[0.4em] text-[1em] leading-snug text-ink">
        {explanation}
      </p>
    </div>
  );
}

function PairSideView({ slideId, side, byStance, caseStudy, outletName, locale, t }: { slideId: string; side: PairSide; byStance: boolean; caseStudy: CaseStudy; outletName: string; locale: Locale; t: PresentMessages }) {
  const article = caseStudy.articles.find((a) => a.id === side.excerpt.article);
  return (
    <section aria-label={outletName} data-outlet={side.outlet} className="flex min-w-0 flex-col gap-[0.4em] md:min-h-0">
      <h3 className="flex flex-wrap items-baseline gap-x-[0.5em] border-b-[0.12em] border-ink pb-[0.2em] text-[1.15em] font-bold">
        {outletName}
        {article && (
          <span className="text-[0.9em] font-normal text-muted">
            <ArticleDate article={article} locale={locale} />
          </span>
        )}
        <Link
          href={localizedHref(`${articlePath(caseStudy.id, side.excerpt.article)}#m-${side.excerpt.mentionStart}`, locale)}
          className="ms-auto text-[0.87em] font-medium text-accent-strong underline underline-offset-4"
        >
          {t.openInReader}
        </Link>
      </h3>
      <ExcerptText excerpt={side.excerpt} language={article?.language ?? "ar"} byStance={byStance} />
      <ExcerptTranslation
        id={`${slideId}-${side.outlet}-translation`}
        text={side.translation}
        entry={side.label.entry}
        lexicon={caseStudy.lexicon}
        label={t.translationLabel}
        missing={t.noTranslation}
        locale={locale}
      />
      <LabelCard
        use={side.label}
        byStance={byStance}
        href={localizedHref(evidenceTablePath(caseStudy.id, { entry: [side.label.entry], outlet: [side.outlet] }), locale)}
        locale={locale}
        t={t}
      />
    </section>
  );
}

function articleCount(count: number, t: PresentMessages): string {
  return count === 1 ? t.titleArticle : format(t.titleArticles, { count });
}
