import { defineConfig } from '@playwright/test';
import e2eConfig from './playwright.config';
import siteConfig from './tests/e2e/siteConfig';

// The pseudo-locale's states that appear only after a click: the self-check's results, the
// builder's errors, the copy and download messages. `npm run test:i18n` first builds
// build-pseudo/ (scripts/pseudo-locale.mjs); the pages as served are checked by Vitest.
const port = Number(process.env.I18N_PORT ?? '4176');
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...e2eConfig,
  testDir: 'tests/i18n',
  testMatch: '*.spec.ts',
  use: { ...e2eConfig.use, baseURL: `${origin}${siteConfig.site.baseUrl}` },
  webServer: {
    command: `npx docusaurus serve --dir build-pseudo --port ${port} --host 127.0.0.1 --no-open`,
    url: `${origin}${siteConfig.site.baseUrl}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
