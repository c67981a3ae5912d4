import { readFileSync } from 'node:fs';

/**
 * The one place the e2e helpers read UI wording from: the app's own locale files, merged as the
 * app merges them, so a test never carries a copy of a translation.
 */
import type { UiLanguage } from '../../src/i18n';

/** A UI language (src/i18n's UI_LANGUAGES). */
export type Lng = UiLanguage;
/** Both UI languages, Arabic first. */
export const LANGUAGES: readonly Lng[] = ['ar', 'en'];

type Tree = { [key: string]: string | Tree };

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Tree;

function merge(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (typeof value === 'object' && typeof there === 'object') merge(there, value);
    else into[key] = value;
  }
  return into;
}

const cache = new Map<Lng, Tree>();

/** The app's translations for `lng`: the reader's catalogue with the preview route's added. */
function catalogue(lng: Lng): Tree {
  let tree = cache.get(lng);
  if (!tree) {
    tree = read(`../../src/i18n/locales/${lng}.json`);
    for (const part of [`${lng}`, `page.${lng}`, `import.${lng}`]) merge(tree, read(`../../src/editor/locales/${part}.json`));
    cache.set(lng, tree);
  }
  return tree;
}

function find(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * The UI text for `key` in `lng` with `{{params}}` filled in, as i18next renders it (plural keys
 * chosen by `count`). Throws for a key that does not exist, so a test never expects wording the
 * app does not have.
 */
export function ui(lng: Lng, key: string, params: Record<string, string | number> = {}): string {
  const tree = catalogue(lng);
  let text = find(tree, key);
  if (text === undefined && params.count !== undefined) {
    const form = Number(params.count) === 0 ? 'zero' : new Intl.PluralRules(lng).select(Number(params.count));
    text = find(tree, `${key}_${form}`) ?? find(tree, `${key}_other`);
  }
  if (text === undefined) throw new Error(`no UI text "${key}" in ${lng}`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/**
 * `ui(lng, key, params)` as a whole-string pattern with the parameters named in `open` left open,
 * each matched as `(.+?)` (for text that holds a time or a length the test cannot know).
 */
export function uiPattern(lng: Lng, key: string, params: Record<string, string | number> = {}, open: string[] = []): RegExp {
  const marker = (name: string) => `\u0000${name}\u0000`;
  const text = ui(lng, key, { ...params, ...Object.fromEntries(open.map((n) => [n, marker(n)])) });
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`^${escaped.replace(/\u0000\w+\u0000/gu, '(.+?)')}$`, 'u');
}
