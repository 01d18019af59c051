import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { buildDirectory } from './tests/e2e/buildDirectory';
import siteConfig from './tests/e2e/siteConfig';

/**
 * Debian's Chromium: its headless shell where installed (package chromium-headless-shell, built
 * from the same source and version as the package chromium), the full browser otherwise. The
 * shell is what Playwright itself runs for headless tests; here it needs about a third less CPU
 * for the same tests. Set CHROMIUM_PATH to use another browser binary.
 */
function debianChromium(): string {
  const shell = '/usr/bin/chromium-headless-shell';
  return existsSync(shell) ? shell : '/usr/bin/chromium';
}

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
      executablePath: process.env.CHROMIUM_PATH ?? debianChromium(),
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
