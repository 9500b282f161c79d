/** Class names the editor's forms share, so every field and button looks and focuses alike. */
export const FIELD = "mt-1 block min-h-11 w-full rounded-md border border-rule bg-white px-3 py-2 text-base font-normal text-ink placeholder:text-muted/70";
/** A drop-down list, as tall as a one-line field. */
export const SELECT = `${FIELD} h-11 py-0`;
/** A field's label text. */
export const LABEL = "block text-sm font-semibold text-ink";
/** A hint under a field. */
export const HINT = "mt-1 block text-sm text-muted";
/** The main action of a form. */
export const PRIMARY_BUTTON =
  "inline-flex items-center justify-center rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60";
/** Any other action. */
export const BUTTON =
  "inline-flex items-center justify-center rounded-md border border-accent bg-white px-3 py-1.5 text-sm font-semibold text-accent hover:bg-accent-soft disabled:cursor-not-allowed disabled:opacity-50";
/** An action that destroys something. */
export const DANGER_BUTTON =
  "inline-flex items-center justify-center rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50";
/** A framed group of fields. */
export const PANEL = "rounded-xl border border-rule bg-white p-5";
/** An error box. */
export const ERROR_BOX = "rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900";
