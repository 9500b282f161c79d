import { format } from "@/lib/i18n/messages";

// Numbers are written the same way in both interface languages (Western digits, a point for
// decimals), as Libyan and Egyptian outlets print them, so a figure reads the same everywhere.

/**
 * A rate per 1,000 words, with one decimal.
 *
 * @param rate the rate
 * @returns "40.5", "14.0"; "0" for none
 */
export function formatRate(rate: number): string {
  return rate === 0 ? "0" : rate.toFixed(1);
}

/**
 * A count, with thousands separated by commas.
 *
 * @param count the count
 * @returns "713", "12,345"
 */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/**
 * A percentage, with one decimal and no sign.
 *
 * @param percent the percentage
 * @returns "35.7", "0"
 */
export function formatPercent(percent: number): string {
  return percent === 0 ? "0" : percent.toFixed(1);
}

/**
 * A count in a sentence, in the singular for one.
 *
 * @param count the count, filled in as `{count}`
 * @param one the template for exactly one
 * @param other the template for any other count
 * @param values other placeholders' values
 * @returns e.g. "1 label", "63 labels"
 */
export function formatCounted(count: number, one: string, other: string, values: Record<string, string | number> = {}): string {
  return format(count === 1 ? one : other, { ...values, count: formatCount(count) });
}
