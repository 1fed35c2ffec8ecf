import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Dev: `pnpm dev:web` serves the app with hot reload on WEB_PORT (5173) and proxies /graphql to the
 * platform at API_URL (default http://127.0.0.1:4000, i.e. `pnpm dev` with its default PORT).
 * Build: web/dist, served by the platform itself (server/src/app.ts) on the same port as /graphql.
 */
const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

export default defineConfig({
  plugins: [react()],
  // The shared package is compiled from its sources: the web build needs no prior build of it.
  resolve: { alias: { '@agency/shared': fileURLToPath(new URL('../packages/shared/src/index.ts', import.meta.url)) } },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: false,
    proxy: { '/graphql': { target: apiUrl, changeOrigin: false }, '/portal/graphql': { target: apiUrl, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // two entries: the staff app and the client portal (served under /portal/)
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), portal: fileURLToPath(new URL('./portal.html', import.meta.url)) },
      output: {
        // Charts only load with a dashboard, the identifier validators (≈1 MB) only with the client
        // forms; the rest of the libraries in one cached chunk.
        advancedChunks: {
          groups: [
            { name: 'validators', test: /node_modules[\\/](stdnum|jsvat|ibantools|libphonenumber-js|codice-fiscale-js)/, priority: 3 },
            { name: 'charts', test: /node_modules[\\/](recharts|@mantine[\\/]charts|d3-|victory-vendor|@reduxjs|immer|react-redux|decimal\.js|es-toolkit)/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
});
