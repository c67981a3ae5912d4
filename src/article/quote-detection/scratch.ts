/**
 * The scratch memory of quote detection: every buffer a detectQuotes call writes to, in one object that
 * the caller creates and passes down, and that can be reused by the next call (see README.md for why the
 * buffers are shared rather than allocated per paragraph).
 */
import { Interner } from './intern';
import type { Frame } from './lexicon';
import { SpanBuffer } from './marks';
import { EMPTY_SPAN, type Span } from './span';
import { Tokens } from './tokenizer';

/** Buffers longer than this (in words) are only held weakly between calls. */
const KEPT = 1 << 16;
const INITIAL = 1 << 12;

/** The word buffers of a scratch: the words of every paragraph viewed in a call, and a memo per word. */
class WordBuffers {
  readonly tokens: Tokens;
  /** Per word (and per paragraph end): the view's I_* memo bits, 0 when nothing is known. */
  info: Int32Array<ArrayBuffer>;
  /** Per word: 1 + the interned slot of its normalised form (see Interner), 0 when not known. */
  norm: Int32Array<ArrayBuffer>;
  /** Per word found to be a frame of saying: 1 + its index in Scratch.frames. */
  frame: Int32Array<ArrayBuffer>;
  /** Per word: its lexical flags (see wordFlags) with W_KNOWN, 0 when not computed. */
  flags: Int32Array<ArrayBuffer>;

  constructor(size: number) {
    this.tokens = new Tokens(size);
    this.info = new Int32Array(size);
    this.norm = new Int32Array(size);
    this.frame = new Int32Array(size);
    this.flags = new Int32Array(size);
  }
}

/** A copy of `a` of `size` elements, keeping the first `keep`. */
function grown(a: Int32Array<ArrayBuffer>, size: number, keep: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, keep));
  return b;
}

/**
 * Everything one detectQuotes call writes to. Paragraph views take their words and memos from here, one
 * paragraph after the other, rather than holding lists of their own: a long article costs a few growing
 * buffers instead of several lists per paragraph. One call at a time: {@link begin} and {@link end}
 * bracket each call, and a scratch must not be used by two calls at once.
 */
export class Scratch {
  /** The word buffers. Their arrays are replaced by bigger ones as needed; views keep the arrays they were made with. */
  words = new WordBuffers(INITIAL);
  /** Words [0, used) of the buffers belong to views of the current call. */
  used = 0;
  /** The frames of saying found in the current call: frames[0, frameCount). */
  readonly frames: Frame[] = [];
  frameCount = 0;
  /** The quotations of the paragraph being paired (see findSpans). */
  readonly spans = new SpanBuffer();
  /** The quotations of the paragraph being classified, copied out at their final number. */
  readonly found: Span[] = [];
  /** Sentence starts of the paragraph being viewed, copied out at their final number; starts[0] is always 0. */
  readonly starts: number[] = [0];
  /** Normalised words, kept across calls. */
  readonly interner = new Interner();
  /** A list of undefined values, copied out for lists filled later (see unset). */
  private readonly undefinedList: undefined[] = [];
  /**
   * The buffers of the last long article, held weakly: a run of imports reuses them, but they are not kept
   * alive once the garbage collector wants the memory back.
   */
  private spare: WeakRef<WordBuffers> | null = null;

  /** Starts a call on a text of `units` UTF-16 units, sizing the word buffers for it. */
  begin(units: number): void {
    this.used = 0;
    this.frameCount = 0;
    // News text has a word per six units or so: room for most articles at once, grown for the others.
    const expected = Math.min((units >> 2) + 64, 1 << 22);
    if (this.words.tokens.starts.length < expected) {
      const spare = this.spare?.deref();
      this.words = spare && spare.tokens.starts.length >= expected && spare.info.length >= expected ? spare : new WordBuffers(expected);
    }
  }

  /**
   * Ends a call: forgets its frames and quotations, so the scratch keeps no result or text alive, and
   * only holds a long article's buffers weakly.
   */
  end(): void {
    const words = this.words;
    if (words.tokens.starts.length > KEPT || words.tokens.marks.length > KEPT) {
      this.spare = new WeakRef(words);
      this.words = new WordBuffers(INITIAL);
    }
    // The lists keep their length: see README.md, "Shared buffers".
    if (this.frames.length > KEPT) this.frames.length = 0;
    this.frameCount = 0;
    this.spans.clear();
    this.found.fill(EMPTY_SPAN);
  }

  /**
   * Makes the memo buffers as long as the token buffers (which tokenizing may have grown), keeping the
   * memos of the words before `keep`, and clears the memos of words [from, to).
   */
  clearMemos(keep: number, from: number, to: number): void {
    const words = this.words;
    const size = words.tokens.starts.length;
    if (words.info.length < size) {
      words.info = grown(words.info, size, keep);
      words.norm = grown(words.norm, size, keep);
      words.frame = grown(words.frame, size, keep);
      words.flags = grown(words.flags, size, keep);
    }
    words.info.fill(0, from, to);
    words.norm.fill(0, from, to);
    words.flags.fill(0, from, to);
  }

  /**
   * A new list of n entries, all undefined. Copied from a list kept here rather than allocated: see
   * README.md, "Class instances".
   */
  unset<T>(n: number): (T | undefined)[] {
    const list = this.undefinedList;
    while (list.length < n) list.push(undefined);
    return list.slice(0, n);
  }
}
