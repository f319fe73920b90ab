import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // A hang guard, not a speed limit (speed lives in `npm run bench`): the slowest ordinary tests
    // take a few seconds alone and up to ~30 s on a loaded 2-core machine; fuzz tests set their own.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
