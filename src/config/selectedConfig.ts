import { resolve } from 'node:path';

/**
 * The config file to build and test with: the file that the SITE_CONFIG
 * environment variable names (relative to the repository root, or absolute),
 * otherwise `site.config.ts`. Node only: the build, Playwright and the fork
 * tests read it; the browser receives the config from the build instead.
 */
export function selectedConfigPath(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const chosen = env.SITE_CONFIG?.trim();
  return resolve(root, chosen === undefined || chosen === '' ? 'site.config.ts' : chosen);
}
