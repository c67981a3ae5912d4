import type { TFunction } from 'i18next';
import type { Problem } from '../article/problems';

// Parameter values that are words, not data: the UI words them too (JSON syntax errors, formats, units, types).
const WORDED: Record<string, { prefix: string; known: ReadonlySet<string> }> = {
  error: {
    prefix: 'problems.syntax.',
    known: new Set([
      'InvalidSymbol', 'InvalidNumberFormat', 'PropertyNameExpected', 'ValueExpected', 'ColonExpected', 'CommaExpected',
      'CloseBraceExpected', 'CloseBracketExpected', 'EndOfFileExpected', 'InvalidCommentToken', 'UnexpectedEndOfComment',
      'UnexpectedEndOfString', 'UnexpectedEndOfNumber', 'InvalidUnicode', 'InvalidEscapeCharacter', 'InvalidCharacter',
    ]),
  },
  format: { prefix: 'problems.format.', known: new Set(['datetime', 'slug', 'lang', 'id', 'regex']) },
  unit: { prefix: 'problems.unit.', known: new Set(['items', 'characters']) },
  expected: { prefix: 'problems.type.', known: new Set(['string', 'number', 'boolean', 'object', 'array', 'null', 'text or inline object']) },
  received: { prefix: 'problems.type.', known: new Set(['string', 'number', 'boolean', 'object', 'array', 'null', 'nothing']) },
};

/** The problem's parameters with word-like values translated; data (names, values, numbers) stays as it is. */
function wordedParams(t: TFunction, p: Problem): Record<string, string | number> {
  const out: Record<string, string | number> = { ...p.params };
  for (const [name, value] of Object.entries(p.params)) {
    const worded = WORDED[name];
    if (worded && typeof value === 'string' && worded.known.has(value)) out[name] = t(`${worded.prefix}${value.replace(/ /gu, '-')}`);
  }
  return out;
}

/** A problem worded in the UI language, with its place: "Line 3, column 7: …". */
export function describeProblemKey(t: TFunction, p: Problem): string {
  const where = t('problems.at', { line: p.line, column: p.column });
  return `${where}: ${t(`problems.${p.code}`, wordedParams(t, p))}${p.pointer ? ` (${p.pointer})` : ''}`;
}
