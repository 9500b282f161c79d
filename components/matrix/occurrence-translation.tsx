import type { Locale } from "@/lib/i18n/locale";

/**
 * The English of a quoted sentence's paragraph, labelled with who translated it (Framelens or the
 * case's editor) and as the whole paragraph's, so it is never read as the outlet's words or as the
 * sentence alone.
 */
export function ParagraphTranslation({ text, label, missing, locale }: { text: string | null; label: string; missing: string; locale: Locale }) {
  if (text === null) {
    return (
      <p className="mt-1 text-xs italic text-muted" data-testid="occurrence-no-translation">
        {missing}
      </p>
    );
  }
  return (
    <div className="mt-1.5 border-s-2 border-accent/40 ps-2" data-testid="occurrence-translation">
      <p className="text-xs font-semibold text-muted" lang={locale}>
        {label}
      </p>
      <p lang="en" dir="ltr" className="mt-0.5 text-sm leading-snug text-ink">
        {text}
      </p>
    </div>
  );
}
