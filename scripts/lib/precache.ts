/**
 * The service worker's precache list, taken from the built site (docs/decisions/0011-offline.md):
 * the reader, never the editor. Scripts come from Vite's build graph (dist/.vite/manifest.json): the
 * closure of what the page template loads (the boot script, its style sheet) through static and
 * dynamic imports, style sheets and assets (the URL-article worker), leaving out the editor's
 * dynamic import and what only it reaches. Other files by kind: the prerendered pages and the app
 * shell, the offline page, the fonts, the bundled articles' JSON, the icons and the manifest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PrecacheEntry {
  url: string;
  /** A hash of the file for names without one; null for content-hashed names (the name changes with the bytes). */
  revision: string | null;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** The module whose dynamic import is the editor: it and what only it reaches stay out. */
export const EDITOR_ENTRY = 'src/editor/EditorPage.tsx';

/** Vite's content-hashed names (`assets/name-HASH.ext`). */
const HASHED = /^assets\/.+-[\w-]{8}\.\w+$/u;

/**
 * The files (dist-relative) reached from `roots` (manifest keys) through the build graph, not
 * entering `skip`.
 */
export function closure(manifest: Record<string, ManifestChunk>, roots: readonly string[], skip: ReadonlySet<string> = new Set()): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || skip.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const asset of chunk.assets ?? []) files.add(asset);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  for (const root of roots) visit(root);
  return files;
}

/** The manifest keys of the files the built page template (dist/spa.html) loads itself. */
export function templateRoots(manifest: Record<string, ManifestChunk>, shellHtml: string): string[] {
  const loaded = new Set([...shellHtml.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/gu)].map((m) => m[1]!));
  const roots = Object.entries(manifest).filter(([, chunk]) => loaded.has(chunk.file)).map(([key]) => key);
  if (!roots.length) throw new Error('the page template loads no file of the build manifest');
  return roots;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const revision = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);

/** The reader's files in the built site at `dist`, with revisions, sorted by address. */
export function precacheList(dist: string): PrecacheEntry[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const shell = readFileSync(join(dist, 'spa.html'), 'utf8');
  const scripts = closure(manifest, templateRoots(manifest, shell), new Set([EDITOR_ENTRY]));

  const others = [...walk(dist)]
    .map((path) => relative(dist, path).split(sep).join('/'))
    .filter(
      (file) =>
        file === 'spa.html' ||
        file === 'index.html' ||
        /^read\/[^/]+\/(?:full\/)?index\.html$/u.test(file) ||
        file === 'offline/index.html' ||
        /^fonts\/[^/]+\.woff2$/u.test(file) ||
        /^articles\/[^/]+\.json$/u.test(file) ||
        /^icons\/[^/]+\.png$/u.test(file) ||
        file === 'manifest.webmanifest' ||
        file === 'favicon.svg',
    );
  return [...scripts, ...others]
    .sort()
    .map((file) => {
      const path = join(dist, file);
      if (!existsSync(path)) throw new Error(`the precache lists ${file}, which the build did not write`);
      return { url: `/${file}`, revision: HASHED.test(file) ? null : revision(path) };
    });
}
