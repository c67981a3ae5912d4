import { createContext, useContext } from 'react';
import type { Article } from '../article/schema';

/** What the library shows for one bundled article (public/articles/index.json). */
export interface LibraryEntry {
  slug: string;
  title: string;
  subtitle?: string;
  published?: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  minutes: number;
  threads: { id: string; label: { ar: string; en: string } }[];
}

/** The bundled library index. */
export interface LibraryIndex {
  articles: LibraryEntry[];
}

/**
 * Data a prerendered page was built with. It is embedded in the page as JSON so hydration renders
 * exactly what the HTML shows, without fetching it again.
 */
export type PageData = { path: string; kind: 'library'; library: LibraryIndex } | { path: string; kind: 'article'; article: Article };

/**
 * What a prerendered page embeds: its data, or for a large article only where to fetch it (a
 * bundled article is also served as /articles/<slug>.json), so the HTML does not carry the text twice.
 */
export type EmbeddedPageData = PageData | { path: string; kind: 'article-ref'; src: string };

/** Serialised data larger than this is fetched instead of embedded. */
export const MAX_EMBEDDED_DATA = 200_000;

/** Id of the `<script type="application/json">` element that carries the page data. */
export const PAGE_DATA_ID = 'sahifa-page-data';

/**
 * Id of the link to a long article's complete text that its prerendered page carries after the
 * first part, for browsers that run no script; the entry script removes it.
 */
export const COMPLETE_TEXT_LINK_ID = 'sahifa-complete-text';

/**
 * Serialises page data for a `<script type="application/json">` element: `<` and the line
 * separators are escaped so no string in an article can close the element or break the script.
 */
export function serializePageData(data: EmbeddedPageData): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

/**
 * Page data of the current document for its path, fetching it when only a reference was embedded;
 * null for client-rendered pages (dev server, SPA fallback) or when the fetch fails.
 */
export async function loadPageData(doc: Document, path: string): Promise<PageData | null> {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as EmbeddedPageData;
    if (data.path !== path) return null;
    if (data.kind !== 'article-ref') return data;
    // A bundled article, validated when the site was built.
    const response = await fetch(data.src);
    return response.ok ? { path, kind: 'article', article: (await response.json()) as Article } : null;
  } catch {
    return null;
  }
}

export const PageDataContext = createContext<PageData | null>(null);

/** The prerendered data of the current page, when it has some. */
export function usePageData(): PageData | null {
  return useContext(PageDataContext);
}
