/**
 * The HTML walker: a parsed document (pasted from Word, Word Online, Google Docs, LibreOffice or a web
 * page, or a .docx or saved page converted to HTML) becomes the source blocks of the article core's
 * formatted import (src/article/import-blocks.ts), with a count of what it left out.
 *
 * What it keeps: headings (h1–h6, `role=heading`, Word's Title and Heading styles), paragraphs, list
 * items (HTML lists, Word's list paragraphs, Word Online's one-list-per-item wrappers), block quotations,
 * bold, emphasis, links (http, https, mailto) and each block's direction (`dir`, CSS `direction`, Word
 * Online's `Rtl` class). What it leaves out, counted: images, tables, embedded media and frames, form
 * controls, scripts, links to other schemes, and the page's navigation, sidebars and footers. Dropped
 * without a count, because they carry no content of the article: styles, classes, attributes, comments,
 * Word's list markers and `o:p`, hidden elements (`hidden`, `display:none`, Word's hidden text),
 * `noscript`, `template`, form labels.
 *
 * Text is collapsed as browsers render it (runs of white space, no-break spaces included, are one space;
 * none at a block's ends). A line break (`<br>`) splits a paragraph or block quotation into two blocks;
 * in a heading or list item it is a space. Paragraphs inside one list item or heading are joined by a
 * space. It reads attributes only (never resolving URLs, so a pasted `<base href>` changes nothing) and
 * walks without recursion, so no depth of nesting overflows the stack.
 */
import type { SourceBlock, SourceDirection, SourceMark } from '../../article/import-blocks';
import { isArticleHref } from '../../article/links';
import { restoreText } from './parse-html';

/** What an import left out, by kind. */
export interface DroppedCounts {
  /** `img`, `picture`, `svg`, `canvas`. */
  images: number;
  tables: number;
  /** `video`, `audio`, `iframe`, `embed`, `object`, `frame`. */
  media: number;
  /** Form controls: `input`, `button`, `select`, `textarea`. */
  forms: number;
  scripts: number;
  /** Links to anything but http, https and mailto (their text is kept); links within the page are not counted. */
  links: number;
  /** `nav`, `aside` and `footer` (and their ARIA roles) of a page pasted or saved whole. */
  pageParts: number;
}

export interface WalkOptions {
  /** The direction around the walked element (a saved page's article direction); unknown when omitted. */
  dir?: SourceDirection;
  /**
   * Direction markers: U+FDD0 (right to left) or U+FDD1 (left to right) at the start of a paragraph give
   * its direction and are removed. The .docx reader puts them there (mammoth does not keep w:bidi).
   */
  directionMarkers?: boolean;
  /** Stop once this many blocks are read (a first look at a long paste); the counts of what was left out then cover only that part. */
  maxBlocks?: number;
}

export interface WalkResult {
  blocks: SourceBlock[];
  dropped: DroppedCounts;
}

export const RTL_MARKER = '\ufdd0';
export const LTR_MARKER = '\ufdd1';

export function noneDropped(): DroppedCounts {
  return { images: 0, tables: 0, media: 0, forms: 0, scripts: 0, links: 0, pageParts: 0 };
}

type DropKind = keyof DroppedCounts;

/** Elements left out with everything inside them, and the count they go to (null: not counted). */
const LEFT_OUT = new Map<string, DropKind | null>([
  ['img', 'images'],
  ['picture', 'images'],
  ['svg', 'images'],
  ['canvas', 'images'],
  ['table', 'tables'],
  ['video', 'media'],
  ['audio', 'media'],
  ['iframe', 'media'],
  ['embed', 'media'],
  ['object', 'media'],
  ['frame', 'media'],
  ['frameset', 'media'],
  ['applet', 'media'],
  ['input', 'forms'],
  ['button', 'forms'],
  ['select', 'forms'],
  ['textarea', 'forms'],
  // A control's label means nothing without the control.
  ['label', null],
  ['script', 'scripts'],
  ['nav', 'pageParts'],
  ['aside', 'pageParts'],
  ['footer', 'pageParts'],
  ['head', null],
  ['style', null],
  ['title', null],
  ['meta', null],
  ['link', null],
  ['base', null],
  ['template', null],
  ['noscript', null],
  ['map', null],
  ['area', null],
  ['datalist', null],
  ['option', null],
  ['optgroup', null],
  ['source', null],
  ['track', null],
  ['param', null],
  ['rp', null],
  ['rt', null],
  ['dialog', null],
  // Word's empty-paragraph marker and VML drawings (their fallback image is counted).
  ['o:p', null],
]);

const PAGE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search']);

/** Elements that end the text before them and start a new block (as CSS display: block does). */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'listing', 'main', 'menu', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'ul', 'xmp', 'caption', 'search',
]);

/** Media that make a figure an illustration: the figure and its caption are left out with them. */
const FIGURE_MEDIA = 'img, picture, svg, canvas, video, audio, iframe, embed, object';

/** Word's conditional comments whose content is a fallback for programs without the feature: left out. */
const WORD_FALLBACK = /^\[if !support[A-Za-z]+\]$/u;

interface Owner {
  kind: 'heading' | 'item';
  level: number;
  list: number;
  ordered: boolean;
  /** A Word list paragraph: ordered or not is read from its marker. */
  word: boolean;
}

/**
 * What an element passes to the elements and text inside it. A class copied field by field: one is made
 * per element, and this is the cheapest copy before the code is optimized (a paste runs it once).
 */
class Context {
  container: 'paragraph' | 'quote' = 'paragraph';
  owner: Owner | null = null;
  dir: SourceDirection = 'unknown';
  bold = false;
  italic = false;
  /** Word's weight and style for complex scripts (mso-bidi-font-…): they apply to Arabic and Hebrew text. */
  bidiBold: boolean | null = null;
  bidiItalic: boolean | null = null;
  href: string | null = null;
  list: { key: number; ordered: boolean } | null = null;
  pre = false;
  /** Inside a Word list marker (mso-list:Ignore): text goes to the marker. */
  marker = false;

  copy(): Context {
    const c = new Context();
    c.container = this.container;
    c.owner = this.owner;
    c.dir = this.dir;
    c.bold = this.bold;
    c.italic = this.italic;
    c.bidiBold = this.bidiBold;
    c.bidiItalic = this.bidiItalic;
    c.href = this.href;
    c.list = this.list;
    c.pre = this.pre;
    c.marker = this.marker;
    return c;
  }
}

interface Segment {
  start: number;
  end: number;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

interface Style {
  [property: string]: string;
}

/** The only properties the walker reads: a style attribute is searched for these, nothing else is taken apart. */
const STYLE_PROPERTIES = /(?:^|;)\s*(font-weight|font-style|font|direction|display|visibility|mso-hide|mso-list|mso-bidi-font-weight|mso-bidi-font-style)\s*:\s*([^;]*)/giu;

/** The declarations of a style attribute the walker reads, names lower-cased, values lower-cased without `!important`. */
function readStyle(value: string): Style {
  const out: Style = {};
  for (const m of value.matchAll(STYLE_PROPERTIES)) {
    const v = m[2]!.trim().toLowerCase();
    out[m[1]!.toLowerCase()] = v.endsWith('important') ? v.replace(/\s*!\s*important$/u, '') : v;
  }
  return out;
}

/** A CSS font-weight: true for bold, false for normal, null when it says neither. */
function weightOf(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n >= 600 : null;
}

function italicOf(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (value.startsWith('italic') || value.startsWith('oblique')) return true;
  return value === 'normal' ? false : null;
}

function directionOf(value: string | null | undefined): SourceDirection | null {
  const v = value?.trim().toLowerCase();
  if (v === 'rtl' || v === 'ltr') return v;
  if (v === 'auto') return 'unknown';
  return null;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0xa0;
}

/** An attribute's value as the source wrote it (parseInert disarms some; see parse-html.ts). */
function attr(el: Element, name: string): string | null {
  const value = el.getAttribute(name);
  return value === null ? null : restoreText(value);
}

/** Collapses white space (no-break spaces included) to single spaces. */
const WHITE = /[\t\n\f\r \u00a0]+/gu;

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdcf\ufdf0-\ufdff\ufe70-\ufefc]/u;

/** A Word list marker that numbers its item: 1. 2) iv. a) أ- ١. (a bullet glyph or a lone o does not). */
function isNumberMarker(marker: string): boolean {
  const m = marker.replace(WHITE, '').trim();
  return /^\(?(?:[0-9\u0660-\u0669\u06f0-\u06f9]{1,4}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6}|[A-Za-z\u0621-\u064a])[.)\-–]\)?$/u.test(m) || /^\(?[0-9\u0660-\u0669\u06f0-\u06f9]{1,4}\)?$/u.test(m);
}

class Walker {
  readonly blocks: SourceBlock[] = [];
  readonly dropped = noneDropped();
  private readonly markers: boolean;

  // The block being written.
  private text = '';
  private segments: Segment[] = [];
  private started: { kind: SourceBlock['kind']; owner: Owner | null; dir: SourceDirection; container: 'paragraph' | 'quote' } | null = null;
  private wordMarker = '';
  private markedDir: SourceDirection | null = null;

  // Word's conditional comments open now: true for those whose content is left out.
  private readonly conditionals: boolean[] = [];
  private skipping = 0;

  private nextList = 1;
  private readonly listKeys = new Map<string, number>();

  private readonly maxBlocks: number;

  constructor(options: WalkOptions) {
    this.maxBlocks = options.maxBlocks ?? Infinity;
    this.markers = options.directionMarkers === true;
  }

  private listKey(name: string): number {
    let key = this.listKeys.get(name);
    if (key === undefined) {
      key = this.nextList++;
      this.listKeys.set(name, key);
    }
    return key;
  }

  walk(root: Node, ctx: Context): void {
    // Nodes to enter; a null stands for leaving an element, whose context to restore (and whether it ends a
    // block, and the mark a <q> closes with) is on `leaving`. Two stacks of one kind each: no test of
    // which kind an entry is.
    const stack: (Node | null)[] = [root];
    const leaving: { restore: Context; block: boolean; close: string }[] = [];
    let current = ctx;
    const max = this.maxBlocks;
    while (stack.length > 0 && this.blocks.length < max) {
      const node = stack.pop()!;
      if (node === null) {
        const entry = leaving.pop()!;
        if (entry.close) this.append(entry.close, current);
        if (entry.block) this.boundary(entry.restore);
        current = entry.restore;
        continue;
      }
      const type = node.nodeType;
      if (type === 3) {
        this.textNode(restoreText((node as Text).data), current);
        continue;
      }
      if (type === 8) {
        this.comment((node as Comment).data);
        continue;
      }
      if (type !== 1 && type !== 9 && type !== 11) continue;
      let inner = current;
      let block = false;
      let close = '';
      if (type === 1 && this.skipping === 0 && !current.marker) {
        // Inside a Word fallback or list marker only text matters (to tell a numbered list): elements are not entered.
        const entered = this.enter(node as Element, current);
        if (entered === null) continue;
        ({ inner, block, close } = entered);
      }
      if (node.firstChild === null) {
        // Nothing inside: leave at once.
        if (close) this.append(close, inner);
        if (block) this.boundary(current);
        continue;
      }
      leaving.push({ restore: current, block, close });
      stack.push(null);
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      current = inner;
    }
  }

  finish(): void {
    this.flush();
  }

  private comment(data: string): void {
    const d = data.trim();
    if (/^\[if\b[^\]]*\]$/u.test(d)) {
      const leftOut = WORD_FALLBACK.test(d);
      this.conditionals.push(leftOut);
      if (leftOut) this.skipping++;
    } else if (d === '[endif]' && this.conditionals.length > 0) {
      if (this.conditionals.pop()) this.skipping--;
    }
  }

  private drop(kind: DropKind | null): null {
    if (kind) this.dropped[kind]++;
    return null;
  }

  /** What an element does: null when it is left out, else the context for its content. */
  private enter(el: Element, ctx: Context): { inner: Context; block: boolean; close: string } | null {
    const tag = el.localName;
    if (LEFT_OUT.has(tag)) {
      if (tag === 'img' && this.emoji(el, ctx)) return null;
      return this.drop(LEFT_OUT.get(tag)!);
    }
    if (tag.startsWith('v:')) return null;
    const bare = !el.hasAttributes();
    const role = bare ? null : attr(el, 'role');
    if (role && PAGE_ROLES.has(role)) return this.drop('pageParts');
    if (!bare && el.hasAttribute('hidden')) return null;
    const styleText = bare ? null : attr(el, 'style');
    const style = styleText ? readStyle(styleText) : null;
    if (style && (style.display === 'none' || style.visibility === 'hidden' || style['mso-hide'] === 'all')) return null;
    if (tag === 'figure') {
      const media = el.querySelectorAll(FIGURE_MEDIA);
      if (media.length > 0) {
        for (const m of Array.from(media)) {
          const kind = LEFT_OUT.get(m.tagName.toLowerCase());
          // A picture's own img, or an svg's inner parts, are one image.
          if (kind && !m.parentElement?.closest('picture, svg')) this.dropped[kind]++;
        }
        for (const t of Array.from(el.querySelectorAll('table'))) if (!t.parentElement?.closest('table')) this.dropped.tables++;
        return null;
      }
    }

    const inner = ctx.copy();
    let block = BLOCK.has(tag);
    let close = '';
    const className = bare ? '' : (attr(el, 'class') ?? '');
    const classes = className ? className.split(/\s+/u) : [];

    // Direction, from block-level elements only: an inline span's dir says nothing of its paragraph's.
    const msoList = style?.['mso-list'];
    const wordList = msoList && msoList !== 'ignore' ? /\bl(\d+)\s+level(\d+)/u.exec(msoList) : null;
    if (block || wordList || role === 'heading') {
      const dir = directionOf(style?.direction) ?? directionOf(attr(el, 'dir')) ?? (classes.includes('Rtl') ? 'rtl' : classes.includes('Ltr') ? 'ltr' : null);
      if (dir) inner.dir = dir;
    }

    // Blocks that make one block of everything inside: headings and list items.
    const level = /^h([1-6])$/u.exec(tag);
    const wordHeading = /^MsoHeading([1-6])$/u.exec(classes.find((c) => c.startsWith('MsoHeading')) ?? '');
    if (tag === 'ul' || tag === 'ol') {
      block = true;
      inner.list = ctx.list ?? { key: this.listKey(`list-${this.nextList}`), ordered: tag === 'ol' };
    } else if (tag === 'li') {
      block = true;
      this.flush();
      const listId = attr(el, 'data-listid');
      const key = listId ? this.listKey(`word-online-${listId}`) : (ctx.list?.key ?? this.listKey(`list-${this.nextList}`));
      const parent = el.parentElement?.tagName.toLowerCase();
      const ordered = ctx.list?.ordered ?? parent === 'ol';
      inner.owner = { kind: 'item', level: 0, list: key, ordered: listId ? parent === 'ol' : ordered, word: false };
    } else if (wordList) {
      block = true;
      this.flush();
      inner.owner = { kind: 'item', level: 0, list: this.listKey(`word-l${wordList[1]}`), ordered: false, word: true };
    } else if (!ctx.owner && (level || wordHeading || classes.includes('MsoTitle') || role === 'heading')) {
      block = true;
      const n = level ? Number(level[1]) : wordHeading ? Number(wordHeading[1]) : classes.includes('MsoTitle') ? 1 : Number(attr(el, 'aria-level')) || 2;
      this.flush();
      inner.owner = { kind: 'heading', level: Math.min(Math.max(n, 1), 6), list: 0, ordered: false, word: false };
    } else if (tag === 'blockquote' || classes.includes('MsoQuote') || classes.includes('MsoIntenseQuote')) {
      block = true;
      inner.container = 'quote';
    }
    if (tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext') inner.pre = true;
    if (msoList === 'ignore') inner.marker = true;

    // Formatting. Google Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">.
    if ((tag === 'b' || tag === 'strong') && !attr(el, 'id')?.startsWith('docs-internal-guid-')) inner.bold = true;
    if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn' || tag === 'var') inner.italic = true;
    if (classes.includes('MacChromeBold')) inner.bold = true;
    if (style) {
      inner.bold = weightOf(style['font-weight']) ?? (style.font !== undefined && /\b(?:bold|[6-9]00)\b/u.test(style.font) ? true : inner.bold);
      inner.italic = italicOf(style['font-style']) ?? (style.font !== undefined && /\b(?:italic|oblique)\b/u.test(style.font) ? true : inner.italic);
      const bidiBold = weightOf(style['mso-bidi-font-weight']);
      const bidiItalic = italicOf(style['mso-bidi-font-style']);
      if (bidiBold !== null) inner.bidiBold = bidiBold;
      if (bidiItalic !== null) inner.bidiItalic = bidiItalic;
    }

    if (tag === 'a') this.link(el, inner);
    if (tag === 'br') {
      this.lineBreak(ctx);
      return null;
    }
    if (tag === 'q') {
      const rtl = RTL_LETTER.test(restoreText(el.textContent ?? ''));
      this.append(rtl ? '«' : '“', inner);
      close = rtl ? '»' : '”';
    }
    if (block) this.boundary(ctx, inner.owner !== ctx.owner);
    return { inner, block, close };
  }

  /** An emoji drawn as an image (WordPress, Twitter): its alt text is the character. */
  private emoji(el: Element, ctx: Context): boolean {
    const alt = attr(el, 'alt') ?? '';
    if (!/\bemoji\b|\bwp-smiley\b/u.test(attr(el, 'class') ?? '') || alt.length === 0 || alt.length > 8) return false;
    this.append(alt, ctx);
    return true;
  }

  private link(el: Element, inner: Context): void {
    const raw = attr(el, 'href');
    // A link the saved-page reader could not resolve (files.ts) is a link left out.
    if (raw === null) {
      if (el.hasAttribute('data-sahifa-href') && restoreText(el.textContent ?? '').trim()) this.dropped.links++;
      return;
    }
    const href = raw.trim();
    if (href === '' || href.startsWith('#')) return;
    if (isArticleHref(href)) inner.href = href;
    else {
      inner.href = null;
      if (restoreText(el.textContent ?? '').trim()) this.dropped.links++;
    }
  }

  /** A block element starts or ends: the text so far is a block, unless it is a heading's or item's own. */
  private boundary(ctx: Context, force = false): void {
    if (!force && this.started && this.started.owner !== null && this.started.owner === ctx.owner) this.softBreak();
    else this.flush();
  }

  private lineBreak(ctx: Context): void {
    if (ctx.owner) this.softBreak();
    else this.flush();
  }

  private softBreak(): void {
    if (this.text.length > 0 && this.text.charCodeAt(this.text.length - 1) !== 0x20) this.text += ' ';
  }

  private textNode(data: string, ctx: Context): void {
    if (this.skipping > 0 || ctx.marker) {
      this.wordMarker += data;
      return;
    }
    if (this.markers && (data.includes(RTL_MARKER) || data.includes(LTR_MARKER))) {
      if (this.text.length === 0) {
        const first = data.includes(RTL_MARKER) && (!data.includes(LTR_MARKER) || data.indexOf(RTL_MARKER) < data.indexOf(LTR_MARKER));
        this.markedDir = first ? 'rtl' : 'ltr';
      }
      data = data.replace(/[\ufdd0\ufdd1]/gu, '');
    }
    if (ctx.pre && data.includes('\n')) {
      const lines = data.split(/\r\n?|\n/u);
      lines.forEach((line, i) => {
        if (i > 0) this.lineBreak(ctx);
        this.append(line, ctx);
      });
      return;
    }
    this.append(data, ctx);
  }

  /** Appends text as it renders: white space collapsed, none at the start of a block. */
  private append(raw: string, ctx: Context): void {
    let s = raw.replace(WHITE, ' ');
    if (s.charCodeAt(0) === 0x20 && (this.text.length === 0 || this.text.charCodeAt(this.text.length - 1) === 0x20)) s = s.slice(1);
    if (s.length === 0) return;
    if (this.started === null) {
      const owner = ctx.owner;
      this.started = { kind: owner ? owner.kind : ctx.container, owner, dir: this.markedDir ?? ctx.dir, container: ctx.container };
    }
    const rtl = (ctx.bidiBold !== null || ctx.bidiItalic !== null) && RTL_LETTER.test(s);
    const bold = rtl && ctx.bidiBold !== null ? ctx.bidiBold : ctx.bold;
    const italic = rtl && ctx.bidiItalic !== null ? ctx.bidiItalic : ctx.italic;
    const start = this.text.length;
    this.text += s;
    const last = this.segments[this.segments.length - 1];
    if (last && last.end === start && last.bold === bold && last.italic === italic && last.href === ctx.href) last.end = this.text.length;
    else this.segments.push({ start, end: this.text.length, bold, italic, href: ctx.href });
  }

  /** Ends the block being written (nothing when it has no text). */
  private flush(): void {
    const started = this.started;
    const text = this.text;
    const segments = this.segments;
    const marker = this.wordMarker;
    this.started = null;
    this.text = '';
    this.segments = [];
    this.wordMarker = '';
    this.markedDir = null;
    if (!started) return;
    let from = 0;
    let to = text.length;
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    if (from === to) return;
    const body = text.slice(from, to);
    const marks = marksOf(text, segments, from, to, started.kind === 'heading');
    const owner = started.owner;
    const block: SourceBlock = { kind: started.kind, text: body, marks, dir: started.dir };
    if (owner?.kind === 'heading') block.level = owner.level;
    if (owner?.kind === 'item') {
      block.list = owner.list;
      block.ordered = owner.word ? isNumberMarker(marker) : owner.ordered;
    }
    this.blocks.push(block);
  }
}

/**
 * The marks of a block from its segments, over text[from, to): touching segments of one formatting are one
 * mark, a gap of spaces between two does not end it, and a mark never starts or ends with a space. Bold is
 * not kept in headings (they are bold already).
 */
function marksOf(text: string, segments: readonly Segment[], from: number, to: number, heading: boolean): SourceMark[] {
  const marks: SourceMark[] = [];
  const collect = (type: SourceMark['type'], has: (s: Segment) => boolean, href: (s: Segment) => string | undefined) => {
    let open: { start: number; end: number; href: string | undefined } | null = null;
    const close = () => {
      if (!open) return;
      let { start, end } = open;
      start = Math.max(start, from);
      end = Math.min(end, to);
      while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
      while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
      if (start < end) marks.push(open.href === undefined ? { type, start: start - from, end: end - from } : { type, start: start - from, end: end - from, href: open.href });
      open = null;
    };
    for (const s of segments) {
      if (has(s)) {
        if (open && open.href === href(s) && (open.end === s.start || text.slice(open.end, s.start).trim() === '')) open.end = s.end;
        else {
          close();
          open = { start: s.start, end: s.end, href: href(s) };
        }
      } else if (open && text.slice(s.start, s.end).trim() !== '') close();
    }
    close();
  };
  if (!heading) collect('strong', (s) => s.bold, () => undefined);
  collect('em', (s) => s.italic, () => undefined);
  collect('link', (s) => s.href !== null, (s) => s.href ?? undefined);
  return marks;
}

/** Walks a parsed document (or one element of it) into source blocks and the count of what was left out. */
export function walkHtml(root: Document | Element, options: WalkOptions = {}): WalkResult {
  const walker = new Walker(options);
  const start = new Context();
  start.dir = options.dir ?? 'unknown';
  walker.walk(root, start);
  walker.finish();
  return { blocks: walker.blocks, dropped: walker.dropped };
}
