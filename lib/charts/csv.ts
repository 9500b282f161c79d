/** A cell of a CSV file: text, or a number written as JavaScript prints it. */
export type CsvValue = string | number;

// A byte-order mark makes spreadsheet programs read the file as UTF-8 (Arabic names stay Arabic).
const BOM = "\uFEFF";

/**
 * A CSV file (RFC 4180): a header row, then one line per row, lines ended by CRLF, preceded by
 * a UTF-8 byte-order mark. A field is quoted when it holds a comma, a quote, a line break or
 * leading or trailing spaces; quotes inside it are doubled.
 *
 * @param header the column names
 * @param rows the rows, each with as many values as the header has names
 * @returns the file's text
 * @throws when a row's length differs from the header's
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row, index) => {
    if (row.length !== header.length) throw new Error(`CSV row ${index} has ${row.length} values; the header has ${header.length}`);
    return row.map(quoteField).join(",");
  });
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

function quoteField(value: CsvValue): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
