import type { LocalizedText } from "@/lib/i18n/localized-text";

/**
 * Bad input: its text is meant for the user, as is, in both interface languages (`message` is
 * the English, for logs and the CLI); `status` is the HTTP status that fits it (502 and 504 when
 * a page the user asked to import fails or times out).
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly text: LocalizedText,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 502 | 504 = 400,
  ) {
    super(text.en);
  }
}
