import { CATEGORY_IDS, type CategoryId } from "@/lib/case-study/schema";
import type { Mention } from "@/lib/engine";

/** What a page can single out in the text: one actor's labels, or one category's terms. */
export type Focus = { kind: "actor"; id: string } | { kind: "category"; id: CategoryId };

/** A focus named in the URL that the case study does not have. */
export interface UnknownFocus {
  kind: Focus["kind"];
  id: string;
}

/**
 * Read the focus from the URL's `actor` and `category` values. An actor wins over a category:
 * the pages offer one choice at a time, so both at once only comes from a hand-edited URL.
 *
 * @param values the raw `actor` and `category` values (null when absent or empty)
 * @param actorIds the case study's actor ids
 * @returns the focus (null for none) and, when the URL named an id that does not exist, which
 */
export function parseFocus(
  values: { actor: string | null; category: string | null },
  actorIds: readonly string[],
): { focus: Focus | null; unknown: UnknownFocus | null } {
  if (values.actor) {
    if (actorIds.includes(values.actor)) return { focus: { kind: "actor", id: values.actor }, unknown: null };
    return { focus: null, unknown: { kind: "actor", id: values.actor } };
  }
  if (values.category) {
    const category = CATEGORY_IDS.find((id) => id === values.category);
    if (category) return { focus: { kind: "category", id: category }, unknown: null };
    return { focus: null, unknown: { kind: "category", id: values.category } };
  }
  return { focus: null, unknown: null };
}

/**
 * Whether a mention belongs to the focus: a label referring to the actor, or a term of the category.
 *
 * @param mention the mention's actor and category
 * @param focus the page's focus
 */
export function matchesFocus(mention: Pick<Mention, "referent" | "category">, focus: Focus): boolean {
  return focus.kind === "actor" ? mention.referent === focus.id : mention.category === focus.id;
}
