import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  kind: 'not-found' | 'unexpected' | 'article-not-found';
  slug?: string;
  detail?: string;
}

/** A translated error message with a way back; used by error boundaries and missing pages. */
export function ErrorPanel({ kind, slug, detail }: Props) {
  const { t } = useTranslation();
  const title = kind === 'unexpected' ? t('errors.unexpected') : t('errors.notFoundTitle');
  const body = kind === 'article-not-found' ? t('errors.articleNotFound', { slug }) : kind === 'not-found' ? t('errors.notFoundBody') : null;
  return (
    <section role="alert" className="mx-auto max-w-measure py-16">
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      {body && <p className="mb-4">{body}</p>}
      {detail && (
        <p className="mb-4 text-muted" dir="auto">
          {detail}
        </p>
      )}
      <Link to="/" className="text-accent underline">
        {t('errors.backToLibrary')}
      </Link>
    </section>
  );
}
