import { defineConfig } from 'vitest/config'

// Three tiers: pure unit tests, database use-case tests (PGlite by default,
// PostgreSQL with TDKT_TEST_DB=postgres), and browser end-to-end tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ["src/**/*.test.ts", "src/**/*.test.tsx", "bench/**/*.test.ts"], exclude: ['src/**/*.db.test.ts', 'bench/**/*.db.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'bench/**/*.db.test.ts'],
          globalSetup: ['src/server/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
})
