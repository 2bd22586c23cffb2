import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm dev` serves the console with hot reload on :5173 and proxies the API (HTTP and graphql-ws)
// to a server started with `pnpm start` (or API_URL).
const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': { target: api, ws: true }, '/health': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The budget is the initial JavaScript, ≤ 400 KB gzip (~195 KB today: React, Mantine, urql, the
    // router, the shell); screens are lazy chunks. Rollup's warning counts minified bytes per chunk.
    chunkSizeWarningLimit: 800,
  },
});
