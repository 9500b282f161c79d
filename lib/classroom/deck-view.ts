import type { CaseAnalysis } from "@/lib/comparison/analyze-case";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { PRESENT_MESSAGES } from "@/lib/i18n/present-messages";
import { DECK_PARAMS, deckQuery, resolveDeck } from "./deck";
import { LABEL_ORDER_PARAM, orderSlide, readLabelOrder } from "./label-order";
import { arrangePath } from "./paths";
import { getSlides, slideTitle, type Slide } from "./slides";

/** The deck's URL, as Next gives its search params. */
export type DeckQuery = Record<string, string | string[] | undefined>;

/** What the full-screen deck shows for a URL. */
export interface DeckView {
  /** The slides to show, in order, each with its title in the interface language. */
  slides: { slide: Slide; title: string }[];
  /** The arrange page with this deck's order and hidden slides, localized: where "leave" goes. */
  leaveHref: string;
  /** What the URL named that the case has no slide for, said for the teacher; undefined when all is known. */
  notice: string | undefined;
}

/** One slide as the arrange page lists it. */
export interface ArrangeItem {
  id: string;
  kind: Slide["kind"];
  title: string;
  /** For a pair: its two outlets ("Libya 24 · Al Jazeera"), which tell it from the row's other pairs. */
  outlets?: string;
  /** For a pair the deck hides unless asked. */
  alternate?: true;
}

/** What the arrange page shows for a URL. */
export interface ArrangeView {
  items: ArrangeItem[];
  notice: string | undefined;
}

function readDeck(analysis: CaseAnalysis, query: DeckQuery) {
  const all = getSlides(analysis);
  return { all, deck: resolveDeck(all, { slides: query[DECK_PARAMS.slides], hide: query[DECK_PARAMS.hide], show: query[DECK_PARAMS.show] }) };
}

function unknownNotice(unknown: readonly string[], locale: Locale): string | undefined {
  return unknown.length > 0 ? format(PRESENT_MESSAGES[locale].unknownSlides, { ids: unknown.join("”, “") }) : undefined;
}

/**
 * The slides a deck URL asks for (`?slides=…&hide=…&show=…`), titled, their labels in the order
 * asked (`?order=contrasted`, else most used), with the way back to the arrange page and a
 * notice naming any slide id the case does not have.
 *
 * @param analysis the analyzed case study
 * @param query the deck page's search params
 * @param locale the interface language
 */
export function getDeckView(analysis: CaseAnalysis, query: DeckQuery, locale: Locale): DeckView {
  const { all, deck } = readDeck(analysis, query);
  const caseName = analysis.caseStudy.name[locale];
  const order = readLabelOrder(query[LABEL_ORDER_PARAM]);
  const back = deckQuery(deck, all);
  if (order !== "used") back.set(LABEL_ORDER_PARAM, order);
  return {
    slides: deck.slides.map((slide) => ({ slide: orderSlide(slide, order), title: slideTitle(slide, caseName, locale) })),
    leaveHref: localizedHref(arrangePath(analysis.caseStudy.id, back), locale),
    notice: unknownNotice(deck.unknown, locale),
  };
}

/**
 * Every slide of the case study, titled, for the teacher to pick, order and hide, and a notice
 * naming any slide id in the URL that the case does not have.
 *
 * @param analysis the analyzed case study
 * @param query the arrange page's search params
 * @param locale the interface language
 */
export function getArrangeView(analysis: CaseAnalysis, query: DeckQuery, locale: Locale): ArrangeView {
  const { all, deck } = readDeck(analysis, query);
  const { caseStudy } = analysis;
  const outletName = (id: string) => caseStudy.outlets.find((o) => o.id === id)?.name[locale] ?? id;
  return {
    items: all.map((slide) => ({
      id: slide.id,
      kind: slide.kind,
      title: slideTitle(slide, caseStudy.name[locale], locale),
      ...(slide.kind === "pair" ? { outlets: slide.sides.map((side) => outletName(side.outlet)).join(" · ") } : {}),
      ...(slide.kind === "pair" && slide.alternate ? { alternate: true as const } : {}),
    })),
    notice: unknownNotice(deck.unknown, locale),
  };
}
