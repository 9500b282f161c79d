/** Byte-order mark: Excel reads a CSV as UTF-8 (and so shows Arabic) only when the file starts with it. */
export const CSV_BOM = "\uFEFF";

/**
 * Rows of fields as CSV (RFC 4180), the way every export of Framelens writes it: a field with a
 * comma, a quote, a line break or white space at either end is quoted (quotes doubled), null is
 * empty, lines end with CRLF. A field a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) gets a leading apostrophe, so it shows as text: imported articles are
 * anybody's text.
 *
 * @param rows the header row first, then the data rows
 * @returns the CSV text, without byte-order mark
 */
export function formatCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(formatField).join(",")).join("\r\n") + "\r\n";
}

function formatField(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  const safe = typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
