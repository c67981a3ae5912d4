import { memo, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumeralTranslation } from '../reader/use-formatters';
import type { ReviewAction, ReviewItems, ReviewStatement } from '../article/review';
import type { Article } from '../article/schema';

interface Props {
  items: ReviewItems | null;
  article: Article | null;
  /** True when the draft is plain text: review needs it as JSON first. */
  plainText: boolean;
  onAction: (action: ReviewAction) => void;
  onConvert: () => void;
  onSelect: (offset: number) => void;
}

// Every control is at least 44 px square (WCAG 2.5.5): the review is done on phones too.
const small = 'min-h-11 min-w-11 rounded border border-rule px-3 py-1 text-xs hover:border-accent focus-visible:outline-2 focus-visible:outline-accent';
const field = 'min-h-11 rounded border border-rule bg-paper px-2 py-1';

function OriginBadge({ origin }: { origin: 'auto' | 'editor' }) {
  const { t } = useTranslation();
  return (
    <span data-origin={origin} className={`rounded px-1.5 py-0.5 text-xs ${origin === 'editor' ? 'bg-mark font-bold' : 'border border-dashed border-rule text-muted'}`}>
      {t(origin === 'editor' ? 'review.confirmed' : 'review.auto')}
    </span>
  );
}

type RowProps = Omit<ReviewStatement, 'offset' | 'blockId'> & { lang: string; dir: string; onAction: Props['onAction']; onSelect: (pointer: string) => void };

/** One detected quote. Memoised on plain values: typing elsewhere shifts its offset, not what it shows. */
const StatementRow = memo(function StatementRow({ lang, dir, onAction, onSelect, ...s }: RowProps) {
  const { t } = useTranslation();
  const [speaker, setSpeaker] = useState(s.speaker ?? '');
  const id = useId();
  const changed = (speaker.trim() || null) !== s.speaker;
  return (
    <li data-review-quote={s.pointer} data-kind={s.kind} className="rounded border border-rule p-2">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <OriginBadge origin={s.origin} />
        <button type="button" className="min-h-11 min-w-0 flex-1 truncate text-start hover:underline" onClick={() => onSelect(s.pointer)}>
          <bdi lang={lang} dir={dir}>
            «{s.text}»
          </bdi>
        </button>
      </div>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          onAction({ type: 'set-speaker', pointer: s.pointer, speaker: speaker.trim() || null });
        }}
      >
        <label htmlFor={`${id}-kind`} className="sr-only">
          {t('review.kind')}
        </label>
        <select
          id={`${id}-kind`}
          value={s.kind}
          className={field}
          onChange={(e) => onAction({ type: 'set-kind', pointer: s.pointer, kind: e.currentTarget.value as 'statement' | 'scare' })}
        >
          <option value="statement">{t('review.statement')}</option>
          <option value="scare">{t('review.scare')}</option>
        </select>
        {s.kind === 'statement' && (
          <>
            <label htmlFor={`${id}-speaker`}>{t('review.speaker')}</label>
            <input
              id={`${id}-speaker`}
              value={speaker}
              lang={lang}
              dir={dir}
              placeholder={t('review.noSpeaker')}
              onChange={(e) => setSpeaker(e.currentTarget.value)}
              // At least 120 px: a name must fit on a 360 px phone, on a line of its own if need be.
              className={`${field} min-w-30 flex-1`}
            />
            {changed && (
              <button type="submit" className={small}>
                {t('review.saveSpeaker')}
              </button>
            )}
          </>
        )}
        {s.origin === 'auto' && !changed && (
          <button type="button" className={small} onClick={() => onAction({ type: 'confirm-quote', pointer: s.pointer })}>
            {t('review.confirm')}
          </button>
        )}
        <button type="button" className={small} onClick={() => onAction({ type: 'remove-quote', pointer: s.pointer })}>
          {t('review.remove')}
        </button>
      </form>
    </li>
  );
});

/**
 * What the detectors found, for an editor to confirm, correct or remove: statements with their
 * speakers, and the thread tags of each passage. Every decision is written into the draft's JSON
 * with `origin: "editor"`.
 */
type PassageProps = { pointer: string; text: string; tags: string; threads: Article['threads']; ui: 'ar' | 'en'; lang: string; dir: string; onAction: Props['onAction']; onSelect: (pointer: string) => void };

/** One passage and its thread tags (`tags` is "id:origin,…", a plain value so the row can be memoised). */
const PassageRow = memo(function PassageRow({ pointer, text, tags, threads, ui, lang, dir, onAction, onSelect }: PassageProps) {
  const { t } = useTranslation();
  const label = (id: string) => threads.find((th) => th.id === id)?.label[ui] ?? id;
  const present = tags ? tags.split(',').map((pair) => pair.split(':') as [string, 'auto' | 'editor']) : [];
  const missing = threads.filter((th) => !present.some(([id]) => id === th.id));
  return (
    <li data-review-passage={pointer} className="rounded border border-rule p-2">
      <button type="button" className="mb-1 block min-h-11 w-full truncate text-start hover:underline" onClick={() => onSelect(pointer)}>
        <bdi lang={lang} dir={dir}>
          {text}
        </bdi>
      </button>
      <div className="flex flex-wrap items-center gap-2">
        {present.map(([id, origin]) => (
          <span key={id} data-thread-tag={id} className="inline-flex items-center gap-1 rounded border border-rule px-1.5 py-0.5">
            {label(id)}
            <OriginBadge origin={origin} />
            {origin === 'auto' && (
              <button type="button" className={small} onClick={() => onAction({ type: 'confirm-thread', pointer, thread: id })}>
                {t('review.confirm')}
              </button>
            )}
            <button type="button" className={small} aria-label={t('review.removeThread', { thread: label(id) })} onClick={() => onAction({ type: 'remove-thread', pointer, thread: id })}>
              ×
            </button>
          </span>
        ))}
        {missing.length > 0 && (
          <select
            aria-label={t('review.addThread')}
            value=""
            className={field}
            onChange={(e) => e.currentTarget.value && onAction({ type: 'add-thread', pointer, thread: e.currentTarget.value })}
          >
            <option value="">{t('review.addThread')}</option>
            {missing.map((th) => (
              <option key={th.id} value={th.id}>
                {label(th.id)}
              </option>
            ))}
          </select>
        )}
      </div>
    </li>
  );
});

/**
 * What the detectors found, for an editor to confirm, correct or remove: statements with their
 * speakers, and the thread tags of each passage. Every decision is written into the draft's JSON
 * with `origin: "editor"`. A list is rendered only while it is open: a long draft's review must not
 * slow down typing.
 */
export const ReviewPanel = memo(function ReviewPanel({ items, article, plainText, onAction, onConvert, onSelect }: Props) {
  // The counts in the reader's digits.
  const { t, i18n } = useNumeralTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'ar';
  const [quotesOpen, setQuotesOpen] = useState(false);
  const [passagesOpen, setPassagesOpen] = useState(false);
  // Offsets move with every keystroke; rows name their item by pointer and the offset is looked up on click.
  const latest = useRef(items);
  useEffect(() => {
    latest.current = items;
  }, [items]);
  const selectPointer = useCallback(
    (pointer: string) => {
      const all = latest.current;
      const found = all?.statements.find((x) => x.pointer === pointer) ?? all?.passages.find((x) => x.pointer === pointer);
      if (found && found.offset >= 0) onSelect(found.offset);
    },
    [onSelect],
  );
  if (plainText) {
    return (
      <section data-testid="review-panel" aria-labelledby="review-title" className="mt-3 rounded border border-rule p-3 font-ui text-sm">
        <h2 id="review-title" className="mb-2 font-bold">
          {t('review.title')}
        </h2>
        <p className="mb-2">{t('review.needsJson')}</p>
        <button type="button" className={small} onClick={onConvert}>
          {t('preview.convert')}
        </button>
      </section>
    );
  }
  if (!items || !article) return null;
  const lang = article.lang;
  const dir = article.dir ?? (lang.startsWith('en') ? 'ltr' : 'rtl');
  return (
    <section data-testid="review-panel" aria-labelledby="review-title" className="mt-3 rounded border border-rule p-3 font-ui text-sm">
      <h2 id="review-title" className="mb-2 font-bold">
        {t('review.title')}
      </h2>
      <ReviewList open={quotesOpen} onToggle={setQuotesOpen} summary={t('review.quotes', { count: items.statements.length })} label={t('review.quotesList')} className="mb-3">
        {() =>
          items.statements.map(({ pointer, text, kind, speaker, origin }) => (
            // Keyed by pointer and current values: after an edit the row starts from what the JSON says.
            <StatementRow
              key={`${pointer}|${speaker ?? ''}|${kind}`}
              pointer={pointer}
              text={text}
              kind={kind}
              speaker={speaker}
              origin={origin}
              lang={lang}
              dir={dir}
              onAction={onAction}
              onSelect={selectPointer}
            />
          ))
        }
      </ReviewList>
      <ReviewList open={passagesOpen} onToggle={setPassagesOpen} summary={t('review.passages', { count: items.passages.length })} label={t('review.passagesList')}>
        {() =>
          items.passages.map((p) => (
            <PassageRow
              key={p.pointer}
              pointer={p.pointer}
              text={p.text}
              tags={p.threads.map((th) => `${th.id}:${th.origin}`).join(',')}
              threads={article.threads}
              ui={ui}
              lang={lang}
              dir={dir}
              onAction={onAction}
              onSelect={selectPointer}
            />
          ))
        }
      </ReviewList>
    </section>
  );
});

/** A disclosure holding one list of the review; its rows are rendered only while it is open (a long draft has hundreds). */
function ReviewList({ open, onToggle, summary, label, className, children }: { open: boolean; onToggle: (open: boolean) => void; summary: string; label: string; className?: string; children: () => ReactNode }) {
  return (
    <details open={open} onToggle={(e) => onToggle(e.currentTarget.open)} className={className}>
      <summary className="cursor-pointer py-3 font-bold">{summary}</summary>
      {open && (
        <ul className="mt-2 max-h-96 space-y-2 overflow-y-auto" aria-label={label}>
          {children()}
        </ul>
      )}
    </details>
  );
}
