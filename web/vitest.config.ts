import { defineConfig } from 'vitest/config';

/** Unit tests (no browser, no server): catalogues, navigation from rights, validation mapping. */
export default defineConfig({
  resolve: { conditions: ['development'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
