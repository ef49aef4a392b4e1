import { defineConfig } from 'vitest/config'

// Three tiers: pure unit tests, database use-case tests (PGlite by default,
// PostgreSQL with TDKT_TEST_DB=postgres), and browser end-to-end tests.
// Test files share nothing but loaded modules (each db file opens its own database), so modules are
// loaded once per worker instead of once per file, and two workers run side by side: this halves
// the time of the unit and database tiers on a 2-core machine.
const shared = { isolate: false, maxWorkers: 2 }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts', 'bench/**/*.db.test.ts'],
          environment: 'node',
          ...shared,
          // Generous limits, not timings: with two workers each test has half the cores of a busy CI machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'bench/**/*.db.test.ts'],
          globalSetup: ['src/server/testing/global-setup.ts'],
          ...shared,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
})
