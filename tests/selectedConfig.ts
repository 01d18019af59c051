/**
 * The config under test in the unit tests: the file that SITE_CONFIG names,
 * or site.config.ts, chosen exactly as docusaurus.config.ts chooses it. Tests
 * about "this site" take their expectations from here, so a project that
 * replaces site.config.ts keeps a green `npm test`. (Playwright loads its
 * files differently and reads the same choice through tests/e2e/siteConfig.ts.)
 */
import { join } from 'node:path';
import { selectedConfigPath } from '../src/config/selectedConfig';
import type { SiteConfig } from '../src/config/types';

const loaded = (await import(/* @vite-ignore */ selectedConfigPath(join(__dirname, '..')))) as {
  default: SiteConfig;
};

const selectedConfig: SiteConfig = loaded.default;
export default selectedConfig;
