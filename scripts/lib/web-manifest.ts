/**
 * The web app manifest (dist/manifest.webmanifest), written by scripts/build-offline.ts: the app in
 * Arabic first, installable (standalone, with a 192 and a 512 px icon and a maskable one).
 */
import ar from '../../src/i18n/locales/ar.json';
import { APP_ICONS } from './app-icons';

/** The page colour (--paper in src/app/app.css), light and dark: the browser's bars match the page. */
export const THEME_COLORS = { light: '#fdfcf9', dark: '#15171a' } as const;

export function webManifest() {
  return {
    id: '/',
    name: ar.app.name,
    short_name: ar.app.name,
    description: ar.app.tagline,
    lang: 'ar',
    dir: 'rtl',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // A manifest has one colour of each; the pages say both (<meta name="theme-color" media=…>).
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: APP_ICONS.map((icon) => ({ src: `/${icon.path}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
