import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Lets the end-to-end build live apart from a developer's running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

// The language and time zone of each request: i18n/request.ts.
export default createNextIntlPlugin()(nextConfig);
