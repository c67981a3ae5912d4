import { readFileSync } from 'node:fs';
import type { Config } from '@react-router/dev/config';

interface LibraryIndex {
  articles: { slug: string }[];
}

// Bundled articles are prerendered so their text paints before any script runs; everything else
// (URL-loaded articles, drafts) renders on the client from the SPA fallback.
export default {
  appDirectory: 'src/app',
  ssr: false,
  async prerender() {
    const index = JSON.parse(readFileSync('public/articles/index.json', 'utf8')) as LibraryIndex;
    return ['/', ...index.articles.map((a) => `/read/${a.slug}`)];
  },
} satisfies Config;
