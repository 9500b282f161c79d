import { CSV_BOM, formatCsv } from "@/lib/comparison/csv";

/** A cell of a CSV file: text, or a number written as JavaScript prints it. */
export type CsvValue = string | number;

/**
 * A chart's CSV file: the header row, then one line per row, written by the one CSV writer of
 * every export (RFC 4180 quoting, formula guard, CRLF) behind a UTF-8 byte-order mark.
 *
 * @param header the column names
 * @param rows the rows, each with as many values as the header has names
 * @returns the file's text
 * @throws when a row's length differs from the header's
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} values; the header has ${header.length}`);
  });
  return CSV_BOM + formatCsv([header, ...rows]);
}
