// The config the site under test was built with: the file SITE_CONFIG names, or site.config.ts,
// exactly as docusaurus.config.ts chooses it.
import { join } from 'node:path';
import { selectedConfigPath } from '../../src/config/selectedConfig';
import type { SiteConfig } from '../../src/config/types';

// Playwright loads its config and tests synchronously, so the chosen file is required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loaded = require(selectedConfigPath(join(__dirname, '../..'))) as { default: SiteConfig };

const siteConfig: SiteConfig = loaded.default;
export default siteConfig;
