import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built with `npm run build:admin`; the API server serves admin/dist at /admin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // The console, and the public live pledging page served at /live.
      input: { console: fileURLToPath(new URL('index.html', import.meta.url)), live: fileURLToPath(new URL('live.html', import.meta.url)) },
      output: {
        // Vendor code changes less often than the console: separate chunks cache better.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(@mui|@emotion)\//.test(id)) return 'mui';
          if (/node_modules\/(ra-|react-admin)/.test(id)) return 'react-admin';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/graphql\//.test(id)) return 'graphql';
          if (/node_modules\/(recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|immer|reselect|decimal\.js-light)\//.test(id)) return 'charts';
          return 'vendor';
        },
      },
    },
  },
  server: {
    // `vite --config admin/vite.config.ts` during development, against `npm run dev` on port 4000.
    proxy: Object.fromEntries(['/graphql', '/open-data'].map((route) => [route, { target: process.env.P2C_API ?? 'http://localhost:4000', ws: route === '/graphql' }])),
  },
});
