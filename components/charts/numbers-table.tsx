import Link from "next/link";
import type { NumbersTableModel } from "@/lib/charts/chart-tables";

export interface NumbersTableProps {
  table: NumbersTableModel;
}

/**
 * A chart's numbers as a real table: row and column headers for screen readers, and every
 * number that has sentences behind it linking to them in the evidence table.
 */
export function NumbersTable({ table }: NumbersTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm tabular-nums" data-testid="numbers-table">
        <caption className="pb-2 text-start text-sm text-muted">{table.caption}</caption>
        <thead>
          <tr className="border-b-2 border-rule">
            <th scope="col" className="px-3 py-2 text-start align-bottom font-semibold">
              {table.corner}
            </th>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" className="px-3 py-2 text-end align-bottom font-semibold">
                {column.label}
                {column.detail && <span className="block text-xs font-normal text-muted">{column.detail}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} className={row.summary ? "border-t-2 border-rule font-semibold" : "border-t border-rule"}>
              <th scope="row" className="px-3 py-1.5 text-start font-medium">
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index]?.id ?? index} className="px-3 py-1.5 text-end">
                  {cell.href ? (
                    <Link href={cell.href} prefetch={false} className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent">
                      {cell.value}
                      {cell.count !== undefined && <span className="text-muted"> ({cell.count})</span>}
                    </Link>
                  ) : (
                    <span className="text-muted">
                      {cell.value}
                      {cell.count !== undefined && <span> ({cell.count})</span>}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
