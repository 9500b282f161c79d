"use client";

import Link from "next/link";
import { parseAsString, useQueryStates } from "nuqs";
import { useEffect, useState, useSyncExternalStore } from "react";
import { DECK_PARAMS, deckQuery, endAt, resolveDeck } from "@/lib/classroom/deck";
import { LABEL_ORDER_PARAM, LABEL_ORDERS, readLabelOrder } from "@/lib/classroom/label-order";
import { presentPath } from "@/lib/classroom/paths";
import type { Slide } from "@/lib/classroom/slides";
import { type Locale, localizedHref } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import type { PresentMessages } from "@/lib/i18n/present-messages";

/** A slide as the arrange view lists it. */
export interface ArrangeItem {
  id: string;
  kind: Slide["kind"];
  title: string;
  /** A pair's two outlets, by name. */
  outlets?: string;
  /** A further pair of a row: listed hidden until the teacher shows it. */
  alternate?: boolean;
}

export interface DeckArrangerProps {
  caseId: string;
  /** Every slide of the case study, in the default order. */
  items: ArrangeItem[];
  locale: Locale;
  strings: Pick<
    PresentMessages,
    | "start"
    | "startAt"
    | "deckLink"
    | "copy"
    | "copied"
    | "reset"
    | "moveUp"
    | "moveDown"
    | "showSlide"
    | "shownCount"
    | "hiddenTag"
    | "kindTitle"
    | "kindActor"
    | "kindEvent"
    | "kindPair"
    | "kindAlternatePair"
    | "kindSummary"
    | "slideListLabel"
    | "endHere"
    | "endHereLabel"
    | "orderLegend"
    | "orderUsed"
    | "orderContrasted"
    | "orderHelp"
  >;
}

const deckParsers = {
  [DECK_PARAMS.slides]: parseAsString,
  [DECK_PARAMS.hide]: parseAsString,
  [DECK_PARAMS.show]: parseAsString,
  [LABEL_ORDER_PARAM]: parseAsString,
};

/** The slide that closes the deck when shown: "End here" leaves it in place. */
const CLOSING = ["summary"];

/**
 * The teacher's arrange view: every slide in the deck's order, each with a checkbox to show or
 * hide it, buttons to move it and one to end the deck there; the order of the labels on each
 * slide (most used or most contrasted first). The deck lives in this page's URL
 * (`?slides=…&hide=…&order=…`), so the link to start it, and to share it, is always the one on screen.
 */
export function DeckArranger({ caseId, items, locale, strings: t }: DeckArrangerProps) {
  const [params, setParams] = useQueryStates(deckParsers, { history: "replace", scroll: false });
  const deck = resolveDeck(items, { slides: params.slides, hide: params.hide, show: params.show });
  const byId = new Map(items.map((item) => [item.id, item]));
  const order = readLabelOrder(params.order);
  const query = deckQuery(deck, items);
  if (order !== "used") query.set(LABEL_ORDER_PARAM, order);
  const startHref = localizedHref(presentPath(caseId, query), locale);
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  useEffect(() => {
    if (focusAfterMove) document.getElementById(focusAfterMove)?.focus();
  }, [focusAfterMove, deck.order]);

  function write(order: string[], hidden: string[]) {
    const next = deckQuery({ order, hidden }, items);
    void setParams({ slides: next.get(DECK_PARAMS.slides), hide: next.get(DECK_PARAMS.hide), show: next.get(DECK_PARAMS.show) });
  }
  function move(id: string, by: -1 | 1, buttonId: string) {
    const order = [...deck.order];
    const from = order.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, id);
    write(order, deck.hidden);
    setFocusAfterMove(buttonId);
  }
  function endHere(id: string) {
    write(deck.order, endAt(deck, id, CLOSING));
  }
  function toggle(id: string, shown: boolean) {
    write(deck.order, shown ? deck.hidden.filter((h) => h !== id) : [...deck.hidden, id]);
  }

  const kindName = { title: t.kindTitle, actor: t.kindActor, event: t.kindEvent, pair: t.kindPair, summary: t.kindSummary };
  const lastShown = deck.order.findLast((id) => !deck.hidden.includes(id));
  const visible = deck.order.filter((id) => !deck.hidden.includes(id));
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <Link href={startHref} data-testid="start-deck" className="rounded-lg bg-accent px-5 py-2.5 text-base font-semibold text-white hover:bg-accent-strong">
          {t.start}
        </Link>
        <p className="text-sm text-muted" data-testid="shown-count">
          {format(t.shownCount, { shown: visible.length, count: deck.order.length })}
        </p>
        <button type="button" onClick={() => void setParams({ slides: null, hide: null, show: null, order: null })} className="ms-auto rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-medium hover:border-accent">
          {t.reset}
        </button>
      </div>

      <DeckLink href={startHref} strings={t} />

      <fieldset data-testid="label-order" className="grid gap-2 rounded-lg border border-rule bg-white px-4 py-3">
        <legend className="px-1 text-sm font-semibold">{t.orderLegend}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {LABEL_ORDERS.map((value) => (
            <label key={value} className="flex items-center gap-2 text-base">
              <input
                type="radio"
                name="label-order"
                value={value}
                checked={order === value}
                onChange={() => void setParams({ order: value === "used" ? null : value })}
                className="size-4 accent-[var(--color-accent)]"
              />
              {value === "used" ? t.orderUsed : t.orderContrasted}
            </label>
          ))}
        </div>
        <p className="max-w-3xl text-sm leading-relaxed text-muted">{t.orderHelp}</p>
      </fieldset>

      <ol aria-label={t.slideListLabel} className="grid gap-2" data-testid="arrange-list">
        {deck.order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const shown = !deck.hidden.includes(id);
          const position = visible.indexOf(id) + 1;
          const checkboxId = `show-${id}`;
          return (
            <li
              key={id}
              data-slide={id}
              data-hidden={shown ? undefined : "true"}
              className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border px-3 py-2 ${shown ? "border-rule bg-white" : "border-dashed border-rule bg-paper text-muted"}`}
            >
              <span className="w-8 text-end font-semibold tabular-nums text-muted">{shown ? position : "–"}</span>
              <input
                id={checkboxId}
                type="checkbox"
                checked={shown}
                onChange={(event) => toggle(id, event.target.checked)}
                className="size-5 accent-[var(--color-accent)]"
              />
              <label htmlFor={checkboxId} className="flex min-w-0 flex-1 cursor-pointer flex-wrap items-baseline gap-x-2">
                <span className="sr-only">{format(t.showSlide, { title: item.title })}: </span>
                <span className="rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-accent-strong">
                  {item.alternate ? t.kindAlternatePair : kindName[item.kind]}
                </span>
                <span aria-hidden="true" className={`font-medium ${shown ? "text-ink" : ""}`}>
                  {item.title}
                </span>
                {item.outlets && <span className="text-sm">{item.outlets}</span>}
                <code className="text-xs text-muted">{id}</code>
                {!shown && <span className="text-xs font-semibold uppercase">{t.hiddenTag}</span>}
              </label>
              {shown && (
                <Link href={localizedHref(presentPath(caseId, withAt(query, position)), locale)} className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
                  {t.startAt}
                  <span className="sr-only">: {item.title}</span>
                </Link>
              )}
              {shown && id !== lastShown && !CLOSING.includes(id) && (
                <button
                  type="button"
                  onClick={() => endHere(id)}
                  data-testid={`end-here-${id}`}
                  className="rounded-md border border-rule bg-white px-2 py-1 text-sm font-medium hover:border-accent"
                >
                  {t.endHere}
                  <span className="sr-only">: {format(t.endHereLabel, { title: item.title })}</span>
                </button>
              )}
              <span className="flex gap-1">
                <MoveButton id={`up-${id}`} label={format(t.moveUp, { title: item.title })} disabled={index === 0} onClick={() => move(id, -1, `up-${id}`)} arrow="↑" />
                <MoveButton
                  id={`down-${id}`}
                  label={format(t.moveDown, { title: item.title })}
                  disabled={index === deck.order.length - 1}
                  onClick={() => move(id, 1, `down-${id}`)}
                  arrow="↓"
                />
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function MoveButton({ id, label, disabled, onClick, arrow }: { id: string; label: string; disabled: boolean; onClick: () => void; arrow: string }) {
  return (
    <button
      id={id}
      type="button"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      className="grid size-9 place-items-center rounded-md border border-rule bg-white text-lg leading-none hover:border-accent disabled:opacity-35"
    >
      <span aria-hidden="true">{arrow}</span>
    </button>
  );
}

function withAt(query: URLSearchParams, at: number): URLSearchParams {
  const next = new URLSearchParams(query);
  next.set(DECK_PARAMS.at, String(at));
  return next;
}

const subscribeNothing = () => () => undefined;

/** The deck's absolute link, to copy and share (the origin is known only in the browser). */
function DeckLink({ href, strings: t }: { href: string; strings: Pick<PresentMessages, "deckLink" | "copy" | "copied"> }) {
  const origin = useSyncExternalStore(subscribeNothing, () => window.location.origin, () => "");
  const [copied, setCopied] = useState(false);
  const url = `${origin}${href}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor="deck-link" className="text-sm font-semibold">
        {t.deckLink}
      </label>
      <input id="deck-link" data-testid="deck-link" readOnly value={url} dir="ltr" className="min-w-0 flex-1 rounded-md border border-rule bg-white px-2 py-1.5 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
        }}
        className="rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-medium hover:border-accent"
      >
        {copied ? t.copied : t.copy}
      </button>
    </div>
  );
}
