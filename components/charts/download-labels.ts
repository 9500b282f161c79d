import type { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import { format } from "@/lib/i18n/messages";
import type { ChartDownloadsProps } from "./chart-downloads";

/**
 * The download buttons' strings for one chart.
 *
 * @param t the charts page's strings in the interface language
 * @param title the chart's title, named in the buttons' accessible names
 */
export function downloadLabels(t: Record<keyof (typeof CHARTS_MESSAGES)["en"], string>, title: string): ChartDownloadsProps["labels"] {
  return {
    download: t.download,
    png: t.downloadPng,
    csv: t.downloadCsv,
    pngLabel: format(t.downloadPngLabel, { title }),
    csvLabel: format(t.downloadCsvLabel, { title }),
    failed: t.downloadFailed,
  };
}
