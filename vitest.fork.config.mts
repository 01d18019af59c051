import { defineConfig } from 'vitest/config';

// The fork simulation's comparison of builds. `npm run test:fork` (tests/fork/simulate.mjs)
// first builds and tests each fork in .fork-simulation/, then runs these checks.
export default defineConfig({
  test: {
    include: ['tests/fork/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
