/**
 * Linting article JSON: walks the parsed tree and hands each prose string to the {@link Linter} with its
 * direction and context (which strings are prose is described in ./index.ts).
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { excessiveDepthAt, MAX_DEPTH } from '../parse';
import { unpairedMarks } from '../quote-detection';
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
  /** The block's text outside its quote runs, where quote runs are checked; null inside a quote run. */
  marks?: BlockMarks | null;
}

/**
 * A block's text outside its quote runs, read as the core's quotation warnings read it (../warnings.ts:
 * the strings in order, each quote run a space), with the segment each string came from.
 */
class BlockMarks {
  outside = '';
  readonly pieces: { at: number; seg: Segment }[] = [];

  add(seg: Segment): void {
    this.pieces.push({ at: this.outside.length, seg });
    this.outside += seg.text;
  }

  /** The segment holding `outside[at]` and the offset in it. */
  find(at: number): [Segment, number] | undefined {
    for (let k = this.pieces.length - 1; k >= 0; k--) {
      const piece = this.pieces[k]!;
      if (piece.at <= at) return at < piece.at + piece.seg.text.length ? [piece.seg, at - piece.at] : undefined;
    }
    return undefined;
  }
}

/** The first string of inline content, depth first, and its path; undefined when it has none. */
function firstString(node: Node | undefined, path: Path): [Node, Path] | undefined {
  if (node?.type === 'string') return [node, path];
  if (node?.type !== 'array') return undefined;
  for (const [i, child] of (node.children ?? []).entries()) {
    const found = child.type === 'object' ? firstString(prop(child, 'content'), [...path, i, 'content']) : firstString(child, [...path, i]);
    if (found) return found;
  }
  return undefined;
}

/** Walks the article's JSON tree and lints each prose string in its context. */
class JsonWalker {
  constructor(
    private readonly linter: Linter,
    /** Offset of the parsed text in the draft (1 after a BOM). */
    private readonly shift: number,
    private readonly base: Dir | 'auto',
  ) {}

  /** Lints a string of prose; returns its segment (undefined when the node is not a string). */
  string(node: Node | undefined, path: Path, ctx: Context, inContent = false, headline = false, afterInline = false): Segment | undefined {
    if (node?.type !== 'string') return undefined;
    const seg = this.segment(node, path, ctx);
    seg.latin = inContent && !ctx.inSpan;
    if (afterInline) seg.afterInline = true;
    if (inContent) seg.splittable = { ...node, offset: node.offset + this.shift };
    if (headline) seg.headline = [0, seg.text.length];
    this.linter.lint(seg);
    return seg;
  }

  /** The segment of a string node, to lint or to place a warning in. */
  private segment(node: Node, path: Path, ctx: Context): Segment {
    const start = node.offset + this.shift + 1;
    return {
      text: node.value as string,
      start,
      end: node.offset + this.shift + node.length - 1,
      path,
      dir: ctx.dir,
      latin: false,
      digits: ctx.digits,
    };
  }

  article(root: Node): void {
    const base: Context = { dir: this.base, inSpan: false, digits: true };
    this.string(prop(root, 'title'), ['title'], base, false, true);
    for (const field of ['subtitle', 'byline', 'dateline']) this.string(prop(root, field), [field], base);
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
      this.block(prop(block, 'content'), [...path, 'content'], stringProp(block, 'type') === 'quote' ? { ...base, digits: false } : base);
      const items = prop(block, 'items');
      if (items?.type === 'array') items.children?.forEach((item, i) => this.block(prop(item, 'content'), [...path, 'items', i, 'content'], base));
    });
  }

  /** A text block's content (a list item's too), and the quote marks of its text outside quote runs that pair with nothing. */
  private block(node: Node | undefined, path: Path, ctx: Context): void {
    const marks = new BlockMarks();
    this.content(node, path, { ...ctx, marks });
    for (const at of unpairedMarks(marks.outside)) {
      const found = marks.find(at);
      if (found) this.linter.warn(found[0], 'stray-quote-mark', { mark: marks.outside[at]! }, found[1], found[1] + 1);
    }
  }

  private content(node: Node | undefined, path: Path, ctx: Context): void {
    if (node?.type === 'string') {
      this.string(node, path, ctx);
      return;
    }
    if (node?.type !== 'array') return;
    node.children?.forEach((child, i) => {
      if (child.type === 'string') {
        const before = i > 0 ? node.children![i - 1]! : undefined;
        const afterInline = before?.type === 'object' && stringProp(before, 'type') !== 'span';
        const seg = this.string(child, [...path, i], ctx, true, false, afterInline);
        if (seg && ctx.marks) ctx.marks.add(seg);
      } else if (child.type === 'object') this.inline(child, [...path, i], ctx);
    });
  }

  /**
   * A quote run's missing marks, as the core's warnings find them (../warnings.ts): a closing mark
   * written as empty (the quotation runs to the paragraph's end) or an opening one. Placed at the
   * run's first string, the quotation as written; at the mark's own property when it has no text.
   */
  private quoteRun(node: Node, path: Path, ctx: Context): void {
    const open = stringProp(node, 'open');
    const close = stringProp(node, 'close');
    if (open !== '' && close !== '') return;
    const at = (field: 'open' | 'close'): Segment | undefined => {
      const first = firstString(prop(node, 'content'), [...path, 'content']);
      if (first) return this.segment(first[0], first[1], ctx);
      const mark = prop(node, field);
      return mark?.type === 'string' ? this.segment(mark, [...path, field], ctx) : undefined;
    };
    if (close === '') {
      const seg = at('open');
      if (seg) this.linter.warn(seg, 'unclosed-quote', { mark: open ?? '' }, 0, seg.text.length);
    }
    if (open === '') {
      const seg = at('close');
      if (seg) this.linter.warn(seg, 'missing-opening-mark', { mark: close ?? '' }, 0, seg.text.length);
    }
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
      if (ctx.marks) {
        this.quoteRun(node, path, ctx);
        ctx.marks.outside += ' ';
      }
      inner = { ...ctx, digits: false, marks: null };
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
