import { SourceText } from "@/components/ui/source-text";
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

/**
 * The words around a mention in the article's language (Arabic right to left), the mention
 * marked in its category's tint.
 */
export function KeywordInContext({ before, form, after, category, language }: { before: string; form: string; after: string; category: string | null; language: "ar" | "en" }) {
  return (
    <SourceText as="p" language={language} className={`block leading-7 ${language === "ar" ? "text-[0.95rem]" : "text-sm"}`}>
      <span className="text-muted">{before}</span>
      <mark className="rounded-sm px-0.5 font-bold text-ink" style={{ backgroundColor: (category !== null && CATEGORY_TINTS[category as CategoryId]) || "#eee" }}>
        {form}
      </mark>
      <span className="text-muted">{after}</span>
    </SourceText>
  );
}

/**
 * The English of a mention's paragraph under its context, labelled with who translated it (in
 * the interface language) and in English whatever the interface language. Clamped to a few
 * lines so a row stays a row; opening it shows the whole paragraph.
 */
export function ParagraphTranslation({ text, label, labelLang }: { text: string; label: string; labelLang: string }) {
  return (
    <details className="group mt-1 border-s-2 border-accent/40 ps-2 text-xs leading-snug text-ink" data-testid="row-translation">
      <summary className="cursor-pointer list-none">
        <span lang={labelLang} className="block font-semibold text-muted" data-testid="row-translation-label">
          {label}
        </span>
        <span lang="en" dir="ltr" className="line-clamp-3 group-open:line-clamp-none" data-testid="row-translation-text">
          {text}
        </span>
      </summary>
    </details>
  );
}
