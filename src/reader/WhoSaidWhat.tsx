import { memo, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placedStatements, type PlacedStatement } from '../article/blocks';
import { directionOf } from '../article/text/language';
import type { Article } from '../article/schema';
import { uiDirection } from '../i18n';
import { ChevronIcon } from '../ui/Icon';
import { BodySummaryContext } from './body-summary-context';
import { quoteMarks } from './InlineContent';
import { useFormatters } from './use-formatters';

/** Statements grouped by speaker, in order of each speaker's first statement; unattributed ones last. */
export function groupBySpeaker(statements: readonly PlacedStatement[]): { speaker: string | null; statements: PlacedStatement[] }[] {
  const groups = new Map<string | null, PlacedStatement[]>();
  for (const s of statements) {
    const list = groups.get(s.speaker);
    if (list) list.push(s);
    else groups.set(s.speaker, [s]);
  }
  const named = [...groups].filter(([speaker]) => speaker !== null);
  const unnamed = groups.get(null);
  return [...named, ...(unnamed ? [[null, unnamed] as const] : [])].map(([speaker, list]) => ({ speaker, statements: list }));
}

/** Statements listed per speaker before a "show all" button; a long article can quote one person hundreds of times. */
const SHOWN = 5;

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 90).replace(/\s+\S*$/u, '')}…` : text);

/**
 * "Who said what": each speaker with their statements, each a link to the highlighted quote.
 * Renders again only when the article's body, language or direction changed.
 */
export const WhoSaidWhat = memo(function WhoSaidWhat({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormatters();
  const groups = useMemo(() => groupBySpeaker(placedStatements(article.body)), [article.body]);
  const [expanded, setExpanded] = useState<ReadonlySet<string | null>>(() => new Set());
  // While only the first blocks are in, the whole body's number (the list grows as the rest arrives).
  const summary = useContext(BodySummaryContext);
  const total = summary?.statements ?? groups.reduce((n, g) => n + g.statements.length, 0);
  if (total === 0) return null;
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const [open, close] = quoteMarks(article.lang);
  const articleDir = article.dir ?? directionOf(article.lang);
  return (
    <nav aria-labelledby="who-said-what" lang={lang} dir={uiDirection(lang)} className="who-said-what">
      <h2 id="who-said-what" className="font-ui text-lg font-bold">
        {t('quotes.title')}
      </h2>
      {/* A disclosure on phones, closed at first, so nine speakers do not push the story a screen down;
          beside the text on wide screens it is always open and its summary is not shown (app.css). */}
      <details className="who-said-what-list">
        <summary className="who-said-what-summary flex min-h-11 cursor-pointer list-none items-center gap-2 font-ui text-accent [&::-webkit-details-marker]:hidden">
          <ChevronIcon className="disclosure-chevron" />
          {t('quotes.statements', { count: total, n: number(total) })}
        </summary>
        <ul className="mt-3 space-y-4">
          {groups.map((g) => (
            <li key={g.speaker ?? ''}>
              <p className="font-ui text-sm font-bold">
                {g.speaker === null ? (
                  t('quotes.unattributed')
                ) : (
                  <bdi lang={article.lang} dir={articleDir}>
                    {g.speaker}
                  </bdi>
                )}{' '}
                <span className="font-normal text-muted">({number(g.statements.length)})</span>
              </p>
              <ul className="mt-1 space-y-1">
                {(expanded.has(g.speaker) ? g.statements : g.statements.slice(0, SHOWN)).map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}`} lang={article.lang} dir={articleDir} className="block min-h-11 py-1 font-article leading-[var(--article-leading)] text-accent underline-offset-4 hover:underline">
                      {open}
                      {/* Isolated from the marks around it, like the quoted words in the text. */}
                      <bdi>{excerpt(s.text)}</bdi>
                      {close}
                    </a>
                  </li>
                ))}
              </ul>
              {g.statements.length > SHOWN && !expanded.has(g.speaker) && (
                <button type="button" onClick={() => setExpanded(new Set([...expanded, g.speaker]))} className="min-h-11 text-sm text-accent underline underline-offset-4">
                  {t('quotes.showAll', { count: g.statements.length, n: number(g.statements.length) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}, (a, b) => a.article.body === b.article.body && a.article.lang === b.article.lang && a.article.dir === b.article.dir);
