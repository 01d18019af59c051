import { defineConfig } from 'vitest/config';

// The pseudo-locale test. `npm run test:i18n` first builds the pseudo-locale into build-pseudo/
// (scripts/pseudo-locale.mjs), then runs these checks against it and the English build/.
export default defineConfig({
  test: {
    include: ['tests/i18n/**/*.test.ts'],
    environment: 'node',
  },
});
