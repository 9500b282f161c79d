/** Bad input: its message is meant for the user, as is; `status` is the HTTP status that fits it. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 = 400,
  ) {
    super(message);
  }
}
