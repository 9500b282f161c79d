/**
 * Lay out rows as a plain-text table: the first column aligned left, the others right.
 *
 * @param header the column titles
 * @param rows the cells, as already formatted text
 * @returns the table, lines joined by newlines, with a rule under the header
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    widths.map((width, column) => (column === 0 ? (cells[column] ?? "").padEnd(width) : (cells[column] ?? "").padStart(width))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * Format a number with a fixed number of decimals and thousands separators.
 *
 * @param value the number
 * @param decimals digits after the point (default 0)
 */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
