import Link from "next/link";

/** The bar on every page: the product's name, linking home, and what it is for. */
export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-1 px-6 py-4">
        <Link href="/" className="flex items-center gap-2.5 text-lg font-semibold tracking-tight text-ink">
          <LogoMark />
          Framelens
        </Link>
        <p className="text-sm text-muted">How did each outlet name it? Framing terms compared across news outlets.</p>
      </div>
    </header>
  );
}

/** Two overlapping lenses: the same story seen through two outlets. */
function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
      <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
      <circle cx="12.5" cy="16" r="7" fill="none" stroke="#ffffff" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="7" fill="none" stroke="#9fd3d9" strokeWidth="2.5" />
    </svg>
  );
}
