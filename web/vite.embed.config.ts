import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The embeddable quote form (src/embed): one self-contained script, dist/embed/quote.js, served by the
 * platform at /embed/quote.js and included by agencies' websites. Built after the app (`pnpm build`),
 * into its own folder, leaving the app's files in place.
 */
export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    lib: { entry: 'src/embed/quote.tsx', formats: ['iife'], name: 'AgencyQuoteForm', fileName: () => 'quote.js' },
  },
});
