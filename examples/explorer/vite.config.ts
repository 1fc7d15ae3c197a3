/**
 * The explorer is served by the gateway at /explorer/ (its static route serves dist/), so every
 * asset URL starts there. `npm run dev` proxies /graphql to a gateway on 127.0.0.1:4000
 * (EXPLORER_GATEWAY overrides it), keeping the page and its API on one origin as in production.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env['EXPLORER_GATEWAY'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/explorer/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': {
        target: gateway,
        changeOrigin: true,
        // The proxy is the page's same-origin server: the gateway sees its own origin, as in production.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('origin', new URL(gateway).origin)),
      },
    },
  },
});
