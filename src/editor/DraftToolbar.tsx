import { memo, useId, useRef, useState } from 'react';
import type { Article } from '../article/schema';
import { useNumeralTranslation } from '../reader/use-formatters';
import { draftAsJson, draftKind } from './analyze-draft';
import type { Draft } from './drafts';
import { downloadName, openFailureKey, readDraftFiles } from './open-file';
import { importMessage } from './import';
import { shareUrl } from './share-link';

interface Props {
  /** Whether the draft has anything to download or share. */
  hasText: boolean;
  /** The draft and its article as they are when a button is used (read then, so typing does not re-render the toolbar). */
  current: () => { text: string; article: Article | null };
  recent: readonly Draft[];
  currentId: string;
  saveFailed: boolean;
  onNew: () => void;
  onOpenText: (text: string) => void;
  onSelectDraft: (draft: Draft) => void;
  onNotice: (message: string | null) => void;
}

/**
 * Opens one chosen or dropped file as a new draft, or says why it cannot be opened (a cancelled
 * choice says nothing). `t` should write numbers in the reader's digits (useNumeralTranslation).
 */
export async function openDraftFiles(
  files: readonly File[],
  t: (key: string, params?: Record<string, unknown>) => string,
  lng: string,
  onOpenText: (text: string) => void,
  onNotice: (message: string | null) => void,
): Promise<void> {
  const result = await readDraftFiles(files);
  if (result.ok) {
    onOpenText(result.text);
    const opened = t('file.opened', { name: result.name });
    // A Word document or a web page also says what was kept and what was left out.
    onNotice(result.report ? `${opened} ${importMessage(result.report, t, { lng })}` : opened);
  } else if (result.reason !== 'none') onNotice(t(openFailureKey(result.reason), result.params));
}

// Every control is at least 44 px square (WCAG 2.5.5), a finger's width on a phone.
const button = 'min-h-11 min-w-11 rounded border border-rule px-3 py-1.5 hover:border-accent focus-visible:outline-2 focus-visible:outline-accent';

/** New, open, download, share and the list of recent drafts. */
export const DraftToolbar = memo(function DraftToolbar({ hasText, current, recent, currentId, saveFailed, onNew, onOpenText, onSelectDraft, onNotice }: Props) {
  // Sizes and lengths in the reader's digits.
  const { t, i18n } = useNumeralTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<string | null>(null);
  const recentId = useId();

  const open = (files: FileList | null) => openDraftFiles(files ? [...files] : [], t, i18n.language, onOpenText, onNotice);

  function download() {
    const { text, article } = current();
    const body = draftKind(text) === 'text' ? (draftAsJson(text) ?? text) : text;
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = downloadName(article?.title ?? '', article?.slug);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function share() {
    const result = await shareUrl(window.location.href, current().text);
    if (!result.ok) {
      setLink(null);
      onNotice(t('share.too-long', { length: result.length, max: result.max }));
      return;
    }
    setLink(result.url);
    try {
      await navigator.clipboard.writeText(result.url);
      onNotice(t('share.copied'));
    } catch {
      onNotice(t('share.ready'));
    }
  }

  const others = recent.filter((d) => d.id !== currentId);
  return (
    <div className="font-ui text-sm">
      <div role="toolbar" aria-label={t('preview.toolbar')} className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={onNew}>
          {t('drafts.new')}
        </button>
        <button type="button" className={button} onClick={() => fileInput.current?.click()}>
          {t('file.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          // What the editor opens: plain text, article JSON, Word documents and saved web pages.
          accept=".txt,.json,.docx,.html,.htm,text/plain,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="draft-file-input"
          onChange={(e) => {
            void open(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" className={button} onClick={download} disabled={!hasText}>
          {t('file.download')}
        </button>
        <button type="button" className={button} onClick={() => void share()} disabled={!hasText}>
          {t('share.button')}
        </button>
        <span className="ms-auto flex items-center gap-2">
          <label htmlFor={recentId}>{t('drafts.recent')}</label>
          <select
            id={recentId}
            className="min-h-11 max-w-56 rounded border border-rule bg-paper px-2 py-1.5"
            value=""
            onChange={(e) => {
              const draft = others.find((d) => d.id === e.currentTarget.value);
              if (draft) onSelectDraft(draft);
            }}
          >
            <option value="">{others.length ? t('drafts.choose') : t('drafts.none')}</option>
            {others.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title || t('drafts.untitled')}
              </option>
            ))}
          </select>
        </span>
      </div>
      {saveFailed && <p className="mt-2 font-bold text-[#b3261e]">{t('drafts.notSaved')}</p>}
      {link && (
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor={`${recentId}-link`}>{t('share.link')}</label>
          <input id={`${recentId}-link`} readOnly value={link} dir="ltr" className="min-h-11 min-w-0 flex-1 rounded border border-rule bg-paper px-2 py-1" onFocus={(e) => e.currentTarget.select()} />
          <span className="w-full text-xs text-muted">{t('share.hint')}</span>
        </p>
      )}
    </div>
  );
});
