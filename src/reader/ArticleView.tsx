import { memo, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { placedStatements } from '../article/blocks';
import { directionOf } from '../article/language';
import { readingMinutes } from '../article/reading-time';
import type { Article, Block } from '../article/schema';
import { uiDirection } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { InlineContent, SpeakerWordingContext } from './InlineContent';
import { QuoteTooltip } from './QuoteTooltip';
import { ReadingProgress } from './ReadingProgress';
import { ThreadSections } from './ThreadSections';
import { useFormatters } from './use-formatters';
import { WhoSaidWhat } from './WhoSaidWhat';

/** Blocks per chunk of the body; each chunk is laid out only when near the viewport. */
const CHUNK = 24;

function BlockView({ block, lang }: { block: Block; lang: string }) {
  switch (block.type) {
    case 'heading': {
      const Tag = block.level === 3 ? 'h3' : 'h2';
      return (
        <Tag id={block.id} className={block.level === 3 ? 'mt-8 mb-3 text-[1.15em] font-bold' : 'mt-10 mb-3 text-[1.3em] leading-snug font-bold'}>
          <InlineContent content={block.content} lang={lang} blockId={block.id} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p id={block.id} className="mb-5">
          <InlineContent content={block.content} lang={lang} blockId={block.id} />
        </p>
      );
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag id={block.id} className="mb-5 space-y-2">
          {block.items.map((item) => (
            <li key={item.id} id={item.id}>
              <InlineContent content={item.content} lang={lang} blockId={item.id} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote id={block.id} className="my-6 border-s-4 border-accent ps-4">
          <InlineContent content={block.content} lang={lang} blockId={block.id} />
        </blockquote>
      );
    default:
      // A block type this version does not know (from a newer format, or hand-edited): skip it visibly.
      throw new Error(`unknown block type`);
  }
}

function BrokenBlock() {
  const { t, i18n } = useTranslation();
  return (
    <p role="note" lang={i18n.language} dir={uiDirection(i18n.language)} className="mb-5 rounded border border-dashed border-rule p-3 font-ui text-sm text-muted">
      {t('article.brokenBlock')}
    </p>
  );
}

/**
 * The full text in its own order. Memoised: settings and language changes re-render the chrome
 * around it, and a long article must not be reconciled again for them.
 */
const ArticleBody = memo(function ArticleBody({ article, ui }: { article: Article; ui: 'ar' | 'en' }) {
  const { t } = useTranslation();
  const chunks = useMemo(() => {
    const out: Block[][] = [];
    for (let i = 0; i < article.body.length; i += CHUNK) out.push(article.body.slice(i, i + CHUNK));
    return out;
  }, [article]);
  return (
    <div className="article-body [grid-area:body] font-article">
      {chunks.map((chunk, i) => (
        // Each chunk is its own Suspense boundary, so React hydrates a long article a chunk at a
        // time and yields in between instead of blocking the page in one long task.
        <Suspense key={i}>
          <div className="article-chunk">
            {chunk.map((block) => (
              <ErrorBoundary key={block.id} fallback={() => <BrokenBlock />}>
                <BlockView block={block} lang={article.lang} />
              </ErrorBoundary>
            ))}
          </div>
        </Suspense>
      ))}
      {article.source?.name && (
        <p lang={ui} dir={uiDirection(ui)} className="mt-8 font-ui text-sm text-muted">
          {t('article.source')} <bdi>{article.source.name}</bdi>
        </p>
      )}
    </div>
  );
});

/**
 * The reading view: header, thread sections, "who said what" and the full text in its own order.
 * The article keeps its own language and direction whatever the UI's. Each block renders inside
 * its own error boundary, so one broken block shows a notice and the rest of the article stays.
 */
export function ArticleView({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const { number, date } = useFormatters();
  const dir = article.dir ?? directionOf(article.lang);
  const ui = i18n.language === 'en' ? 'en' : 'ar';
  const published = date(article.published);
  const updated = date(article.updated);
  const minutes = useMemo(() => readingMinutes(article), [article]);
  const ref = useRef<HTMLElement>(null);
  // One hidden description per speaker, shared by all their quotes through aria-describedby.
  const speakers = useMemo(() => [...new Set(placedStatements(article.body).map((s) => s.speaker))], [article]);
  const wording = useMemo(() => {
    const ids = new Map(speakers.map((speaker, i) => [speaker, `speaker-${i}`]));
    return { describedBy: (speaker: string | null) => ids.get(speaker) };
  }, [speakers]);
  return (
    <SpeakerWordingContext.Provider value={wording}>
    <article ref={ref} lang={article.lang} dir={dir} className="reader-grid py-6 sm:py-8">
      <ReadingProgress target={ref} />
      <header className="[grid-area:header] mb-2 border-b border-rule pb-6">
        {article.status === 'draft' && (
          <p role="status" lang={ui} dir={uiDirection(ui)} className="mb-4 rounded bg-mark px-3 py-2 font-ui text-sm font-bold">
            {t('article.draft')}
          </p>
        )}
        {article.dateline && <p className="mb-2 font-article text-sm font-bold text-accent">{article.dateline}</p>}
        <h1 className="font-article text-[1.75rem] leading-snug font-bold sm:text-4xl sm:leading-snug">{article.title}</h1>
        {article.subtitle && <p className="mt-3 font-article text-xl leading-relaxed text-muted">{article.subtitle}</p>}
        <p lang={ui} dir={uiDirection(ui)} className="mt-4 flex flex-wrap gap-x-3 gap-y-1 font-ui text-sm text-muted">
          {article.byline && (
            <span>
              {t('article.by')} <bdi lang={article.lang}>{article.byline}</bdi>
            </span>
          )}
          {published && <time dateTime={article.published}>{t('article.published', { date: published })}</time>}
          {updated && <time dateTime={article.updated}>{t('article.updated', { date: updated })}</time>}
          <span>{t('article.readingTime', { count: minutes, n: number(minutes) })}</span>
        </p>
      </header>
      <div className="[grid-area:threads]">
        <ThreadSections article={article} />
      </div>
      <aside className="[grid-area:side] mb-8 lg:mb-0">
        <div className="lg:sticky lg:top-6 lg:max-h-[calc(100dvh-3rem)] lg:overflow-y-auto">
          <WhoSaidWhat article={article} />
        </div>
      </aside>
      <ArticleBody article={article} ui={ui} />
      <QuoteTooltip container={ref} />
      {speakers.map((speaker, i) => (
        <span key={speaker ?? ''} id={`speaker-${i}`} lang={ui} dir={uiDirection(ui)} hidden>
          {speaker ? t('article.speaker', { name: speaker }) : t('article.unattributed')}
        </span>
      ))}
    </article>
    </SpeakerWordingContext.Provider>
  );
}
