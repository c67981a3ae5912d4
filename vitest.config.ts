import { defineConfig } from 'vitest/config';

// Unit tests only; the app's Vite config (React Router plugin) is not needed for them.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // createI18n('en') in tests: the English wording is at hand, as the browser's is once fetched.
    setupFiles: ['src/i18n/all-languages.ts'],
  },
});
