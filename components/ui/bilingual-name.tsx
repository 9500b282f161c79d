import { ArabicText } from "./arabic-text";

export interface BilingualNameProps {
  name: { en: string; ar: string };
  /** Classes of the English name. */
  className?: string;
  /** Classes of the Arabic name. */
  arabicClassName?: string;
}

/**
 * A name in English with its Arabic beside it, or the one name alone when there is only one: a
 * case without Arabic articles keeps the English name in the Arabic's place, and "Daily Example
 * Daily Example" says nothing twice.
 */
export function BilingualName({ name, className, arabicClassName }: BilingualNameProps) {
  const arabic = name.ar.trim();
  return (
    <>
      <span className={className}>{name.en}</span>
      {arabic && arabic !== name.en.trim() && <ArabicText className={arabicClassName}>{name.ar}</ArabicText>}
    </>
  );
}
