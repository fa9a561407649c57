import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('../renderer', import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset paths work under both app:// (desktop) and http://127.0.0.1 (browser host).
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Fonts and sounds ship as files, never inlined, never fetched from elsewhere.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
