import { defineConfig } from 'vitest/config';

// The fork simulation (npm run test:fork): builds the site for another project
// into build-fork/ and checks it against the default build in build/.
export default defineConfig({
  test: {
    include: ['tests/fork/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/fork/buildFork.ts'],
    reporters: ['default', './tests/fork/summaryReporter.ts'],
    testTimeout: 60_000,
  },
});
