import type { NextConfig } from "next";

/**
 * Page paths: everything but the API, Next's assets, files with an extension (the icon) and
 * paths already rewritten to a language (rewrites apply one after another).
 */
const PAGE = "/:path((?!api/|_next/|en(?:/|$)|ar(?:/|$))(?!.*\\.[a-zA-Z0-9]+$).*)";

/**
 * As strict as a pre-rendered Next.js app allows: scripts and styles from this origin only;
 * 'unsafe-inline' stays for scripts because static pages carry Next's inline bootstrap without a
 * per-request nonce (a nonce would force every page to render per request), and for styles
 * because React and Recharts set inline styles. Development also needs eval for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules as they are, not bundled: PGlite reads its WebAssembly and data
  // files by URL, which breaks once bundled into a page.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // The bundled case study's raw files are read at request time by the loader.
  outputFileTracingIncludes: { "/**": ["./data/**/*"] },
  /**
   * The interface language lives in the URL (`?lang=ar`) and the URLs stay those of DESIGN.md:
   * `/cases/derna?lang=ar` is served by `app/[locale]/cases/[case]` with locale "ar", so both
   * languages of a page can be pre-rendered.
   */
  /** Every response, pages and API alike, carries the security headers. */
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  async rewrites() {
    return {
      beforeFiles: [
        // The short handout is a page of its own, addressed as the handout's `?length=short`.
        { source: "/cases/:case/handout", has: [{ type: "query", key: "length", value: "short" }, { type: "query", key: "lang", value: "ar" }], destination: "/ar/cases/:case/handout/short" },
        { source: "/cases/:case/handout", has: [{ type: "query", key: "length", value: "short" }], destination: "/en/cases/:case/handout/short" },
        { source: "/", has: [{ type: "query", key: "lang", value: "ar" }], destination: "/ar" },
        { source: "/", destination: "/en" },
        { source: PAGE, has: [{ type: "query", key: "lang", value: "ar" }], destination: "/ar/:path" },
        { source: PAGE, destination: "/en/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
