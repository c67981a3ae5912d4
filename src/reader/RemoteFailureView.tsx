import { Link } from 'react-router';
import { canRetry, MAX_MEGABYTES, shortAddress, type RemoteFailure } from './remote-failure';
import { describeProblemKey } from './problem-text';
import { useNumeralTranslation } from './use-formatters';

/** The message key for each failure: what went wrong, then what the reader can do about it. */
function messageKey(failure: RemoteFailure): string {
  switch (failure.kind) {
    case 'no-source':
      return 'errors.noSource';
    case 'bad-source':
      return 'errors.badSource';
    case 'timeout':
      return 'errors.timeout';
    case 'network':
      return 'errors.unreachable';
    case 'offline':
      return 'errors.offline';
    case 'cors':
      return 'errors.cors';
    case 'not-found':
      return 'errors.notFound';
    case 'too-large':
      return 'errors.tooLarge';
    case 'not-json':
      return 'errors.notJson';
    case 'http':
      return failure.status >= 500 ? 'errors.httpServer' : 'errors.http';
    case 'invalid':
      return 'errors.invalidArticle';
  }
}

/**
 * Why an article could not be loaded, in the UI language and the reader's digits: the address that
 * failed (isolated, as it runs left to right), the cause and what to do, with a retry button only
 * where retrying can help ({@link canRetry}).
 */
export function RemoteFailureView({ failure, src, onRetry }: { failure: RemoteFailure; src?: string | null; onRetry: () => void }) {
  const { t } = useNumeralTranslation();
  const status = 'status' in failure ? failure.status : undefined;
  const message = t(messageKey(failure), { status, size: MAX_MEGABYTES });
  const showAddress = src && failure.kind !== 'no-source';
  return (
    <section role="alert" className="mx-auto max-w-measure py-16">
      <h1 className="mb-4 text-2xl font-bold">{t('errors.loadFailed')}</h1>
      {showAddress && (
        <p className="mb-4 text-muted">
          {t('errors.address')}{' '}
          <bdi dir="ltr" translate="no" title={src} className="break-all">
            {shortAddress(src)}
          </bdi>
        </p>
      )}
      <p className="mb-4">{message}</p>
      {failure.kind === 'invalid' && (
        <>
          <ul className="mb-4 list-disc ps-6" dir="auto">
            {failure.problems.slice(0, 20).map((p, i) => (
              <li key={i}>{describeProblemKey(t, p)}</li>
            ))}
          </ul>
          <p className="mb-4">{t('errors.invalidHelp')}</p>
        </>
      )}
      {(failure.kind === 'cors' || failure.kind === 'invalid') && (
        <p className="mb-4">
          <Link to="/preview" className="text-accent underline">
            {t('errors.openEditor')}
          </Link>
        </p>
      )}
      {canRetry(failure) && (
        <button type="button" onClick={onRetry} className="min-h-11 rounded bg-accent px-4 text-paper">
          {t('errors.retry')}
        </button>
      )}
    </section>
  );
}
