import type { TFunction } from 'i18next';
import type { Problem } from '../article/problems';

/** A problem worded in the UI language, with its place: "Line 3, column 7: …". */
export function describeProblemKey(t: TFunction, p: Problem): string {
  const where = t('problems.at', { line: p.line, column: p.column });
  return `${where}: ${t(`problems.${p.code}`, p.params)}${p.pointer ? ` (${p.pointer})` : ''}`;
}
