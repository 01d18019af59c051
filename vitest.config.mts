import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { forks } from './tests/fork/simulate.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The unit test files that read the config under test (through tests/selectedConfig.ts or
 * src/config/selectedConfig.ts). They run once more for each fork fixture; the others take their
 * configs from fixtures or use none, so they would give the same results.
 */
function configDependentTests(): string[] {
  return ['src', 'tests/unit']
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map(
        (file) => `${dir}/${file}`,
      ),
    )
    .filter(
      (file) =>
        file.endsWith('.test.ts') &&
        /^import\b[^;]*\bselectedConfig['"];?$/m.test(readFileSync(join(root, file), 'utf8')),
    )
    .sort();
}

const configTests = configDependentTests();
if (configTests.length === 0) {
  throw new Error('No unit test reads the selected config, so the forks would check nothing');
}

// One Vitest run for every group of tests, chosen with --project:
// - "unit": every unit test, with the config under test;
// - "unit:fork" and "unit:markup": the tests that read the config, with each fork's fixture
//   (tests/fork/simulate.mjs);
// - "i18n": the pseudo-locale's pages (needs build/ and build-pseudo/, see scripts/pseudo-locale.mjs);
// - "builds": the fork simulation's comparison of the builds (needs the builds of tests/fork/).
export default defineConfig({
  // The site's tsconfig leaves JSX to the Docusaurus build; the tests compile it themselves.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      // As in the site: src/mdx/tags.test.ts renders the MDX tags' React components.
      '@site': resolve(root),
      // Messages reach the reader through Docusaurus's translate() (translateMessage); in unit
      // tests it gives the English wording.
      '@docusaurus/Translate': fileURLToPath(
        new URL('tests/unit/translateStub.ts', import.meta.url),
      ),
    },
  },
  test: {
    environment: 'node',
    // Threads start faster than processes, and Vitest leaves one core unused by default: on two
    // cores, this halves the time of the unit tests.
    pool: 'threads',
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      ...forks.map((fork) => ({
        extends: true as const,
        test: {
          name: `unit:${fork.name}`,
          include: configTests,
          env: { SITE_CONFIG: fork.fixture },
        },
      })),
      { extends: true, test: { name: 'i18n', include: ['tests/i18n/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'builds', include: ['tests/fork/**/*.test.ts'], testTimeout: 60_000 },
      },
    ],
  },
});
