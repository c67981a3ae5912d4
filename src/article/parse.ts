/**
 * Parsing an article document: text in, an article or a list of positioned problems out.
 * Never throws, whatever the input.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { core } from 'zod/mini';
import type { Problem, ProblemCode, ProblemParams } from './problems';
import { Article } from './schema';

export { MAX_DOCUMENT_BYTES } from './limits';
import { MAX_DOCUMENT_BYTES } from './limits';

/** Deepest nesting of arrays and objects accepted; real articles stay far below it. */
export const MAX_DEPTH = 48;

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: Problem[] };

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Maps offsets to 1-based line and column, building the line index once. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 1-based line and column (in UTF-16 units) of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Offset where nesting first exceeds `limit`, or -1. Scans strings correctly; linear and iterative. */
export function excessiveDepthAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

type Path = (string | number)[];

export const pointerOf = (path: readonly PropertyKey[]) =>
  path.map((k) => '/' + String(k).replace(/~/gu, '~0').replace(/\//gu, '~1')).join('');

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return v;
}

class ProblemSink {
  readonly problems: Problem[] = [];
  // Built on the first problem: a valid document never pays for the line index or the syntax tree.
  private lineIndex: LineIndex | null = null;
  private treeCache: { node: Node | undefined } | null = null;
  constructor(
    private readonly text: string,
    private readonly makeTree: () => Node | undefined,
  ) {}
  private get tree(): Node | undefined {
    this.treeCache ??= { node: this.makeTree() };
    return this.treeCache.node;
  }
  at(code: ProblemCode, params: ProblemParams, pointer: string, offset: number, length: number): void {
    this.lineIndex ??= new LineIndex(this.text);
    const { line, column } = this.lineIndex.position(offset);
    this.problems.push({ code, params, pointer, offset, length, line, column });
  }
  /** Adds a problem placed on the JSON value at `path` (or on its key, or its nearest existing parent). */
  atPath(code: ProblemCode, params: ProblemParams, path: Path, on: 'value' | 'key' = 'value'): void {
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node; n--) {
      node = this.tree ? findNodeAtLocation(this.tree, path.slice(0, n)) : undefined;
      if (node && n < path.length) on = 'value';
    }
    if (node && on === 'key' && node.parent?.type === 'property') node = node.parent.children?.[0];
    const offset = node?.offset ?? 0;
    this.at(code, params, pointerOf(path), offset, node?.length ?? Math.min(1, this.text.length));
  }
}

const formatOfField = (path: Path): string => {
  const last = path[path.length - 1];
  if (last === 'slug') return 'slug';
  if (last === 'lang') return 'lang';
  if (last === 'id') return path[0] === 'threads' || path.includes('threads') ? 'slug' : 'id';
  return 'regex';
};

function reportIssue(sink: ProblemSink, root: unknown, issue: core.$ZodIssue, base: Path): void {
  const path = [...base, ...(issue.path as Path)];
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        sink.atPath('missing-field', { field: String(path[path.length - 1]) }, path);
      } else sink.atPath('invalid-type', { expected: issue.expected, received: typeName(value) }, path);
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) sink.atPath('unknown-field', { field: key }, [...path, key], 'key');
      return;
    case 'invalid_value':
      if (value === undefined) {
        sink.atPath('missing-field', { field: String(path[path.length - 1]) }, path);
        return;
      }
      sink.atPath('invalid-value', { expected: issue.values.map((v) => JSON.stringify(v)).join(', '), received: JSON.stringify(value) ?? 'nothing' }, path);
      return;
    case 'too_small':
      sink.atPath('too-short', { minimum: Number(issue.minimum), unit: issue.origin === 'array' ? 'items' : 'characters' }, path);
      return;
    case 'too_big':
      sink.atPath('too-long', { maximum: Number(issue.maximum), unit: issue.origin === 'array' ? 'items' : 'characters' }, path);
      return;
    case 'invalid_format':
      sink.atPath('invalid-format', { format: issue.format === 'regex' ? formatOfField(path) : issue.format }, path);
      return;
    case 'invalid_union': {
      if (issue.discriminator !== undefined || issue.errors.length === 0) {
        const key = issue.discriminator ?? 'type';
        // zod places this issue on the discriminator itself; report on the object that carries it.
        if (path[path.length - 1] === key) return reportIssue(sink, root, { ...issue, path: [] }, path.slice(0, -1));
        const received = valueAt(value, [key]);
        if (typeName(value) !== 'object') sink.atPath('invalid-type', { expected: 'object', received: typeName(value) }, path);
        else if (received === undefined) sink.atPath('missing-field', { field: 'type' }, [...path, 'type']);
        else {
          const isBlock = path.length === 2 && path[0] === 'body';
          const expected = isBlock ? 'heading, paragraph, list, quote' : 'quote, em, link, span';
          sink.atPath('unknown-type', { received: typeof received === 'string' ? received : (JSON.stringify(received) ?? String(received)), expected }, [...path, 'type']);
        }
        return;
      }
      // A union of alternatives (text or an inline object): report the alternative the value was aiming
      // at, i.e. the one that did not fail on the value's own type.
      const aimed = issue.errors.find((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (aimed) for (const inner of aimed) reportIssue(sink, root, inner, path);
      else sink.atPath('invalid-type', { expected: 'text or inline object', received: typeName(value) }, path);
      return;
    }
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code === 'unsafe-link' ? 'unsafe-link' : 'invalid';
      sink.atPath(code, {}, path);
      return;
    }
    default:
      sink.atPath('invalid', {}, path);
  }
}

/** Cross-field rules the schema cannot state: unique block ids and thread tags that name a defined thread. */
function checkReferences(sink: ProblemSink, article: Article): void {
  const seen = new Set<string>();
  const threadIds = new Set(article.threads.map((t) => t.id));
  const check = (id: string, path: Path) => {
    if (seen.has(id)) sink.atPath('duplicate-id', { id }, path);
    seen.add(id);
  };
  article.body.forEach((block, b) => {
    check(block.id, ['body', b, 'id']);
    const tagged: [Path, { id: string }[] | undefined][] =
      block.type === 'list'
        ? block.items.map((item, i) => {
            check(item.id, ['body', b, 'items', i, 'id']);
            return [['body', b, 'items', i], item.threads];
          })
        : [[['body', b], block.threads]];
    for (const [path, threads] of tagged) {
      threads?.forEach((t, i) => {
        if (!threadIds.has(t.id)) sink.atPath('unknown-thread', { id: t.id }, [...path, 'threads', i, 'id']);
      });
    }
  });
  const threadSeen = new Set<string>();
  article.threads.forEach((t, i) => {
    if (threadSeen.has(t.id)) sink.atPath('duplicate-id', { id: t.id }, ['threads', i, 'id']);
    threadSeen.add(t.id);
  });
}

function syntaxProblems(sink: ProblemSink, errors: readonly ParseError[]): void {
  const seen = new Set<number>();
  for (const e of errors.slice(0, 5)) {
    if (seen.has(e.offset)) continue;
    seen.add(e.offset);
    sink.at('json-syntax', { error: printParseErrorCode(e.error) }, '', e.offset, Math.max(e.length, 1));
  }
}

/**
 * Parses and validates an article document (JSON, format v1; a leading BOM is ignored).
 * Returns the article, or every problem found: syntax errors with line and column, schema
 * problems with a JSON pointer and the position of the offending value. Never throws.
 */
export function parseArticle(input: string): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = text.length > MAX_DOCUMENT_BYTES / 3 ? utf8Length(text) : 0;
  if (bytes > MAX_DOCUMENT_BYTES) {
    const sink = new ProblemSink('', () => undefined);
    sink.at('too-large', { size: bytes, limit: MAX_DOCUMENT_BYTES }, '', 0, 0);
    return { ok: false, problems: sink.problems };
  }
  if (text.trim() === '') {
    const sink = new ProblemSink(text, () => undefined);
    sink.at('empty', {}, '', 0, 0);
    return { ok: false, problems: sink.problems };
  }
  const deepAt = excessiveDepthAt(text, MAX_DEPTH);
  if (deepAt >= 0) {
    const sink = new ProblemSink(text, () => undefined);
    sink.at('too-deep', { limit: MAX_DEPTH }, '', deepAt, 1);
    return { ok: false, problems: sink.problems };
  }
  try {
    const treeOf = () => parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    // JSON.parse, not a syntax tree, builds the value: it makes "__proto__" an ordinary own key, and it is
    // native and fast. The tree (for positions) is built only when there is a problem to place.
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const errors: ParseError[] = [];
      const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const sink = new ProblemSink(text, () => tree);
      if (errors.length) syntaxProblems(sink, errors);
      // JSON.parse refused what the tolerant parser accepts: say so at the start rather than pass it.
      else sink.at('json-syntax', { error: 'InvalidSymbol' }, '', 0, 1);
      return { ok: false, problems: sink.problems };
    }
    const sink = new ProblemSink(text, treeOf);
    const result = Article.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) reportIssue(sink, value, issue, []);
      return { ok: false, problems: sink.problems };
    }
    checkReferences(sink, result.data);
    return sink.problems.length ? { ok: false, problems: sink.problems } : { ok: true, article: result.data };
  } catch {
    // Unreachable for valid JSON within the depth limit; kept so a parser bug can never crash a caller.
    const sink = new ProblemSink(text, () => undefined);
    sink.at('json-syntax', { error: 'InvalidSymbol' }, '', 0, 1);
    return { ok: false, problems: sink.problems };
  }
}
