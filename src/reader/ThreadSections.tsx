import { memo, Suspense, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textBlocks, type TextBlock } from '../article/blocks';
import { directionOf } from '../article/text/language';
import type { Article } from '../article/schema';
import { uiDirection } from '../i18n';
import { ChevronIcon } from '../ui/Icon';
import { BodySummaryContext } from './body-summary-context';
import { InlineContent } from './InlineContent';
import { useFormatters } from './use-formatters';

/**
 * Up to this many passages in all, every section's passages are in the page, closed or not, so
 * find-in-page reaches them. Past it, a very long article would double its HTML and DOM, so a
 * section's passages are rendered when it opens; the same words are always in the full text.
 */
const PRERENDERED_PASSAGES = 400;

const storageKey = (slug: string) => `sahifa:open-threads:${slug}`;

function readOpen(slug: string): Set<string> {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(storageKey(slug)) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeOpen(slug: string, open: ReadonlySet<string>): void {
  try {
    window.localStorage.setItem(storageKey(slug), JSON.stringify([...open]));
  } catch {
    // Storage refused or full: the sections still work, they are just not remembered.
  }
}

/** The id a `#thread-<id>` fragment names, or null. */
export function threadFromHash(hash: string): string | null {
  const m = /^#thread-([a-z0-9-]+)$/u.exec(hash);
  return m ? m[1]! : null;
}

interface ThreadGroup {
  id: string;
  label: string;
  passages: TextBlock[];
}

/**
 * One collapsible section per thread of the article that has passages: `<details data-thread>`
 * (a real disclosure, keyboard and screen-reader ready, searchable by find-in-page when closed in
 * Chromium). Open sections are remembered per article; `#thread-<id>` opens and scrolls to one.
 * On paper the passages are not printed (they are the text's own, which prints in full after
 * them): the section prints as one line naming the threads (docs/decisions/0009-phone-and-print.md).
 * It renders again only when what it shows changed (the draft preview hands it a new article on
 * every keystroke, sharing the parts an edit did not touch).
 */
export const ThreadSections = memo(function ThreadSections({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormatters();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  // While only the first blocks are in, every thread of the whole body, with its whole count.
  const summary = useContext(BodySummaryContext);
  const groups = useMemo<ThreadGroup[]>(() => {
    const blocks = textBlocks(article.body);
    return article.threads
      .map((thread) => ({ id: thread.id, label: thread.label[lang], passages: blocks.filter((b) => b.threads.some((tag) => tag.id === thread.id)) }))
      .filter((g) => g.passages.length > 0 || (summary?.passages[g.id] ?? 0) > 0);
  }, [article.body, article.threads, lang, summary]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const allRendered = groups.reduce((n, g) => n + g.passages.length, 0) <= PRERENDERED_PASSAGES;

  const change = useCallback(
    (next: ReadonlySet<string>) => {
      setOpen(next);
      writeOpen(article.slug, next);
    },
    [article.slug],
  );

  // Restore after hydration (the prerendered HTML has every section closed), then follow the fragment.
  useEffect(() => {
    const restored = readOpen(article.slug);
    const openFromHash = () => {
      const id = threadFromHash(window.location.hash);
      if (!id || !groups.some((g) => g.id === id)) return;
      setOpen((current) => new Set([...current, id]));
      requestAnimationFrame(() => document.getElementById(`thread-${id}`)?.scrollIntoView({ block: 'start' }));
    };
    setOpen(restored);
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [article.slug, groups]);

  if (groups.length === 0) return null;
  const articleDir = article.dir ?? directionOf(article.lang);
  const allOpen = groups.every((g) => open.has(g.id));
  const goTo = t('threads.goTo');
  return (
    <section aria-labelledby="threads-heading" lang={lang} dir={uiDirection(lang)} className="threads my-8 rounded-lg border border-rule">
      <p className="threads-print hidden font-ui print:block">{t('threads.printList', { list: groups.map((g) => g.label).join(' · ') })}</p>
      <div className="threads-bar flex flex-wrap items-center justify-between gap-2 border-b border-rule px-4 py-2">
        <h2 id="threads-heading" className="font-ui text-lg font-bold">
          {t('threads.title')}
        </h2>
        <button
          type="button"
          // Hidden until hydrated: without scripts it could not open anything (app.css).
          className="needs-script min-h-11 rounded px-3 text-accent underline-offset-4 hover:underline print:hidden"
          onClick={() => change(allOpen ? new Set() : new Set(groups.map((g) => g.id)))}
        >
          {allOpen ? t('threads.collapseAll') : t('threads.expandAll')}
        </button>
      </div>
      {groups.map((g) => (
        <details
          key={g.id}
          id={`thread-${g.id}`}
          data-thread={g.id}
          open={open.has(g.id)}
          onToggle={(e) => {
            const isOpen = e.currentTarget.open;
            if (isOpen === open.has(g.id)) return;
            const next = new Set(open);
            if (isOpen) next.add(g.id);
            else next.delete(g.id);
            change(next);
          }}
          className="thread group border-b border-rule last:border-b-0"
        >
          <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-4 py-2 font-ui hover:bg-rule/30 [&::-webkit-details-marker]:hidden">
            <ChevronIcon className="disclosure-chevron" />
            {/* bdi: a label is content (an article may define its own threads) and must not reorder the count beside it. */}
            <bdi className="font-bold">{g.label}</bdi>
            <span className="text-sm text-muted">{t('threads.passages', { count: summary?.passages[g.id] ?? g.passages.length, n: number(summary?.passages[g.id] ?? g.passages.length) })}</span>
          </summary>
          <Suspense>
          <ol className="space-y-4 px-4 pt-1 pb-4">
            {(allRendered || open.has(g.id) ? g.passages : []).map((block) => (
              <Passage key={block.id} block={block} lang={article.lang} dir={articleDir} goTo={goTo} />
            ))}
          </ol>
          </Suspense>
        </details>
      ))}
    </section>
  );
}, sameThreads);

/** Props equal for ThreadSections when everything it reads of the article is the same object. */
function sameThreads({ article: a }: { article: Article }, { article: b }: { article: Article }): boolean {
  return a.body === b.body && a.threads === b.threads && a.lang === b.lang && a.dir === b.dir && a.slug === b.slug;
}

/** One passage of a thread with its link to its place in the full text; the same block renders once. */
const Passage = memo(function Passage({ block, lang, dir, goTo }: { block: TextBlock; lang: string; dir: 'rtl' | 'ltr'; goTo: string }) {
  return (
    <li className="border-s-2 border-rule ps-3">
      <p lang={lang} dir={dir} className={`font-article leading-relaxed ${block.type === 'heading' ? 'font-bold' : ''}`}>
        <InlineContent content={block.content} lang={lang} blockId={block.id} copy />
      </p>
      <a href={`#${block.id}`} className="mt-1 inline-flex min-h-11 items-center gap-1 text-sm text-accent underline-offset-4 hover:underline">
        {goTo}
        {/* After the words, pointing the way the UI reads (mirrored in right-to-left): onward to the passage. */}
        <ChevronIcon className="go-to-chevron size-4" />
      </a>
    </li>
  );
});
