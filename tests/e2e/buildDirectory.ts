/**
 * The folder of the build under test: E2E_BUILD_DIR, or "build". To test the
 * fork simulation's build in a browser, run
 * `SITE_CONFIG=tests/fixtures/fork.config.ts E2E_BUILD_DIR=build-fork npx playwright test`.
 */
export const buildDirectory = process.env.E2E_BUILD_DIR ?? 'build';
