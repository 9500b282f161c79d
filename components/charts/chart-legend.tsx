import type { LegendEntry } from "@/lib/charts/compose-svg";
import { patternMarkup } from "@/lib/charts/patterns";

export interface ChartLegendProps {
  /** Unique on the page: the swatches' textures are named after it. */
  id: string;
  /** Accessible name of the list ("Legend"). */
  label: string;
  entries: LegendEntry[];
}

/** A chart's legend, as a list of swatches and names (the same entries the PNG draws). */
export function ChartLegend({ id, label, entries }: ChartLegendProps) {
  return (
    <ul aria-label={label} data-testid="chart-legend" className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-ink">
      {entries.map((entry, index) => {
        const patternId = `${id}-swatch-${index}`;
        const textured = entry.pattern !== undefined && entry.pattern !== "solid";
        return (
          <li key={entry.label} className="flex items-center gap-2">
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="shrink-0">
              {textured && <defs dangerouslySetInnerHTML={{ __html: patternMarkup(patternId, entry.color, entry.pattern ?? "solid") }} />}
              <rect x="0.5" y="0.5" width="13" height="13" rx="2" fill={textured ? `url(#${patternId})` : entry.color} stroke="#1f1d1a" strokeOpacity="0.35" />
            </svg>
            <span>{entry.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
