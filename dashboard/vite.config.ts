import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The collector the dev server forwards API and live traffic to (`PULSE_PORT` defaults to 8080). */
const COLLECTOR_URL = 'http://127.0.0.1:8080';

// The collector serves `dist/dashboard` at `/`; relative asset URLs keep the build working if it
// is ever mounted under a sub-path behind a reverse proxy.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // One page per screen: the dashboard, and the counter terminals (served as /kiosk, /counter, /rating).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        kiosk: fileURLToPath(new URL('kiosk.html', import.meta.url)),
        counter: fileURLToPath(new URL('counter.html', import.meta.url)),
        rating: fileURLToPath(new URL('rating.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: COLLECTOR_URL, ws: true },
      '/healthz': { target: COLLECTOR_URL },
    },
  },
  preview: {
    proxy: {
      '/api': { target: COLLECTOR_URL, ws: true },
      '/healthz': { target: COLLECTOR_URL },
    },
  },
});
