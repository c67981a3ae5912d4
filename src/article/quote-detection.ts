/**
 * Quote detection and speaker attribution over the paragraphs of one article.
 *
 * Three stages, each linear in the text:
 *  1. delimiter scanning and pairing (`findSpans`): quote marks are paired by where they
 *     stand (glued to the following word = opener, to the preceding word = closer), not by their glyph,
 *     because real Arabic text uses “ ” » « and " in every direction;
 *  2. classification (`classifySpan`): a quotation governed by a frame of saying, led by a colon,
 *     attributed after it, or long enough to be a sentence is a statement; short names after a classifier
 *     or title noun, and short unattributed phrases, are scare quotes;
 *  3. speaker extraction (`subjectOf`) and anaphora resolution (`resolveImplied`): the subject noun phrase
 *     of the frame copied as written, or for pronouns and implied subjects the latest explicit speaker.
 * Every look-back and look-ahead is bounded by a word budget, so no quote can make the work quadratic.
 */
import {
  cliticVariants,
  isHebrewLetter,
  isLatinLetter,
  isWordCode,
  normalizedKey,
  nounVariants,
  normalizeForMatch,
  internedEpoch,
  internedWord,
  internSlot,
  normalizeSlice,
  tokenizeInto,
  Tokens,
} from './arabic-text';

/** One top-level quotation found in a paragraph. Offsets are UTF-16 indices into that paragraph. */
export interface DetectedQuote {
  /** Offset of the opening delimiter (of the first quoted character when the opener is missing). */
  start: number;
  /** Offset just past the closing delimiter; the paragraph's length for a quote never closed. */
  end: number;
  /** The opening delimiter exactly as written ('' when missing). */
  open: string;
  /** The closing delimiter exactly as written ('' when the quote is never closed). */
  close: string;
  /** 'statement' for attributed speech or a quoted sentence; 'scare' for names, titles and terms. */
  kind: 'statement' | 'scare';
  /** The speaker as the text names them, resolved through pronouns; null when unnamed or for scare quotes. */
  speaker: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Lexicons. Written naturally and normalised at load time (see normalizeForMatch).

type FrameKind = 'verb' | 'participle' | 'according' | 'transmit' | 'noun' | 'issue';

interface FrameEntry {
  kind: FrameKind;
  /** Prepositions the verb governs: a word starting with one ends the subject (اعترف X بخسارة). */
  governs?: readonly string[];
}

interface FrameForm {
  entry: FrameEntry;
  /** Written with the Hebrew relative prefix ש (… ששאל): its subject is the noun phrase before it. */
  relative: boolean;
}

/**
 * Every written form of every frame word, clitics included (وقال، فقال، لتقول، ואמר، שאמר), so that
 * looking a word up is one map access with no string building: this runs for most words of an article.
 */
const FRAMES = new Map<string, FrameForm>();

function addFrames(kind: FrameKind, words: string, governs?: readonly string[]): void {
  const entry: FrameEntry = governs ? { kind, governs: governs.map(normalizeForMatch) } : { kind };
  for (const raw of words.split(/\s+/u)) {
    if (!raw) continue;
    const w = normalizeForMatch(raw);
    const forms: [string, boolean][] = [[w, false]];
    if (/^\p{Script=Arabic}/u.test(w)) {
      const lam = /^[يت]/u.test(w) ? ['ل' + w] : [];
      for (const base of [w, ...lam]) {
        forms.push([base, false]);
        if (base.length >= 3) forms.push(['و' + base, false], ['ف' + base, false]);
      }
    } else if (/^\p{Script=Hebrew}/u.test(w)) {
      forms.push(['ו' + w, false], ['ש' + w, true], ['וש' + w, true], ['כש' + w, false]);
    }
    for (const [form, relative] of forms) if (!FRAMES.has(form)) FRAMES.set(form, { entry, relative });
  }
}

// Arabic reporting verbs (past, present and plural forms); clitics و ف ل are stripped before look-up.
addFrames('verb', 'قال قالت قالوا قالا يقول تقول يقولون نقول أكد أكدت أكدوا يؤكد تؤكد يؤكدون أضاف أضافت أضافوا يضيف تضيف يضيفون');
addFrames('verb', 'أوضح أوضحت أوضحوا يوضح توضح نفى نفت نفوا ينفي تنفي ذكر ذكرت ذكروا أعلن أعلنت أعلنوا يعلن تعلن');
addFrames('verb', 'كتب كتبت كتبوا يكتب تكتب رأى رأت رأوا يرى ترى اعتبر اعتبرت اعتبروا يعتبر تعتبر وصف وصفت وصفوا يصف تصف');
addFrames('verb', 'تساءل تساءلت أجاب أجابت يجيب زعم زعمت يزعم ادعى ادعت يدعي أردف أردفت استطرد استطردت استدرك ختم ختمت');
addFrames('verb', 'تابع تابعت أبلغ أبلغت سأل سألت هتف هتفوا غرد غردت');
addFrames('verb', 'أشار أشارت أشاروا يشير تشير لفت لفتت دعا دعت دعوا يدعو تدعو', ['الى']);
addFrames('verb', 'صرح صرحت صرحوا يصرح تصرح اعترف اعترفت اعترفوا يعترف تعترف أفاد أفادت أفادوا يفيد تفيد أقر أقرت', ['ب']);
addFrames('verb', 'هدد هددت يهدد وعد وعدت طالب طالبت يطالب ندد نددت نوه نوهت', ['ب']);
addFrames('verb', 'شدد شددت شددوا يشدد تشدد علق علقت رد ردت أصر أصرت يصر حث حثت', ['على']);
addFrames('verb', 'حذر حذرت حذروا يحذر تحذر', ['من']);
addFrames('verb', 'كشف كشفت تحدث تحدثت', ['عن']);
addFrames('verb', 'مضى مضت', ['في']);
addFrames('verb', 'روج روجت');
addFrames('issue', 'أصدر أصدرت أصدروا');
addFrames('transmit', 'نقل نقلت نقلوا ينقل تنقل');
addFrames(
  'participle',
  'قائلا قائلة مؤكدا مؤكدة مضيفا مضيفة موضحا موضحة مشيرا مشيرة لافتا مشددا مشددة معتبرا معتبرة واصفا داعيا داعية ' +
    'محذرا محذرة متسائلا متسائلة مجيبا معلنا معلنة مطالبا مطالبة متابعا مستطردا منوها مردفا معترفا معترفة نافيا نافية زاعما مختتما',
);
addFrames('according', 'بحسب حسب وفقا وفق طبقا نقلا لسان');
addFrames('noun', 'تصريح تصريحات بيان تغريدة قوله قولها قولهم الإصرار إصراره');
// Persian, Urdu (subject-object-verb: the speaker stands before the verb).
addFrames('verb', 'گفت گفتند گفته میگوید می‌گوید گوید افزود افزودند نوشت پرسید');
addFrames('verb', 'کہا کہنا کہتے کہتی بتایا بتاتے لکھا پوچھا');
addFrames('according', 'گزارش مطابق');
// Hebrew.
addFrames('verb', 'אמר אמרה אמרו אומר אומרת אומרים ציין ציינה ציינו הוסיף הוסיפה הוסיפו ענה ענתה ענו טען טענה טענו טוען טוענים');
addFrames('verb', 'השיב השיבה הודיע הודיעה הודיעו מסר מסרה הבהיר הבהירה הדגיש הדגישה כתב כתבה תהה תהתה שאל שאלה הזהיר הזהירה איים איימה');
addFrames('according', 'לדברי לפי פי');
addFrames('participle', 'לדבריו לדבריה לדבריהם');
// English.
addFrames('verb', 'said says told added stated noted wrote asked replied warned insisted claimed argued explained announced');
addFrames('according', 'according');

// Persian compound verbs: a noun followed by a light verb (اعلام کرد, تاکید کرد, اظهار داشت).
const PERSIAN_LIGHT_NOUNS = normSet('اعلام تاکید تأکید اظهار عنوان خاطرنشان تصریح اضافه توضیح ادامه');
const PERSIAN_LIGHT_VERBS = ['كرد', 'داشت', 'نمود', 'داد'];
const RELATIVE_PRONOUNS = normSet('الذي التي الذين');
const LIGHT_VERB: FrameEntry = { kind: 'verb' };
const ACCORDING: FrameEntry = { kind: 'according' };
const PERSIAN_SAID = normalizeForMatch('گفته');
const PERSIAN_REPORT = normalizeForMatch('گزارش');
/** Urdu "X کے مطابق": the source stands before the word. */
const URDU_ACCORDING = normalizeForMatch('مطابق');

function normSet(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter(Boolean).map(normalizeForMatch));
}

// A word can only be a frame when its normalised form is a FRAMES key or a Persian light-verb noun. Most
// words are neither: this table of their keys (see normalizedKey) rejects most of them without building the
// normalised string or even reading the whole word.
const FRAME_FILTER = new Uint8Array(1 << 16);
for (const key of [...FRAMES.keys(), ...PERSIAN_LIGHT_NOUNS]) FRAME_FILTER[normalizedKey(key)] = 1;

/** Complementizers with no subject pronoun attached: the word after them is the reported clause's subject. */
const BARE_COMPLEMENTIZERS = normSet('إن أن بأن وأن כי that که');
/** Complementizers, bare or with a pronoun (إن، أنه، بأن، כי، که): they end a subject and open reported speech. */
const COMPLEMENTIZERS = normSet('إن أن إنه أنه إنها أنها إنهم أنهم إننا أننا بأن بأنه بأنها بأنهم وأن وإن لأن כי that که كه');
/** Words that end a subject noun phrase after the verb: prepositions, time words, adverbs, relatives. */
const NP_STOPS = normSet(
  'على عن إلى الى مع خلال عبر لدى أمام حول بشأن منذ حتى بعد قبل أثناء عقب إثر ضمن من ' +
    'يوم اليوم أمس مساء صباح ليلة الليلة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد ' +
    'أيضا كذلك بدوره بدورها بدورهم مجددا بوضوح بشدة صراحة لاحقا سابقا مؤخرا رسميا علنا أخيرا مرارا ' +
    'الذي التي الذين اللذين اللتين قد لقد ثم ما مما ل ب ' +
    'אתמול היום הבוקר הערב אמש הלילה בדיון בראיון בשיחה בהודעה בתגובה בכנס בפני לכתבים על אל עם מול במהלך לאחר לפני גם אף עוד כך ' +
    'that on in at to during yesterday today',
);
/** Pronoun-prepositions directly after a verb (روّجت له X): skipped, the subject follows them. */
const PRONOUN_PREPS = normSet('له لها لهم لنا لي لكم');
/** A verb followed by one of these describes a thing (لافتات كتب عليها …), not a speaker. */
const RELATIVE_PREPS = normSet('عليها عليه عليهم فيها فيه');
/** `في` followed by one of these ends the subject: وقال X في بيان / في مؤتمر صحفي. */
const SPEECH_EVENTS = normSet(
  'بيان تصريح تصريحات مقابلة مؤتمر حديث كلمة لقاء اجتماع رسالة تغريدة منشور اتصال ختام جلسة ندوة خطاب برنامج حوار أول آخر',
);
/** Media words after ل that end the subject: لوكالة فرانس برس, لشبكة (سكاي نيوز). */
const MEDIA = normSet('وكالة شبكة صحيفة قناة موقع مجلة إذاعة تلفزيون تلفزيونية صحافة صحافيين صحفيين إعلام');
/** Name components followed by a definite word inside a person's name (عبد الله، أبو الحسن). */
const NAME_PARTICLES = normSet('عبد ابو أبو بن ابن بنت آل ذو');
/** Particles carrying a subject pronoun (لكنه، إنه، وهو): a verb right after them has that implied subject. */
const SUBJECT_PARTICLES = normSet('لكنه لكنها لكنهم ولكنه ولكنها إنه إنها أنه أنها وهو وهي هو هي فهو فهي');
/** An all/every phrase after دعا/حث is the addressee, not the speaker (يدعو كل الكوريين إلى …). */
const QUANTIFIERS = normSet('كل جميع بعض كافة');
/** Pronouns and anaphors (الجانب، الأخير، وی، הוא): a subject that names no one, resolved to an earlier speaker. */
const PRONOUNS = normSet('هو هي هم هما هن الأخير الأخيرة الجانب وی او ایشان آنها انہوں وہ اس הוא היא הם הן he she they it we i');
/** A subject opening with a demonstrative (هذه الوزارة، این وزارتخانه) is an anaphor too. */
const DEMONSTRATIVES = normSet('هذا هذه ذلك تلك هؤلاء این آن');
/** Leading words of a clause that are not part of its subject (كان X قد قال). */
const CLAUSE_PARTICLES = normSet('كان كانت كانوا قد لقد ثم فيما بينما كما حيث إذ لكن لكنه و ف وكان وكانت وقد');
/** A clause opening with a preposition (ولدى سؤاله …) has no subject before its verb. */
const PREPOSITIONS = normSet('في من على عن إلى الى مع لدى عند بعد قبل خلال منذ حول ولدى وفي ومن وعلى وعن وبعد وخلال');
/** Persian and Urdu words that end the sentence-initial subject (با، در، به، را، نے، کو …). */
const FA_UR_STOPS = normSet(
  'با در به از بر برای روز امروز دیروز که را نیز هم ضمن طی پس همچنین شنبه یکشنبه دوشنبه سه چهارشنبه پنجشنبه جمعه نے کو میں سے پر کے کی کا بھی',
);
/** Nouns immediately before a quoted name: ships, papers, agencies, places, operations, works. */
const CLASSIFIERS = normSet(
  'سفينة ناقلة باخرة صحيفة جريدة وكالة قناة منطقة مدينة بلدة قرية ساحة ميدان شارع حي محافظة إقليم ولاية عملية حملة حركة حزب ' +
    'جماعة تنظيم مجموعة فصيل شركة مؤسسة موقع منصة شبكة مجلة إذاعة تلفزيون برنامج مسلسل فيلم كتاب رواية قصيدة أغنية مسرحية ' +
    'مبادرة مشروع خطة اتفاقية مؤتمر قمة منتدى مهرجان جائزة ملعب نادي فريق منتخب مستشفى جامعة مدرسة سجن معبر مخيم جبل نهر جزيرة ' +
    'صاروخ طائرة مسيرة دبابة منظومة تطبيق صفحة حساب هاشتاغ وسم شعار لقب عنوان فندق مطعم مركز مطار ميناء سوق ' +
    'روزنامه خبرگزاری شبکه عملیات עיתון מבצע ערוץ אתר ספר סדרה',
);
/** Words that introduce a name: اسم، يسمى، بعنوان، المعروف بـ. */
const NAMING = normSet('اسم اسمه اسمها تسمية يسمى تسمى سمي المسمى المسماة يعرف تعرف المعروف المعروفة بعنوان عنوان شعار لقب وسم هاشتاغ');
/** Person titles: a short quote right after one is the person's name (الرئيس الأوكراني "…"). */
const TITLES = normSet(
  'رئيس رئيسة وزير وزيرة قائد متحدث ناطق زعيم ملك أمير شيخ سيد سيدة لاعب مدرب مخرج ممثل ممثلة فنان فنانة مغني مغنية كاتب كاتبة ' +
    'روائي شاعر بطل بطلة شخصية نائب عقيد لواء عميد جنرال رائد مقدم نقيب دكتور مهندس صحفي مراسل قيادي ناشط ناشطة معارض أمين ' +
    'سفير مبعوث مستشار محلل خبير باحث أستاذ بروفيسور حاخام إمام مرشد قاضي محامي مدعي قس بابا مطران مدير مديرة عضو محافظ نجم نجمة ' +
    'שר ראש דובר',
);

const L_CLASSIFIER = 1;
const L_TITLE = 2;
const L_NAMING = 4;
const L_ALL = 7;
/** A noun variant of the word is a speech event (بيان، مؤتمر …; see SPEECH_EVENTS). */
const W_SPEECH_EVENT = 8;
/** A clitic variant of the word is a pronoun or anaphor (see PRONOUNS). */
const W_PRONOUN = 16;
/** A clitic variant of the word is a demonstrative (see DEMONSTRATIVES). */
const W_DEMONSTRATIVE = 32;
// Membership of the word itself in the word lists below, and word-only tests of isNpStop.
const W_COMPLEMENTIZER = 1 << 6;
const W_NP_STOP = 1 << 7;
const W_PREPOSITION = 1 << 8;
const W_CLAUSE_PARTICLE = 1 << 9;
const W_PRONOUN_PREP = 1 << 10;
const W_BARE_COMPLEMENTIZER = 1 << 11;
/** Holds a digit of any script. */
const W_NUMBER = 1 << 12;
/** لل…, or ل before a media noun (لوكالة، لشبكة): ends a subject. */
const W_TO_MEDIA = 1 << 13;
/** ل with a pronoun suffix (لأصدقائها، لهم): names the addressee. */
const W_ADDRESSEE = 1 << 14;
/** Hebrew relative prefix ש on a word longer than three letters: starts a clause. */
const W_RELATIVE_SHIN = 1 << 15;
/** An Arabic noun with a possessive suffix (جارتها): an object after the subject. */
const W_POSSESSIVE = 1 << 16;
/** Set in memoised flags (ParagraphView.flags) so that 0 means "not computed". */
const W_KNOWN = 1 << 30;

/** Lexical flags (L_*, W_*) of normalised words, so each word's variants are built and looked up once. */
const WORD_FLAGS = new Map<string, number>();
const WORD_FLAGS_KEPT = 1 << 14;

/** The lexical flags (L_*, W_*) of a normalised word. */
function wordFlags(norm: string): number {
  let f = WORD_FLAGS.get(norm);
  if (f !== undefined) return f;
  f = 0;
  for (const v of nounVariants(norm)) {
    if (CLASSIFIERS.has(v)) f |= L_CLASSIFIER;
    if (TITLES.has(v)) f |= L_TITLE;
    if (NAMING.has(v)) f |= L_NAMING;
    if (SPEECH_EVENTS.has(v)) f |= W_SPEECH_EVENT;
  }
  for (const v of cliticVariants(norm)) {
    if (PRONOUNS.has(v)) f |= W_PRONOUN;
    if (DEMONSTRATIVES.has(v)) f |= W_DEMONSTRATIVE;
  }
  if (COMPLEMENTIZERS.has(norm)) f |= W_COMPLEMENTIZER;
  if (NP_STOPS.has(norm)) f |= W_NP_STOP;
  if (PREPOSITIONS.has(norm)) f |= W_PREPOSITION;
  if (CLAUSE_PARTICLES.has(norm)) f |= W_CLAUSE_PARTICLE;
  if (PRONOUN_PREPS.has(norm)) f |= W_PRONOUN_PREP;
  if (BARE_COMPLEMENTIZERS.has(norm)) f |= W_BARE_COMPLEMENTIZER;
  if (hasNumberChar(norm)) f |= W_NUMBER;
  if (norm.startsWith('لل') || (norm.startsWith('ل') && MEDIA.has(norm.slice(1)))) f |= W_TO_MEDIA;
  if (norm.length >= 5 && norm.startsWith('ل') && endsWithAny(norm, ADDRESSEE_SUFFIXES) && ARABIC_SCRIPT.someIn(norm)) f |= W_ADDRESSEE;
  if (norm.startsWith('ש') && norm.length > 3) f |= W_RELATIVE_SHIN;
  if (norm.length >= 5 && endsWithAny(norm, POSSESSIVE_SUFFIXES) && ARABIC_SCRIPT.someIn(norm)) f |= W_POSSESSIVE;
  // Only short words are kept: a string of 13 units or more may be a slice that keeps its paragraph alive.
  if (norm.length < 13) {
    if (WORD_FLAGS.size >= WORD_FLAGS_KEPT) WORD_FLAGS.clear();
    WORD_FLAGS.set(norm, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------
// Stage 1: delimiters.

// Mark families, by glyph: a closer pairs with an opener of its own family first.
const F_DOUBLE = 1;
const F_GUILLEMET = 2;
const F_SINGLE = 3;
const F_ANGLE = 4;

/**
 * A quotation of a paragraph. Created as a scare quote with no speaker; classifying it fills in kind and
 * speaker, and the span itself is then returned as the DetectedQuote (no second object per quote). A class
 * rather than a literal: V8 tracks literal sites for pretenuring, and a changed decision there throws away
 * the optimized code that allocates from them.
 */
class Span implements DetectedQuote {
  // Declared in the order of DetectedQuote, which is the order of the keys in JSON.
  start: number;
  end: number;
  open: string;
  close: string;
  kind: 'statement' | 'scare';
  speaker: string | null;

  constructor(start: number, end: number, open: string, close: string) {
    this.start = start;
    this.end = end;
    this.open = open;
    this.close = close;
    this.kind = 'scare';
    this.speaker = null;
  }
}

/** The family of each quote-mark code unit, 0 for every other unit: one load per character when scanning. */
const FAMILY_OF = new Uint8Array(0x10000);
for (const c of [0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0xff02]) FAMILY_OF[c] = F_DOUBLE;
for (const c of [0xab, 0xbb]) FAMILY_OF[c] = F_GUILLEMET;
for (const c of [0x2018, 0x2019, 0x201a, 0x201b]) FAMILY_OF[c] = F_SINGLE;
for (const c of [0x2039, 0x203a]) FAMILY_OF[c] = F_ANGLE;

/** True for a quote-mark code unit (any family). */
function isMarkUnit(c: number): boolean {
  return FAMILY_OF[c]! !== 0;
}

const SPACE = 0;
const PUNCT = 1;
const WORDCH = 2;

function charClass(text: string, i: number): number {
  if (i < 0 || i >= text.length) return SPACE;
  const c = text.charCodeAt(i);
  if (c <= 0x7f) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return WORDCH;
    return PUNCT;
  }
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || c === 0xfeff) {
    return SPACE;
  }
  // Tatweel (بـ«…») is a letter for this purpose: a mark glued to it is glued to the word.
  return isWordCode(c) ? WORDCH : PUNCT;
}

/**
 * Index of the first quote mark or `quot;` entity of `text`, or -1: a cheap test before any other work on
 * a paragraph.
 */
function firstMarkIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    // One load and one test per character for the common case: a unit that is neither a mark nor q.
    const c = text.charCodeAt(i);
    if (MARK_OR_Q[c]! !== 0 && (c !== 0x71 || text.startsWith('quot;', i))) return i;
  }
  return -1;
}

const MARK_OR_Q = FAMILY_OF.slice();
MARK_OR_Q[0x71] = 1;

const MAX_DEPTH = 6;
const MISSING_OPENER_WINDOW = 300;

// The open marks of findSpans, innermost last: position, length and family of each. Shared: findSpans
// never runs twice at once, and a fixed stack costs no allocation per paragraph.
const OPEN_POS = new Int32Array(MAX_DEPTH);
const OPEN_LEN = new Int32Array(MAX_DEPTH);
const OPEN_FAMILY = new Int32Array(MAX_DEPTH);

/**
 * The quotations of a paragraph from its quote marks, at the offsets marks[0, markCount) (in order, `quot;`
 * entities included, other units skipped; see tokenizeInto): each mark is classed by whether it can open (being glued to the word
 * after it) and/or close (being glued to the word before it), and the marks are paired on the fly into
 * outermost quotations, sorted and non-overlapping. Nested quotes stay inside their outer quote; a quote
 * never closed runs to the end of the paragraph; a closer with no opener delimits from the introducing
 * colon when there is one in its sentence, and nothing otherwise; empty pairs are dropped. Open marks are
 * kept as numbers in a small fixed stack, so even a paragraph made only of marks allocates per quote, not per mark.
 */
function findSpans(text: string, marks: Int32Array, markCount: number): readonly Span[] {
  spanCount = 0;
  const openPos = OPEN_POS;
  const openLen = OPEN_LEN;
  const openFamily = OPEN_FAMILY;
  let depth = 0;
  let lastEnd = 0;
  const n = text.length;
  for (let m = 0; m < markCount; m++) {
    const i = marks[m]!;
    const c = text.charCodeAt(i);
    let family = FAMILY_OF[c]!;
    let pos = i;
    let len = 1;
    if (family === 0) {
      // Sentence ends are reported too (see VIEW_MARKS); a q is the start of a `quot;` entity.
      if (c !== 0x71) continue;
      // Broken HTML leaves the entity name behind: `يانquot;اعادة …quot;.` delimits like a mark.
      family = F_DOUBLE;
      len = 5;
      if (i > 0 && text.charCodeAt(i - 1) === 0x26) {
        pos = i - 1;
        len = 6;
      }
    }
    // -1 past either end (never a letter), rather than an out-of-range read.
    const prevCode = pos > 0 ? text.charCodeAt(pos - 1) : -1;
    const nextCode = pos + len < n ? text.charCodeAt(pos + len) : -1;
    // Hebrew gershayim (צה"ל, כ"ץ): a " before the acronym's single last letter is part of the word.
    if (c === 0x22 && isHebrewLetter(prevCode) && isHebrewLetter(nextCode) && charClass(text, pos + 2) !== WORDCH) continue;
    // An apostrophe inside a Latin word (don’t, Sana‘a) is not a quote mark.
    if (family === F_SINGLE && isLatinLetter(prevCode) && isLatinLetter(nextCode)) continue;
    const prev = charClass(text, pos - 1);
    const next = charClass(text, pos + len);
    let left = next !== SPACE && (next !== PUNCT || prev !== WORDCH);
    let right = prev !== SPACE && (prev !== PUNCT || next !== WORDCH);
    if (!left && !right) left = right = true; // a mark between two spaces: decided by what is open

    if (right && depth > 0) {
      let at = -1;
      for (let k = depth - 1; k >= 0; k--) {
        if (openFamily[k] === family) {
          at = k;
          break;
        }
      }
      // Mismatched pairs across double quotes and guillemets («…” or “…») happen; single quotes stay
      // apart because ’ is also an apostrophe.
      const top = openFamily[depth - 1]!;
      if (at < 0 && !left && family !== F_SINGLE && top !== F_SINGLE && top !== F_ANGLE) at = depth - 1;
      if (at >= 0) {
        depth = at;
        if (at === 0) lastEnd = emit(text, openPos[0]!, openLen[0]!, pos, len);
        continue;
      }
    }
    if (left) {
      if (depth < MAX_DEPTH) {
        openPos[depth] = pos;
        openLen[depth] = len;
        openFamily[depth] = family;
        depth++;
      }
      continue;
    }
    if (depth === 0 && (family === F_DOUBLE || family === F_GUILLEMET)) {
      const start = missingOpenerStart(text, pos, lastEnd);
      if (start >= 0) lastEnd = emit(text, start, 0, pos, len);
    }
  }
  if (depth > 0) emit(text, openPos[0]!, openLen[0]!, n, 0);
  return spanCount === 0 ? NO_SPANS : SPANS.slice(0, spanCount);
}

/**
 * Keeps the span from the opener at `start` (`openLen` long, 0 when missing) to the closer at `closePos`
 * (`closeLen` long, 0 when never closed) if it holds at least one letter or digit (empty pairs and mark
 * runs delimit nothing); returns the span's end.
 */
function emit(text: string, start: number, openLen: number, closePos: number, closeLen: number): number {
  const end = closePos + closeLen;
  if (hasWordChar(text, start + openLen, closePos)) {
    const span = new Span(start, end, markText(text, start, openLen), markText(text, closePos, closeLen));
    // Appending past the end is a separate site: optimized code writing in place is not thrown away when the list grows.
    if (spanCount < SPANS.length) SPANS[spanCount++] = span;
    else spanCount = SPANS.push(span);
  }
  return end;
}

const MARK_TEXT = new Map<number, string>();

/** text.slice(pos, pos + len) for a delimiter, shared per glyph: a paragraph of marks would otherwise allocate a string per mark. */
function markText(text: string, pos: number, len: number): string {
  if (len !== 1) return text.slice(pos, pos + len);
  const c = text.charCodeAt(pos);
  let m = MARK_TEXT.get(c);
  if (m === undefined) MARK_TEXT.set(c, (m = text.slice(pos, pos + 1)));
  return m;
}

/** Start of a quote whose opener is missing: the first character after a colon earlier in the sentence, or -1. */
function missingOpenerStart(text: string, closerPos: number, floor: number): number {
  const limit = Math.max(floor, closerPos - MISSING_OPENER_WINDOW);
  for (let i = closerPos - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) {
      let s = i + 1;
      while (s < closerPos && charClass(text, s) === SPACE) s++;
      return s < closerPos ? s : -1;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f) return -1;
    if (isMarkUnit(c)) return -1;
  }
  return -1;
}

function hasWordChar(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (charClass(text, i) === WORDCH) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Paragraph view: words, sentences and quote spans with the look-ups the classifier needs.

// Objects kept across a paragraph or more are class instances rather than literals: V8 tracks literal sites
// for pretenuring, and a changed decision there throws away the optimized code that allocates from them.

class Classified {
  constructor(
    readonly kind: 'statement' | 'scare',
    readonly speaker: string | null,
  ) {}
}

/** A subject noun phrase: explicit text, or implied (pronoun, anaphor, or no subject in the clause). */
type Subject =
  | { explicit: true; text: string; end: number }
  /** `end` > -1 when words were matched but name no one (a pronoun, an anaphor): the subject is still implied. */
  | { explicit: false; end: number };

const IMPLIED: Subject = { explicit: false, end: -1 };

const SU_END = 1;
const SU_NEWLINE = 2;
/** Sentence-ending code units (. ! ? ؟ …, before a space) and the newline, which always ends one. */
const SENTENCE_UNIT = new Uint8Array(0x10000);
for (const c of [0x2e, 0x21, 0x3f, 0x61f, 0x2026]) SENTENCE_UNIT[c] = SU_END;
SENTENCE_UNIT[0x0a] = SU_NEWLINE;

// Bits of a ParagraphView's per-word memo: gap flags (G_*, six bits) and whether they are known, lexical
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

/**
 * The words of the paragraphs viewed during one detectQuotes call, one paragraph after the other, and a
 * memo word (I_*) per word and paragraph end: a view holds subarrays of these rather than lists of its
 * own, so a long article costs a few growing buffers instead of several lists per paragraph. Emptied by
 * each call.
 */
const ARENA_KEPT = 1 << 16;
let arena = new Tokens(1 << 12);
let arenaInfo = new Int32Array(1 << 12);
/** Per word: 1 + the slot of its normalised form among the interned words (see internSlot), 0 when not known. */
let arenaNorm = new Int32Array(1 << 12);
/** Per word found to be a frame of saying: 1 + its index in FRAME_STORE. */
let arenaFrame = new Int32Array(1 << 12);
/** Per word: its lexical flags (see wordFlags) with W_KNOWN, 0 when not computed. */
let arenaFlags = new Int32Array(1 << 12);
let arenaUsed = 0;
/** A frame of saying: word wi of a view is a verb, participle or noun that introduces speech. */
class Frame {
  constructor(
    readonly view: ParagraphView,
    readonly wi: number,
    readonly entry: FrameEntry,
    /** The verb is a relative clause (Hebrew ש־ prefix, Arabic الذي before it): its subject precedes it. */
    readonly relative: boolean,
  ) {}
}

/** The frames of saying found during one detectQuotes call (see ParagraphView.frame). */
const FRAME_STORE: Frame[] = [];
/** What emptied entries of the shared lists hold: nothing that keeps a text alive. */
const NO_FRAME = new Frame(null as unknown as ParagraphView, -1, { kind: 'verb' }, false);
const NO_QUOTE = new Span(0, 0, '', '');
let frameCount = 0;

/** A copy of `a` of `size` elements, keeping the first `keep`. */
function grown(a: Int32Array, size: number, keep: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, keep));
  return b;
}

/** A set of the shared buffers, for keeping a long article's set within reach of the next call. */
interface ArenaSet {
  tokens: Tokens;
  info: Int32Array<ArrayBuffer>;
  norm: Int32Array<ArrayBuffer>;
  frame: Int32Array<ArrayBuffer>;
  flags: Int32Array<ArrayBuffer>;
}

/**
 * The buffers of the last long article, held weakly: a run of imports reuses them, but they are not kept
 * alive once the garbage collector wants the memory back.
 */
let spareArena: WeakRef<ArenaSet> | null = null;

function useArena(set: ArenaSet): void {
  arena = set.tokens;
  arenaInfo = set.info;
  arenaNorm = set.norm;
  arenaFrame = set.frame;
  arenaFlags = set.flags;
}

function newArena(size: number): ArenaSet {
  return { tokens: new Tokens(size), info: new Int32Array(size), norm: new Int32Array(size), frame: new Int32Array(size), flags: new Int32Array(size) };
}

/** Starts a detectQuotes call, sizing the buffers for a text of `units` UTF-16 units. */
function resetArena(units: number): void {
  arenaUsed = 0;
  // News text has a word per six units or so: room for most articles at once, grown for the others.
  const expected = Math.min((units >> 2) + 64, 1 << 22);
  if (arena.starts.length < expected) {
    const spare = spareArena?.deref();
    useArena(spare && spare.tokens.starts.length >= expected && spare.info.length >= expected ? spare : newArena(expected));
  }
  frameCount = 0;
}

/** Ends a detectQuotes call: a long article's buffers are only held weakly. */
function releaseArena(): void {
  if (arena.starts.length > ARENA_KEPT || arena.marks.length > ARENA_KEPT) {
    spareArena = new WeakRef({ tokens: arena, info: arenaInfo, norm: arenaNorm, frame: arenaFrame, flags: arenaFlags });
    useArena(newArena(1 << 12));
  }
  // Frames refer to their views and texts: none is kept alive past the call. The lists keep their length
  // (emptied, they would be grown again through their push sites, which the optimized code leaves out).
  if (FRAME_STORE.length > ARENA_KEPT) FRAME_STORE.length = 0;
  else FRAME_STORE.fill(NO_FRAME);
  frameCount = 0;
  FOUND.fill(NO_QUOTE);
  SPANS.fill(NO_QUOTE);
}

const NO_SPANS: readonly Span[] = [];
/** The quotations of the paragraph being classified (see detectAll), copied out at their final number. */
const FOUND: DetectedQuote[] = [];
/** The quotations of the paragraph being tokenized: SPANS[0, spanCount) (see findSpans), copied out at their final number. */
const SPANS: Span[] = [];
let spanCount = 0;
const NO_CLASSES: readonly (Classified | null)[] = Object.freeze([]);
/** Sentence starts of the paragraph being viewed, copied out at their final number; STARTS[0] is always 0. */
const STARTS: number[] = [0];
/** A list of undefined values, copied out for lists filled later (see unset). */
const UNSET: undefined[] = [];

/**
 * A list of n entries, all undefined. Copied from a shared list rather than allocated by a literal or
 * `new Array`: V8 tracks those sites for pretenuring, and a changed decision there throws away the optimized
 * code that allocates from them.
 */
function unset<T>(n: number): (T | undefined)[] {
  while (UNSET.length < n) UNSET.push(undefined);
  return UNSET.slice(0, n);
}

/** A list of n entries, all undefined (no span classified yet). */
function unclassified(n: number): (Classified | null | undefined)[] {
  return unset<Classified | null>(n);
}

class ParagraphView {
  /** Word i spans [view.ws(i), view.we(i)); offset arrays rather than word objects keep long articles off the garbage collector. */
  /** The shared word buffers at this view's creation (see arena); word i is at index base + i. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly count: number;
  /** Numeric memos of word i (and of the gap after the last word at count) at info[base + i]: I_* bits, 0 when nothing is known. */
  private readonly info: Int32Array;
  /** Where this paragraph's words start in the shared buffers (info, normSlots, frames). */
  private readonly base: number;
  /** 1 + the index in FRAME_STORE of the frame at word i, at frames[base + i] (see frame). */
  private readonly frames: Int32Array;
  /** The lexical flags of word i at wordFlags[base + i] (see flags). */
  private readonly wordFlags: Int32Array;
  /** Normalised forms (see norm): interned-word slots at normSlots[base + i], within interning epoch normEpoch. */
  private readonly normSlots: Int32Array;
  private normEpoch: number;
  /** Normalised forms of words too long to intern, on demand. */
  private longNorms: Map<number, string> | null = null;
  /** Persian, Urdu, Pashto: the subject stands before the verb. */
  readonly sov: boolean;
  readonly english: boolean;
  readonly arabic: boolean;
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
   * latestSpeakerUpTo), filled on demand; null until the first is asked for.
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

  constructor(
    readonly text: string,
    readonly index: number,
    lang: LangTraits,
    /** False when the paragraph is known to hold no quote mark: its quotations need not be looked for. */
    hasMarks: boolean,
  ) {
    this.sov = lang.sov;
    this.english = lang.english;
    this.arabic = lang.arabic;
    const base = arenaUsed;
    const count = tokenizeInto(text, arena, base, VIEW_MARKS);
    // One more memo word than words, for the gap after the last one.
    const end = base + count + 1;
    arena.reserve(end, base + count);
    if (arenaInfo.length < arena.starts.length) {
      // Earlier views keep the buffers they have; the words before `base` are theirs.
      arenaInfo = grown(arenaInfo, arena.starts.length, base);
      arenaNorm = grown(arenaNorm, arena.starts.length, base);
      arenaFrame = grown(arenaFrame, arena.starts.length, base);
      arenaFlags = grown(arenaFlags, arena.starts.length, base);
    }
    arenaInfo.fill(0, base, end);
    arenaNorm.fill(0, base, end);
    arenaFlags.fill(0, base, end);
    this.base = base;
    this.info = arenaInfo;
    this.normSlots = arenaNorm;
    this.frames = arenaFrame;
    this.wordFlags = arenaFlags;
    this.normEpoch = internedEpoch();
    arenaUsed = end;
    this.count = count;
    this.starts = arena.starts;
    this.ends = arena.ends;
    const { marks, markCount } = arena;
    this.spans = hasMarks ? findSpans(text, marks, markCount) : NO_SPANS;
    this.classes = this.spans.length > 0 ? unclassified(this.spans.length) : (NO_CLASSES as (Classified | null)[]);
    // Sentence ends and newlines are never word characters: the tokenizer reported every one between words.
    const starts = STARTS;
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

  /** Offset of the start of word i (undefined outside 0 ≤ i < count). */
  ws(i: number): number {
    return i >= 0 && i < this.count ? this.starts[this.base + i]! : (undefined as unknown as number);
  }

  /** Offset just past the end of word i (undefined outside 0 ≤ i < count). */
  we(i: number): number {
    return i >= 0 && i < this.count ? this.ends[this.base + i]! : (undefined as unknown as number);
  }

  /** The normalised form of word i (see normalizeForMatch), memoised. */
  norm(i: number): string {
    if (!(i >= 0 && i < this.count)) return normalizeSlice(this.text, this.ws(i), this.we(i));
    const at = this.base + i;
    if (this.normEpoch === internedEpoch()) {
      const known = this.normSlots[at]!;
      if (known !== 0) return internedWord(known - 1);
    } else {
      // The interned words were forgotten: this view's slots name other words now.
      this.normSlots.fill(0, this.base, this.base + this.count);
      this.normEpoch = internedEpoch();
    }
    const start = this.ws(i);
    const end = this.we(i);
    const slot = internSlot(this.text, start, end);
    if (slot >= 0) {
      // Interning may have forgotten the others to make room: only this slot is known in the new epoch.
      if (this.normEpoch !== internedEpoch()) {
        this.normSlots.fill(0, this.base, this.base + this.count);
        this.normEpoch = internedEpoch();
      }
      this.normSlots[at] = slot + 1;
      return internedWord(slot);
    }
    const long = (this.longNorms ??= new Map());
    let n = long.get(i);
    if (n === undefined) long.set(i, (n = normalizeSlice(this.text, start, end)));
    return n;
  }

  /** The lexical flags (L_*, W_*) of word i's normalised form, memoised. */
  flags(i: number): number {
    if (!(i >= 0 && i < this.count)) return wordFlags(this.norm(i));
    const at = this.base + i;
    let f = this.wordFlags[at]!;
    if (f === 0) this.wordFlags[at] = f = wordFlags(this.norm(i)) | W_KNOWN;
    return f;
  }

  /** The frame of saying at word i, memoised (null when the word is not one). */
  frame(i: number): Frame | null {
    if (i < 0 || i >= this.count) return null;
    const at = this.base + i;
    const info = this.info[at]!;
    if (info & I_FRAME_NONE) return null;
    if (info & I_FRAME_FOUND) return FRAME_STORE[this.frames[at]! - 1]!;
    // Most words fail the filter: answered without normalising the word.
    const f = FRAME_FILTER[normalizedKey(this.text, this.ws(i), this.we(i))] === 1 ? frameAt(this, i) : null;
    if (f === null) this.info[at]! |= I_FRAME_NONE;
    else {
      if (frameCount < FRAME_STORE.length) FRAME_STORE[frameCount++] = f;
      else frameCount = FRAME_STORE.push(f);
      this.frames[at] = frameCount;
      this.info[at]! |= I_FRAME_FOUND;
    }
    return f;
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

  sentenceStartList(): readonly number[] {
    return this.sentenceStarts;
  }

  /** Flags (G_*) of the text between word i-1 (or the paragraph start) and word i; i = count for the tail. */
  gap(i: number): number {
    const inRange = i >= 0 && i <= this.count;
    if (inRange) {
      const info = this.info[this.base + i]!;
      if (info & I_GAP_KNOWN) return info & I_GAP_BITS;
    }
    const from = i > 0 ? this.we(i - 1) : 0;
    const to = i < this.count ? this.ws(i) : this.text.length;
    const f = gapFlags(this.text, from, to);
    if (inRange) this.info[this.base + i]! |= f | I_GAP_KNOWN;
    return f;
  }

  /** Lexical class bits (L_*) of word i, memoised. */
  lex(i: number): number {
    const inRange = i >= 0 && i < this.count;
    if (inRange) {
      const info = this.info[this.base + i]!;
      if (info & I_LEX_KNOWN) return (info >> I_LEX_SHIFT) & L_ALL;
    }
    const f = this.flags(i) & L_ALL;
    if (inRange) this.info[this.base + i]! |= (f << I_LEX_SHIFT) | I_LEX_KNOWN;
    return f;
  }

  /** Index of the span containing word i, or -1. */
  insideQuote(i: number): number {
    return this.spanAt(this.ws(i));
  }
}

// What separates two words, as bit flags: computed once per gap with a character loop, because these
// tests run for every word of every look-back and regular expressions on slices would dominate the cost.
const G_COMMA = 1;
/** Ends a clause: . : ; ! ? ؟ … brackets, newline, a dash between spaces. */
const G_CLAUSE = 2;
const G_MARK = 4;
const G_COLON = 8;
/** Ends a sentence: . ! ? ؟ … */
const G_END = 16;
/** Any other visible character. */
const G_OTHER = 32;

function gapFlags(text: string, from: number, to: number): number {
  let f = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    switch (c) {
      case 0x2c:
      case 0x60c:
        f |= G_COMMA;
        break;
      case 0x3a:
      case 0xff1a:
        f |= G_CLAUSE | G_COLON;
        break;
      case 0x2e:
      case 0x21:
      case 0x3f:
      case 0x61f:
      case 0x2026:
        f |= G_CLAUSE | G_END;
        break;
      case 0x3b:
      case 0x61b:
      case 0x28:
      case 0x29:
      case 0x5b:
      case 0x5d:
      case 0x0a:
        f |= G_CLAUSE;
        break;
      case 0x2d:
      case 0x2013:
      case 0x2014:
        f |= charClass(text, p - 1) === SPACE && charClass(text, p + 1) === SPACE ? G_CLAUSE : G_OTHER;
        break;
      default:
        if (isMarkUnit(c)) f |= G_MARK;
        else if (c === 0x26 && text.startsWith('&quot;', p)) {
          f |= G_MARK;
          p += 5;
        } else if (c === 0x71 && text.startsWith('quot;', p)) {
          f |= G_MARK;
          p += 4;
        } else if (charClass(text, p) !== SPACE) f |= G_OTHER;
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------
// Frames of saying.

// (The Frame class is defined with the shared buffers above, which need it first.)

function frameAt(view: ParagraphView, wi: number): Frame | null {
  const n = view.norm(wi);
  const found = FRAMES.get(n);
  if (found) {
    const { entry } = found;
    if (entry.kind === 'verb' && wi + 1 < view.count && RELATIVE_PREPS.has(view.norm(wi + 1))) return null;
    // על פי (according to): only with the preposition before it.
    if (n === 'פי' && (wi === 0 || view.norm(wi - 1) !== 'על')) return null;
    // Persian به گفته / به گزارش / به نقل از X: "according to X", the source follows.
    if (wi > 0 && view.norm(wi - 1) === 'به' && (n === PERSIAN_SAID || n === PERSIAN_REPORT)) return new Frame(view, wi, ACCORDING, false);
    const relative = found.relative || (wi > 0 && RELATIVE_PRONOUNS.has(view.norm(wi - 1)));
    return new Frame(view, wi, entry, relative);
  }
  if (PERSIAN_LIGHT_NOUNS.has(n) && wi + 1 < view.count) {
    const next = view.norm(wi + 1);
    if (PERSIAN_LIGHT_VERBS.some((l) => next.startsWith(l))) return new Frame(view, wi, LIGHT_VERB, false);
  }
  return null;
}

const FRAME_LOOKBACK_WORDS = 40;
const FRAME_LOOKBACK_CHARS = 300;

interface BackContext {
  frame: Frame | null;
  /** A colon stands between the last word before the quote and the quote. */
  colonLed: boolean;
  /** No word of the sentence precedes the quote. */
  standalone: boolean;
}

/**
 * The nearest frame of saying before `pos` in the same clause chain of its sentence. Earlier statements
 * are stepped over (two quotes after one verb share it); a comma followed by a new و-clause ends the search.
 */
function frameBefore(view: ParagraphView, pos: number, sentStart: number): BackContext {
  let i = view.firstWordFrom(pos) - 1;
  const lastEnd = i >= 0 ? view.we(i) : 0;
  const colonLed = (gapFlags(view.text, Math.max(lastEnd, sentStart, pos - 200), pos) & G_COLON) !== 0;
  const standalone = i < 0 || view.we(i) <= sentStart;
  let steps = 0;
  let successor = -1;
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
    if (frame) return { frame, colonLed, standalone };
    successor = i;
    steps++;
    i--;
  }
  return { frame: null, colonLed, standalone };
}

/** ", و<verb>" starts a new coordinated clause in Arabic: a frame before it does not govern what follows. */
function isClauseBreak(view: ParagraphView, i: number, successor: number): boolean {
  if (successor !== i + 1 || !(view.gap(successor) & G_COMMA)) return false;
  const n = view.norm(successor);
  return n.length > 2 && n.startsWith('و') && !COMPLEMENTIZERS.has(n) && !COMPLEMENTIZERS.has(n.slice(1));
}

/** A frame right after the quote: `"…"، قال الوزير` / `"…", ענה הנציג` / English `"…," the mayor said`. */
function frameAfter(view: ParagraphView, span: Span): Frame | null {
  const i = view.firstWordFrom(span.end);
  if (i >= view.count) return null;
  if (gapFlags(view.text, span.end, view.ws(i)) & ~(G_COMMA | G_OTHER)) return null;
  // English puts the subject first ("the mayor said"): allow a few words before the verb.
  const reach = view.english ? 5 : 1;
  for (let k = i; k < view.count && k < i + reach; k++) {
    if (k > i && view.gap(k) & (G_CLAUSE | G_COMMA | G_MARK)) return null;
    const frame = view.frame(k);
    if (frame) return frame.entry.kind === 'verb' || frame.entry.kind === 'according' ? frame : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Speaker extraction.

/** What the article's language changes in speaker extraction, decided once per article. */
interface LangTraits {
  /** Persian, Urdu, Pashto: the subject stands before the verb. */
  sov: boolean;
  english: boolean;
  arabic: boolean;
}

function langTraits(lang: string): LangTraits {
  return { sov: isSovLang(lang), english: isEnglish(lang), arabic: lang.toLowerCase().startsWith('ar') };
}

function isSovLang(lang: string): boolean {
  const p = lang.toLowerCase().split('-')[0];
  return p === 'fa' || p === 'ur' || p === 'ps';
}

function isEnglish(lang: string): boolean {
  return lang.toLowerCase().startsWith('en');
}

/** The subject of a frame: the noun phrase it names, or IMPLIED. Never recurses into other frames. */
function subjectOf(frame: Frame): Subject {
  const { view, wi, entry } = frame;
  switch (entry.kind) {
    case 'participle':
      return IMPLIED;
    case 'according':
      return view.norm(wi) === URDU_ACCORDING ? npBeforeSov(view, wi) : npAfter(view, wi + 1, entry, true);
    case 'noun':
      return view.norm(wi).startsWith('ال') ? IMPLIED : npAfter(view, wi + 1, entry, true);
    case 'transmit': {
      const agency = npAfter(view, wi + 1, entry, false);
      const an = agency.end < 0 ? view.count : view.firstWordFrom(agency.end);
      if (an < view.count && view.norm(an) === 'عن') {
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
  // أصدرت الحكومة بيانا / X أصدرت بيانا: the statement noun is the object, never the subject.
  const objectFirst = entry.kind === 'issue' && wi + 1 < view.count && /^(?:بيان|تصريح)/u.test(view.norm(wi + 1));
  if (!objectFirst) {
    const after = npAfter(view, wi + 1, entry, false);
    if (after.explicit || after.end !== -1) return after;
  }
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
  for (let k = i; k < count && k < i + 14; k++) {
    const gap = view.gap(k);
    if (gap & G_MARK) {
      const verdict = markGap(view, prevEndOf(view, k), view.ws(k));
      if (verdict === 'stop') break;
      if (verdict === 'restart') {
        first = last = -1;
      }
    }
    if (gap & G_CLAUSE) break;
    if (gap & G_COMMA) {
      if (first < 0) break;
      const name = appositiveName(view, k);
      if (name) return finishNp(view, name[0], name[1]);
      break;
    }
    const n = view.norm(k);
    if (first < 0 && view.flags(k) & W_PRONOUN_PREP) continue;
    // بحسب ما قاله X / وفقا لما ذكرته X: skip "what … said", the source follows it.
    if (first < 0 && stripLam && (n === 'ما' || n === 'لما') && k + 1 < count) {
      k++;
      continue;
    }
    if (isNpStop(view, k, n, entry, first >= 0)) break;
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
  if (QUANTIFIERS.has(view.norm(first))) return IMPLIED;
  let start = view.ws(first);
  if (stripLam) {
    const n = view.norm(first);
    // وفقا لوكالة X / تصريحات لسكرتير X: the speaker starts after the ل.
    if (n.length > 3 && n.startsWith('ل') && !n.startsWith('لا')) start = view.ws(first) + 1;
  }
  return finishNp(view, first, last, start);
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

/**
 * A character class of one regular expression, answered per UTF-16 unit from a memoised table: these tests
 * run on every word a look-up touches, where a `u`-flag property regex per call would dominate the cost.
 */
class UnitClass {
  private readonly table = new Uint8Array(0x10000); // 0 = not computed, 1 = in the class, 2 = not

  constructor(readonly re: RegExp) {}

  /** Whether the unit `c` (not a surrogate half) is in the class. */
  has(c: number): boolean {
    let v = this.table[c]!;
    if (v === 0) {
      v = this.re.test(String.fromCharCode(c)) ? 1 : 2;
      this.table[c] = v;
    }
    return v === 1;
  }

  /** Same as re.test(s): whether any character of `s` is in the class. */
  someIn(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // A surrogate half can only be judged with its pair: let the regular expression read the string.
      if (c >= 0xd800 && c <= 0xdfff) return this.re.test(s);
      if (this.has(c)) return true;
    }
    return false;
  }
}

const NUMBER = new UnitClass(/\p{N}/u);
const ARABIC_SCRIPT = new UnitClass(/\p{Script=Arabic}/u);
const LETTER = new UnitClass(/\p{L}/u);

/** Same as /\p{N}/u.test(s). */
function hasNumberChar(s: string): boolean {
  return NUMBER.someIn(s);
}

/** True when `s` ends with one of `suffixes`. */
function endsWithAny(s: string, suffixes: readonly string[]): boolean {
  for (const x of suffixes) if (s.endsWith(x)) return true;
  return false;
}

/** Pronoun suffixes of an addressee after ل (لأصدقائها، لهم). */
const ADDRESSEE_SUFFIXES = ['ها', 'هم', 'هن', 'ه', 'نا', 'كم'];
/** Possessive suffixes of an object noun (جارتها). */
const POSSESSIVE_SUFFIXES = ['ها', 'هم', 'هما'];
/** Endings of a relational adjective (الأوكراني، الإيرانية، …يين، …يون). */
const NISBA_SUFFIXES = ['ي', 'يه', 'يين', 'يون'];

function governedCut(entry: FrameEntry, n: string): boolean {
  return !!entry.governs?.some((g) => g.length === 1 && n !== 'باسم' && n.startsWith(g) && n.length > 3);
}

function isNpStop(view: ParagraphView, k: number, n: string, entry: FrameEntry, started: boolean): boolean {
  const f = view.flags(k);
  if (f & (W_COMPLEMENTIZER | W_NP_STOP | W_NUMBER)) return true;
  if (view.frame(k)) return true;
  if (entry.governs?.includes(n)) return true;
  if (n === 'في' || n === 'وفي') return k + 1 < view.count ? (view.flags(k + 1) & W_SPEECH_EVENT) !== 0 : (wordFlags('') & W_SPEECH_EVENT) !== 0;
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
      const nextIsComp = j + 1 < count && (view.flags(j + 1) & W_COMPLEMENTIZER) !== 0;
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
  const { text } = view;
  let j = wi - 1;
  let clauseStart = wi;
  let nextStart = view.ws(wi);
  while (j >= 0 && wi - j <= 20) {
    if (gapFlags(text, view.we(j), nextStart) & (G_CLAUSE | G_COMMA | G_MARK)) break;
    if (view.flags(j) & W_COMPLEMENTIZER || view.frame(j)) break;
    clauseStart = j;
    nextStart = view.ws(j);
    j--;
  }
  let first = clauseStart;
  if (first < wi && ['و', 'همچنین'].includes(view.norm(first))) first++;
  let last = first - 1;
  for (let k = first; k < wi && k < first + 6; k++) {
    if (FA_UR_STOPS.has(view.norm(k))) break;
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

// ---------------------------------------------------------------------------------------------------
// Anaphora.

const HISTORY_PARAGRAPHS = 40;
const MAIN_FRAME_WORDS = 30;

/** Views older than this many paragraphs before the current one are never consulted again (see lastSpeakerUpTo). */
const VIEW_WINDOW = HISTORY_PARAGRAPHS + 8;

/** The main speaker of a paragraph (para) as carried to later paragraphs (see Article.lastSpeakerUpTo). */
class Carried {
  constructor(
    readonly para: number,
    readonly text: string,
  ) {}
}

class Article {
  /** Views of the paragraphs within VIEW_WINDOW of the current one, created on demand; older ones are released. */
  private readonly views: (ParagraphView | undefined)[];
  /** The speaker of the latest statement and its paragraph, for quotes that continue it. */
  lastStatementPara = -1;
  lastStatementSpeaker = '';
  private readonly carry: (Carried | null | undefined)[];
  readonly lang: LangTraits;

  constructor(
    readonly paragraphs: readonly string[],
    lang: string,
  ) {
    this.lang = langTraits(lang);
    // Sized up front: lists filled out of order would change elements kind from one article to the next,
    // which sends the optimized code back to the interpreter.
    const n = Array.isArray(paragraphs) ? paragraphs.length : 0;
    this.views = unset<ParagraphView>(n);
    this.carry = unset<Carried | null>(n);
  }

  /** The view of paragraph i; `hasMarks` tells whether it holds a quote mark when the caller already knows. */
  view(i: number, hasMarks?: boolean): ParagraphView {
    let v = this.views[i];
    if (!v) {
      const text = this.paragraphs[i] ?? '';
      v = new ParagraphView(text, i, this.lang, hasMarks ?? (typeof text !== 'string' || firstMarkIndex(text) >= 0));
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
      const subject = subjectOf(frame);
      if (subject.explicit) return subject.text;
    }
    return this.historyBefore(view, sentStart);
  }

  /** The main speaker of the nearest sentence before `sentStart`, in this paragraph or up to 40 paragraphs back. */
  historyBefore(view: ParagraphView, sentStart: number): string | null {
    startSentenceSpeakers(view);
    const k = lastSentenceBefore(view.sentenceStartList(), sentStart);
    const own = k >= 0 ? latestSpeakerUpTo(view, k) : null;
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
    const subject = subjectOf(frame);
    return subject.explicit ? subject.text : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Stage 2: classification.

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
  if (innerWords > 4) return false;
  if (holdsSentenceEnd(view.text, span.start + span.open.length, span.end - span.close.length)) return false;
  // The clause words before the quote are nearest, nearest - 1, … (count of them).
  const count = clauseWordsBefore(view, span.start, 5);
  const nearest = view.firstWordFrom(span.start) - 1;
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
 * Same as testing the trimmed text[from, to) with /[.!?؟]\s*\S/u or /[؟?!]$/u: a sentence end followed by
 * more text, or a question or exclamation mark at the end. A character loop: no slice, no regex per quote.
 */
function holdsSentenceEnd(text: string, from: number, to: number): boolean {
  let pendingEnd = false;
  let lastVisible = -1;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isJsSpace(c)) continue;
    if (pendingEnd) return true;
    lastVisible = c;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f) pendingEnd = true;
  }
  return lastVisible === 0x61f || lastVisible === 0x3f || lastVisible === 0x21;
}

/** The units \s matches (and String.prototype.trim removes). */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Arabic: the subject of the sentence's first verb-initial clause (تجمّع المتظاهرون …), for fragments with no frame. */
function sentenceSubject(view: ParagraphView, sentStart: number, pos: number): string | null {
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

/** A definite relational adjective (الأوكراني، الإيرانية) that extends a noun phrase. */
function isDefiniteNisba(norm: string): boolean {
  return norm.startsWith('ال') && endsWithAny(norm, NISBA_SUFFIXES);
}

/** A definite adjective: relational, or an active participle of the فاعل pattern (الحزب الحاكم). */
function isDefiniteAdjective(norm: string): boolean {
  return isDefiniteNisba(norm) || isFaailPattern(norm);
}

const FAAIL_PATTERN = /^ال\p{L}ا\p{L}\p{L}ه?$/u;

/** Same as FAAIL_PATTERN.test(norm): ال, a letter, ا, two letters, an optional ه (الحاكم، الحاكمه). */
function isFaailPattern(norm: string): boolean {
  const n = norm.length;
  if (n < 6) return false;
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    // Letters outside the BMP make the UTF-16 length differ from the letter count.
    if (c >= 0xd800 && c <= 0xdfff) return FAAIL_PATTERN.test(norm);
  }
  return (
    n <= 7 &&
    norm.charCodeAt(0) === 0x627 &&
    norm.charCodeAt(1) === 0x644 &&
    LETTER.has(norm.charCodeAt(2)) &&
    norm.charCodeAt(3) === 0x627 &&
    LETTER.has(norm.charCodeAt(4)) &&
    LETTER.has(norm.charCodeAt(5)) &&
    (n === 6 || norm.charCodeAt(6) === 0x647)
  );
}

function speakerOfFrame(article: Article, view: ParagraphView, frame: Frame): string | null {
  const subject = subjectOf(frame);
  return subject.explicit ? subject.text : article.resolveImplied(view, frame.wi, view.ws(frame.wi));
}

/** The class of every scare quote (they have no speaker): shared, never changed. */
const SCARE = new Classified('scare', null);

/** Statement or scare quote, with its speaker; null for a quotation with no word in it. */
function classifySpan(article: Article, view: ParagraphView, k: number): Classified | null {
  const span = view.spans[k]!;
  const innerStart = span.start + span.open.length;
  const innerEnd = span.end - span.close.length;
  const innerWords = view.firstWordFrom(innerEnd) - view.firstWordFrom(innerStart);
  if (innerWords === 0) return null;
  const sentStart = view.sentenceStart(span.start);
  const back = frameBefore(view, span.start, sentStart);
  if (isNameLike(view, span, innerWords, back)) return SCARE;

  if (back.frame) {
    const speaker = speakerOfFrame(article, view, back.frame);
    // A single quoted word is speech only when a speaker is known; otherwise it is emphasis.
    if (innerWords === 1 && speaker === null) return SCARE;
    return new Classified('statement', speaker);
  }
  const after = frameAfter(view, span);
  if (after) return new Classified('statement', speakerOfFrame(article, view, after));
  if (back.colonLed) return new Classified('statement', article.historyBefore(view, sentStart));
  if (back.standalone && (innerWords >= 3 || gapFlags(view.text, innerStart, innerEnd) & G_END)) {
    // A quoted sentence standing alone continues the latest speaker of this or the previous paragraph.
    const lastPara = article.lastStatementPara;
    const continues = lastPara >= 0 && (lastPara === view.index || (lastPara === view.index - 1 && view.firstWordFrom(span.start) === 0));
    return new Classified('statement', continues ? article.lastStatementSpeaker : null);
  }
  if (innerWords >= 4) return new Classified('statement', sentenceSubject(view, sentStart, span.start));
  return SCARE;
}

// ---------------------------------------------------------------------------------------------------

/**
 * Finds the quotations of each paragraph, outermost only (nested quotes stay inside their outer quote),
 * sorted and non-overlapping. Returns one list per input paragraph, in order. A quote never closed runs to
 * the end of its paragraph; stray marks and empty pairs give nothing. `speaker` is a substring of the
 * article (resolved through pronouns and implied subjects to the latest explicit speaker), or null when
 * unknown and always for scare quotes. Never throws; linear in the text's length.
 */
export function detectQuotes(paragraphs: readonly string[], lang: string): DetectedQuote[][] {
  let units = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    if (typeof text === 'string') units += text.length;
  }
  resetArena(units);
  try {
    return detectAll(paragraphs, lang);
  } finally {
    releaseArena();
  }
}

function detectAll(paragraphs: readonly string[], lang: string): DetectedQuote[][] {
  const article = new Article(paragraphs, typeof lang === 'string' ? lang : '');
  const total = paragraphs.length;
  const out = (Number.isInteger(total) && total >= 0 ? unset<DetectedQuote[]>(total) : []) as DetectedQuote[][];
  const found = FOUND;
  for (let p = 0; p < paragraphs.length; p++) {
    let n = 0;
    try {
      const text = paragraphs[p];
      // Most paragraphs hold no quote mark: nothing to find, and their words are only tokenized if a later
      // quote needs them for anaphora.
      if (typeof text === 'string' && firstMarkIndex(text) < 0) {
        out[p] = found.slice(0, 0);
        article.release(p);
        continue;
      }
      const view = article.view(p, true);
      for (let k = 0; k < view.spans.length; k++) {
        const span = view.spans[k]!;
        const cls = classifySpan(article, view, k);
        view.classes[k] = cls;
        view.classified = k + 1;
        if (!cls) continue;
        const speaker = cls.kind === 'statement' ? cls.speaker : null;
        if (cls.kind === 'statement' && speaker) {
          article.lastStatementPara = p;
          article.lastStatementSpeaker = speaker;
        }
        span.kind = cls.kind;
        span.speaker = speaker;
        if (n < found.length) found[n++] = span;
        else n = found.push(span);
      }
    } catch {
      // Defensive: a paragraph that trips an unforeseen case keeps the quotes found so far (still sorted and
      // non-overlapping) rather than failing the whole import.
    }
    out[p] = found.slice(0, n);
    article.release(p);
  }
  return out;
}
