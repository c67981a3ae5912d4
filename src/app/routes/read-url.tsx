import { useTranslation } from 'react-i18next';
import { useRevalidator } from 'react-router';
import { describeProblemKey } from '../../reader/problem-text';
import { ArticleView } from '../../reader/ArticleView';
import { loadRemoteArticle, type RemoteFailure } from '../../reader/load-remote';
import type { Route } from './+types/read-url';

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return loadRemoteArticle(new URL(request.url).searchParams.get('src'));
}

export function HydrateFallback() {
  const { t } = useTranslation();
  return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
}

function FailureView({ failure }: { failure: RemoteFailure }) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const message = {
    'no-source': t('errors.noSource'),
    'bad-source': t('errors.badSource'),
    timeout: t('errors.timeout'),
    network: t('errors.network'),
    'too-large': t('errors.tooLarge'),
    'not-json': t('errors.notJson'),
    http: t('errors.http', { status: failure.kind === 'http' ? failure.status : 0 }),
    invalid: t('errors.invalidArticle'),
  }[failure.kind];
  const retryable = failure.kind !== 'no-source' && failure.kind !== 'bad-source';
  return (
    <section role="alert" className="mx-auto max-w-measure py-16">
      <h1 className="mb-4 text-2xl font-bold">{t('errors.loadFailed')}</h1>
      <p className="mb-4">{message}</p>
      {failure.kind === 'invalid' && (
        <ul className="mb-4 list-disc ps-6">
          {failure.problems.slice(0, 20).map((p, i) => (
            <li key={i}>{describeProblemKey(t, p)}</li>
          ))}
        </ul>
      )}
      {retryable && (
        <button type="button" onClick={() => void revalidator.revalidate()} className="min-h-11 rounded bg-accent px-4 text-paper">
          {t('errors.retry')}
        </button>
      )}
    </section>
  );
}

export default function ReadUrl({ loaderData }: Route.ComponentProps) {
  return loaderData.ok ? <ArticleView article={loaderData.article} /> : <FailureView failure={loaderData.failure} />;
}
