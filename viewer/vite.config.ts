// Builds the page into viewer/dist: one JS bundle and one CSS file, no inline script (the server's CSP
// forbids it) and no code splitting, so the HTML export can inline the whole page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  // For `npx vite --config viewer/vite.config.ts` while `claimgraph serve` runs: the API comes from it,
  // and the page imports the view model from ../view, shared with the server.
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:7070' },
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
