/**
 * Prints the figures behind the metric-matched fallback face in src/app/app.css: the vertical
 * metrics of the self-hosted Naskh subsets (read from their head, hhea and OS/2 tables) and the
 * ratio of their widths to a local system face on the bundled article's Arabic text, shaped and
 * measured by Chromium. Run again after re-subsetting the fonts or changing the fallback face:
 *
 *   npx tsx scripts/font-metrics.ts
 *
 * Needs a Chromium (PW_CHROMIUM_PATH, else /usr/bin/chromium) and the fallback face installed
 * (DejaVu Sans: Debian's fonts-dejavu-core).
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const FONTS = { 400: 'public/fonts/naskh-arabic-400.woff2', 700: 'public/fonts/naskh-arabic-700.woff2' } as const;
const FALLBACK = { 400: 'DejaVu Sans', 700: 'DejaVu Sans Bold' } as const;
const ARTICLE = 'public/articles/beijing-moscow-talks.json';

// WOFF2 (https://www.w3.org/TR/WOFF2/): a table directory, then every table in one brotli stream.
// The tables read here (head, hhea, OS/2) are never transformed, so they are stored as they are.
const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill'];

function woff2Tables(file: Buffer): Map<string, Buffer> {
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('bad UIntBase128');
  };
  const entries: { tag: string; length: number }[] = [];
  for (let i = file.readUInt16BE(12); i > 0; i--) {
    const flags = file[at++]!;
    const tag = (flags & 0x3f) === 63 ? file.toString('latin1', at, (at += 4)) : KNOWN_TAGS[flags & 0x3f]!;
    const version = flags >> 6;
    const original = base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    entries.push({ tag, length: transformed ? base128() : original });
  }
  const data = brotliDecompressSync(file.subarray(at, at + file.readUInt32BE(20)));
  const tables = new Map<string, Buffer>();
  let offset = 0;
  for (const { tag, length } of entries) {
    tables.set(tag, data.subarray(offset, offset + length));
    offset += length;
  }
  return tables;
}

function verticalMetrics(tables: Map<string, Buffer>) {
  const head = tables.get('head')!;
  const hhea = tables.get('hhea')!;
  const os2 = tables.get('OS/2')!;
  return {
    unitsPerEm: head.readUInt16BE(18),
    hhea: { ascender: hhea.readInt16BE(4), descender: hhea.readInt16BE(6), lineGap: hhea.readInt16BE(8) },
    typo: { ascender: os2.readInt16BE(68), descender: os2.readInt16BE(70), lineGap: os2.readInt16BE(72), useTypoMetrics: Boolean(os2.readUInt16BE(62) & 0x80) },
    win: { ascent: os2.readUInt16BE(74), descent: os2.readUInt16BE(76) },
  };
}

// The Arabic-script text of the bundled article: what the face draws, in its real proportions.
// Blocks and inline runs keep their words in `content`, `text` or `items` (docs/article-format.md).
const article = JSON.parse(readFileSync(ARTICLE, 'utf8')) as { title: string; body: unknown[] };
const plain = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(plain).join(' ');
  if (!node || typeof node !== 'object') return '';
  const { content, text, items } = node as Record<string, unknown>;
  return plain(content ?? text ?? items);
};
const text = [article.title, ...article.body.map(plain)].join(' ').replace(/[^\u0600-\u06FF\s]/gu, '').replace(/\s+/gu, ' ');

const browser = await chromium.launch({ executablePath: process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
const faces = ([400, 700] as const)
  .map((w) => `@font-face{font-family:Web;font-weight:${w};src:url(data:font/woff2;base64,${readFileSync(FONTS[w]).toString('base64')})}@font-face{font-family:Local;font-weight:${w};src:local('${FALLBACK[w]}')}`)
  .join('');
await page.setContent(`<html lang="ar" dir="rtl"><style>${faces} span{white-space:nowrap;font-size:100px}</style><body></body></html>`);
// A string, not a function: tsx would add helpers the page does not have.
const widths = (await page.evaluate(`(async (text) => {
  const out = {};
  for (const w of [400, 700]) {
    for (const family of ['Web', 'Local']) {
      await document.fonts.load(w + ' 100px ' + family, text);
      const span = document.createElement('span');
      span.style.cssText = 'font-family:' + family + ';font-weight:' + w;
      span.textContent = text;
      document.body.append(span);
      out[family + w] = span.getBoundingClientRect().width;
      span.remove();
    }
  }
  out.loaded = [...document.fonts].every((f) => f.status === 'loaded');
  return out;
})(${JSON.stringify(text)})`)) as Record<string, number> & { loaded: boolean };
await browser.close();
if (!widths.loaded) throw new Error(`a face did not load: is ${Object.values(FALLBACK).join(' / ')} installed?`);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const w of [400, 700] as const) {
  const m = verticalMetrics(woff2Tables(readFileSync(FONTS[w])));
  const sizeAdjust = widths[`Web${w}`]! / widths[`Local${w}`]!;
  console.log(`${FONTS[w]}:`, JSON.stringify(m));
  console.log(`  width against local('${FALLBACK[w]}') on ${text.length} characters: ${sizeAdjust.toFixed(4)}`);
  console.log(`  size-adjust: ${pct(sizeAdjust)}; ascent-override: ${pct(m.typo.ascender / m.unitsPerEm / sizeAdjust)}; descent-override: ${pct(-m.typo.descender / m.unitsPerEm / sizeAdjust)}; line-gap-override: ${pct(m.typo.lineGap / m.unitsPerEm / sizeAdjust)}`);
}
