import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">
        There is no case study or article at this address.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-accent underline underline-offset-4">
          See the case studies
        </Link>
      </p>
    </div>
  );
}
