import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves web/dist on the same origin (SPA fallback); in development Vite proxies
// /graphql to the API (HTTP and the websocket of subscriptions, `ws: true`) so the httpOnly
// SameSite=Strict session cookie keeps working; the Host header is kept, so the API sees the
// upgrade as same-origin.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps for debugging without advertising them to every browser.
    sourcemap: 'hidden',
    // The NL Design System bundle is one module; one chunk of ~0.8 MB (240 kB gzip) is fine
    // for a professional's workstation, and every route needs it anyway.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false, ws: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false, ws: true },
    },
  },
});
