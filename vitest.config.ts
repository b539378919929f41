import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // vitest's default is one fork fewer than there are cores: one fork on CI's 2 cores, which then
    // idles while Chromium (its own process) renders for the component tests. Two forks keep both
    // cores busy: the whole suite in 6.6 min instead of 8.7 min on a loaded 2-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
