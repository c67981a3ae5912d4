/**
 * The reader settings panel, a module of its own: fetched when the reader first reaches for the
 * settings button (SettingsDialog.tsx), not with the article.
 */
import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LINE_HEIGHTS, NUMERALS, TEXT_SIZES, THEMES, type ReaderSettings } from './settings';
import { useFormatters } from './use-formatters';
import { useReaderSettings } from './use-reader-settings';

function Choice<T extends string | number>({ legend, name, options, value, onChange }: { legend: string; name: string; options: { value: T; label: ReactNode }[]; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset className="mb-5">
      <legend className="mb-2 text-sm font-bold">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label key={String(o.value)} className="cursor-pointer">
            <input type="radio" name={name} className="peer sr-only" checked={o.value === value} onChange={() => onChange(o.value)} />
            <span className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-rule px-3 peer-checked:border-accent peer-checked:bg-accent peer-checked:text-paper peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent">
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A text-size step button: at its limit it stays focusable and says it is unavailable (aria-disabled) but does nothing. */
function SizeButton({ atLimit, onClick, children }: { atLimit: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-disabled={atLimit} onClick={atLimit ? undefined : onClick} className="min-h-11 min-w-11 rounded-lg border border-rule px-3 aria-disabled:cursor-not-allowed aria-disabled:opacity-40">
      {children}
    </button>
  );
}

/**
 * The reader settings: text size, line height, theme, numerals, highlights. A modal dialog that
 * is a bottom sheet on phones and a centred panel on wider screens; every target is at least 44 px.
 * The button that opens it (SettingsButton) holds `dialog`.
 */
export function SettingsPanel({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  const { t } = useTranslation();
  const { settings, update } = useReaderSettings();
  const { number } = useFormatters();
  const titleId = useId();
  const set = <K extends keyof ReaderSettings>(key: K) => (value: ReaderSettings[K]) => update({ [key]: value } as Partial<ReaderSettings>);
  return (
    <>
      {/* A click on the backdrop closes the sheet for pointer users; the Close button and Escape do it for everyone. */}
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClick={(e) => e.target === dialog.current && dialog.current.close()}
        className="m-0 mt-auto w-full max-w-none rounded-t-2xl bg-paper p-0 text-ink shadow-2xl backdrop:bg-black/40 sm:m-auto sm:max-w-md sm:rounded-2xl"
      >
        <div className="max-h-[80dvh] overflow-y-auto p-5">
          <div className="mb-4 flex items-center justify-between">
            <h2 id={titleId} className="text-xl font-bold">
              {t('settings.title')}
            </h2>
            <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 min-w-11 rounded px-3 text-accent">
              {t('settings.close')}
            </button>
          </div>
          <fieldset className="mb-5">
            <legend className="mb-2 text-sm font-bold">{t('settings.size')}</legend>
            {/* The limits are aria-disabled, not disabled: a disabled button drops the focus to the page,
                and a keyboard reader pressing "larger" to the end would lose their place. */}
            <div className="flex flex-wrap items-center gap-3">
              <SizeButton atLimit={settings.size === 0} onClick={() => update({ size: settings.size - 1 })}>
                {t('settings.smaller')}
              </SizeButton>
              <output aria-live="polite" className="min-w-16 text-center">
                {t('settings.sizeValue', { n: number(settings.size + 1), of: number(TEXT_SIZES.length) })}
              </output>
              <SizeButton atLimit={settings.size === TEXT_SIZES.length - 1} onClick={() => update({ size: settings.size + 1 })}>
                {t('settings.larger')}
              </SizeButton>
            </div>
          </fieldset>
          <Choice legend={t('settings.leading')} name="leading" value={settings.leading} onChange={set('leading')} options={LINE_HEIGHTS.map((_, i) => ({ value: i, label: t(`settings.leadingOptions.${i}`) }))} />
          <Choice legend={t('settings.theme')} name="theme" value={settings.theme} onChange={set('theme')} options={THEMES.map((th) => ({ value: th, label: t(`settings.themes.${th}`) }))} />
          <Choice legend={t('settings.numerals')} name="numerals" value={settings.numerals} onChange={set('numerals')} options={NUMERALS.map((n) => ({ value: n, label: t(`settings.numeralOptions.${n}`) }))} />
          <label className="flex min-h-11 cursor-pointer items-center gap-3">
            <input type="checkbox" className="size-5 accent-accent" checked={settings.highlights} onChange={(e) => update({ highlights: e.target.checked })} />
            {t('settings.highlights')}
          </label>
        </div>
      </dialog>
    </>
  );
}
