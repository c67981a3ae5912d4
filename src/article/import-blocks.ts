/**
 * Import from formatted blocks: what a word processor or a web page holds (headings, paragraphs, list
 * items, block quotations, each with its bold, emphasis and links and its direction) becomes a v1
 * article, with quotes and threads detected exactly as the plain-text importer does (import-text.ts).
 * Pure: no DOM. The HTML walker of the editor (src/editor/import/) and the .docx reader make the blocks.
 *
 * The first block is the headline (its formatting dropped: the title is plain text), as the first line
 * is for plain text. Headings h1 and h2 become level 2, h3 to h6 level 3. Consecutive list items with
 * the same `list` number form one list. Quotations found in a block are outermost in its content: a
 * bold, emphasis or link range that crosses a quotation's boundary is split there, and the part over
 * the quotation's own marks is dropped (the marks are kept in `open` and `close`). Ranges nest where
 * one contains the other; where two cross, the later one is split at the end of the earlier.
 */
import { blockDirection, blockLanguage, detectLanguage, directionOf } from './text/language';
import { buildInline, LATIN_RUN, languageSample, slugFor, type ImportOptions } from './import-text';
import { isArticleHref } from './links';
import { detectQuotes, type DetectedQuote } from './quote-detection';
import { FORMAT_ID, type Article, type Block, type Inline, type ListItem } from './schema';
import { tagThreads } from './thread-tagger';
import { DEFAULT_THREADS } from './threads';

/** A paragraph's direction as its source declares it; `unknown` when the source says nothing. */
export type SourceDirection = 'rtl' | 'ltr' | 'unknown';

/** Formatting over text[start, end) of a block (UTF-16 offsets). `href` is required for a link. */
export interface SourceMark {
  type: 'strong' | 'em' | 'link';
  start: number;
  end: number;
  href?: string;
}

/** One block as the source has it. */
export interface SourceBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'quote';
  /** A heading's level in the source, 1 to 6 (h1 to h6); 1 when absent. */
  level?: number;
  /** A list item's list: consecutive items with the same number form one list. */
  list?: number;
  /** Whether a list item's list is numbered. */
  ordered?: boolean;
  text: string;
  marks: readonly SourceMark[];
  dir: SourceDirection;
}

const RANK_QUOTE = 0;
const RANK_LINK = 1;
const RANK_STRONG = 2;
const RANK_EM = 3;
const RANK_SPAN = 4;

/** A range of a block's text that becomes an inline node. */
interface Range {
  start: number;
  end: number;
  rank: number;
  href?: string;
  quote?: DetectedQuote;
}

function byPosition(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/**
 * The part of `r` within [start, end); a Latin span also loses the spaces at its ends (a span never
 * starts or ends with a space, as in the plain-text importer). Null when nothing is left.
 */
function clip(text: string, r: Range, start: number, end: number): Range | null {
  let from = Math.max(r.start, start);
  let to = Math.min(r.end, end);
  if (r.rank === RANK_SPAN) {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  }
  if (from >= to) return null;
  return from === r.start && to === r.end ? r : { ...r, start: from, end: to };
}

/** Appends a string, joined to a string before it. */
function pushText(out: Inline[], s: string): void {
  if (!s) return;
  const last = out.length - 1;
  if (last >= 0 && typeof out[last] === 'string') out[last] += s;
  else out.push(s);
}

/** Whether two inline nodes are the same formatting (so adjacent ones merge); quotes never merge. */
function sameMark(a: Inline, b: Inline): boolean {
  if (typeof a === 'string' || typeof b === 'string' || a.type !== b.type) return false;
  switch (a.type) {
    case 'strong':
    case 'em':
      return true;
    case 'link':
      return b.type === 'link' && a.href === b.href;
    case 'span':
      return b.type === 'span' && a.lang === b.lang && a.dir === b.dir;
    default:
      return false;
  }
}

/** Appends a node, merged into the one before it when that has the same formatting. */
function pushNode(out: Inline[], node: Inline): void {
  if (typeof node === 'string') return pushText(out, node);
  if (node.type !== 'quote' && node.content.length === 0) return;
  const last = out[out.length - 1];
  if (last !== undefined && typeof last !== 'string' && last.type !== 'quote' && sameMark(last, node)) {
    for (const run of node.content) pushNode(last.content, run);
    return;
  }
  out.push(node);
}

function nodeOf(r: Range, content: Inline[]): Inline {
  switch (r.rank) {
    case RANK_LINK:
      return { type: 'link', href: r.href!, content };
    case RANK_STRONG:
      return { type: 'strong', content };
    case RANK_EM:
      return { type: 'em', content };
    default:
      return { type: 'span', lang: 'en', dir: 'ltr', content };
  }
}

/** The inline content of text[from, to) with `ranges` (sorted by byPosition, all inside it) nested. */
function nest(text: string, from: number, to: number, ranges: Range[]): Inline[] {
  const out: Inline[] = [];
  let pos = from;
  let pending = ranges;
  let i = 0;
  while (i < pending.length) {
    const r = pending[i++]!;
    pushText(out, text.slice(pos, r.start));
    // Everything that starts inside r goes inside it; what runs past its end is split there.
    const inside: Range[] = [];
    const rest: Range[] = [];
    while (i < pending.length && pending[i]!.start < r.end) {
      const c = pending[i++]!;
      if (c.end <= r.end) inside.push(c);
      else {
        const head = clip(text, c, c.start, r.end);
        const tail = clip(text, c, r.end, c.end);
        if (head) inside.push(head);
        if (tail) rest.push(tail);
      }
    }
    if (rest.length) {
      pending = rest.concat(pending.slice(i)).sort(byPosition);
      i = 0;
    }
    inside.sort(byPosition);
    const q = r.quote;
    if (q) {
      const content = nest(text, q.start + q.open.length, q.end - q.close.length, inside);
      out.push({ type: 'quote', kind: q.kind, speaker: q.kind === 'statement' ? q.speaker : null, open: q.open, close: q.close, origin: 'auto', content });
    } else pushNode(out, nodeOf(r, nest(text, r.start, r.end, inside)));
    pos = r.end;
  }
  pushText(out, text.slice(pos, to));
  return out;
}

/** The block's marks as ranges: invalid ones and unsafe links dropped, touching ones of the same kind joined. */
function markRanges(block: SourceBlock, length: number): Range[] {
  const ranges: Range[] = [];
  for (const m of block.marks) {
    const start = Math.max(0, Math.trunc(m.start) || 0);
    const end = Math.min(length, Math.trunc(m.end) || 0);
    if (start >= end) continue;
    if (m.type === 'link') {
      const href = typeof m.href === 'string' ? m.href.trim() : '';
      if (!isArticleHref(href)) continue;
      ranges.push({ start, end, rank: RANK_LINK, href });
    } else ranges.push({ start, end, rank: m.type === 'strong' ? RANK_STRONG : RANK_EM });
  }
  // Word and Google Docs cut formatting into many runs: join those that touch or overlap.
  ranges.sort((a, b) => a.rank - b.rank || ((a.href ?? '') < (b.href ?? '') ? -1 : (a.href ?? '') > (b.href ?? '') ? 1 : 0) || a.start - b.start);
  const joined: Range[] = [];
  for (const r of ranges) {
    const last = joined[joined.length - 1];
    if (last && last.rank === r.rank && last.href === r.href && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else joined.push({ ...r });
  }
  return joined;
}

/** The pieces of text[0, length) between quotations and inside their marks: where Latin runs are looked for. */
function plainSegments(length: number, quotes: readonly DetectedQuote[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const q of quotes) {
    out.push([from, q.start], [q.start + q.open.length, q.end - q.close.length]);
    from = q.end;
  }
  out.push([from, length]);
  return out;
}

/** Quotes detection may return that fit the text and come in order (as buildInline checks). */
function usableQuotes(text: string, quotes: readonly DetectedQuote[]): DetectedQuote[] {
  const out: DetectedQuote[] = [];
  let from = 0;
  for (const q of quotes) {
    if (q.start < from || q.end > text.length || q.end < q.start || q.start + q.open.length > q.end - q.close.length) continue;
    out.push(q);
    from = q.end;
  }
  return out;
}

/**
 * A block's inline content: its quotations outermost, then links, bold, emphasis and (in right-to-left
 * text) Latin runs as English spans. For a block without marks this is what buildInline makes.
 */
export function blockInline(text: string, marks: readonly SourceMark[], detected: readonly DetectedQuote[], rtl: boolean): Inline[] {
  // Most blocks have no formatting: the plain-text importer's own code makes the same content, faster (a
  // property test holds formattedInline without marks equal to it).
  return marks.length === 0 ? buildInline(text, detected, rtl) : formattedInline(text, marks, detected, rtl);
}

/** blockInline's general case: every range nested (exported for the test that compares it with buildInline). */
export function formattedInline(text: string, marks: readonly SourceMark[], detected: readonly DetectedQuote[], rtl: boolean): Inline[] {
  const quotes = usableQuotes(text, detected);
  const ranges: Range[] = [];
  const formatting = markRanges({ kind: 'paragraph', text, marks, dir: 'unknown' }, text.length);
  // A formatting range is cut at every quotation's ends, and loses the part over the quotation's marks.
  for (const r of formatting) {
    let from = r.start;
    for (const q of quotes) {
      if (q.end <= from) continue;
      if (q.start >= r.end) break;
      const before = clip(text, r, from, q.start);
      const inner = clip(text, r, q.start + q.open.length, q.end - q.close.length);
      if (before) ranges.push(before);
      if (inner) ranges.push(inner);
      from = q.end;
    }
    const after = clip(text, r, from, r.end);
    if (after) ranges.push(after);
  }
  for (const q of quotes) ranges.push({ start: q.start, end: q.end, rank: RANK_QUOTE, quote: q });
  if (rtl) {
    for (const [from, to] of plainSegments(text.length, quotes)) {
      if (from >= to) continue;
      for (const m of text.slice(from, to).matchAll(LATIN_RUN)) ranges.push({ start: from + m.index, end: from + m.index + m[0].length, rank: RANK_SPAN });
    }
  }
  ranges.sort(byPosition);
  return nest(text, 0, text.length, ranges);
}

/** The block's text without the spaces at its ends, and its marks moved with it. */
function trimmed(block: SourceBlock): { text: string; marks: SourceMark[] } {
  const { text } = block;
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const marks: SourceMark[] = [];
  for (const m of block.marks) {
    const start = Math.max(m.start, from) - from;
    const end = Math.min(m.end, to) - from;
    if (start < end) marks.push(m.href === undefined ? { type: m.type, start, end } : { type: m.type, start, end, href: m.href });
  }
  return { text: from === 0 && to === text.length ? text : text.slice(from, to), marks };
}

/**
 * Turns formatted blocks into a v1 article with quotes and threads detected. The first block with text is
 * the headline; blank blocks are skipped; the others become body blocks `b1`, `b2`… in order (a list is
 * `b<n>-list`, after its first item). A block written in the other direction from the article's (an
 * English paragraph in an Arabic article; see blockDirection) is wrapped in a span with its detected
 * language and direction. No input is an error here: what the article's validation refuses (a
 * headline over 500 characters) is reported by it, as for plain text.
 *
 * @throws DetectionError when quote or thread detection fails inside (a bug, never bad input), as importText.
 */
export interface ImportBlocksOptions extends ImportOptions {
  /**
   * False for the article without quote and thread detection: the blocks and their formatting only, as
   * a preview shows a pasted story at once while detection runs after. True when omitted.
   */
  detect?: boolean;
}

export function importBlocks(source: readonly SourceBlock[], options: ImportBlocksOptions = {}): Article {
  let title: string | null = null;
  const blocks: SourceBlock[] = [];
  const texts: string[] = [];
  const marks: SourceMark[][] = [];
  for (const block of source) {
    const t = trimmed(block);
    if (!t.text) continue;
    if (title === null) {
      title = t.text;
      continue;
    }
    blocks.push(block);
    texts.push(t.text);
    marks.push(t.marks);
  }
  const lang = options.lang ?? detectLanguage(languageSample(texts) || (title ?? ''));
  const dir = directionOf(lang);
  const threads = options.threads ?? DEFAULT_THREADS;
  const detect = options.detect ?? true;
  const quotes = detect ? detectQuotes(texts, lang) : [];
  const tags = detect ? tagThreads(texts, threads, lang) : [];
  const body = buildBody(blocks, texts, marks, quotes, tags, dir);
  return {
    format: FORMAT_ID,
    slug: options.slug ?? slugFor(title ?? ''),
    title: title ?? '',
    lang,
    dir,
    status: options.status ?? 'draft',
    threads: [...threads],
    body,
  };
}

function buildBody(
  blocks: readonly SourceBlock[],
  texts: readonly string[],
  marks: readonly SourceMark[][],
  quotes: readonly DetectedQuote[][],
  tags: readonly string[][],
  dir: 'rtl' | 'ltr',
): Block[] {
  const body: Block[] = [];
  let listKey: number | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = texts[i]!;
    const own = blockDirection(text, block.dir);
    const blockDir = own ?? dir;
    let content = blockInline(text, marks[i]!, quotes[i] ?? [], blockDir === 'rtl');
    if (blockDir !== dir) content = [{ type: 'span', lang: blockLanguage(text, blockDir), dir: blockDir, content }];
    const id = `b${i + 1}`;
    const ids = tags[i];
    const threadTags = ids && ids.length ? ids.map((t) => ({ id: t, origin: 'auto' as const })) : null;
    if (block.kind === 'item') {
      const item: ListItem = { id, content };
      if (threadTags) item.threads = threadTags;
      const last = body[body.length - 1];
      if (last?.type === 'list' && listKey === (block.list ?? 0)) last.items.push(item);
      else {
        const list: Block = { type: 'list', id: `${id}-list`, items: [item] };
        if (block.ordered) list.ordered = true;
        body.push(list);
        listKey = block.list ?? 0;
      }
      continue;
    }
    let out: Block;
    if (block.kind === 'heading') out = { type: 'heading', id, level: (block.level ?? 1) <= 2 ? 2 : 3, content };
    else if (block.kind === 'quote') out = { type: 'quote', id, content };
    else out = { type: 'paragraph', id, content };
    if (threadTags) out.threads = threadTags;
    body.push(out);
  }
  return body;
}
