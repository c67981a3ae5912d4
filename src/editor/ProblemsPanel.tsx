import { memo } from 'react';
import type { Problem } from '../article/problems';
import { describeProblemKey } from '../reader/problem-text';
import { useFormatters, useNumeralTranslation } from '../reader/use-formatters';

export interface PanelWarning {
  key: string;
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  /** Applies the warning's safe fix, when it has one. */
  fix?: () => void;
}

interface Props {
  problems: readonly Problem[];
  warnings: readonly PanelWarning[];
  /** Puts the editor's cursor on the problem. */
  onSelect: (offset: number, length: number) => void;
  /** The list is for an older text than the editor's (marked aria-busy). */
  busy: boolean;
  /** The draft has been busy long enough to say so (see useDelayedFlag). */
  checking: boolean;
}

/**
 * Every problem of the draft with its line and column, in the UI language; choosing one puts the
 * cursor there. Typography warnings follow, each with its fix when one is safe.
 */
export const ProblemsPanel = memo(function ProblemsPanel({ problems, warnings, onSelect, busy, checking }: Props) {
  // Lines and columns in the reader's digits, like the count.
  const { t } = useNumeralTranslation();
  const { number } = useFormatters();
  const count = problems.length + warnings.length;
  return (
    <section aria-labelledby="draft-problems-title" aria-busy={busy} className="mt-3 rounded border border-rule p-3 font-ui text-sm">
      <h2 id="draft-problems-title" className="mb-2 flex items-center gap-2 font-bold">
        {t('preview.problems')}
        <span className="font-normal text-muted" aria-live="polite">
          {checking ? t('preview.checking') : t('preview.problemCount', { count, n: number(count) })}
        </span>
      </h2>
      <ul data-testid="draft-problems" className="max-h-72 space-y-1 overflow-y-auto" aria-label={t('preview.problems')}>
        {problems.map((p, i) => (
          <li key={`p${i}`} data-severity="error" data-line={p.line} data-column={p.column} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-full bg-[#b3261e]" />
            <button type="button" className="min-h-11 flex-1 py-1 text-start underline-offset-2 hover:underline" onClick={() => onSelect(p.offset, p.length)}>
              <span className="sr-only">{t('preview.error')}: </span>
              <bdi>{describeProblemKey(t, p)}</bdi>
            </button>
          </li>
        ))}
        {warnings.map((w, i) => (
          <li key={w.key} data-severity="warning" data-line={w.line} data-column={w.column} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-full bg-[#a86b00]" />
            <button type="button" className="min-h-11 flex-1 py-1 text-start underline-offset-2 hover:underline" onClick={() => onSelect(w.offset, w.length)}>
              <span className="sr-only">{t('preview.warning')}: </span>
              <bdi id={`warning-${i}`}>
                {t('problems.at', { line: w.line, column: w.column })}: {w.message}
              </bdi>
            </button>
            {w.fix && (
              // Named "Fix" and described by its warning, so a screen reader says what it fixes.
              <button type="button" onClick={w.fix} aria-describedby={`warning-${i}`} className="min-h-11 min-w-11 shrink-0 rounded border border-rule px-3 py-1 text-xs hover:border-accent">
                {t('lint.fix')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {count === 0 && !checking && <p className="text-muted">{t('preview.noProblems')}</p>}
    </section>
  );
});
