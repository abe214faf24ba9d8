import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { dataPlugin } from './src/cli/viteDataPlugin.ts';

// base './' keeps every asset URL relative, so dist/ works at the root or under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), dataPlugin()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // The report-import worker is a module worker: mammoth stays a chunk of its own, loaded for .docx only.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
    ],
  },
});
