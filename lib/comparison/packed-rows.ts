/** A flat row: every field a string, a number, a boolean or null. */
export type FlatRow<T> = { [K in keyof T]: string | number | boolean | null };

/** One column of packed rows: its values in row order, or its distinct values and each row's index into them. */
export type PackedColumn<V> = { values: V[] } | { distinct: V[]; at: number[] };

/**
 * Rows of one shape as columns, for sending many of them from the server to the browser: a key
 * is written once instead of once per row, and a column with few distinct values (an outlet, a
 * category, a stance) sends each value once and a small number per row.
 */
export interface PackedRows<T extends FlatRow<T>> {
  count: number;
  columns: { [K in keyof T]: PackedColumn<T[K]> };
}

/**
 * Pack rows as columns. A column is sent as distinct values and indexes when it has at most half
 * as many distinct values as rows; otherwise as it is.
 *
 * @param rows rows of one shape (the first row's keys are the columns)
 * @returns the packed rows; {@link unpackRows} gives them back equal, in order
 */
export function packRows<T extends FlatRow<T>>(rows: readonly T[]): PackedRows<T> {
  const keys = rows.length > 0 ? (Object.keys(rows[0]!) as (keyof T)[]) : [];
  const columns = {} as PackedRows<T>["columns"];
  for (const key of keys) {
    const values = rows.map((row) => row[key]);
    const distinct = [...new Set(values)];
    if (distinct.length * 2 > values.length) {
      columns[key] = { values };
      continue;
    }
    const position = new Map(distinct.map((value, i) => [value, i]));
    columns[key] = { distinct, at: values.map((value) => position.get(value)!) };
  }
  return { count: rows.length, columns };
}

/**
 * The rows that {@link packRows} packed, equal and in the same order.
 *
 * @param packed packed rows
 * @returns the rows
 */
export function unpackRows<T extends FlatRow<T>>(packed: PackedRows<T>): T[] {
  const columns = Object.entries(packed.columns) as [keyof T, PackedColumn<T[keyof T]>][];
  return Array.from({ length: packed.count }, (_, i) => {
    const row = {} as T;
    for (const [key, column] of columns) row[key] = "values" in column ? column.values[i]! : column.distinct[column.at[i]!]!;
    return row;
  });
}
