import { useTranslation } from 'react-i18next';
import { directionOf } from '../article/language';
import type { Article, Block } from '../article/schema';
import { readingMinutes } from '../article/reading-time';
import { formatDate } from './format';
import { InlineContent } from './InlineContent';

function BlockView({ block, lang }: { block: Block; lang: string }) {
  switch (block.type) {
    case 'heading':
      return block.level === 3 ? (
        <h3 id={block.id} className="mt-8 mb-3 text-xl font-bold">
          <InlineContent content={block.content} lang={lang} />
        </h3>
      ) : (
        <h2 id={block.id} className="mt-10 mb-3 text-2xl font-bold">
          <InlineContent content={block.content} lang={lang} />
        </h2>
      );
    case 'paragraph':
      return (
        <p id={block.id} className="mb-5">
          <InlineContent content={block.content} lang={lang} />
        </p>
      );
    case 'list':
      return (
        <ul id={block.id} className="mb-5 space-y-2">
          {block.items.map((item) => (
            <li key={item.id} id={item.id}>
              <InlineContent content={item.content} lang={lang} />
            </li>
          ))}
        </ul>
      );
    case 'quote':
      return (
        <blockquote id={block.id} className="my-6 border-s-4 border-accent ps-4">
          <InlineContent content={block.content} lang={lang} />
        </blockquote>
      );
  }
}

/** The full article in its own language and direction, independent of the UI language. */
export function ArticleView({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const dir = article.dir ?? directionOf(article.lang);
  const published = formatDate(article.published, i18n.language);
  return (
    <article lang={article.lang} dir={dir} className="mx-auto max-w-measure py-8">
      <header className="mb-8 border-b border-rule pb-6">
        <h1 className="font-article text-3xl leading-snug font-bold sm:text-4xl">{article.title}</h1>
        {article.subtitle && <p className="mt-3 font-article text-xl text-muted">{article.subtitle}</p>}
        <p className="mt-4 text-sm text-muted" lang={i18n.language} dir="auto">
          {article.byline && <span>{t('article.by', { name: article.byline })} · </span>}
          {published && <time dateTime={article.published}>{t('article.published', { date: published })} · </time>}
          <span>{t('article.readingTime', { count: readingMinutes(article) })}</span>
        </p>
      </header>
      <div className="article-body font-article text-lg sm:text-xl">
        {article.body.map((block) => (
          <BlockView key={block.id} block={block} lang={article.lang} />
        ))}
      </div>
    </article>
  );
}
