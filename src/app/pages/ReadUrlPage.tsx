import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ArticleView } from '../../reader/ArticleView';
import type { RemoteResult } from '../../reader/load-remote';
import { RemoteFailureView } from '../../reader/RemoteFailureView';
import { useAsync } from '../../ui/use-async';

async function load(src: string | null): Promise<RemoteResult> {
  // The validator loads only here, so it is not part of the bundled reader's JavaScript.
  const { loadRemoteArticle } = await import('../../reader/load-remote');
  return loadRemoteArticle(src);
}

/** `/read?src=<url>`: an article JSON fetched from an http(s) URL and validated in the browser. */
export function ReadUrlPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const src = params.get('src');
  const [state, retry] = useAsync(`src:${src ?? ''}`, () => load(src));
  if (state.status === 'loading') return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
  return state.value.ok ? <ArticleView article={state.value.article} /> : <RemoteFailureView failure={state.value.failure} onRetry={retry} />;
}
