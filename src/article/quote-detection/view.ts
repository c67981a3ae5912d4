/**
 * The view of one paragraph that the classifier and the speaker rules read: its words (offsets into the
 * scratch buffers), its quotations and sentence starts, and per-word memos of what the look-ups ask of a
 * word (normalised form, lexical flags, the punctuation before it, whether it is a frame of saying).
 */
import {
  ACCORDING,
  Frame,
  FRAMES,
  type FrameMap,
  framesFor,
  L_ALL,
  LIGHT_VERB,
  mayBeFrame,
  PERSIAN_LIGHT_NOUNS,
  PERSIAN_LIGHT_VERBS,
  PERSIAN_PLEDGE_ADJECTIVES,
  URDU_LIGHT_NOUNS,
  URDU_LIGHT_VERBS,
  PERSIAN_REPORT,
  PERSIAN_SAID,
  RELATIVE_PREPS,
  RELATIVE_PRONOUNS,
  W_KNOWN,
  wordFlags,
} from './lexicon';
import { charClass, FAMILY_OF, findSpans, SPACE } from './marks';
import { primaryLanguage } from '../text/language';
import { gapFlags, SENTENCE_UNIT, SU_END } from './gaps';
import { normalizeSlice } from './normalize';
import type { Scratch } from './scratch';
import type { Classified, Span } from './span';
import { tokenizeInto } from './tokenizer';

/** What the article's language changes in speaker extraction, decided once per article. */
export interface LangTraits {
  /** Persian, Urdu, Pashto: the subject stands before the verb. */
  sov: boolean;
  english: boolean;
  arabic: boolean;
  /** Hebrew: news prose puts the subject before the verb (X אמר), except after a quotation ("…", אמר X). */
  hebrew: boolean;
  /** The language's frames of saying (every language's for a language with no lexicon of its own). */
  frames: FrameMap;
  /**
   * Compound verbs of saying (Persian اعلام کرد, Urdu مطالبہ کیا): the nouns and the light verbs that may
   * follow them, or null for a language without them (every language's for a language with no lexicon).
   */
  lightVerbs: { nouns: ReadonlySet<string>; verbs: readonly string[] } | null;
}

const PERSIAN_COMPOUNDS = { nouns: PERSIAN_LIGHT_NOUNS, verbs: PERSIAN_LIGHT_VERBS };
const URDU_COMPOUNDS = { nouns: URDU_LIGHT_NOUNS, verbs: URDU_LIGHT_VERBS };
const ALL_COMPOUNDS = { nouns: new Set([...PERSIAN_LIGHT_NOUNS, ...URDU_LIGHT_NOUNS]), verbs: [...PERSIAN_LIGHT_VERBS, ...URDU_LIGHT_VERBS] };
const COMPOUNDS_BY_LANGUAGE = new Map([
  ['fa', PERSIAN_COMPOUNDS],
  ['ur', URDU_COMPOUNDS],
]);

/** The traits of a BCP 47 language tag, read from its primary language (any string; unknown tags give none). */
export function langTraits(lang: string): LangTraits {
  const primary = primaryLanguage(lang);
  const frames = framesFor(primary);
  return {
    sov: primary === 'fa' || primary === 'ur' || primary === 'ps',
    english: primary === 'en',
    arabic: primary === 'ar',
    hebrew: primary === 'he',
    frames,
    lightVerbs: COMPOUNDS_BY_LANGUAGE.get(primary) ?? (frames === FRAMES ? ALL_COMPOUNDS : null),
  };
}

// Bits of a view's per-word memo: gap flags (G_*, six bits) and whether they are known, lexical
// class bits (L_*) and whether they are known, and whether the word is known to be a frame or not.
const I_GAP_BITS = 0x3f;
const I_GAP_KNOWN = 0x40;
const I_LEX_SHIFT = 7;
const I_LEX_KNOWN = 0x400;
const I_FRAME_NONE = 0x800;
const I_FRAME_FOUND = 0x1000;

/** What the tokenizer reports between words for a view: quote marks (for findSpans) and sentence ends (for its sentence starts). */
const VIEW_MARKS = FAMILY_OF.slice();
for (let c = 0; c < 0x10000; c++) if (SENTENCE_UNIT[c] !== 0) VIEW_MARKS[c] = 1;

const NO_SPANS: readonly Span[] = [];
/** The classes of a paragraph with no quotation: never written, as there is no span to classify. */
const NO_CLASSES: (Classified | null | undefined)[] = [];

function outOfRange(i: number, count: number): RangeError {
  return new RangeError(`word ${i} of a paragraph of ${count} words`);
}

/**
 * One paragraph as the classifier reads it. Word i spans [ws(i), we(i)); the words live in the scratch
 * buffers of the call that created the view, so a view is only valid during that call. Word accessors
 * throw a RangeError for a word index outside the paragraph.
 */
export class ParagraphView {
  // The scratch buffers at this view's creation; word i is at index base + i. Later views may be given
  // bigger buffers; this one keeps reading the ones that hold its words.
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** I_* memo bits of word i (and of the gap after the last word, at count), 0 when nothing is known. */
  private readonly info: Int32Array;
  private readonly base: number;
  /** 1 + the index in the scratch's frames of the frame at word i (see frame). */
  private readonly frames: Int32Array;
  /** The lexical flags of word i with W_KNOWN, 0 until computed (see flags). */
  private readonly wordFlags: Int32Array;
  /** Normalised forms (see norm): 1 + interned slots, valid within interning epoch normEpoch. */
  private readonly normSlots: Int32Array;
  private normEpoch: number;
  /** Normalised forms of words too long to intern, on demand. */
  private longNorms: Map<number, string> | null = null;
  private readonly scratch: Scratch;
  /** How many words the paragraph has. */
  readonly count: number;
  /** Persian, Urdu, Pashto: the subject stands before the verb. */
  readonly sov: boolean;
  readonly english: boolean;
  readonly arabic: boolean;
  readonly hebrew: boolean;
  private readonly lexicon: FrameMap;
  private readonly lightVerbs: LangTraits['lightVerbs'];
  /** The class of each span, in order, once classified (null for a span with no word); see classified. */
  readonly classes: (Classified | null | undefined)[];
  /** How many spans have been classified. */
  classified = 0;
  /** The paragraph's quotations (see findSpans). */
  readonly spans: readonly Span[];
  /** Sentence boundaries (offsets where a sentence starts, the first 0), ignoring full stops inside quotations. */
  private readonly sentenceStarts: number[];
  /**
   * For each sentence k, the main speaker of the latest sentence up to k that has one (see
   * latestSpeakerUpTo in anaphora.ts), filled on demand; null until the first is asked for.
   */
  latestSpeakers: (string | null | undefined)[] | null = null;
  /**
   * Sentence speakers are all computed as the quotes stood when the first was asked for (this many
   * classified): a subject holding a quoted name depends on whether that quote is a scare quote, and the
   * answer for a sentence must not depend on when it happens to be needed.
   */
  speakerClassLimit = 0;
  /** Classes of spans from this index on are treated as unknown (see speakerClassLimit). */
  classLimit = Infinity;

  /**
   * Tokenizes `text` into the scratch after the words of the views already made in this call, and pairs
   * its quote marks unless `hasMarks` is false (the paragraph is known to hold none).
   */
  constructor(
    readonly text: string,
    /** The paragraph's index in the article. */
    readonly index: number,
    lang: LangTraits,
    hasMarks: boolean,
    scratch: Scratch,
  ) {
    this.sov = lang.sov;
    this.english = lang.english;
    this.arabic = lang.arabic;
    this.hebrew = lang.hebrew;
    this.lexicon = lang.frames;
    this.lightVerbs = lang.lightVerbs;
    this.scratch = scratch;
    const base = scratch.used;
    const tokens = scratch.words.tokens;
    const count = tokenizeInto(text, tokens, base, VIEW_MARKS);
    // One more memo word than words, for the gap after the last one.
    const end = base + count + 1;
    tokens.reserve(end, base + count);
    scratch.clearMemos(base, base, end);
    const words = scratch.words;
    this.base = base;
    this.info = words.info;
    this.normSlots = words.norm;
    this.frames = words.frame;
    this.wordFlags = words.flags;
    this.normEpoch = scratch.interner.epoch;
    scratch.used = end;
    this.count = count;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    const { marks, markCount } = tokens;
    this.spans = hasMarks ? findSpans(text, marks, markCount, scratch.spans) : NO_SPANS;
    this.classes = this.spans.length > 0 ? scratch.unset<Classified | null>(this.spans.length) : NO_CLASSES;
    // Sentence ends and newlines are never word characters: the tokenizer reported every one between words.
    const starts = scratch.starts;
    let n = 1;
    for (let k = 0; k < markCount; k++) {
      const i = marks[k]!;
      const unit = SENTENCE_UNIT[text.charCodeAt(i)];
      if (unit === 0 || (unit === SU_END && charClass(text, i + 1) !== SPACE)) continue;
      if (this.spanAt(i) >= 0) continue;
      if (n < starts.length) starts[n++] = i + 1;
      else n = starts.push(i + 1);
    }
    this.sentenceStarts = starts.slice(0, n);
  }

  /** Offset of the start of word i. */
  ws(i: number): number {
    if (i >= 0 && i < this.count) return this.starts[this.base + i]!;
    throw outOfRange(i, this.count);
  }

  /** Offset just past the end of word i. */
  we(i: number): number {
    if (i >= 0 && i < this.count) return this.ends[this.base + i]!;
    throw outOfRange(i, this.count);
  }

  /** Word i as written, unfolded: for words whose folded forms would merge (Urdu کا، کی، کے). */
  written(i: number): string {
    return this.text.slice(this.ws(i), this.we(i));
  }

  /** The normalised form of word i (see normalizeForMatch), memoised. */
  norm(i: number): string {
    if (!(i >= 0 && i < this.count)) throw outOfRange(i, this.count);
    const at = this.base + i;
    const interner = this.scratch.interner;
    if (this.normEpoch === interner.epoch) {
      const known = this.normSlots[at]!;
      if (known !== 0) return interner.word(known - 1);
    } else {
      // The interned words were forgotten: this view's slots name other words now.
      this.normSlots.fill(0, this.base, this.base + this.count);
      this.normEpoch = interner.epoch;
    }
    const start = this.starts[at]!;
    const end = this.ends[at]!;
    const slot = interner.internSlot(this.text, start, end);
    if (slot >= 0) {
      // Interning may have forgotten the others to make room: only this slot is known in the new epoch.
      if (this.normEpoch !== interner.epoch) {
        this.normSlots.fill(0, this.base, this.base + this.count);
        this.normEpoch = interner.epoch;
      }
      this.normSlots[at] = slot + 1;
      return interner.word(slot);
    }
    const long = (this.longNorms ??= new Map());
    let n = long.get(i);
    if (n === undefined) long.set(i, (n = normalizeSlice(this.text, start, end)));
    return n;
  }

  /** The lexical flags (L_*, W_*) of word i's normalised form, memoised; W_KNOWN is set too. */
  flags(i: number): number {
    if (!(i >= 0 && i < this.count)) throw outOfRange(i, this.count);
    const at = this.base + i;
    let f = this.wordFlags[at]!;
    if (f === 0) this.wordFlags[at] = f = wordFlags(this.norm(i)) | W_KNOWN;
    return f;
  }

  /** The frame of saying at word i, memoised; null when the word is not one or i is outside the paragraph. */
  frame(i: number): Frame | null {
    if (i < 0 || i >= this.count) return null;
    const at = this.base + i;
    const info = this.info[at]!;
    if (info & I_FRAME_NONE) return null;
    const scratch = this.scratch;
    if (info & I_FRAME_FOUND) return scratch.frames[this.frames[at]! - 1]!;
    // Most words fail the filter: answered without normalising the word.
    const f = mayBeFrame(this.text, this.ws(i), this.we(i)) ? this.findFrame(i) : null;
    if (f === null) this.info[at]! |= I_FRAME_NONE;
    else {
      const frames = scratch.frames;
      if (scratch.frameCount < frames.length) frames[scratch.frameCount++] = f;
      else scratch.frameCount = frames.push(f);
      this.frames[at] = scratch.frameCount;
      this.info[at]! |= I_FRAME_FOUND;
    }
    return f;
  }

  /** The frame of saying at word wi, looked up in the lexicon with its context; null when none. */
  private findFrame(wi: number): Frame | null {
    const n = this.norm(wi);
    const found = this.lexicon.get(n);
    if (found) {
      const { entry } = found;
      if (entry.kind === 'verb' && wi + 1 < this.count && RELATIVE_PREPS.has(this.norm(wi + 1))) return null;
      // על פי (according to): only with the preposition before it.
      if (n === 'פי' && (wi === 0 || this.norm(wi - 1) !== 'על')) return null;
      // Persian به گفته / به گزارش / به نقل از X: "according to X", the source follows.
      if (wi > 0 && this.norm(wi - 1) === 'به' && (n === PERSIAN_SAID || n === PERSIAN_REPORT)) return new Frame(wi, ACCORDING, false);
      // Persian به نقل از X (quoting X) is not the Arabic verb نقل: the verb of its clause names X (see npBeforeSov).
      if (entry.kind === 'transmit' && wi > 0 && this.norm(wi - 1) === 'به') return null;
      // گزارش داد (reported): a compound verb whose subject stands before it.
      if (n === PERSIAN_REPORT && wi + 1 < this.count && PERSIAN_LIGHT_VERBS.some((l) => this.norm(wi + 1).startsWith(l))) return new Frame(wi, LIGHT_VERB, false);
      const relative = found.relative || (wi > 0 && RELATIVE_PRONOUNS.has(this.norm(wi - 1)));
      return new Frame(wi, entry, relative);
    }
    // متعهد شد (pledged): a verb of pledging, whose words are the pledger's.
    if (this.lightVerbs && PERSIAN_PLEDGE_ADJECTIVES.has(n) && wi + 1 < this.count && this.norm(wi + 1).startsWith('شد')) return new Frame(wi, LIGHT_VERB, false);
    if (this.lightVerbs && this.lightVerbs.nouns.has(n) && wi + 1 < this.count) {
      const next = this.norm(wi + 1);
      if (this.lightVerbs.verbs.some((l) => next.startsWith(l))) return new Frame(wi, LIGHT_VERB, false);
    }
    return null;
  }

  /** Index of the first word starting at or after `pos` (count when none). */
  firstWordFrom(pos: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ws(mid) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the span whose range [start, end) contains `pos`, or -1. */
  spanAt(pos: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.spans[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Offset where the sentence holding `pos` starts (0 for the first sentence). */
  sentenceStart(pos: number): number {
    const starts = this.sentenceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo] ?? 0;
  }

  /** The sentence starts, increasing, the first 0. */
  sentenceStartList(): readonly number[] {
    return this.sentenceStarts;
  }

  /** Flags (G_*) of the text between word i-1 (or the paragraph start) and word i, for 0 ≤ i ≤ count (count: the tail). */
  gap(i: number): number {
    if (!(i >= 0 && i <= this.count)) throw outOfRange(i, this.count);
    const info = this.info[this.base + i]!;
    if (info & I_GAP_KNOWN) return info & I_GAP_BITS;
    const from = i > 0 ? this.we(i - 1) : 0;
    const to = i < this.count ? this.ws(i) : this.text.length;
    const f = gapFlags(this.text, from, to);
    this.info[this.base + i]! |= f | I_GAP_KNOWN;
    return f;
  }

  /** Lexical class bits (L_*) of word i, memoised. */
  lex(i: number): number {
    if (!(i >= 0 && i < this.count)) throw outOfRange(i, this.count);
    const info = this.info[this.base + i]!;
    if (info & I_LEX_KNOWN) return (info >> I_LEX_SHIFT) & L_ALL;
    const f = this.flags(i) & L_ALL;
    this.info[this.base + i]! |= (f << I_LEX_SHIFT) | I_LEX_KNOWN;
    return f;
  }

  /** Index of the span containing word i, or -1. */
  insideQuote(i: number): number {
    return this.spanAt(this.ws(i));
  }
}
