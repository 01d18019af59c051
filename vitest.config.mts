import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Data modules word their text through Docusaurus's translate(); in unit tests it gives
      // the English wording.
      '@docusaurus/Translate': fileURLToPath(
        new URL('tests/unit/translateStub.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
