import { defineConfig } from '@playwright/test';
import { buildDirectory } from './tests/e2e/buildDirectory';
import siteConfig from './tests/e2e/siteConfig';

const port = Number(process.env.E2E_PORT ?? '4173');
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Lets the tests read the site's own wording, whose translate() needs the Docusaurus build.
  tsconfig: './tests/e2e/tsconfig.json',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `${origin}${siteConfig.site.baseUrl}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // Colours switch at once (Infima sets its transitions to 0 s), so nothing waits for a fade.
    reducedMotion: 'reduce',
    launchOptions: {
      // Debian's Chromium by default; set CHROMIUM_PATH to use another browser binary.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx docusaurus serve --dir ${buildDirectory} --port ${port} --host 127.0.0.1 --no-open`,
    url: `${origin}${siteConfig.site.baseUrl}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
