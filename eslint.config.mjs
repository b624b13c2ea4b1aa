// ESLint: Next.js's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's
// strict, type-aware rules. Formatting is Prettier's; import cycles are a test's
// (tests/architecture), which checks folders too and runs in a fraction of import/no-cycle's time.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([".next/**", ".next-*/**", "lib/db/generated/**", "e2e/artifacts/**", "next-env.d.ts", ".data/**", "coverage/**"]),
  ...nextVitals,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Only process.env's owner (lib/env.ts) and the process entries read the environment.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read the environment through lib/env.ts." }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // `text || fallback` on a string means "empty counts as missing": intended wherever it is written.
      "@typescript-eslint/prefer-nullish-coalescing": ["error", { ignorePrimitives: { string: true } }],
      // `() => {}` is how "nothing to do" reads (a swallowed close error, a no-op listener).
      "@typescript-eslint/no-empty-function": ["error", { allow: ["arrowFunctions"] }],
    },
  },
  {
    // Process entries, tooling and tests set up or pass on the environment themselves.
    files: ["server.ts", "instrumentation.ts", "scripts/**", "tests/**", "e2e/**", "*.config.*", "lib/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // A test states what it expects: a missing value fails the test at the `!` as well as anywhere;
    // `afterAll` guards with `?.` because its `beforeAll` may have failed; `expect.any()` is typed any.
    files: ["tests/**", "e2e/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
