/**
 * The article as quote detection walks it: paragraph views created on demand and released once out of
 * reach, and anaphora, which resolves a frame with no explicit subject (وأضاف، قائلا، هو، الأخير) to the
 * latest explicit speaker of the same sentence, an earlier sentence, or up to 40 paragraphs back.
 * Every look-back is bounded, and its answers are memoised, so resolving every quote of a long article
 * stays linear.
 */
import type { Frame } from './lexicon';
import { firstMarkIndex } from './marks';
import type { Scratch } from './scratch';
import { subjectOf } from './speaker';
import { langTraits, type LangTraits, ParagraphView } from './view';

const HISTORY_PARAGRAPHS = 40;
const MAIN_FRAME_WORDS = 30;

/** Views older than this many paragraphs before the current one are never consulted again (see lastSpeakerUpTo). */
const VIEW_WINDOW = HISTORY_PARAGRAPHS + 8;

/** The main speaker of a paragraph (para) as carried to later paragraphs (see ArticleContext.lastSpeakerUpTo). */
class Carried {
  constructor(
    readonly para: number,
    readonly text: string,
  ) {}
}

/**
 * The paragraphs of one article during one detectQuotes call, with what anaphora remembers across them.
 * Its views live in `scratch`, so it is only valid until the call ends.
 */
export class ArticleContext {
  /** Views of the paragraphs within VIEW_WINDOW of the current one, created on demand; older ones are released. */
  private readonly views: (ParagraphView | undefined)[];
  /** The speaker of the latest statement and its paragraph, for quotes that continue it. */
  lastStatementPara = -1;
  lastStatementSpeaker = '';
  private readonly carry: (Carried | null | undefined)[];
  readonly lang: LangTraits;

  /**
   * @param paragraphs the article's paragraphs (entries that are not strings are read as empty)
   * @param lang its BCP 47 language tag
   * @param scratch where the views keep their words
   */
  constructor(
    readonly paragraphs: readonly string[],
    lang: string,
    private readonly scratch: Scratch,
  ) {
    this.lang = langTraits(lang);
    // Sized up front: see README.md, "Class instances".
    const n = Array.isArray(paragraphs) ? paragraphs.length : 0;
    this.views = scratch.unset<ParagraphView>(n);
    this.carry = scratch.unset<Carried | null>(n);
  }

  /** The view of paragraph i; `hasMarks` tells whether it holds a quote mark when the caller already knows. */
  view(i: number, hasMarks?: boolean): ParagraphView {
    let v = this.views[i];
    if (!v) {
      const text = this.paragraphs[i] ?? '';
      v = new ParagraphView(text, i, this.lang, hasMarks ?? (typeof text !== 'string' || firstMarkIndex(text) >= 0), this.scratch);
      this.views[i] = v;
    }
    return v;
  }

  /**
   * Called when paragraph `p` is done: anaphora looks back at most HISTORY_PARAGRAPHS + 1 paragraphs, so
   * the view (words, memos) of a paragraph far behind can be dropped, keeping memory flat on long inputs.
   */
  release(p: number): void {
    const old = p - VIEW_WINDOW;
    if (old >= 0) this.views[old] = undefined;
  }

  /** The speaker of a frame of `view`: its explicit subject, else the resolved implied one; null when unknown. */
  speakerOf(view: ParagraphView, frame: Frame): string | null {
    const subject = subjectOf(view, frame);
    return subject.explicit ? subject.text : this.resolveImplied(view, frame.wi, view.ws(frame.wi));
  }

  /**
   * The speaker of a frame with no explicit subject: an earlier frame of the same sentence with one,
   * else the main speaker of the nearest earlier sentence (in this or a previous paragraph).
   */
  resolveImplied(view: ParagraphView, wi: number, pos: number): string | null {
    const sentStart = view.sentenceStart(pos);
    for (let j = wi - 1, n = 0; j >= 0 && n < 60; j--, n++) {
      if (view.ws(j) < sentStart) break;
      const si = view.insideQuote(j);
      if (si >= 0 && view.classes[si]?.kind !== 'scare') continue;
      const frame = view.frame(j);
      if (!frame) continue;
      const subject = subjectOf(view, frame);
      if (subject.explicit) return subject.text;
    }
    return this.historyBefore(view, sentStart);
  }

  /** Paragraph p - 1 exists and its text ends with a colon (the paragraph after it is what was introduced). */
  previousEndsWithColon(p: number): boolean {
    const text = p > 0 ? this.paragraphs[p - 1] : undefined;
    if (typeof text !== 'string') return false;
    // From the end, past white space only: a regular expression anchored at the end could rescan a long paragraph.
    let i = text.length - 1;
    while (i >= 0 && (text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0xa0)) i--;
    return i >= 0 && (text.charCodeAt(i) === 0x3a || text.charCodeAt(i) === 0xff1a);
  }

  /** The main speaker of the nearest sentence before `sentStart` in this paragraph, or null. */
  ownHistoryBefore(view: ParagraphView, sentStart: number): string | null {
    startSentenceSpeakers(view);
    const k = lastSentenceBefore(view.sentenceStartList(), sentStart);
    return k >= 0 ? latestSpeakerUpTo(view, k) : null;
  }

  /** The main speaker of the nearest sentence before `sentStart`, in this paragraph or up to 40 paragraphs back. */
  historyBefore(view: ParagraphView, sentStart: number): string | null {
    const own = this.ownHistoryBefore(view, sentStart);
    if (own !== null) return own;
    const carried = view.index > 0 ? this.lastSpeakerUpTo(view.index - 1) : null;
    return carried && view.index - carried.para <= HISTORY_PARAGRAPHS ? carried.text : null;
  }

  /**
   * The latest main speaker in paragraphs p-40..p and its paragraph, or null. Paragraphs are tried from p
   * backwards and the search stops at the first with a speaker, so paragraphs further back are never
   * tokenized; the answer is memoised per paragraph so resolving every quote of a long article stays linear.
   */
  private lastSpeakerUpTo(p: number): Carried | null {
    let found: Carried | null = null;
    for (let q = p; q >= 0 && p - q <= HISTORY_PARAGRAPHS; q--) {
      const known = this.carry[q];
      if (known !== undefined) {
        found = known;
        break;
      }
      const view = this.view(q);
      startSentenceSpeakers(view);
      const text = latestSpeakerUpTo(view, view.sentenceStartList().length - 1);
      if (text !== null) {
        found = new Carried(q, text);
        break;
      }
    }
    this.carry[p] = found;
    return found;
  }
}

/** Prepares the view's sentence-speaker memo on first use, fixing the quotes its answers may rely on. */
function startSentenceSpeakers(view: ParagraphView): void {
  if (view.latestSpeakers !== null) return;
  view.latestSpeakers = new Array<string | null | undefined>(view.sentenceStartList().length);
  view.speakerClassLimit = view.classified;
}

/** Index of the last of `starts` (increasing) before `pos`, or -1. */
function lastSentenceBefore(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The main speaker of the latest sentence up to sentence k of the view that has one, or null. Memoised
 * for every sentence it passes, so repeated look-ups over sentences with no speaker stay linear.
 */
function latestSpeakerUpTo(view: ParagraphView, k: number): string | null {
  const latest = view.latestSpeakers!;
  const starts = view.sentenceStartList();
  let found: string | null = null;
  let j = k;
  view.classLimit = view.speakerClassLimit;
  try {
    for (; j >= 0; j--) {
      const known = latest[j];
      if (known !== undefined) {
        found = known;
        break;
      }
      found = sentenceSpeaker(view, starts, j);
      if (found !== null) break;
    }
  } finally {
    view.classLimit = Infinity;
  }
  for (let m = Math.max(j, 0); m <= k; m++) latest[m] = found;
  return found;
}

/** The explicit subject of the first frame of sentence k (one of `starts`), or null. */
function sentenceSpeaker(view: ParagraphView, starts: readonly number[], k: number): string | null {
  // Sentence starts are strictly increasing: a word belongs to this sentence while it starts before the next one.
  const next = k + 1 < starts.length ? starts[k + 1]! : Infinity;
  let i = view.firstWordFrom(starts[k]!);
  for (let n = 0; i < view.count && n < MAIN_FRAME_WORDS; i++) {
    if (view.ws(i) >= next) break;
    const si = view.insideQuote(i);
    if (si >= 0) {
      // Words inside quotations are someone's speech, not the sentence's own verbs.
      i = view.firstWordFrom(view.spans[si]!.end) - 1;
      continue;
    }
    n++;
    const frame = view.frame(i);
    if (!frame) continue;
    const subject = subjectOf(view, frame);
    return subject.explicit ? subject.text : null;
  }
  return null;
}
