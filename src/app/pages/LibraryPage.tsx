import { useTranslation } from 'react-i18next';
import { directionOf } from '../../article/text/language';
import { useFormatters } from '../../reader/use-formatters';
import { useAsync } from '../../ui/use-async';
import { usePageData, type LibraryIndex } from '../page-data';
import { useUiLanguage } from '../use-ui-language';

async function fetchLibrary(): Promise<LibraryIndex | null> {
  try {
    const response = await fetch('/articles/index.json');
    return response.ok ? ((await response.json()) as LibraryIndex) : null;
  } catch {
    return null;
  }
}

/** `/`: the bundled articles with title, subtitle, date, reading time and threads. */
export function LibraryPage() {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const { date: formatDate, number } = useFormatters();
  const data = usePageData();
  const [state, retry] = useAsync('library', fetchLibrary, data?.kind === 'library' ? data.library : undefined);
  if (state.status === 'loading') return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
  if (!state.value) {
    return (
      <section role="alert" className="py-16">
        <p className="mb-4">{t('errors.network')}</p>
        <button type="button" onClick={retry} className="min-h-11 rounded bg-accent px-4 text-paper">
          {t('errors.retry')}
        </button>
      </section>
    );
  }
  const { articles } = state.value;
  return (
    <section className="py-8">
      <h1 className="mb-2 text-3xl font-bold">{t('library.title')}</h1>
      <p className="mb-8 text-muted">{t('library.intro')}</p>
      {articles.length === 0 && <p>{t('library.empty')}</p>}
      <ul className="grid gap-6 md:grid-cols-2">
        {articles.map((a) => {
          const dir = a.dir ?? directionOf(a.lang);
          const date = formatDate(a.published);
          return (
            <li key={a.slug} className="rounded-lg border border-rule p-5">
              {/* A full page load: bundled articles are static pages with their text in the HTML. */}
              <a href={`/read/${a.slug}`} className="block text-ink no-underline hover:text-accent">
                <h2 lang={a.lang} dir={dir} className="font-article text-xl leading-relaxed font-bold">
                  {a.title}
                </h2>
              </a>
              {a.subtitle && (
                <p lang={a.lang} dir={dir} className="mt-2 font-article text-muted">
                  {a.subtitle}
                </p>
              )}
              <p className="mt-3 text-sm text-muted">
                {date && <time dateTime={a.published}>{date} · </time>}
                {t('article.readingTime', { count: a.minutes, n: number(a.minutes) })}
              </p>
              {a.threads.length > 0 && (
                <ul className="mt-3 flex flex-wrap gap-2" aria-label={t('article.threads')}>
                  {a.threads.map((th) => (
                    <li key={th.id}>
                      {/* Opens the article at that thread's section (`#thread-<id>`, docs interfaces). */}
                      <a href={`/read/${a.slug}#thread-${th.id}`} className="inline-flex min-h-11 items-center rounded-full border border-rule px-3 text-sm text-ink no-underline hover:border-accent hover:text-accent">
                        {th.label[lng]}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
