/**
 * Import from plain newsroom text: the first non-empty line is the headline; every other
 * non-empty line is a block. Short unpunctuated lines become headings, lists glued into a
 * sentence after a colon become list items, and quotes and threads are detected.
 */
import { blockDirection, blockLanguage, detectLanguage, directionOf, SAMPLE_UNITS } from './text/language';
import { continuesOnNextLine, detectQuotes, type DetectedQuote } from './quote-detection';
import { FORMAT_ID, type Article, type Block, type Inline, type ListItem, type Thread } from './schema';
import { tagThreads } from './thread-tagger';
import { DEFAULT_THREADS } from './threads';

export interface ImportOptions {
  /** Article slug; derived from the headline when omitted. */
  slug?: string;
  /** BCP 47 language; detected from the letters when omitted. */
  lang?: string;
  status?: 'draft' | 'published';
  /** Threads to tag; the default set when omitted. */
  threads?: readonly Thread[];
}

/**
 * A body unit before it becomes a block: its text and which source paragraph it came from. A class rather
 * than literals, for the reason in quote-detection/README.md, "Class instances".
 */
class Unit {
  constructor(
    readonly kind: 'heading' | 'paragraph' | 'item',
    readonly text: string,
    /** 1-based index of the source paragraph (the line after the headline is 1). */
    readonly source: number,
    /** Block id; for list items the id of the item. */
    readonly id: string,
    /** Units with the same list id form one list (undefined for other units). */
    readonly list?: string,
  ) {}
}

// Sentence-final marks (Latin, Arabic, Hebrew) and closing quote marks: a line ending in one is not a heading.
const FINAL_PUNCTUATION = /[.!?؟…:;؛،,"'”“»«)\]\u05c3]$/u;

/** Arabic-script or Hebrew letter (the base letters; enough to recognise glued list punctuation). */
function isRtlLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || (code >= 0x05d0 && code <= 0x05ea);
}

/** Offset of the first colon glued between two right-to-left letters ("بما في ذلك:التصعيد"), or -1. */
function gluedColonAt(text: string): number {
  for (let i = text.indexOf(':'); i > 0; i = text.indexOf(':', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if ((isRtlLetter(before) || before === 0x29) && i + 1 < text.length && isRtlLetter(text.charCodeAt(i + 1))) return i;
  }
  return -1;
}

function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}

function isShortLine(line: string): boolean {
  return line.length <= 90 && wordCount(line) <= 12;
}

function looksLikeHeading(line: string): boolean {
  return isShortLine(line) && !FINAL_PUNCTUATION.test(line) && !/^[\p{Pd}"“”«»'(]/u.test(line) && !/[.!?؟]\s/u.test(line);
}

/** Splits "lead:item one.item two." into the lead (keeping its colon) and the items; null when not a glued list. */
function splitGluedList(text: string): { lead: string; items: string[] } | null {
  const colon = gluedColonAt(text);
  if (colon < 0) return null;
  const items: string[] = [];
  let from = colon + 1;
  // A full stop glued to the next word ends one item and starts the next.
  for (let i = text.indexOf('.', from); i > 0; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before !== 0x2e && before !== 0x20 && i + 1 < text.length && isRtlLetter(text.charCodeAt(i + 1))) {
      items.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  items.push(text.slice(from));
  const cleaned: string[] = [];
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed) cleaned.push(trimmed);
  }
  return cleaned.length >= 2 ? { lead: text.slice(0, colon + 1), items: cleaned } : null;
}

/**
 * Splits text into its headline and body lines; strips a BOM and accepts any newline convention. A line
 * that leaves a quotation open which the next line (with no blank line between) closes is joined to it
 * (see continuesOnNextLine).
 */
export function splitLines(input: string): { title: string; lines: string[] } {
  const unmarked = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Most texts have no carriage return: a search for one is cheaper than a replace that finds none.
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/gu, '\n') : unmarked;
  let title: string | null = null;
  const lines: string[] = [];
  // A blank line since the last line pushed: a paragraph break no quotation runs over.
  let blank = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) {
      blank = true;
      continue;
    }
    if (title === null) title = line;
    // A statement hard-wrapped over a single line break is one paragraph: the line is joined to the one it continues.
    else if (!blank && lines.length > 0 && continuesOnNextLine(lines[lines.length - 1]!, line)) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
    blank = false;
  }
  return { title: title ?? '', lines };
}

function toUnits(lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const source = i + 1;
    // A line ending in a colon followed by at least two short lines: those lines are a list.
    if (/[:：]$/u.test(line)) {
      let j = i + 1;
      // Items are short and unpunctuated; a short sentence after the list ends it.
      while (j < lines.length && isShortLine(lines[j]!) && !/[:：.!?؟…]$/u.test(lines[j]!)) j++;
      if (j - (i + 1) >= 2) {
        units.push(new Unit('paragraph', line, source, `b${source}`));
        for (let k = i + 1; k < j; k++) units.push(new Unit('item', lines[k]!, k + 1, `b${k + 1}`, `b${source + 1}-list`));
        i = j - 1;
        continue;
      }
    }
    const glued = splitGluedList(line);
    if (glued) {
      units.push(new Unit('paragraph', glued.lead, source, `b${source}`));
      glued.items.forEach((item, n) => units.push(new Unit('item', item, source, `b${source}-${n + 1}`, `b${source}-list`)));
      continue;
    }
    const isLast = i === lines.length - 1;
    units.push(new Unit(!isLast && looksLikeHeading(line) ? 'heading' : 'paragraph', line, source, `b${source}`));
  }
  return units;
}

const NO_QUOTES: readonly DetectedQuote[] = [];

/**
 * A run of Latin words (joined by single spaces or full stops) that right-to-left text marks as an English
 * span; shared with the importer of formatted blocks (import-blocks.ts). Global: use it with matchAll.
 */
export const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'’-]*(?:[ .][A-Za-z0-9][A-Za-z0-9&'’-]*)*/gu;

const ASCII_LETTER = /[A-Za-z]/gu;

/** Offset of the first ASCII letter of `text` at or after `from`, or the text's length when there is none. */
function nextAsciiLetter(text: string, from: number): number {
  ASCII_LETTER.lastIndex = from;
  return ASCII_LETTER.test(text) ? ASCII_LETTER.lastIndex - 1 : text.length;
}

/**
 * Writes text[from, to) (which holds an ASCII letter) to out[n...], its Latin runs as English spans so the
 * reader isolates them; returns the new length.
 */
function putLatin(out: Inline[], n: number, text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  let at = 0;
  for (const m of part.matchAll(LATIN_RUN)) {
    if (m.index > at) out[n++] = part.slice(at, m.index);
    out[n++] = { type: 'span', lang: 'en', dir: 'ltr', content: [m[0]] };
    at = m.index + m[0].length;
  }
  if (at < part.length) out[n++] = part.slice(at);
  return n;
}

/** The offset String.prototype.slice reads `index` as, in a text of `length` units. */
function sliceIndex(index: number, length: number): number {
  const n = Math.trunc(index) || 0;
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}

/** Where buildInline has looked for ASCII letters in its text: the first at or after `from` is at `at`. */
const latin = { from: 0, at: 0 };

/**
 * Writes text.slice(start, end) to out[n...] as inline content (nothing for an empty range): one string,
 * or with its Latin runs marked when `rtl` (right-to-left text) and the range holds an ASCII letter.
 * Returns the new length. The next letter is looked for again only once a range passes it, so a block is
 * searched once in all, however many quotes it holds.
 */
function putPlain(out: Inline[], n: number, text: string, start: number, end: number, rtl: boolean): number {
  const from = sliceIndex(start, text.length);
  const to = sliceIndex(end, text.length);
  if (from >= to) return n;
  if (rtl && (latin.at < from || from < latin.from)) {
    latin.from = from;
    latin.at = nextAsciiLetter(text, from);
  }
  if (rtl && latin.at < to) return putLatin(out, n, text, from, to);
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  // Appending has a statement of its own: see quote-detection/README.md, "Shared buffers".
  if (n < out.length) out[n] = part;
  else out.push(part);
  return n + 1;
}

/** A quote's content: mostly one string, in a list of its own size. */
function quoteContent(text: string, start: number, end: number, rtl: boolean): Inline[] {
  const from = sliceIndex(start, text.length);
  const to = sliceIndex(end, text.length);
  if (from >= to) return [];
  // No ASCII letter in the range: the first one at or after latin.from is past its end.
  if (!rtl || (from >= latin.from && latin.at >= to)) return [text.slice(from, to)];
  const inner: Inline[] = [];
  putPlain(inner, 0, text, from, to, rtl);
  return inner;
}

/** Scratch for a block's content, copied out at its final size (never shortened, so its storage is reused). */
let CONTENT: Inline[] = [];

/** Builds a block's inline content from its text and the quotes found in it. */
export function buildInline(text: string, quotes: readonly DetectedQuote[], rtl: boolean): Inline[] {
  if (rtl) {
    latin.from = 0;
    latin.at = nextAsciiLetter(text, 0);
  }
  const out = CONTENT;
  let n = 0;
  let from = 0;
  for (const q of quotes) {
    if (q.start < from || q.end > text.length || q.end < q.start) continue;
    n = putPlain(out, n, text, from, q.start, rtl);
    const inner = quoteContent(text, q.start + q.open.length, q.end - q.close.length, rtl);
    const quote: Inline = { type: 'quote', kind: q.kind, speaker: q.kind === 'statement' ? q.speaker : null, open: q.open, close: q.close, origin: 'auto', content: inner };
    if (n < out.length) out[n++] = quote;
    else n = out.push(quote);
    from = q.end;
  }
  n = putPlain(out, n, text, from, text.length, rtl);
  const content = out.slice(0, n);
  if (out.length > 256) CONTENT = []; // a block with very many runs does not keep its scratch alive
  return content;
}

/** The start of `lines.join('\n')` that detectLanguage reads, without joining a whole long article. */
export function languageSample(lines: readonly string[]): string {
  let sample = '';
  for (let i = 0; i < lines.length && sample.length < SAMPLE_UNITS; i++) sample += i > 0 ? `\n${lines[i]}` : lines[i];
  return sample;
}

/** A stable slug: Latin words of the headline when it has some, else a short hash of it. */
export function slugFor(title: string): string {
  const latin = title
    .toLowerCase()
    .match(/[a-z0-9]+/gu)
    ?.slice(0, 8)
    .join('-');
  if (latin && latin.length >= 3 && /[a-z]/u.test(latin)) return latin.slice(0, 80);
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) hash = Math.imul(hash ^ title.charCodeAt(i), 0x01000193);
  return `article-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The texts of the units. Filled by push rather than map(), so the detectors always read a list of one
 * elements kind (see quote-detection/README.md, "Class instances").
 */
function textsOf(units: readonly Unit[]): string[] {
  const texts: string[] = [];
  for (const u of units) texts.push(u.text);
  return texts;
}

/**
 * The blocks of the article from its units and what was detected in them (one entry per unit). A unit
 * written in the other direction from the article's (an English sentence in an Arabic story) is wrapped
 * in a span with its language and direction, so it reads in its own order.
 */
function buildBody(units: readonly Unit[], quotes: readonly DetectedQuote[][], tags: readonly string[][], dir: 'rtl' | 'ltr'): Block[] {
  const body: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const own = blockDirection(unit.text) ?? dir;
    let content = buildInline(unit.text, quotes[i] ?? NO_QUOTES, own === 'rtl');
    if (own !== dir) content = [{ type: 'span', lang: blockLanguage(unit.text, own), dir: own, content }];
    const ids = tags[i];
    // Built as plain literals with `threads` set last when there are any: the same keys in the same order
    // as spreading an optional { threads }, without an object spread per block.
    const threadTags = ids && ids.length ? ids.map((id) => ({ id, origin: 'auto' as const })) : null;
    if (unit.kind === 'item') {
      const item: ListItem = { id: unit.id, content };
      if (threadTags) item.threads = threadTags;
      const last = body[body.length - 1];
      if (last?.type === 'list' && last.id === unit.list) last.items.push(item);
      else body.push({ type: 'list', id: unit.list!, items: [item] });
      continue;
    }
    const { id } = unit;
    const block: Block = unit.kind === 'heading' ? { type: 'heading', id, level: 2, content } : { type: 'paragraph', id, content };
    if (threadTags) block.threads = threadTags;
    body.push(block);
  }
  return body;
}

/**
 * Turns plain newsroom text into a v1 article with quotes and threads detected. No input is an error
 * here: empty text gives an article with an empty title, which `check` then reports.
 *
 * @throws DetectionError when quote detection fails inside (a bug, never bad input). It is not caught
 *   here: an article with its quotes silently missing would look valid. Its `paragraph` is the index of
 *   the body unit being read (a line of the body after the headline, or an item of a list split from
 *   one), counting from 0.
 */
export function importText(input: string, options: ImportOptions = {}): Article {
  const { title, lines } = splitLines(input);
  const lang = options.lang ?? detectLanguage(languageSample(lines) || title);
  const dir = directionOf(lang);
  const threads = options.threads ?? DEFAULT_THREADS;
  const units = toUnits(lines);
  const texts = textsOf(units);
  const quotes = detectQuotes(texts, lang);
  const tags = tagThreads(texts, threads, lang);

  // Every loop is in a function of its own: this one runs once per import and is never worth optimizing.
  const body = buildBody(units, quotes, tags, dir);
  return {
    format: FORMAT_ID,
    slug: options.slug ?? slugFor(title),
    title,
    lang,
    dir,
    status: options.status ?? 'draft',
    threads: [...threads],
    body,
  };
}
