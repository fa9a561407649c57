import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The participant page: its own small entry, served only by the participants' door. Built
 * for the phones in the room, which may be years old: Chrome on Android and Safari on iOS 14.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../renderer/phone', import.meta.url)),
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/participant', import.meta.url)),
    emptyOutDir: true,
    target: ['chrome87', 'safari14', 'firefox78'],
    assetsInlineLimit: 0,
    // The page's budget is 150 KB of gzipped script; `npm run bench` reports the real size.
    chunkSizeWarningLimit: 400,
  },
});
