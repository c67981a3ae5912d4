import { createContext, memo, startTransition, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { placedStatements } from '../article/blocks';
import { directionOf } from '../article/text/language';
import { readingMinutes } from '../article/reading-time';
import type { Article, Block } from '../article/schema';
import { uiDirection } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useHydrated } from '../ui/use-hydrated';
import { CHUNK_ESTIMATE_REM, chunkBody, chunkOfId, initialChunks, nextChunks, segments, STEP_CHUNKS, withChunks } from './body-chunks';
import { holdInView } from './hold-in-view';
import { InlineContent, SpeakerWordingContext } from './InlineContent';
import { QuoteTooltip } from './QuoteTooltip';
import { ReadingProgress } from './ReadingProgress';
import { ThreadSections } from './ThreadSections';
import { useFormatters } from './use-formatters';
import { WhoSaidWhat } from './WhoSaidWhat';
import { BodySummaryContext } from './body-summary-context';

/**
 * True where the whole body must render at once, however long: the prerendered complete-text
 * page of a long article, for readers without JavaScript.
 */
export const CompleteBodyContext = createContext(false);

/**
 * True where a body shown afresh starts with its first blocks and grows in idle time whatever its
 * length: the draft preview, where a pasted or opened story should be seen at once. Typing, which
 * changes the body a block at a time, keeps everything rendered.
 */
export const StartSmallContext = createContext(false);


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

/** Same blocks, element by element: chunks are sliced afresh from a new body, the blocks may be the same objects. */
function sameChunk(a: { blocks: readonly Block[]; lang: string }, b: { blocks: readonly Block[]; lang: string }): boolean {
  return a.lang === b.lang && a.blocks.length === b.blocks.length && a.blocks.every((block, i) => block === b.blocks[i]);
}

/**
 * One chunk of the body. Memoised on its blocks: a long body grows a chunk at a time, and in the
 * editor's preview (which keeps unchanged blocks as the same objects) an edit renders only the
 * chunk it touched.
 */
const Chunk = memo(function Chunk({ blocks, lang }: { blocks: readonly Block[]; lang: string }) {
  return (
    <div className="article-chunk">
      {blocks.map((block) => (
        <ErrorBoundary key={block.id} fallback={() => <BrokenBlock />}>
          <BlockView block={block} lang={lang} />
        </ErrorBoundary>
      ))}
    </div>
  );
}, sameChunk);

/** Runs `run` when the browser is idle (or soon, where it cannot tell); returns a cancel function. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 16);
  return () => window.clearTimeout(handle);
}

/**
 * The chunk not rendered yet that the reader is looking at (a gap in the viewport), if any. Only the
 * gaps an IntersectionObserver reports in view are measured: measuring every gap after each step
 * forced a layout of the whole growing page inside the step (415 ms of a 4x profile of a 2.3 MB
 * article), and while the reader stays above the gaps, as during loading, nothing is measured.
 */
function chunkInView(gaps: ReadonlySet<HTMLElement>): number | undefined {
  if (gaps.size === 0) return undefined;
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  for (const gap of gaps) {
    if (!gap.isConnected) continue;
    const r = gap.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= window.innerHeight) continue;
    const skipped = Math.floor(Math.max(0, -r.top) / (CHUNK_ESTIMATE_REM * rem));
    return Number(gap.dataset.start) + Math.min(Number(gap.dataset.pendingChunks) - 1, skipped);
  }
  return undefined;
}

/** The id a fragment (`#…`, percent-encoded or not) names. */
function idOfFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment.replace(/^#/u, ''));
  } catch {
    return '';
  }
}

/**
 * The full text in its own order. Memoised: settings and language changes re-render the chrome
 * around it, and a long article must not be reconciled again for them.
 *
 * A long body (more than PROGRESSIVE_FROM blocks) is prerendered and hydrated with its first
 * blocks only, so its first paint does not wait for parsing, styling and laying out the whole
 * text; after hydration the rest is added a step at a time in idle time, in transitions, with
 * no long task (docs/decisions/0003-long-articles.md). Until then a gap of the estimated
 * size stands for the chunks still to come (the scroll bar and the reading progress stay right),
 * the chunk in view comes first, a link or fragment that names a later element renders its chunk
 * at once, and printing renders everything.
 */
const ArticleBody = memo(function ArticleBody({ article, ui }: { article: Article; ui: 'ar' | 'en' }) {
  const { t } = useTranslation();
  const complete = useContext(CompleteBodyContext);
  const startSmall = useContext(StartSmallContext);
  const hydrated = useHydrated();
  const chunks = useMemo(() => chunkBody(article.body), [article.body]);
  const [state, setState] = useState(() => ({ chunks, rendered: initialChunks(chunks, complete, startSmall) as readonly boolean[] }));
  let rendered = state.rendered;
  if (state.chunks !== chunks) {
    // Another body in the same view. An edited draft in the preview keeps what it has shown; another
    // article (a different number of chunks) starts afresh, small where asked when it differs by more
    // than the chunk a typed block can add or take away.
    const change = Math.abs(chunks.length - state.chunks.length);
    if (change > 0) rendered = initialChunks(chunks, complete, startSmall && change > 1);
    setState({ chunks, rendered });
  }
  const body = useRef<HTMLDivElement>(null);
  const pendingTarget = useRef<string | null>(null);
  const grow = useCallback((indices: readonly number[] | 'all') => {
    setState((s) => {
      const next = indices === 'all' ? withChunks(s.rendered, s.rendered.map((_, i) => i)) : withChunks(s.rendered, indices);
      return next === s.rendered ? s : { chunks: s.chunks, rendered: next };
    });
  }, []);

  // Grow, a step at a time, when the browser is idle.
  const done = rendered.every(Boolean);
  // The gaps in the viewport, kept by an observer (see chunkInView).
  const gapsInView = useRef(new Set<HTMLElement>());
  const gapObserver = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (!hydrated || done || typeof IntersectionObserver !== 'function') return;
    const inView = gapsInView.current;
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) inView.add(e.target as HTMLElement);
        else inView.delete(e.target as HTMLElement);
      }
    });
    gapObserver.current = observer;
    return () => {
      observer.disconnect();
      gapObserver.current = null;
      inView.clear();
    };
  }, [hydrated, done]);
  useEffect(() => {
    if (!hydrated || done) return;
    // Each step replaces the gaps around what it added: watch the new ones, forget the removed ones.
    for (const gap of gapsInView.current) {
      if (gap.isConnected) continue;
      gapsInView.current.delete(gap);
      gapObserver.current?.unobserve(gap);
    }
    body.current?.querySelectorAll<HTMLElement>('[data-pending-chunks]').forEach((gap) => gapObserver.current?.observe(gap));
    return whenIdle(() => {
      const picks = nextChunks(rendered, STEP_CHUNKS, chunkInView(gapsInView.current));
      startTransition(() => grow(picks));
    });
  }, [hydrated, done, rendered, grow]);

  // A jump to an element of the body: render its chunk first if need be, then hold it in view while
  // the chunks around it take their real height (see holdInView).
  useEffect(() => {
    const missing = (id: string) => (id && !document.getElementById(id) ? chunkOfId(chunks, id) : -1);
    const inBody = (id: string) => {
      const el = id ? document.getElementById(id) : null;
      return el && body.current?.contains(el) ? el : null;
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      if (!link) return;
      const id = idOfFragment(link.getAttribute('href') ?? '');
      const chunk = missing(id);
      // Synchronously, so the browser's own jump to the fragment (the click's default action) finds it.
      if (chunk >= 0) flushSync(() => grow([chunk]));
      const el = inBody(id);
      if (el) window.setTimeout(() => !e.defaultPrevented && holdInView(el));
    };
    const onHash = () => {
      const id = idOfFragment(window.location.hash);
      const chunk = missing(id);
      if (chunk < 0) return;
      pendingTarget.current = id;
      grow([chunk]);
    };
    onHash();
    document.addEventListener('click', onClick, true);
    window.addEventListener('hashchange', onHash);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('hashchange', onHash);
    };
  }, [chunks, grow]);

  // Once the fragment's element is rendered, jump to it again: the browser scrolls to it and it
  // becomes the :target (no new history entry, no hashchange).
  useEffect(() => {
    const id = pendingTarget.current;
    const el = id ? document.getElementById(id) : null;
    if (!id || !el) return;
    pendingTarget.current = null;
    window.location.replace(`#${encodeURIComponent(id)}`);
    holdInView(el);
  }, [rendered]);

  // Printing shows the whole text.
  useEffect(() => {
    if (done) return;
    const all = () => flushSync(() => grow('all'));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [done, grow]);

  return (
    <div ref={body} className="article-body [grid-area:body] font-article">
      {segments(rendered).map((s) =>
        s.kind === 'chunk' ? (
          // Each chunk is its own Suspense boundary, so React hydrates a long article a chunk at a
          // time and yields in between instead of blocking the page in one long task.
          <Suspense key={s.index}>
            <Chunk blocks={chunks[s.index]!} lang={article.lang} />
          </Suspense>
        ) : (
          // Not in the prerendered page (hydration must find what the server wrote): before hydration
          // the page simply ends where the prerendered text does. Never a scroll anchor: it is replaced
          // as the chunks arrive, and the text beside it must stay where the reader sees it.
          hydrated && <div key={`gap-${s.start}`} aria-hidden="true" data-pending-chunks={s.count} data-start={s.start} className="[overflow-anchor:none] print:hidden" style={{ blockSize: `${s.count * CHUNK_ESTIMATE_REM}rem` }} />
        ),
      )}
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
  const summary = useContext(BodySummaryContext);
  const minutes = useMemo(() => summary?.minutes ?? readingMinutes(article), [summary, article]);
  const ref = useRef<HTMLElement>(null);
  // One hidden description per speaker, shared by all their quotes through aria-describedby.
  const speakers = useMemo(() => [...new Set(placedStatements(article.body).map((s) => s.speaker))], [article.body]);
  // Keyed on the speakers themselves: an edit that leaves them as they were re-renders no quote.
  const speakersKey = JSON.stringify(speakers);
  const wording = useMemo(() => {
    const ids = new Map((JSON.parse(speakersKey) as (string | null)[]).map((speaker, i) => [speaker, `speaker-${i}`]));
    return { describedBy: (speaker: string | null) => ids.get(speaker) };
  }, [speakersKey]);
  return (
    <SpeakerWordingContext.Provider value={wording}>
    <article ref={ref} lang={article.lang} dir={dir} className="reader-grid py-6 sm:py-8">
      <ReadingProgress target={ref} dir={dir} />
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
          {/* Screen only: how long reading takes is no news on paper. */}
          <span className="print:hidden">{t('article.readingTime', { count: minutes, n: number(minutes) })}</span>
        </p>
      </header>
      <div className="[grid-area:threads]">
        <ThreadSections article={article} />
      </div>
      {/* Never a scroll anchor: it is sticky beside the text on wide screens, so the browser would keep
          it in place instead of the text when chunks above the reader take their real height. Not
          printed: its statements are highlighted in the text, which prints once. */}
      <aside className="[grid-area:side] mb-4 [overflow-anchor:none] lg:mb-0 print:hidden">
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
