import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../article/schema';
import { ArticleView, StartSmallContext } from '../reader/ArticleView';
import { ReadingProgressFrame } from '../reader/ReadingProgress';
import { ErrorBoundary } from '../ui/ErrorBoundary';

export const DEVICES = { phone: 390, tablet: 768, desktop: 1280 } as const;
export type Device = keyof typeof DEVICES;

interface Props {
  article: Article | null;
  stale: boolean;
  plainText: boolean;
  device: Device;
  onDevice: (device: Device) => void;
  onConvert: () => void;
  /** Loads the bundled sample article into an empty draft; absent when the draft has text. */
  onSample?: () => void;
}

/**
 * The draft as readers get it: the reader's own ArticleView inside a frame of the chosen device's
 * width. The frame is a size container, so the reader's layout follows the frame's width; when
 * the frame is wider than the pane it is zoomed out to fit rather than cut off.
 */
export const PreviewPane = memo(function PreviewPane({ article, stale, plainText, device, onDevice, onConvert, onSample }: Props) {
  const { t } = useTranslation();
  const pane = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  // The reading-progress bar of the previewed article is drawn here, not over the editor's page.
  const [progressBar, setProgressBar] = useState<HTMLDivElement | null>(null);
  const progressFrame = useMemo(() => ({ container: progressBar }), [progressBar]);
  const width = DEVICES[device];

  useLayoutEffect(() => {
    const el = pane.current;
    if (!el) return;
    const fit = () => setZoom(Math.min(1, el.clientWidth / width));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width]);

  return (
    <section aria-labelledby="draft-preview-title" className="flex min-h-0 flex-col font-ui text-sm">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="draft-preview-title" className="font-bold">
          {t('preview.previewLabel')}
        </h2>
        <fieldset className="flex items-center gap-1">
          <legend className="sr-only">{t('preview.device')}</legend>
          {(Object.keys(DEVICES) as Device[]).map((d) => (
            <label key={d} className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded border border-rule px-2 py-1 has-[:checked]:border-accent has-[:checked]:bg-mark has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
              <input type="radio" name="device" value={d} checked={device === d} onChange={() => onDevice(d)} className="sr-only" />
              {t(`preview.${d}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {plainText && (
        <p className="mb-2 flex flex-wrap items-center gap-2 rounded bg-mark/50 px-3 py-2">
          {t('preview.plainText')}
          <button type="button" onClick={onConvert} className="min-h-11 min-w-11 rounded border border-accent px-3 py-1 font-bold text-accent">
            {t('preview.convert')}
          </button>
        </p>
      )}
      {stale && (
        <p role="status" data-testid="preview-stale" className="mb-2 rounded border border-[#a86b00] px-3 py-2 font-bold">
          {t('preview.stale')}
        </p>
      )}
      {/* Clipped, not hidden: the pane must not be a scroll container, so that the progress strip sticks to the viewport. */}
      <div ref={pane} className="min-h-0 flex-1 overflow-x-clip rounded border border-rule">
        {/* The preview's reading progress: a strip at the top of the pane that stays in view while the preview scrolls by. */}
        <div ref={setProgressBar} className="pointer-events-none sticky top-0 z-10" />
        <div
          data-testid="draft-preview"
          data-device={device}
          data-stale={stale || undefined}
          className="@container/reader bg-paper text-ink"
          style={{ width, zoom }}
        >
          {article ? (
            <div className="px-4 sm:px-6">
              <ErrorBoundary key={article.slug} fallback={() => <p className="p-4">{t('errors.unexpected')}</p>}>
                <ReadingProgressFrame.Provider value={progressFrame}>
                  <StartSmallContext.Provider value={true}>
                    <ArticleView article={article} />
                  </StartSmallContext.Provider>
                </ReadingProgressFrame.Provider>
              </ErrorBoundary>
            </div>
          ) : (
            <div className="p-6">
              <p className="mb-3 text-muted">{t('preview.empty')}</p>
              {onSample && (
                <button type="button" onClick={onSample} className="min-h-11 min-w-11 rounded border border-accent px-3 py-1.5 font-bold text-accent">
                  {t('preview.sample')}
                </button>
              )}
            </div>
          )}
        </div>
      </div>
    </section>
  );
});
