/**
 * Linting article JSON: walks the parsed tree and hands each prose string to the {@link Linter} with its
 * direction and context (which strings are prose is described in ./index.ts).
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { excessiveDepthAt, MAX_DEPTH } from '../parse';
import { directionOf } from '../text/language';
import type { LintOptions } from './types';
import type { Dir, Linter, Path, Segment } from './linter';

/** Value node of property `name` of an object node (the last one, as JSON.parse keeps). */
function prop(obj: Node | undefined, name: string): Node | undefined {
  if (obj?.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const p of obj.children ?? []) if (p.children?.[0]?.value === name) found = p.children[1];
  return found;
}

function stringProp(obj: Node | undefined, name: string): string | undefined {
  const node = prop(obj, name);
  return node?.type === 'string' ? (node.value as string) : undefined;
}

interface Context {
  dir: Dir | 'auto';
  inSpan: boolean;
  digits: boolean;
}

/** Walks the article's JSON tree and lints each prose string in its context. */
class JsonWalker {
  constructor(
    private readonly linter: Linter,
    /** Offset of the parsed text in the draft (1 after a BOM). */
    private readonly shift: number,
    private readonly base: Dir | 'auto',
  ) {}

  string(node: Node | undefined, path: Path, ctx: Context, inContent = false): void {
    if (node?.type !== 'string') return;
    const start = node.offset + this.shift + 1;
    const seg: Segment = {
      text: node.value as string,
      start,
      end: node.offset + this.shift + node.length - 1,
      path,
      dir: ctx.dir,
      latin: inContent && !ctx.inSpan,
      digits: ctx.digits,
    };
    if (inContent) seg.splittable = { ...node, offset: node.offset + this.shift };
    this.linter.lint(seg);
  }

  article(root: Node): void {
    const base: Context = { dir: this.base, inSpan: false, digits: true };
    for (const field of ['title', 'subtitle', 'byline', 'dateline']) this.string(prop(root, field), [field], base);
    const source = prop(root, 'source');
    for (const field of ['name', 'credit']) this.string(prop(source, field), ['source', field], base);
    const threads = prop(root, 'threads');
    if (threads?.type === 'array') {
      threads.children?.forEach((thread, t) => {
        const label = prop(thread, 'label');
        if (label?.type === 'object') {
          for (const p of label.children ?? []) {
            const key = p.children?.[0]?.value;
            if (typeof key === 'string') this.string(p.children?.[1], ['threads', t, 'label', key], { dir: directionOf(key), inSpan: false, digits: false });
          }
        }
        const keywords = prop(thread, 'keywords');
        keywords?.children?.forEach((k, i) => this.string(k, ['threads', t, 'keywords', i], { dir: 'auto', inSpan: false, digits: false }));
      });
    }
    const body = prop(root, 'body');
    body?.children?.forEach((block, b) => {
      if (body.type !== 'array' || block.type !== 'object') return;
      const path: Path = ['body', b];
      this.string(prop(block, 'speaker'), [...path, 'speaker'], base);
      this.content(prop(block, 'content'), [...path, 'content'], stringProp(block, 'type') === 'quote' ? { ...base, digits: false } : base);
      const items = prop(block, 'items');
      if (items?.type === 'array') items.children?.forEach((item, i) => this.content(prop(item, 'content'), [...path, 'items', i, 'content'], base));
    });
  }

  private content(node: Node | undefined, path: Path, ctx: Context): void {
    if (node?.type === 'string') return this.string(node, path, ctx);
    if (node?.type !== 'array') return;
    node.children?.forEach((child, i) => {
      if (child.type === 'string') this.string(child, [...path, i], ctx, true);
      else if (child.type === 'object') this.inline(child, [...path, i], ctx);
    });
  }

  private inline(node: Node, path: Path, ctx: Context): void {
    const type = stringProp(node, 'type');
    let inner = ctx;
    if (type === 'span') {
      const d = stringProp(node, 'dir');
      const lang = stringProp(node, 'lang');
      const dir: Dir | 'auto' = d === 'rtl' || d === 'ltr' ? d : lang ? directionOf(lang) : ctx.dir;
      inner = { dir, inSpan: true, digits: ctx.digits && dir === this.base };
    } else if (type === 'quote') {
      this.string(prop(node, 'speaker'), [...path, 'speaker'], ctx);
      inner = { ...ctx, digits: false };
    }
    this.content(prop(node, 'content'), [...path, 'content'], inner);
  }
}

/**
 * Lints every prose string of the article JSON in `source` (a leading BOM allowed); false when it does not
 * parse, is nested too deeply or is not an object, in which case nothing was linted.
 */
export function lintJson(linter: Linter, source: string, options: LintOptions): boolean {
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = shift ? source.slice(1) : source;
  if (excessiveDepthAt(text, MAX_DEPTH) >= 0) return false;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || root?.type !== 'object') return false;
  const dir = stringProp(root, 'dir');
  const lang = stringProp(root, 'lang') ?? options.lang;
  const base: Dir | 'auto' = dir === 'rtl' || dir === 'ltr' ? dir : lang ? directionOf(lang) : 'auto';
  new JsonWalker(linter, shift, base).article(root);
  return true;
}
