import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@upcross/source'] },
  ssr: { resolve: { conditions: ['@upcross/source'], externalConditions: ['@upcross/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'bench/src/**/*.test.ts',
      'e2e/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
