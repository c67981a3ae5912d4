import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ArticleView } from '../../reader/ArticleView';
import { ErrorPanel } from '../../reader/ErrorPanel';
import type { RemoteResult } from '../../reader/remote-failure';
import { useAsync } from '../../ui/use-async';
import { usePageData } from '../page-data';

/** A bundled article fetched by the browser (the dev server, or a slug that was not prerendered). */
async function fetchBundled(slug: string): Promise<RemoteResult> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) return { ok: false, failure: { kind: 'not-found', status: 404 } };
  const { loadRemoteArticle } = await import('../../reader/load-remote');
  return loadRemoteArticle(new URL(`/articles/${slug}.json`, window.location.href).href);
}

// Only for an article the browser had to fetch and could not: not part of the first script.
const RemoteFailureView = lazy(() => import('../../reader/RemoteFailureView').then((m) => ({ default: m.RemoteFailureView })));

/** `/read/<slug>`: a bundled article, prerendered at build time. */
export function ReadBundledPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const data = usePageData();
  const embedded = data?.kind === 'article' && data.article.slug === slug ? ({ ok: true, article: data.article } as const) : undefined;
  const [state, retry] = useAsync(`bundled:${slug}`, () => fetchBundled(slug), embedded);
  if (state.status === 'loading') return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
  const result = state.value;
  if (result.ok) return <ArticleView article={result.article} />;
  if (result.failure.kind === 'not-found') return <ErrorPanel kind="article-not-found" slug={slug} />;
  return (
    <Suspense fallback={<p className="py-16 text-center text-muted">{t('errors.loading')}</p>}>
      <RemoteFailureView failure={result.failure} onRetry={retry} />
    </Suspense>
  );
}
