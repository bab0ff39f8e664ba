import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const entry = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Serves console/index.html for every /console/* page in dev and preview, as the server does in production. */
const consoleFallback = (): Plugin => {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    const url = req.url ?? '';
    const path = url.split('?')[0] ?? '';
    const isPage = (path === '/console' || path.startsWith('/console/')) && !/\.[a-z0-9]+$/i.test(path);
    if (isPage && (req.headers.accept ?? '').includes('text/html')) req.url = '/console/index.html';
    next();
  };
  return {
    name: 'shangliang-console-fallback',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
};

export default defineConfig({
  base: '/',
  plugins: [react(), consoleFallback()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The console carries antd (~400 KB gzip, as STACK.md measured); the portal entry stays ~75 KB gzip.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { portal: entry('./index.html'), console: entry('./console/index.html') },
    },
  },
});
