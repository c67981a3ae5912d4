import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/app/security-policy';
import { prepaintScript } from './src/reader/settings';

/**
 * The start of <head>, in this order: the character set (it must come within the first 1024 bytes),
 * in built pages the Content-Security-Policy (a meta element, so any static host enforces it;
 * scripts/serve.ts also sends it as a header), then the settings script, so stored theme and text
 * size apply before the first paint. No policy in development: Vite's dev client runs inline code.
 */
function headStart(): Plugin {
  let build = false;
  return {
    name: 'sahifa-head-start',
    configResolved(config) {
      build = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html: html.replace(/\s*<meta charset="utf-8" \/>/u, ''),
        tags: [
          { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
          ...(build
            ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy([prepaintScript()]) }, injectTo: 'head-prepend' as const }]
            : []),
          { tag: 'script', children: prepaintScript(), injectTo: 'head-prepend' },
        ],
      }),
    },
  };
}

/**
 * In the dev server, the web app manifest and its icons, which the build writes after prerendering
 * (scripts/build-offline.ts): made on request from the same modules, so every page's
 * `<link rel="manifest">` finds them here too. No service worker in development (src/app/main.tsx).
 */
function devManifest(): Plugin {
  return {
    name: 'sahifa-dev-manifest',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== '/manifest.webmanifest' && !path?.startsWith('/icons/')) return next();
        try {
          const { webManifest } = (await server.ssrLoadModule('/scripts/lib/web-manifest.ts')) as typeof import('./scripts/lib/web-manifest');
          const { APP_ICONS, renderIcon } = (await server.ssrLoadModule('/scripts/lib/app-icons.ts')) as typeof import('./scripts/lib/app-icons');
          if (path === '/manifest.webmanifest') {
            res.setHeader('Content-Type', 'application/manifest+json');
            return res.end(JSON.stringify(webManifest()));
          }
          const icon = APP_ICONS.find((i) => `/${i.path}` === path);
          if (!icon) return next();
          res.setHeader('Content-Type', 'image/png');
          res.end(renderIcon(icon));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

export default defineConfig({
  plugins: [headStart(), devManifest(), tailwindcss(), react()],
  server: { port: 5173 },
  build: {
    outDir: process.env.SAHIFA_DIST ?? 'dist',
    sourcemap: false,
    // .vite/manifest.json: the build graph the service worker's precache list is taken from
    // (scripts/build-offline.ts: the reader's closure, never the editor's).
    manifest: true,
    // Every browser the app supports preloads modules natively: no polyfill in the first script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Two groups (docs/decisions/0010-initial-js.md): `boot`, the page's only script before its
        // first paint (src/app/boot.ts and what it imports), and `app`, the app's entry module with
        // everything it imports statically (captured with its dependencies), requested by boot once
        // the page is on screen. One compressed stream compresses better than a dozen small shared
        // chunks (the default split by which later chunk shares what), and it is one request. Code
        // that only later chunks share is still split by use.
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 2 },
            { name: 'app', test: /src\/app\/main\.tsx$/u, priority: 1 },
          ],
        },
      },
    },
  },
});
