import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Real SQLite files with synchronous=FULL: give slow disks room.
    testTimeout: 20_000,
  },
});
