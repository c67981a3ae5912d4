/**
 * `/preview`: the editors' draft preview. Loaded only on this route (React.lazy), so readers never
 * download CodeMirror or anything here.
 */
import type { Diagnostic } from '@codemirror/lint';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftAsJson } from './analyze-draft';
import { DraftEditor, type EditorHandle } from './DraftEditor';
import { DraftToolbar, openDraftFiles } from './DraftToolbar';
import { createAutosaver, createDraftStore, newDraftId, type Draft } from './drafts';
import arPage from './locales/page.ar.json';
import enPage from './locales/page.en.json';
import ar from './locales/ar.json';
import en from './locales/en.json';
import arImport from './locales/import.ar.json';
import enImport from './locales/import.en.json';
import { importMessage, importWalked, parseClipboardHtml, walkClipboard } from './import';
import { DetectionError } from '../article/detection-error';
import { PreviewPane, type Device } from './PreviewPane';
import { ProblemsPanel, type PanelWarning } from './ProblemsPanel';
import { ReviewPanel } from './ReviewPanel';
import { applyReview, type ReviewAction } from '../article/review';
import type { Problem } from '../article/problems';
import type { Article } from '../article/schema';
import { filesFromDrop } from './open-file';
import { decodeDraft, draftFromHash } from './share-link';
import { useDraftAnalysis } from './use-draft-analysis';
import { uiDirection } from '../i18n';
import { CHUNK } from '../reader/body-chunks';
import { describeProblemKey } from '../reader/problem-text';
import { useFormatters, useNumeralTranslation } from '../reader/use-formatters';
import { useDelayedFlag } from '../ui/use-delayed-flag';

/** How long the draft's analysis may lag the text before the problems heading says it is checking. */
const CHECKING_AFTER_MS = 400;

type Tab = 'edit' | 'preview';

/** The preview's wording joins the app's translations when this route first loads. */
function useRouteTranslations() {
  const { i18n } = useTranslation();
  useState(() => {
    i18n.addResourceBundle('ar', 'translation', { ...ar, ...arPage, ...arImport }, true, false);
    i18n.addResourceBundle('en', 'translation', { ...en, ...enPage, ...enImport }, true, false);
    return true;
  });
}

export default function EditorPage() {
  useRouteTranslations();
  // Every number the page writes (times, lines and columns, sizes) in the reader's digits.
  const { t, i18n, digits } = useNumeralTranslation();
  const { time } = useFormatters();
  const store = useMemo(() => createDraftStore(typeof localStorage === 'undefined' ? null : safeLocalStorage()), []);
  // The draft shown first: the one last worked on, restored after a reload or a crash.
  const [initial] = useState(() => {
    const id = store.currentId();
    const draft = id ? store.get(id) : null;
    return draft ?? { id: newDraftId(), text: '', title: '', updatedAt: 0 };
  });
  const [draftId, setDraftId] = useState(initial.id);
  const [text, setText] = useState(initial.text);
  const [saveFailed, setSaveFailed] = useState(false);
  const [saved, setSaved] = useState<{ text: string; at: number } | null>(() => (initial.text ? { text: initial.text, at: initial.updatedAt } : null));
  // A draft brought back after a reload or a crash says so, with when it was last saved.
  const [notice, setNotice] = useState<string | null>(() => (initial.text ? t('drafts.restored', { time: time(initial.updatedAt) }) : null));
  const [recent, setRecent] = useState<Draft[]>(() => store.list());
  const [device, setDevice] = useState<Device>('phone');
  const [tab, setTab] = useState<Tab>('edit');
  const editor = useRef<EditorHandle | null>(null);
  // Callbacks read the text when they act, so they stay the same across keystrokes (memoised panels).
  const textRef = useRef(text);
  useEffect(() => {
    textRef.current = text;
  }, [text]);

  const persist = useCallback(
    (id: string, value: string) => {
      // A draft opened and not changed is not written again: it keeps its time.
      const result = store.save(id, value);
      setSaveFailed(!result.ok);
      if (result.ok) {
        setSaved({ text: value, at: result.draft.updatedAt });
        store.setCurrentId(id);
        setRecent(store.list());
      } else setNotice(t(result.reason === 'quota' ? 'drafts.quota' : 'drafts.unavailable'));
    },
    [store, t],
  );
  // One autosaver per draft: switching drafts flushes the old one (the effect below), never mixing them up.
  const autosaver = useMemo(() => createAutosaver((value) => persist(draftId, value), 500), [draftId, persist]);

  // Nothing typed is lost when the tab is hidden, closed or reloaded.
  useEffect(() => {
    const flush = () => autosaver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [autosaver]);

  const loadDraft = useCallback(
    (id: string, value: string) => {
      autosaver.flush();
      setDraftId(id);
      setText(value);
      editor.current?.replaceAll(value);
      store.setCurrentId(id);
    },
    [autosaver, store],
  );

  // A shared link opens its draft as a new draft: the one being worked on stays in the list.
  useEffect(() => {
    const encoded = draftFromHash(window.location.hash);
    if (!encoded) return;
    let cancelled = false;
    void decodeDraft(encoded).then((decoded) => {
      if (cancelled) return;
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
      if (!decoded.ok) {
        setNotice(t(`share.${decoded.reason}`));
        return;
      }
      loadDraft(newDraftId(), decoded.text);
      setNotice(t('share.opened'));
    });
    return () => {
      cancelled = true;
    };
  }, [autosaver, loadDraft, t]);

  // CodeMirror's wording (search panel, lint panel) in the UI language: an object of phrases, or none.
  const phrases = useMemo(() => {
    const found = t('preview.phrases', { returnObjects: true }) as unknown;
    return typeof found === 'object' && found !== null ? (found as Record<string, string>) : NO_PHRASES;
  }, [t]);
  const analysis = useDraftAnalysis(text);
  const { result, analyzedText, details, detailsText, lastGood, stale } = analysis.state;
  const { submit, adopt } = analysis;
  // A keystroke's text is analyzed at once, before React renders it: parsed here and rendered with
  // the page in the keystroke's own task when that is fast enough, else sent to the worker while the
  // page around the editor (save state, toolbar, problems) catches up in a transition.
  const onChange = useCallback((value: string) => submit(value, () => setText(value)), [submit]);
  // Saving follows the text and the draft it belongs to, both as rendered: a draft being loaded can
  // never be saved under the id of the one it replaces.
  useEffect(() => autosaver.schedule(text), [autosaver, text]);

  // Said only when an answer is slow in coming: a keystroke answered within the delay (on the page or
  // by the worker) leaves the heading and its live region as they were.
  const busy = analyzedText !== text;
  const checking = useDelayedFlag(busy, CHECKING_AFTER_MS);
  // The same empty list for every valid version of the draft, so the editor's marks are not reset on each keystroke.
  const problems = useMemo(() => (result?.problems.length ? result.problems : NO_PROBLEMS), [result]);
  const plainText = result?.kind === 'text';

  // Lint fixes are offsets into the text they were computed for: offered only while it is still the text.
  const current = detailsText === text;
  const warnings = useMemo<PanelWarning[]>(
    () =>
      (details?.warnings ?? []).map((w, i) => ({
        key: `${w.code}:${w.offset}:${i}`,
        message: t(`lint.${w.code}`, w.params),
        line: w.line,
        column: w.column,
        offset: w.offset,
        length: w.length,
        fix: w.fix && current ? () => editor.current?.applyChanges(w.fix!.edits) : undefined,
      })),
    [details, t, current],
  );

  const diagnostics = useMemo<Diagnostic[]>(
    () => [
      ...problems.map((p) => ({
        from: p.offset,
        to: p.offset + Math.max(p.length, 0),
        severity: 'error' as const,
        message: describeProblemKey(t, p),
      })),
      ...warnings.map((w) => ({ from: w.offset, to: w.offset + w.length, severity: 'warning' as const, message: w.message })),
    ],
    [problems, warnings, t],
  );

  const convert = useCallback(() => {
    const converted = draftAsJson(textRef.current);
    if (converted === null) return;
    editor.current?.replaceAll(converted);
    setNotice(t('preview.converted'));
  }, [t]);

  const select = useCallback((offset: number, length = 0) => editor.current?.focusAt(offset, offset + length), []);

  // The bundled article, as JSON, for an editor who wants to start from a real example.
  const loadSample = useCallback(async () => {
    try {
      const index = (await (await fetch('/articles/index.json')).json()) as { articles?: { slug: string }[] };
      const slug = index.articles?.[0]?.slug;
      if (!slug) throw new Error('no sample');
      const json = await (await fetch(`/articles/${encodeURIComponent(slug)}.json`)).text();
      editor.current?.replaceAll(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    } catch {
      setNotice(t('errors.network'));
    }
  }, [t]);
  const sample = useCallback(() => void loadSample(), [loadSample]);

  const review = useCallback(
    (action: ReviewAction) => {
      const before = textRef.current;
      const result = applyReview(before, action);
      if (!result.ok) {
        setNotice(t(`review.failed_${result.reason}`));
        return;
      }
      editor.current?.applyChanges(minimalChange(before, result.source));
    },
    [t],
  );

  const newDraft = useCallback(() => {
    // The current draft is kept in the list; only when it could not be saved is there anything to lose.
    if (saveFailed && textRef.current.trim() && !window.confirm(t('drafts.confirmDiscard'))) return;
    loadDraft(newDraftId(), '');
    setNotice(null);
  }, [loadDraft, saveFailed, t]);

  const openText = useCallback(
    (value: string) => {
      loadDraft(newDraftId(), value);
    },
    [loadDraft],
  );
  // Formatted text pasted from Word, Google Docs or a web page becomes article JSON with its headings,
  // lists, bold and links (src/editor/import). Into an empty draft it becomes the draft; into a draft
  // with text it opens as a new draft, so nothing the editor had is lost. A single block (a sentence
  // copied from a page) is pasted as plain text, as is everything pasted with Ctrl+Shift+V.
  const pasteHtml = useCallback(
    (html: string, wholeDraft: boolean) => {
      const doc = parseClipboardHtml(html);
      const glance = doc && walkClipboard(doc, FIRST_LOOK_BLOCKS);
      const first = glance && importWalked(glance, {}, false);
      if (!doc || !first) return false;
      // The story's first blocks show at once as they will read (the preview renders one chunk first).
      // After that frame the whole story is read and its statements and threads detected; CodeMirror
      // takes the JSON after the next (putting 100 KB into it costs as much as the detection), and the
      // analysis checks it as it checks any text.
      adopt(null, first.article);
      afterPaint(() => {
        const walked = walkClipboard(doc) ?? glance;
        let imported = first;
        try {
          imported = importWalked(walked) ?? first;
        } catch (error) {
          // A failure of detection is a bug: the story is kept whole, without its statements marked.
          if (!(error instanceof DetectionError)) throw error;
          imported = importWalked(walked, {}, false) ?? first;
        }
        adopt(imported.text, imported.article);
        const report = importMessage(imported.report, t, { lng: i18n.language });
        setNotice(wholeDraft ? `${report} ${t('import.plainHint')}` : `${t('import.pastedAsNew')} ${report} ${t('import.plainHint')}`);
        afterPaint(() => (wholeDraft ? editor.current?.replaceAll(imported.text) : loadDraft(newDraftId(), imported.text)));
      });
      return true;
    },
    [adopt, i18n.language, loadDraft, t],
  );
  const selectDraft = useCallback((d: Draft) => loadDraft(d.id, store.get(d.id)?.text ?? d.text), [loadDraft, store]);
  const articleRef = useRef<Article | null>(null);
  useEffect(() => {
    articleRef.current = result?.article ?? null;
  }, [result]);
  const currentDraft = useCallback(() => ({ text: textRef.current, article: articleRef.current }), []);

  return (
    // Files dropped anywhere on the page open as a new draft (text dropped into the editor stays the editor's).
    <div
      className="py-4"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const files = filesFromDrop(e.dataTransfer);
        if (!files.length) return;
        e.preventDefault();
        void openDraftFiles(files, t, i18n.language, openText, setNotice);
      }}
    >
      <h1 className="mb-1 text-xl font-bold">{t('preview.title')}</h1>
      <p className="mb-3 font-ui text-sm text-muted">
        {t('preview.intro')} {t('preview.dropHint')}
      </p>
      <DraftToolbar
        hasText={text.trim() !== ''}
        current={currentDraft}
        recent={recent}
        currentId={draftId}
        saveFailed={saveFailed}
        onNew={newDraft}
        onOpenText={openText}
        onSelectDraft={selectDraft}
        onNotice={setNotice}
      />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 font-ui text-sm">
        <p role="status" className="min-h-6">
          {notice}
        </p>
        <p className="text-muted" data-testid="save-state">
          {text.trim() && !saveFailed && (saved?.text === text ? t('drafts.savedAt', { time: time(saved.at) }) : t('drafts.saving'))}
        </p>
      </div>
      <div role="tablist" aria-label={t('preview.tabs')} className="mb-3 flex gap-2 font-ui lg:hidden">
        {(['edit', 'preview'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`panel-${k}`}
            onClick={() => setTab(k)}
            className="min-h-11 flex-1 rounded border border-rule px-3 py-2 aria-selected:border-accent aria-selected:bg-mark aria-selected:font-bold"
          >
            {t(k === 'edit' ? 'preview.tabEdit' : 'preview.tabPreview')}
          </button>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div id="panel-edit" role="tabpanel" aria-labelledby="tab-edit" className={`${tab === 'edit' ? '' : 'max-lg:hidden'} min-w-0`}>
          <div className="h-[60vh] min-h-64 overflow-hidden rounded border border-rule">
            <DraftEditor
              initialText={initial.text}
              onChange={onChange}
              diagnostics={diagnostics}
              label={t('preview.editorLabel')}
              describedBy="draft-editor-hint"
              placeholderText={t('preview.placeholder')}
              direction={uiDirection(i18n.language)}
              onPasteHtml={pasteHtml}
              formatNumber={digits}
              phrases={phrases}
              handle={editor}
            />
          </div>
          <p id="draft-editor-hint" className="mt-1 font-ui text-xs text-muted">
            {t('preview.editorHint')}
          </p>
          <ProblemsPanel problems={problems} warnings={warnings} busy={busy} checking={checking} onSelect={select} />
          <ReviewPanel
            items={details?.review ?? null}
            article={result?.article ?? null}
            plainText={plainText}
            onAction={review}
            onConvert={convert}
            onSelect={select}
          />
        </div>
        <div id="panel-preview" role="tabpanel" aria-labelledby="tab-preview" className={`${tab === 'preview' ? '' : 'max-lg:hidden'} min-w-0`}>
          <PreviewPane article={lastGood} stale={stale} plainText={plainText} device={device} onDevice={setDevice} onConvert={convert} onSample={text.trim() ? undefined : sample} />
        </div>
      </div>
    </div>
  );
}

const NO_PROBLEMS: readonly Problem[] = [];
const NO_PHRASES: Readonly<Record<string, string>> = {};

/** Blocks read for the first look at a pasted story: its headline and the preview's first chunk. */
const FIRST_LOOK_BLOCKS = CHUNK + 1;

/** Runs `fn` once the next frame has been painted (a task queued from that frame's animation callbacks). */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => window.setTimeout(fn, 0));
}

/** One change turning `before` into `after`: their common start and end are left alone (cursor and undo stay precise). */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string }[] {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (start === before.length && start === after.length) return [];
  return [{ from: start, to: before.length - end, insert: after.slice(start, after.length - end) }];
}

/** localStorage, or null where reading it throws (storage disabled, sandboxed frames). */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
