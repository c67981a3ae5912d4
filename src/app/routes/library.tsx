import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { directionOf } from '../../article/language';
import { formatDate } from '../../reader/format';
import { loadLibrary } from '../bundled.server';
import { useUiLanguage } from '../use-ui-language';
import type { Route } from './+types/library';

export async function loader() {
  return { articles: await loadLibrary() };
}

export function meta() {
  return [{ title: 'صحيفة · Sahifa' }];
}

export default function Library({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  return (
    <section className="py-8">
      <h1 className="mb-2 text-3xl font-bold">{t('library.title')}</h1>
      <p className="mb-8 text-muted">{t('library.intro')}</p>
      {loaderData.articles.length === 0 && <p>{t('library.empty')}</p>}
      <ul className="grid gap-6 sm:grid-cols-2">
        {loaderData.articles.map((a) => (
          <li key={a.slug} className="rounded-lg border border-rule p-5">
            <Link to={`/read/${a.slug}`} className="block text-ink no-underline hover:text-accent">
              <h2 lang={a.lang} dir={a.dir ?? directionOf(a.lang)} className="font-article text-xl leading-relaxed font-bold">
                {a.title}
              </h2>
            </Link>
            {a.subtitle && (
              <p lang={a.lang} dir={a.dir ?? directionOf(a.lang)} className="mt-2 font-article text-muted">
                {a.subtitle}
              </p>
            )}
            <p className="mt-3 text-sm text-muted">
              {a.published && <time dateTime={a.published}>{formatDate(a.published, lng)} · </time>}
              {t('article.readingTime', { count: a.minutes })}
            </p>
            {a.threads.length > 0 && (
              <ul className="mt-3 flex flex-wrap gap-2" aria-label={t('article.threads')}>
                {a.threads.map((th) => (
                  <li key={th.id} className="rounded-full border border-rule px-3 py-1 text-sm">
                    {th.label[lng]}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
