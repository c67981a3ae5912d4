import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

const small = 'rounded border border-rule px-2 py-0.5 text-xs hover:border-accent focus-visible:outline-2 focus-visible:outline-accent';

function OriginBadge({ origin }: { origin: 'auto' | 'editor' }) {
  const { t } = useTranslation();
  return (
    <span data-origin={origin} className={`rounded px-1.5 py-0.5 text-xs ${origin === 'editor' ? 'bg-mark font-bold' : 'border border-dashed border-rule text-muted'}`}>
      {t(origin === 'editor' ? 'review.confirmed' : 'review.auto')}
    </span>
  );
}

function StatementRow({ s, lang, dir, onAction, onSelect }: { s: ReviewStatement; lang: string; dir: string; onAction: Props['onAction']; onSelect: Props['onSelect'] }) {
  const { t } = useTranslation();
  const [speaker, setSpeaker] = useState(s.speaker ?? '');
  const id = useId();
  const changed = (speaker.trim() || null) !== s.speaker;
  return (
    <li data-review-quote={s.pointer} data-kind={s.kind} className="rounded border border-rule p-2">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <OriginBadge origin={s.origin} />
        <button type="button" className="min-w-0 flex-1 truncate text-start hover:underline" onClick={() => s.offset >= 0 && onSelect(s.offset)}>
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
          className="rounded border border-rule bg-paper px-1 py-0.5"
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
              className="min-w-0 flex-1 rounded border border-rule bg-paper px-2 py-0.5"
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
}

/**
 * What the detectors found, for an editor to confirm, correct or remove: statements with their
 * speakers, and the thread tags of each passage. Every decision is written into the draft's JSON
 * with `origin: "editor"`.
 */
export function ReviewPanel({ items, article, plainText, onAction, onConvert, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'ar';
  if (plainText) {
    return (
      <section aria-labelledby="review-title" className="mt-3 rounded border border-rule p-3 font-ui text-sm">
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
  const label = (id: string) => article.threads.find((th) => th.id === id)?.label[ui] ?? id;
  return (
    <section aria-labelledby="review-title" className="mt-3 rounded border border-rule p-3 font-ui text-sm">
      <h2 id="review-title" className="mb-2 font-bold">
        {t('review.title')}
      </h2>
      <details open className="mb-3">
        <summary className="cursor-pointer font-bold">{t('review.quotes', { count: items.statements.length })}</summary>
        <ul className="mt-2 max-h-96 space-y-2 overflow-y-auto" aria-label={t('review.quotesList')}>
          {items.statements.map((s) => (
            // Keyed by pointer and current values: after an edit the row starts from what the JSON says.
            <StatementRow key={`${s.pointer}|${s.speaker ?? ''}|${s.kind}`} s={s} lang={lang} dir={dir} onAction={onAction} onSelect={onSelect} />
          ))}
        </ul>
      </details>
      <details>
        <summary className="cursor-pointer font-bold">{t('review.passages', { count: items.passages.length })}</summary>
        <ul className="mt-2 max-h-96 space-y-2 overflow-y-auto" aria-label={t('review.passagesList')}>
          {items.passages.map((p) => {
            const missing = article.threads.filter((th) => !p.threads.some((x) => x.id === th.id));
            return (
              <li key={p.pointer} data-review-passage={p.pointer} className="rounded border border-rule p-2">
                <button type="button" className="mb-1 block w-full truncate text-start hover:underline" onClick={() => p.offset >= 0 && onSelect(p.offset)}>
                  <bdi lang={lang} dir={dir}>
                    {p.text}
                  </bdi>
                </button>
                <div className="flex flex-wrap items-center gap-2">
                  {p.threads.map((th) => (
                    <span key={th.id} data-thread-tag={th.id} className="inline-flex items-center gap-1 rounded border border-rule px-1.5 py-0.5">
                      {label(th.id)}
                      <OriginBadge origin={th.origin} />
                      {th.origin === 'auto' && (
                        <button type="button" className={small} onClick={() => onAction({ type: 'confirm-thread', pointer: p.pointer, thread: th.id })}>
                          {t('review.confirm')}
                        </button>
                      )}
                      <button
                        type="button"
                        className={small}
                        aria-label={t('review.removeThread', { thread: label(th.id) })}
                        onClick={() => onAction({ type: 'remove-thread', pointer: p.pointer, thread: th.id })}
                      >
                        ×
                      </button>
                    </span>
                  ))}
                  {missing.length > 0 && (
                    <select
                      aria-label={t('review.addThread')}
                      value=""
                      className="rounded border border-rule bg-paper px-1 py-0.5"
                      onChange={(e) => e.currentTarget.value && onAction({ type: 'add-thread', pointer: p.pointer, thread: e.currentTarget.value })}
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
          })}
        </ul>
      </details>
    </section>
  );
}
