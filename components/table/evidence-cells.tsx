import { ArabicText } from "@/components/ui/arabic-text";
import { categoryColor, CATEGORY_TINTS, STANCE_COLORS, STANCE_SIGNS } from "@/lib/comparison/palette";
import type { CategoryId, Stance } from "@/lib/case-study/schema";

/** A category: its palette colour as a swatch, then its name. */
export function CategoryMark({ category, name }: { category: string | null; name: string }) {
  return (
    <span className="inline-flex items-start gap-1.5">
      <span
        aria-hidden="true"
        className="mt-1 inline-block size-2.5 shrink-0 rounded-sm ring-1 ring-black/20"
        style={{ backgroundColor: categoryColor(category) }}
      />
      <span className="min-w-0">{name}</span>
    </span>
  );
}

/**
 * A stance: a bar in its colour, its sign and its name, so it never rests on colour alone.
 * The word is in ink, since the orange and grey of the palette are too light for small text.
 */
export function StanceMark({ stance, name }: { stance: string; name: string }) {
  const color = STANCE_COLORS[stance as Stance];
  return (
    <span className="inline-flex items-start gap-1">
      <span aria-hidden="true" className="mt-0.5 inline-block h-3.5 w-1 shrink-0 rounded-full" style={{ backgroundColor: color ?? "#999" }} />
      <span aria-hidden="true" className="w-2.5 shrink-0 text-center font-semibold">
        {STANCE_SIGNS[stance as Stance] ?? ""}
      </span>
      <span>{name}</span>
    </span>
  );
}

/**
 * Whose words a mention is. The outlet's own words are the plain case, in muted text; a label
 * the outlet attributes to someone or holds at a distance is flagged, each with its own border.
 */
export function VoiceMark({ voice, name }: { voice: string; name: string }) {
  if (voice === "outlet") return <span className="text-muted">{name}</span>;
  return (
    <span
      data-voice={voice}
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold leading-snug text-accent-strong ${voice === "distanced" ? "border border-dashed border-accent-strong" : "bg-accent-soft"}`}
    >
      {name}
    </span>
  );
}

/** The words around a mention, right to left, the mention marked in its category's tint. */
export function KeywordInContext({ before, form, after, category }: { before: string; form: string; after: string; category: string | null }) {
  return (
    <ArabicText as="p" className="text-[0.95rem] leading-7">
      <span className="text-muted">{before}</span>
      <mark className="rounded-sm px-0.5 font-bold text-ink" style={{ backgroundColor: (category !== null && CATEGORY_TINTS[category as CategoryId]) || "#eee" }}>
        {form}
      </mark>
      <span className="text-muted">{after}</span>
    </ArabicText>
  );
}

/**
 * The English of a mention's paragraph, by Framelens, in English whatever the interface
 * language. Clamped to a few lines so a row stays a row; opening it shows the whole paragraph.
 */
export function ParagraphTranslation({ text }: { text: string }) {
  return (
    <details lang="en" dir="ltr" className="group text-xs leading-snug text-ink" data-testid="row-translation">
      <summary className="cursor-pointer list-none">
        <span className="line-clamp-4 group-open:line-clamp-none">{text}</span>
      </summary>
    </details>
  );
}
