// End-to-end tests in Debian's Chromium (no browser download): the real portal started by
// `webServer` on a fresh demo database, and a second origin serving a shop page that embeds Kerf.
import { defineConfig } from '@playwright/test';

export const PORT = 8791;
export const OTHER_PORT = 8792;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
  },
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/e2e-other-origin.mjs ${OTHER_PORT} ${PORT}`,
      url: `http://127.0.0.1:${OTHER_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
