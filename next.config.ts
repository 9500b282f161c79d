import type { NextConfig } from "next";

/**
 * Page paths: everything but the API, Next's assets, files with an extension (the icon) and
 * paths already rewritten to a language (rewrites apply one after another).
 */
const PAGE = "/:path((?!api/|_next/|en(?:/|$)|ar(?:/|$))(?!.*\\.[a-zA-Z0-9]+$).*)";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The bundled case study's raw files are read at request time by the loader.
  outputFileTracingIncludes: { "/**": ["./data/**/*"] },
  /**
   * The interface language lives in the URL (`?lang=ar`) and the URLs stay those of DESIGN.md:
   * `/cases/derna?lang=ar` is served by `app/[locale]/cases/[case]` with locale "ar", so both
   * languages of a page can be pre-rendered.
   */
  async rewrites() {
    return {
      beforeFiles: [
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
