/**
 * The app's icons, drawn at build time from one source (scripts/icons/app-icon.svg) with resvg:
 * 192 and 512 px for any use (corners rounded, as a launcher that does not mask shows them), and
 * 512 px maskable (the full-bleed square: the launcher cuts its own shape, keeping at least the
 * central 80 % circle, where the source draws everything).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SOURCE = new URL('../icons/app-icon.svg', import.meta.url);

export interface AppIcon {
  /** Where the icon is written in dist and served from. */
  path: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
  { path: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { path: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { path: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/** The source with its corners rounded (a fifth of the side), for the icons that are not masked. */
function rounded(source: string): string {
  const inner = source.replace(/^[\s\S]*?<svg[^>]*>/u, '').replace(/<\/svg>\s*$/u, '');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><defs><clipPath id="c"><rect width="512" height="512" rx="104"/></clipPath></defs>' +
    `<g clip-path="url(#c)">${inner}</g></svg>`
  );
}

/** The PNG bytes of `icon`. Draws shapes only (no text), so no font is needed. */
export function renderIcon(icon: AppIcon, source = readFileSync(ICON_SOURCE, 'utf8')): Buffer {
  const svg = icon.purpose === 'maskable' ? source : rounded(source);
  return new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Width and height from a PNG's header (its IHDR chunk, which must come first). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('a PNG without IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
