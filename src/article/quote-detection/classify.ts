/**
 * Classification of a quotation: a statement (attributed speech or a quoted sentence) or a scare quote
 * (a name, a title, a term). A quotation governed by a frame of saying, led by a colon, attributed after
 * it, or long enough to be a sentence is a statement; short names after a classifier or title noun, and
 * short unattributed phrases, are scare quotes.
 */
import type { ArticleContext } from './anaphora';
import { G_CLAUSE, G_COLON, G_COMMA, G_END, G_MARK, G_OTHER, gapFlags, holdsSentenceEnd } from './gaps';
import { AFTER_QUOTE_LEADS, COMPLEMENTIZERS, type Frame, GENITIVE_POSTPOSITIONS, L_CLASSIFIER, L_NAMING, L_TITLE, TOPIC_PREPOSITIONS, W_BARE_COMPLEMENTIZER, W_COMPLEMENTIZER, W_NP_STOP, W_OUTLET, W_PREPOSITION } from './lexicon';
import { Classified, SCARE, type Span } from './span';
import { sentenceSubject } from './speaker';
import type { ParagraphView } from './view';

const FRAME_LOOKBACK_WORDS = 40;
const FRAME_LOOKBACK_CHARS = 300;

/** What stands before a quotation in its sentence (see frameBefore). */
export interface BackContext {
  /** The nearest frame of saying governing the quotation, or null. */
  frame: Frame | null;
  /** A colon stands between the last word before the quote and the quote. */
  colonLed: boolean;
  /** No word of the sentence precedes the quote. */
  standalone: boolean;
}

/**
 * The nearest frame of saying before `pos` in the same clause chain of its sentence (which starts at
 * `sentStart`), looking back at most 40 words or 300 units. Earlier statements are stepped over (two
 * quotes after one verb share it); a comma followed by a new و-clause ends the search.
 */
export function frameBefore(view: ParagraphView, pos: number, sentStart: number): BackContext {
  let i = view.firstWordFrom(pos) - 1;
  const lastEnd = i >= 0 ? view.we(i) : 0;
  const colonLed = (gapFlags(view.text, Math.max(lastEnd, sentStart, pos - 200), pos) & G_COLON) !== 0;
  const standalone = i < 0 || view.we(i) <= sentStart;
  let steps = 0;
  let successor = -1;
  let deferred: Frame | null = null;
  while (i >= 0 && steps < FRAME_LOOKBACK_WORDS) {
    const wStart = view.ws(i);
    if (wStart < sentStart || pos - wStart > FRAME_LOOKBACK_CHARS) break;
    const si = view.insideQuote(i);
    if (si >= 0) {
      const span = view.spans[si]!;
      const cls = view.classes[si];
      if (cls?.kind === 'statement') {
        i = view.firstWordFrom(span.start) - 1;
        successor = -1;
        continue;
      }
      i--;
      continue;
    }
    if (successor >= 0 && isClauseBreak(view, i, successor)) break;
    const frame = view.frame(i);
    if (frame) {
      // وقال X في تصريح نقلته وكالة …: / وقال "يون"، بحسب سكرتيره: the speech noun of an earlier verb and
      // the source a statement is credited to give way to that verb, whose subject is the speaker.
      if (!deferred && defersToVerb(view, frame)) deferred = frame;
      else if (!deferred || frame.entry.kind === 'verb') return { frame, colonLed, standalone };
    }
    successor = i;
    steps++;
    i--;
  }
  return { frame: deferred, colonLed, standalone };
}

/** A speech noun after في or ب (في بيان، بتصريح), or an "according to" word: an earlier verb of its sentence governs it. */
function defersToVerb(view: ParagraphView, frame: Frame): boolean {
  const { wi, entry } = frame;
  if (entry.kind === 'according') return true;
  if (entry.kind !== 'noun') return false;
  const n = view.norm(wi);
  return n.startsWith('ب') || (wi > 0 && (view.norm(wi - 1) === 'في' || view.norm(wi - 1) === 'وفي'));
}

/** ", و<verb>" starts a new coordinated clause in Arabic: a frame before it does not govern what follows. */
function isClauseBreak(view: ParagraphView, i: number, successor: number): boolean {
  if (successor !== i + 1 || !(view.gap(successor) & G_COMMA)) return false;
  const n = view.norm(successor);
  return n.length > 2 && n.startsWith('و') && !COMPLEMENTIZERS.has(n) && !COMPLEMENTIZERS.has(n.slice(1));
}

/**
 * A frame right after the quote: `"…"، قال الوزير` / `"…", ענה הנציג` / English `"…," the mayor said`
 * (a verb or "according to" word); null when none.
 */
export function frameAfter(view: ParagraphView, span: Span): Frame | null {
  const i = view.firstWordFrom(span.end);
  if (i >= view.count) return null;
  // In Persian and Urdu the quoted words are the verb's object, with nothing between them (’…‘ کہا).
  if (gapFlags(view.text, span.end, view.ws(i)) & ~(view.sov ? G_OTHER : G_COMMA | G_OTHER)) return null;
  // English puts the subject first ("the mayor said") and Persian and Urdu the verb last (’…‘ کا مطالبہ
  // کیا): allow a few words before the verb; elsewhere an adverb or a pronoun subject may come first
  // ("…", כך אמרה X / "…", היא סיפרה).
  const reach = view.english ? 5 : view.sov ? 4 : AFTER_QUOTE_LEADS.has(view.norm(i)) ? 2 : 1;
  for (let k = i; k < view.count && k < i + reach; k++) {
    if (k > i && view.gap(k) & (G_CLAUSE | G_COMMA | G_MARK)) return null;
    const frame = view.frame(k);
    if (frame) return frame.entry.kind === 'verb' || frame.entry.kind === 'according' || frame.entry.kind === 'transmit' ? frame : null;
  }
  return null;
}

/**
 * How many of the (up to `n`) words right before `pos` are within its clause (no punctuation, verb or
 * complementizer between): they are words firstWordFrom(pos) - 1, - 2 … nearest first.
 */
function clauseWordsBefore(view: ParagraphView, pos: number, n: number): number {
  let count = 0;
  let j = view.firstWordFrom(pos) - 1;
  while (j >= 0 && count < n) {
    const gap = count === 0 ? gapFlags(view.text, view.we(j), pos) : view.gap(j + 1);
    if (gap & (G_CLAUSE | G_COMMA) || (count > 0 && gap & G_MARK)) break;
    if (view.flags(j) & W_COMPLEMENTIZER || view.frame(j)) break;
    count++;
    j--;
  }
  return count;
}

/** Nothing but punctuation separates the quote from the end of its sentence. */
function endsSentence(view: ParagraphView, span: Span): boolean {
  const i = view.firstWordFrom(span.end);
  if (i >= view.count) return true;
  return (gapFlags(view.text, span.end, view.ws(i)) & G_END) !== 0;
}

/** A complementizer or colon follows the quote in its sentence: the quote is the subject of a saying. */
function subjectPosition(view: ParagraphView, span: Span): boolean {
  const i = view.firstWordFrom(span.end);
  for (let k = i; k < view.count && k < i + 12; k++) {
    const gap = k === i ? gapFlags(view.text, span.end, view.ws(k)) : view.gap(k);
    if (gap & G_COLON) return true;
    if (gap & (G_END | G_MARK)) return false;
    if (view.flags(k) & W_COMPLEMENTIZER) return true;
  }
  return false;
}

/** Short quotations that are names: after a classifier noun, a naming word or a person's title, or in subject position. */
function isNameLike(view: ParagraphView, span: Span, innerWords: number, back: BackContext): boolean {
  // ’اسرائیل سے دوستی خیانت‘ کے عنوان سے: a naming noun after the quotation (past a genitive postposition)
  // makes it a title, in the languages that put the noun after.
  let after = view.firstWordFrom(span.end);
  if (after < view.count && GENITIVE_POSTPOSITIONS.has(view.written(after))) after++;
  if (innerWords <= 8 && after < view.count && view.lex(after) & L_NAMING && !(gapFlags(view.text, span.end, view.ws(after)) & (G_CLAUSE | G_COMMA))) {
    if (!holdsSentenceEnd(view.text, span.start + span.open.length, span.end - span.close.length)) return true;
  }
  if (innerWords > 4) return false;
  if (holdsSentenceEnd(view.text, span.start + span.open.length, span.end - span.close.length)) return false;
  // The clause words before the quote are nearest, nearest - 1, … (count of them).
  const count = clauseWordsBefore(view, span.start, 5);
  const nearest = view.firstWordFrom(span.start) - 1;
  // «عبدالله بو حبیب» وزیر امور خارجه / «ولادیمیر پوتین»، رئیسجمهوری روسیه: a title in apposition after a
  // short quotation makes it a person's name.
  after = view.firstWordFrom(span.end);
  if (innerWords <= 3 && after < view.count && !(gapFlags(view.text, span.end, view.ws(after)) & ~G_COMMA) && view.lex(after) & L_TITLE) return true;
  // بحسب "رويترز"، وفق ما نقلت "بلومبرغ"، بيان تلقته "بغداد اليوم"، قالت لـ"العربي": the outlet a text is
  // credited to, or spoken to, is a name.
  if (innerWords <= 3 && nearest >= 0 && !(gapFlags(view.text, view.we(nearest), span.start) & ~G_MARK)) {
    const f = view.frame(nearest);
    if (view.flags(nearest) & W_OUTLET || (f && (f.entry.kind === 'according' || f.entry.kind === 'transmit'))) return true;
    // قرار المغرب بخصوص «المينورسو»، لقاء حول «…»: what is talked about, a name.
    if (TOPIC_PREPOSITIONS.has(view.norm(nearest))) return true;
  }
  if (count > 0 && !(gapFlags(view.text, view.we(nearest), span.start) & ~G_MARK) && view.lex(nearest) & L_CLASSIFIER) {
    return true;
  }
  for (let j = nearest; j > nearest - count; j--) {
    // المتحدث باسم X is a title, not a naming (as in تحت اسم, المعروف باسم).
    if (view.lex(j) & L_NAMING && !(view.norm(j) === 'باسم' && j > 0 && view.lex(j - 1) & L_TITLE)) return true;
  }
  if (innerWords <= 3 && !endsSentence(view, span)) {
    // A title a few words back (الرئيس الأوكراني "…", القائد العام للجيش "…"), not across a preposition.
    for (let t = 0; t < count && t < 3; t++) {
      if (view.flags(nearest - t) & (W_NP_STOP | W_PREPOSITION)) break;
      if (view.lex(nearest - t) & L_TITLE) return true;
    }
  }
  // قال إن "حماس" رفضت …: one word opening the reported clause is its subject, a name.
  const prev = view.firstWordFrom(span.start) - 1;
  if (innerWords === 1 && prev >= 0 && view.flags(prev) & W_BARE_COMPLEMENTIZER && !(gapFlags(view.text, view.we(prev), span.start) & ~G_MARK)) return true;
  if (back.frame && !back.colonLed && back.frame.entry.kind === 'verb') {
    const fwi = back.frame.wi;
    const between = view.firstWordFrom(span.start) - 1 - fwi;
    // A 1–2-word quote right after the verb is its subject or addressee: وقال "كوون" في …, وحث "كيم" على ….
    if (between === 0 && innerWords <= 2) return true;
    if (between <= 3 && innerWords <= 3 && subjectPosition(view, span)) {
      let hasComp = false;
      for (let j = fwi + 1; j < fwi + 1 + between; j++) if (view.flags(j) & W_COMPLEMENTIZER) hasComp = true;
      if (!hasComp) return true;
    }
  }
  return false;
}

/**
 * The class of quotation k of `view`, which must be classified in order (quotations 0..k-1 first, their
 * classes stored in view.classes): a statement with its speaker (null when unknown), SCARE, or null for a
 * quotation with no word in it.
 */
export function classifySpan(article: ArticleContext, view: ParagraphView, k: number): Classified | null {
  const span = view.spans[k]!;
  const innerStart = span.start + span.open.length;
  const innerEnd = span.end - span.close.length;
  const innerWords = view.firstWordFrom(innerEnd) - view.firstWordFrom(innerStart);
  if (innerWords === 0) return null;
  const sentStart = view.sentenceStart(span.start);
  const back = frameBefore(view, span.start, sentStart);
  if (isNameLike(view, span, innerWords, back)) return SCARE;

  if (back.frame) {
    const speaker = article.speakerOf(view, back.frame);
    // A single quoted word is speech only when a speaker is known and says it (not the source a sentence
    // is credited to: ’’ٹویٹر‘‘ in a sentence opened by "according to reports"); otherwise it is emphasis.
    if (innerWords === 1 && (speaker === null || back.frame.entry.kind === 'according')) return SCARE;
    return new Classified('statement', speaker);
  }
  const after = frameAfter(view, span);
  if (after) return new Classified('statement', article.speakerOf(view, after));
  // وقال الوزير: / «…» on the next line: a quotation opening a paragraph after one that ends with a colon is colon-led too.
  if (back.colonLed || (back.standalone && view.firstWordFrom(span.start) === 0 && article.previousEndsWithColon(view.index))) {
    return new Classified('statement', article.historyBefore(view, sentStart));
  }
  if (back.standalone && (innerWords >= 3 || gapFlags(view.text, innerStart, innerEnd) & G_END)) {
    // A quoted sentence standing alone continues the latest speaker of this or the previous paragraph.
    const lastPara = article.lastStatementPara;
    const continues = lastPara >= 0 && (lastPara === view.index || (lastPara === view.index - 1 && view.firstWordFrom(span.start) === 0));
    // X אמר כי … . "…" / قال X إن … . «…»: a quotation after reported speech in its paragraph is that speaker's.
    return new Classified('statement', continues ? article.lastStatementSpeaker : article.ownHistoryBefore(view, sentStart));
  }
  if (innerWords >= 4) return new Classified('statement', sentenceSubject(view, sentStart, span.start));
  return SCARE;
}
