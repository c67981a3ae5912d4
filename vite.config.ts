import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { prepaintScript } from './src/reader/settings';

/** Puts the settings script first in <head>, so stored theme and text size apply before the first paint. */
function prepaintSettings(): Plugin {
  return {
    name: 'sahifa-prepaint-settings',
    transformIndexHtml: () => [{ tag: 'script', children: prepaintScript(), injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [prepaintSettings(), tailwindcss(), react()],
  server: { port: 5173 },
  build: { outDir: process.env.SAHIFA_DIST ?? 'dist', sourcemap: false },
});
