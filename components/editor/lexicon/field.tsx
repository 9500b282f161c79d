import type { ReactNode } from "react";

/** A field's error, or none; its id is what the control's aria-describedby points to. */
export interface FieldError {
  id: string;
  message: string;
}

export interface FieldProps {
  /** The control's id (its label points to it). */
  id: string;
  label: string;
  error?: FieldError;
  /** A hint under the label, read with the control. */
  hint?: string;
  className?: string;
  /** The control, given `aria-describedby` and `aria-invalid` by the caller ({@link describedBy}). */
  children: ReactNode;
}

/** A labelled form control with its error under it, in words that name the field. */
export function Field({ id, label, error, hint, className, children }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-ink">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && <FieldMessage error={error} />}
    </div>
  );
}

/** An error line under a field, announced with it. */
export function FieldMessage({ error }: { error: FieldError }) {
  return (
    <p id={error.id} className="mt-1 text-sm font-medium text-[#a4261b]">
      {error.message}
    </p>
  );
}

/**
 * The accessibility attributes of a control with an optional error and hint.
 *
 * @param error the field's error, if any
 * @param hintId the id of its hint, if any
 */
export function describedBy(error: FieldError | undefined, hintId?: string): { "aria-invalid"?: true; "aria-describedby"?: string } {
  const ids = [hintId, error?.id].filter(Boolean).join(" ");
  return { ...(error ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
}

/** Class names of a text input or select: full width, the theme's rule, a red edge when invalid. */
export const INPUT_CLASS =
  "block w-full rounded-md border border-rule bg-white px-3 py-2 text-base text-ink aria-invalid:border-[#a4261b] aria-invalid:bg-[#fdf3f2]";

/** Class names of a select: the height of a text input (a native select is taller at the same padding). */
export const SELECT_CLASS = `${INPUT_CLASS} py-1.5 leading-normal`;

/**
 * The `lang` and `dir` of an input whose text may be Arabic: right to left and in the Arabic
 * font as soon as it holds an Arabic letter, left to right otherwise.
 *
 * @param value the input's text
 */
export function scriptOf(value: string): { lang?: string; dir: "rtl" | "auto" } {
  return /\p{Script=Arabic}/u.test(value) ? { lang: "ar", dir: "rtl" } : { dir: "auto" };
}
