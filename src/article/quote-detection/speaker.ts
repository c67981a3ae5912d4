/**
 * Speaker extraction: the subject noun phrase of a frame of saying, copied from the text as written, or
 * IMPLIED when the frame names no one (a participle, a pronoun, an anaphor, a verb with no subject).
 * Every look-back and look-ahead is bounded by a word budget. Resolving an implied subject to an earlier
 * speaker is anaphora.ts's job.
 */
import { G_CLAUSE, G_COLON, G_COMMA, G_END, G_MARK, gapFlags } from './gaps';
import {
  type Frame,
  type FrameEntry,
  FRAMES,
  FA_UR_STOPS,
  isDefiniteAdjective,
  isDefiniteNisba,
  L_TITLE,
  NAME_PARTICLES,
  PERSIAN_REPORT,
  PHRASE_HEADS,
  QUANTIFIERS,
  RELATIVE_PRONOUNS,
  SUBJECT_PARTICLES,
  URDU_ACCORDING,
  URDU_PLACE_POSTPOSITIONS,
  URDU_SUBJECT_MARKERS,
  W_ADDRESSEE,
  W_CLAUSE_PARTICLE,
  W_COMPLEMENTIZER,
  W_DEMONSTRATIVE,
  W_NP_STOP,
  W_NUMBER,
  W_POSSESSIVE,
  W_PREPOSITION,
  W_PRONOUN,
  W_PRONOUN_PREP,
  W_RELATIVE_SHIN,
  W_SPEECH_EVENT,
  W_TIME,
  W_TO_MEDIA,
  wordFlags,
} from './lexicon';
import { isMarkUnit } from './marks';
import type { ParagraphView } from './view';

/** A subject noun phrase: explicit text, or implied (pronoun, anaphor, or no subject in the clause). */
export type Subject =
  /** `text` is a substring of the paragraph ending at offset `end`. */
  | { explicit: true; text: string; end: number }
  /** `end` > -1 when words were matched but name no one (a pronoun, an anaphor): the subject is still implied. */
  | { explicit: false; end: number };

/** The subject of a frame with no words matched. */
export const IMPLIED: Subject = { explicit: false, end: -1 };

/**
 * The subject of `frame`, a frame of saying of `view`: the noun phrase it names (after an Arabic or Hebrew
 * verb, before a Persian or Urdu one, either side of an English one, after "according to"), or IMPLIED.
 * Never recurses into other frames' subjects.
 */
export function subjectOf(view: ParagraphView, frame: Frame): Subject {
  const { wi, entry } = frame;
  switch (entry.kind) {
    case 'participle':
      return IMPLIED;
    case 'according':
      // به گزارش X: X is the outlet the text is credited to, never a speaker.
      if (view.norm(wi) === PERSIAN_REPORT) return IMPLIED;
      return view.norm(wi) === URDU_ACCORDING ? npBeforeSov(view, wi) : npAfter(view, wi + 1, entry, true);
    case 'noun':
      return view.norm(wi).startsWith('ال') ? IMPLIED : npAfter(view, wi + 1, entry, true);
    case 'transmit': {
      const agency = npAfter(view, wi + 1, entry, false);
      const an = agency.end < 0 ? view.count : view.firstWordFrom(agency.end);
      // نقلت X عن Y / ציטטה X את Y: Y, whom the agency relays, is the speaker.
      if (an < view.count && (view.norm(an) === 'عن' || view.norm(an) === 'את')) {
        const source = npAfter(view, an + 1, entry, false);
        if (source.explicit) return source;
      }
      return agency;
    }
    default:
      break;
  }
  if (view.sov) return npBeforeSov(view, wi);
  // لكنه وصف الرد …: a particle carrying the subject pronoun right before the verb; what follows is the object.
  if (wi > 0 && SUBJECT_PARTICLES.has(view.norm(wi - 1)) && !(view.gap(wi) & (G_CLAUSE | G_COMMA))) return IMPLIED;
  if (view.english) {
    const before = npBefore(view, frame);
    return before.explicit ? before : npAfter(view, wi + 1, entry, false);
  }
  // והתייחס ל… / ואמר כי: a verb joined by "and" with no subject after it shares the subject of the verb
  // before it (resolved by anaphora); the words before it belong to that earlier clause.
  const conjoined = isConjoined(view.norm(wi));
  if (view.hebrew && !conjoined) {
    // Hebrew news puts the subject first (נתניהו אמר); a verb opening its clause takes the one after it.
    const before = npBefore(view, frame);
    // (An explicit subject before the verb means wi > 0.)
    if (before.explicit && !(view.flags(wi - 1) & W_NP_STOP)) {
      const firstWord = view.firstWordFrom(before.end - before.text.length);
      if (!(view.flags(firstWord) & (W_NP_STOP | W_TIME))) return before;
    }
  }
  // أصدرت الحكومة بيانا / X أصدرت بيانا: the statement noun is the object, never the subject.
  const objectFirst = entry.kind === 'issue' && wi + 1 < view.count && /^(?:بيان|تصريح)/u.test(view.norm(wi + 1));
  if (!objectFirst) {
    const after = npAfter(view, wi + 1, entry, false);
    if (after.explicit || after.end !== -1) return after;
  }
  if (conjoined) return IMPLIED;
  const topic = topicOf(view, view.ws(wi));
  if (topic) return topic;
  return npBefore(view, frame);
}

/**
 * The noun phrase starting at word `i` (after a verb): words up to a complementizer, preposition, time
 * word, punctuation or quotation. "Title، Name، إن" gives the name. Copied from the text as written.
 */
function npAfter(view: ParagraphView, i: number, entry: FrameEntry, stripLam: boolean): Subject {
  const { count } = view;
  let first = -1;
  let last = -1;
  let cut = -1;
  let nameRun = 0;
  let skippingTime = false;
  let titled = false;
  let objectCut = false;
  for (let k = i; k < count && k < i + 14; k++) {
    const gap = view.gap(k);
    if (gap & G_MARK) {
      const verdict = markGap(view, prevEndOf(view, k), view.ws(k));
      if (verdict === 'stop') break;
      if (verdict === 'restart') {
        first = last = -1;
      }
    }
    // قال اليوم الثلاثاء الوزير / אמרה היום (שלישי) X: words of time between the verb and its subject are
    // skipped, with the commas and brackets around them; they are never the speaker.
    const timeGap = first < 0 && !(gap & (G_END | G_COLON | G_MARK));
    if (timeGap && view.flags(k) & W_TIME) {
      skippingTime = true;
      continue;
    }
    if (!(skippingTime && timeGap)) {
      if (gap & G_CLAUSE) break;
      if (gap & G_COMMA) {
        if (first < 0) break;
        const name = appositiveName(view, k);
        // وقال إبراهيم العساف، وزير الخارجية، إن: the name before a title in apposition is the speaker.
        if (name && !titled && view.lex(name[0]) & L_TITLE) return finishNp(view, first, last);
        if (name) return finishNp(view, name[0], name[1]);
        if (name === null && !titled && first >= 0 && view.lex(k) & L_TITLE) return finishNp(view, first, last);
        break;
      }
    }
    skippingTime = false;
    const n = view.norm(k);
    if (first < 0 && view.flags(k) & W_PRONOUN_PREP) continue;
    // התייחס לאירועים: the Hebrew complement the verb governs, glued to its preposition, comes first: no subject after.
    if (first < 0 && view.hebrew && governedCut(entry, n)) break;
    // והוסיף שהמלחמה …: ש glued to the word right after a Hebrew verb of saying is "that", not a subject.
    if (first < 0 && view.hebrew && view.flags(k) & W_RELATIVE_SHIN) break;
    // بحسب ما قاله X / وفقا لما ذكرته X: skip "what … said", the source follows it.
    if (first < 0 && stripLam && (n === 'ما' || n === 'لما') && k + 1 < count) {
      k++;
      continue;
    }
    if (isNpStop(view, k, n, entry, first >= 0)) break;
    if (first >= 0 && k > first) {
      // قال عبد العزيز معقالي رئيس جمعية …: a title after a name (two words or more) is its apposition.
      if (!titled && k - first >= 2 && view.lex(k) & L_TITLE && !PHRASE_HEADS.has(view.norm(first))) break;
      // ووصف كيم البيئة الأمنية بأنها / ووصف الصماد الخطوة بـ: a definite noun after the subject's name (not
      // after a title, whose complement it is) starts the object of a verb of describing.
      if (entry.object && n.startsWith('ال') && !isDefiniteAdjective(n) && !(view.lex(k - 1) & L_TITLE) && !NAME_PARTICLES.has(view.norm(k - 1))) {
        objectCut = true;
        break;
      }
    }
    // اعتبر الوزير يوسف رجي وجود أي قوات «احتلالا»: أي follows the head of the object, which ends the subject before it.
    if (first >= 0 && k - 1 > first && (n === 'اي' || n === 'ايه')) {
      last = k - 2;
      cut = -1;
      break;
    }
    if (view.lex(k) & L_TITLE) titled = true;
    // ووصف النائب فادي منصور القرار: after a title and a full name (two undefined words), a new definite
    // noun that is not an adjective starts the object.
    // منظمة العفو الدولية الحكم: a definite noun after a closing relational adjective starts the object.
    if (first >= 0 && k > first && n.startsWith('ال') && !isDefiniteAdjective(n) && isDefiniteNisba(view.norm(k - 1))) break;
    if (first >= 0 && view.norm(first).startsWith('ال') && nameRun >= 2 && n.startsWith('ال') && !isDefiniteNisba(n) && !NAME_PARTICLES.has(view.norm(k - 1))) break;
    // A construct head (باسم وزارة الصحة) or a prepositional word is not part of a person's name.
    nameRun = n.startsWith('ال') || n.startsWith('ب') || n.endsWith('ه') ? 0 : nameRun + 1;
    // اعترف المتحدث باسم فلاديمير بوتين بخسارة: the phrase the verb governs comes after the subject, so
    // the subject ends before the LAST word glued to a governed preposition (names can start with ب too).
    if (first >= 0 && governedCut(entry, n)) cut = k;
    if (first < 0) first = k;
    last = k;
  }
  if (cut > first) last = cut - 1;
  if (first < 0) return IMPLIED;
  // ووصف الخطة بـ«…»: a verb of describing needs an object; one noun phrase before the بـ or بأن of the
  // description is that object, and the subject is implied.
  if (entry.object && !objectCut && last + 1 < count && /^ب(?:ان|$)/u.test(view.norm(last + 1))) return IMPLIED;
  if (QUANTIFIERS.has(view.norm(first))) return IMPLIED;
  let start = view.ws(first);
  if (stripLam) {
    const n = view.norm(first);
    // وفقا لوكالة X / تصريحات لسكرتير X: the speaker starts after the ل.
    if (n.length > 3 && n.startsWith('ل') && !n.startsWith('لا')) start = view.ws(first) + 1;
  }
  return finishNp(view, first, last, start);
}

/** The verb is written with the conjunction و / ו (وقال، ואמר) and is itself a frame of saying without it. */
function isConjoined(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c === 0x648 || c === 0x5d5) && norm.length > 3 && FRAMES.has(norm.slice(1));
}

function prevEndOf(view: ParagraphView, k: number): number {
  return k > 0 ? view.we(k - 1) : 0;
}

/** What a quote mark between two subject words means: a scare-quoted name continues, a stray mark restarts. */
function markGap(view: ParagraphView, from: number, to: number): 'continue' | 'restart' | 'stop' {
  // A long run of punctuation inside a name does not happen; bounding it keeps repeated look-ups cheap.
  if (to - from > 64) return 'stop';
  for (let p = from; p < to; p++) {
    const c = view.text.charCodeAt(p);
    if (!isMarkUnit(c) && !(c === 0x71 && view.text.startsWith('quot;', p))) continue;
    const si = view.spanAt(p);
    if (si < 0) return 'restart';
    const cls = si < view.classLimit ? view.classes[si] : undefined;
    if (cls?.kind !== 'scare') return 'stop';
  }
  return 'continue';
}

function governedCut(entry: FrameEntry, n: string): boolean {
  return !!entry.governs?.some((g) => g.length === 1 && n !== 'باسم' && n.startsWith(g) && n.length > 3);
}

function isNpStop(view: ParagraphView, k: number, n: string, entry: FrameEntry, started: boolean): boolean {
  const f = view.flags(k);
  if (f & (W_COMPLEMENTIZER | W_NP_STOP | W_NUMBER)) return true;
  if (view.frame(k)) return true;
  if (entry.governs?.includes(n)) return true;
  // وأضاف في تصريحه: a subject never opens with في; inside one (الحاكم في كوريا) it goes on, unless a speech event follows.
  if (n === 'في' || n === 'وفي') return !started || (k + 1 < view.count ? (view.flags(k + 1) & W_SPEECH_EVENT) !== 0 : (wordFlags('') & W_SPEECH_EVENT) !== 0);
  // لل…, ل before a media noun, or ل with a pronoun suffix (لأصدقائها، لهم: the addressee).
  if (f & (W_TO_MEDIA | W_ADDRESSEE)) return true;
  // Hebrew: a word with the relative prefix ש starts a clause (… שתהה). دعت X جارتها: a noun with a possessive
  // suffix after the subject is the object.
  return started && (f & (W_RELATIVE_SHIN | W_POSSESSIVE)) !== 0;
}

/** "…، Name، إن": the name between two commas when a complementizer, colon or quote follows. */
function appositiveName(view: ParagraphView, k: number): [number, number] | null {
  const { count } = view;
  for (let j = k; j < count && j < k + 5; j++) {
    if (j > k && view.gap(j) & (G_CLAUSE | G_MARK | G_COMMA)) return null;
    const after = view.gap(j + 1);
    if (after & G_COMMA) {
      // …، كيم جونج أون، الأربعاء، إن: words of time may stand between the name and the complementizer.
      let next = j + 1;
      while (next < count && next < j + 4 && view.flags(next) & W_TIME && !(view.gap(next + 1) & (G_END | G_COLON | G_MARK))) next++;
      const nextIsComp = next < count && (view.flags(next) & W_COMPLEMENTIZER) !== 0;
      return nextIsComp || (after & (G_COLON | G_MARK)) !== 0 ? [k, j] : null;
    }
  }
  return null;
}

function finishNp(view: ParagraphView, first: number, last: number, start?: number): Subject {
  const end = view.we(last);
  const flags = view.flags(first);
  if (first === last && flags & W_PRONOUN) return { explicit: false, end };
  if (flags & W_DEMONSTRATIVE) return { explicit: false, end };
  // A subject holding a quoted name keeps its marks balanced ("رئيس الاتحاد "X""); a subject that is
  // nothing but the quoted name is the bare name (وقال "كوون" …).
  let from = start ?? view.ws(first);
  let to = view.we(last);
  const a = view.spanAt(from);
  const b = view.spanAt(to - 1);
  if (a < 0 || a !== b) {
    if (a >= 0) from = view.spans[a]!.start;
    if (b >= 0) to = view.spans[b]!.end;
  }
  return { explicit: true, text: view.text.slice(from, to), end };
}

/**
 * The subject before a verb (Arabic and Hebrew "X قال", "X אמר"): the words of its clause, without
 * leading auxiliaries (كان … قد) or datelines. For a relative verb (…, עמית הלוי, שתהה) the clause before the comma.
 */
function npBefore(view: ParagraphView, frame: Frame): Subject {
  const { text } = view;
  let j = frame.wi - 1;
  if (j >= 0 && RELATIVE_PRONOUNS.has(view.norm(j))) j--;
  let crossed = !frame.relative;
  const collected: number[] = [];
  let nextStart = view.ws(frame.wi);
  while (j >= 0 && collected.length < 8) {
    const gap = gapFlags(text, view.we(j), nextStart);
    if (gap & (G_CLAUSE | G_MARK)) break;
    if (gap & G_COMMA) {
      if (crossed || collected.length > 0) break;
      crossed = true;
    }
    if (view.flags(j) & W_COMPLEMENTIZER || view.frame(j) || view.norm(j) === 'اما') break;
    collected.push(j);
    nextStart = view.ws(j);
    j--;
  }
  collected.reverse();
  while (collected.length > 0 && view.flags(collected[0]!) & W_CLAUSE_PARTICLE) collected.shift();
  while (collected.length > 0 && view.flags(collected[collected.length - 1]!) & W_CLAUSE_PARTICLE) collected.pop();
  if (collected.length === 0) return IMPLIED;
  if (view.flags(collected[0]!) & W_PREPOSITION) return IMPLIED;
  for (let k = 0; k < collected.length; k++) {
    const f = view.flags(collected[k]!);
    if (f & W_NUMBER) return IMPLIED;
    if (k > 0 && f & W_PRONOUN) return IMPLIED;
  }
  return finishNp(view, collected[0]!, collected[collected.length - 1]!);
}

/** Persian and Urdu: the subject opens the verb's clause (وزارت امور خارجه به صراحت گفت، X نے کہا). */
function npBeforeSov(view: ParagraphView, wi: number): Subject {
  // انہوں نے … ’…‘ عائد کرنے کا مطالبہ کیا: the ergative نے marks the subject of the verb that ends the
  // sentence, however much (a quotation included) stands between them.
  for (let j = wi - 1; j > 0 && wi - j <= 25; j--) {
    if (view.gap(j + 1) & G_END || (j < wi - 1 && view.frame(j))) break;
    if (view.written(j) === 'نے') {
      const start = urduSubjectStart(view, sovClauseStart(view, j), j);
      return start < j ? finishNp(view, start, j - 1) : IMPLIED;
    }
  }
  let clauseStart = sovClauseStart(view, wi);
  // خبرگزاری … به نقل از کیم گزارش داد: the person quoted is the speaker, not the agency quoting them.
  for (let k = clauseStart + 1; k + 2 < wi; k++) {
    if (view.norm(k) === 'نقل' && view.norm(k - 1) === 'به' && view.norm(k + 1) === 'از') return finishNp(view, k + 2, wi - 1);
  }
  // یوکرائن کے وزیر خارجہ دیمترو کولیبا نے کہا / X کا کہنا ہے: in Urdu the subject is everything before the
  // ergative نے or the genitive کا of کہنا, genitive phrases (کے) included.
  const marker = wi - 1;
  if (marker > clauseStart && URDU_SUBJECT_MARKERS.has(view.written(marker))) {
    let first = urduSubjectStart(view, clauseStart, marker);
    while (first < marker && (FA_UR_STOPS.has(view.norm(first)) || view.flags(first) & W_TIME)) first++;
    if (marker - first > 8) first = marker - 8;
    if (first < marker) return finishNp(view, first, marker - 1);
  }
  const subject = sovSubjectAt(view, clauseStart, wi);
  // زلنسکی، در سخنان ویدئویی …، گفت / ولودیمیر زلنسکی، رئیس‌جمهوری اوکراین …، متعهد شد: a verb whose clause
  // is empty or only an adverbial, after a comma, takes the noun phrase that opens the sentence.
  if (!subject.explicit && clauseStart > 0 && view.gap(clauseStart) & G_COMMA && (clauseStart === wi || FA_UR_STOPS.has(view.norm(clauseStart)))) {
    const first = view.firstWordFrom(view.sentenceStart(view.ws(wi)));
    let last = first;
    while (last + 1 < wi && last - first < 4 && !(view.gap(last + 1) & (G_COMMA | G_CLAUSE | G_MARK)) && !FA_UR_STOPS.has(view.norm(last + 1))) last++;
    const opens = last + 1 < wi && view.gap(last + 1) & G_COMMA && !FA_UR_STOPS.has(view.norm(first)) && !view.frame(first) && view.insideQuote(first) < 0;
    if (opens) return finishNp(view, first, last);
  }
  return subject;
}

/** The first word of an Urdu subject in words [from, to): after the last postposition of place (… میں X نے). */
function urduSubjectStart(view: ParagraphView, from: number, to: number): number {
  let start = from;
  for (let k = from; k < to - 1; k++) if (URDU_PLACE_POSTPOSITIONS.has(view.written(k))) start = k + 1;
  return start;
}

/**
 * The first word of the clause that ends before word `wi`, or with word wi - 1 when `pastComma` (words
 * back to punctuation, a complementizer or a frame; a scare-quoted name is inside it).
 */
function sovClauseStart(view: ParagraphView, wi: number, pastComma = false): number {
  const { text } = view;
  let j = pastComma ? wi - 2 : wi - 1;
  let clauseStart = pastComma ? wi - 1 : wi;
  let nextStart = view.ws(clauseStart < view.count ? clauseStart : wi);
  while (j >= 0 && wi - j <= 20) {
    const gap = gapFlags(text, view.we(j), nextStart);
    if (gap & (G_CLAUSE | G_COMMA)) break;
    if (gap & G_MARK && markGap(view, view.we(j), nextStart) !== 'continue') break;
    if (view.flags(j) & W_COMPLEMENTIZER || view.frame(j)) break;
    clauseStart = j;
    nextStart = view.ws(j);
    j--;
  }
  return clauseStart;
}

/** The subject opening the clause that starts at word `first` (up to six words, to a stop word before `wi`). */
function sovSubjectAt(view: ParagraphView, clauseStart: number, wi: number): Subject {
  let first = clauseStart;
  if (first < wi && ['و', 'همچنین'].includes(view.norm(first))) first++;
  let last = first - 1;
  for (let k = first; k < wi && k < first + 6; k++) {
    if (FA_UR_STOPS.has(view.norm(k)) || (k > first && view.gap(k) & (G_COMMA | G_CLAUSE))) break;
    last = k;
  }
  if (last < first) return IMPLIED;
  return finishNp(view, first, last);
}

/** "أما X، … فقال": the topic X of a sentence opened by أما. */
function topicOf(view: ParagraphView, pos: number): Subject | null {
  const s = view.sentenceStart(pos);
  const i = view.firstWordFrom(s);
  if (i >= view.count || view.ws(i) >= pos || view.norm(i) !== 'اما') return null;
  let last = -1;
  for (let k = i + 1; k < view.count && k < i + 7; k++) {
    if (k > i + 1 && view.gap(k) & (G_COMMA | G_CLAUSE)) break;
    last = k;
  }
  return last > i ? finishNp(view, i + 1, last) : null;
}

/** Arabic: the subject of the sentence's first verb-initial clause (تجمّع المتظاهرون …), for fragments with no frame. */
export function sentenceSubject(view: ParagraphView, sentStart: number, pos: number): string | null {
  if (!view.arabic) return null;
  let i = view.firstWordFrom(sentStart);
  let clauseStart = true;
  for (let n = 0; i + 1 < view.count && n < 60; i++, n++) {
    if (view.ws(i) >= pos) break;
    if (n > 0 && view.gap(i) & G_COMMA) clauseStart = true;
    if (!clauseStart || view.insideQuote(i) >= 0) {
      clauseStart = false;
      continue;
    }
    clauseStart = false;
    if (view.norm(i).startsWith('ال') || view.flags(i) & (W_NP_STOP | W_PREPOSITION | W_COMPLEMENTIZER | W_CLAUSE_PARTICLE)) continue;
    if (view.gap(i + 1) || !view.norm(i + 1).startsWith('ال')) continue;
    let last = i + 1;
    while (last + 1 < view.count && last - i < 4 && !view.gap(last + 1) && isDefiniteNisba(view.norm(last + 1))) last++;
    if (view.we(last) > pos) return null;
    return view.text.slice(view.ws(i + 1), view.we(last));
  }
  return null;
}

