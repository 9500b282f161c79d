/**
 * Bad input: its message is meant for the user, as is; `status` is the HTTP status that fits it
 * (502 and 504 when a page the user asked to import fails or times out).
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 502 | 504 = 400,
  ) {
    super(message);
  }
}
