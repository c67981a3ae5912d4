import { useTranslation } from 'react-i18next';
import type { RemoteFailure } from './load-remote';
import { describeProblemKey } from './problem-text';

/** Why an article could not be loaded, in the UI language, with a retry button where retrying can help. */
export function RemoteFailureView({ failure, onRetry }: { failure: RemoteFailure; onRetry: () => void }) {
  const { t } = useTranslation();
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
  const retryable = failure.kind !== 'no-source' && failure.kind !== 'bad-source' && failure.kind !== 'invalid';
  return (
    <section role="alert" className="mx-auto max-w-measure py-16">
      <h1 className="mb-4 text-2xl font-bold">{t('errors.loadFailed')}</h1>
      <p className="mb-4">{message}</p>
      {failure.kind === 'invalid' && (
        <ul className="mb-4 list-disc ps-6" dir="auto">
          {failure.problems.slice(0, 20).map((p, i) => (
            <li key={i}>{describeProblemKey(t, p)}</li>
          ))}
        </ul>
      )}
      {retryable && (
        <button type="button" onClick={onRetry} className="min-h-11 rounded bg-accent px-4 text-paper">
          {t('errors.retry')}
        </button>
      )}
    </section>
  );
}
