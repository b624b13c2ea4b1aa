import { defineConfig } from "prisma/config";

// The CLI only needs a URL for migrate/db commands, which run where Prisma's
// schema engine exists; generate works without one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
