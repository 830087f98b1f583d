import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.KRISENFEST_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The web client. `npm start` builds it into dist/web, which the API serves at `/`; `npm run dev` runs this dev
 * server with the API behind its proxy (GraphQL over HTTP and WebSocket, the calendar files).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // React's automatic JSX runtime, transformed by Vite's own oxc.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Hashed file names: the API caches them for a year.
    assetsDir: 'assets',
    rolldownOptions: {
      // React Router marks its modules "use client" for server components; a client-only bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/seminars': { target: api, changeOrigin: true },
      '/seminar-series': { target: api, changeOrigin: true },
      '/notification-mails': { target: api, changeOrigin: true },
    },
  },
});
