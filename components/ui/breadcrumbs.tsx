import Link from "next/link";
import { Fragment, type ReactNode } from "react";

export interface BreadcrumbsProps {
  /** The trail's accessible name, in the interface language. */
  label: string;
  /** The pages above this one, outermost first, their links already localized. */
  trail: { href: string; label: ReactNode }[];
  /** This page, as the trail names it. */
  current: ReactNode;
}

/** Where a page sits: links to the pages above it, then the page itself, marked current. */
export function Breadcrumbs({ label, trail, current }: BreadcrumbsProps) {
  return (
    <nav aria-label={label} className="mb-6 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((item) => (
          <Fragment key={item.href}>
            <li>
              <Link href={item.href} className="text-accent underline-offset-4 hover:underline">
                {item.label}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
          </Fragment>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
