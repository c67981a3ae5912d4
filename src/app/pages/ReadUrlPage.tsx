import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ArticleView } from '../../reader/ArticleView';
import type { RemoteResult } from '../../reader/remote-failure';
import { RemoteFailureView } from '../../reader/RemoteFailureView';
import { useAsync } from '../../ui/use-async';

async function load(src: string | null): Promise<RemoteResult> {
  // The validator loads only here, so it is not part of the bundled reader's JavaScript.
  const { loadRemoteArticle } = await import('../../reader/load-remote');
  return loadRemoteArticle(src);
}

/** Titles the tab `<what> · <app name>` while the page shows, and puts the previous title back after. */
function useTabTitle(what: string | null) {
  const { t } = useTranslation();
  const title = what ? `${what} · ${t('app.name')}` : null;
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

/** `/read?src=<url>`: an article JSON fetched from an http(s) URL and validated in the browser. */
export function ReadUrlPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const src = params.get('src');
  const [state, retry] = useAsync(`src:${src ?? ''}`, () => load(src));
  // The headline once the article is in, what happened when it cannot be.
  useTabTitle(state.status === 'loading' ? null : state.value.ok ? state.value.article.title : t('errors.titleFailed'));
  if (state.status === 'loading') return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
  return state.value.ok ? <ArticleView article={state.value.article} /> : <RemoteFailureView failure={state.value.failure} src={src} onRetry={retry} />;
}
