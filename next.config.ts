import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The bundled case study's raw files are read at request time by the loader.
  outputFileTracingIncludes: { "/**": ["./data/**/*"] },
};

export default nextConfig;
