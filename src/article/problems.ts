/**
 * Problems found in a draft or file. Each has a stable `code` and `params` so a UI can word it in
 * its own language; `describeProblem` gives the English wording used by the command line.
 */

export type ProblemCode =
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'json-syntax'
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-value'
  | 'too-short'
  | 'too-long'
  | 'invalid-format'
  | 'unknown-type'
  | 'unsafe-link'
  | 'duplicate-id'
  | 'unknown-thread'
  | 'detection-failed'
  | 'invalid';

export type ProblemParams = Record<string, string | number>;

/** One problem with its place in the source text (1-based line and column, in UTF-16 units). */
export interface Problem {
  code: ProblemCode;
  params: ProblemParams;
  /** JSON pointer (RFC 6901) of the offending value; '' for the whole document. */
  pointer: string;
  /** 0-based offset and length of the offending text. */
  offset: number;
  length: number;
  line: number;
  column: number;
}

const list = (v: string | number | undefined) => String(v ?? '');

/** English wording of a problem, for the command line and as a fallback. */
export function describeProblem(p: Pick<Problem, 'code' | 'params'>): string {
  const q = p.params;
  switch (p.code) {
    case 'empty':
      return 'the document is empty';
    case 'too-large':
      return `the document is ${list(q.size)} bytes; the limit is ${list(q.limit)} bytes`;
    case 'too-deep':
      return `values are nested more than ${list(q.limit)} levels deep`;
    case 'json-syntax':
      return `JSON syntax error: ${syntaxWording[String(q.error)] ?? String(q.error)}`;
    case 'invalid-type':
      return `expected ${list(q.expected)}, found ${list(q.received)}`;
    case 'missing-field':
      return `the required field "${list(q.field)}" is missing`;
    case 'unknown-field':
      return `unknown field "${list(q.field)}"`;
    case 'invalid-value':
      return `expected one of ${list(q.expected)}, found ${list(q.received)}`;
    case 'too-short':
      return q.minimum === 1 ? 'must not be empty' : `must have at least ${list(q.minimum)} ${list(q.unit)}`;
    case 'too-long':
      return `must have at most ${list(q.maximum)} ${list(q.unit)}`;
    case 'invalid-format':
      return `not a valid ${formatWording[String(q.format)] ?? String(q.format)}`;
    case 'unknown-type':
      return `unknown type "${list(q.received)}" (expected one of ${list(q.expected)})`;
    case 'unsafe-link':
      return 'links may only use http, https or mailto';
    case 'duplicate-id':
      return `the id "${list(q.id)}" is used twice`;
    case 'unknown-thread':
      return `the thread "${list(q.id)}" is not defined in "threads"`;
    case 'detection-failed':
      return `quote and thread detection failed in paragraph ${list(q.paragraph)} because of an internal error, not a problem in the text; please report it`;
    case 'invalid':
      return 'invalid value';
  }
}

const syntaxWording: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the document should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control characters must be escaped in strings',
};

const formatWording: Record<string, string> = {
  datetime: 'date and time (ISO 8601 with a time zone, e.g. 2026-11-27T09:00:00Z)',
  regex: 'value for this field',
  slug: 'slug (lower-case letters, digits and hyphens)',
  lang: 'language tag (BCP 47, e.g. ar or en-GB)',
  id: 'id (a letter, then letters, digits, _ . or -)',
};
