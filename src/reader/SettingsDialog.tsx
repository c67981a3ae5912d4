import { useEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type Panel = ComponentType<{ dialog: RefObject<HTMLDialogElement | null> }>;

let panelModule: Promise<Panel> | undefined;

/** Fetches the settings panel's code once; a failed fetch may be tried again. */
function loadPanel(): Promise<Panel> {
  panelModule ??= import('./SettingsPanel').then(
    (m) => m.SettingsPanel,
    (error: unknown) => {
      panelModule = undefined;
      throw error;
    },
  );
  return panelModule;
}

/** Starts fetching the panel when the reader shows the intent to open it (pointer over, focus, press). */
function prefetchPanel() {
  loadPanel().catch(() => {
    // Tried again on the click, which reports a failure.
  });
}

/**
 * The button that opens the reader settings (SettingsPanel.tsx). The panel is not part of the
 * first script: it is fetched when the pointer comes over the button, the button is focused or
 * pressed, and at the latest on the click, which then opens it as soon as it has arrived.
 */
export function SettingsButton() {
  const { t } = useTranslation();
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [opening, setOpening] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (dialog.current) {
      dialog.current.showModal();
      return;
    }
    setOpening(true);
    loadPanel().then(
      (panel) => setPanel(() => panel),
      (error: unknown) => {
        setOpening(false);
        console.warn('The settings panel could not be loaded', error);
      },
    );
  };
  // The panel has just been rendered for a click: open it now.
  useEffect(() => {
    if (!opening || !Panel || !dialog.current) return;
    setOpening(false);
    if (!dialog.current.open) dialog.current.showModal();
  }, [opening, Panel]);
  return (
    <>
      <button
        type="button"
        onClick={open}
        onPointerEnter={prefetchPanel}
        onPointerDown={prefetchPanel}
        onFocus={prefetchPanel}
        // Inline layout, not flex: "Aa" (the article face) and the label (the UI face) share one
        // baseline, which flex centring of two faces with different metrics does not give. Hidden
        // until the page is hydrated: without scripts it could not open anything (app.css).
        className="needs-script inline-block min-h-11 min-w-11 rounded px-3 leading-[2.75rem] text-accent underline-offset-4 hover:underline"
        aria-haspopup="dialog"
        aria-busy={opening || undefined}
      >
        <span aria-hidden="true" className="me-1 font-article leading-none font-bold">
          Aa
        </span>
        <span className="sr-only sm:not-sr-only">{t('settings.open')}</span>
      </button>
      {Panel && <Panel dialog={dialog} />}
    </>
  );
}
