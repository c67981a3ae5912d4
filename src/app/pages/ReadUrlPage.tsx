import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Article } from '../../article/schema';
import { ArticleView, StartSmallContext } from '../../reader/ArticleView';
import { BodySummaryContext } from '../../reader/body-summary-context';
import type { BodySummary } from '../../reader/body-summary';
import type { RemoteResult } from '../../reader/remote-failure';
import { RemoteFailureView } from '../../reader/RemoteFailureView';

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

/**
 * `progressive`: the article came in pieces, a first look at its first blocks before the rest;
 * `summary`: the whole body's figures the worker sent with the first look (null otherwise).
 */
type UrlState =
  | { status: 'loading' }
  | { status: 'first'; article: Article; summary: BodySummary | null }
  | { status: 'done'; value: RemoteResult; progressive: boolean; summary: BodySummary | null };

/**
 * The article at `src`, loaded off the main thread (src/reader/remote-loader.ts): a first look at
 * its first blocks as soon as they are in, then the whole article, rendered in a transition so React
 * yields to the browser while it does. Loading again when `src` changes or `retry` is called; the
 * load in progress is cancelled then, and when the page goes away (its worker ends).
 */
function useArticleByUrl(src: string | null): [UrlState, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<UrlState>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    let firstShown = false;
    let firstSummary: BodySummary | null = null;
    let gone = false;
    let cancel = () => {};
    // The loader (and the worker's address) loads only here: not part of the bundled reader's JavaScript.
    void import('../../reader/remote-loader').then(({ loadArticleByUrl }) => {
      if (gone) return;
      cancel = loadArticleByUrl(src, {
        first(article, summary) {
          firstShown = true;
          firstSummary = summary;
          setState({ status: 'first', article, summary });
        },
        done(value) {
          // After a first look the rest of the article need not hold up the browser: in a transition.
          // The figures stay those the worker counted on the whole body: they are the same.
          if (firstShown) startTransition(() => setState({ status: 'done', value, progressive: true, summary: firstSummary }));
          else setState({ status: 'done', value, progressive: false, summary: null });
        },
      });
    });
    return () => {
      gone = true;
      cancel();
    };
  }, [src, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

/** `/read?src=<url>`: an article JSON fetched from an http(s) URL and validated in the browser. */
export function ReadUrlPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const src = params.get('src');
  const [state, retry] = useArticleByUrl(src);
  const article = state.status === 'first' ? state.article : state.status === 'done' && state.value.ok ? state.value.article : null;
  // The headline once the article is in, what happened when it cannot be.
  useTabTitle(state.status === 'loading' ? null : article ? article.title : t('errors.titleFailed'));
  if (state.status === 'loading') return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
  // An article that came in pieces keeps starting small: when the rest arrives, the body shows its
  // first chunk (the first look's, not rendered again) and adds the others in idle time, as a long
  // bundled article does after hydration (docs/decisions/0003-long-articles.md).
  const progressive = state.status === 'first' || (state.status === 'done' && state.progressive);
  // The panels show the whole body's figures the worker sent with the first look, from that look on.
  if (article)
    return (
      <StartSmallContext.Provider value={progressive}>
        <BodySummaryContext.Provider value={state.summary}>
          <ArticleView article={article} />
        </BodySummaryContext.Provider>
      </StartSmallContext.Provider>
    );
  return state.status === 'done' && !state.value.ok ? <RemoteFailureView failure={state.value.failure} src={src} onRetry={retry} /> : null;
}
