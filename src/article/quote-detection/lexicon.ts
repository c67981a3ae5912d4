/**
 * The lexicons of quote detection: frames of saying (verbs, participles, "according to" words, speech
 * nouns) in every written form, the closed word lists that end or shape a subject, and the lexical flags
 * of a word, computed once per distinct word. Written naturally and normalised at load time (see
 * normalizeForMatch).
 */
import { cliticVariants, nounVariants } from './clitics';
import { ARABIC } from './frames/ar';
import { ENGLISH } from './frames/en';
import { PERSIAN } from './frames/fa';
import { HEBREW } from './frames/he';
import { type FrameGroup, type FrameKind, LEXICON_LANGUAGES, type LexiconLanguage } from './frames/types';
import { URDU } from './frames/ur';
import { isArabicScript, isLetter, isNumber } from '../text/classify';
import { CORE_ARABIC_NISBA_SUFFIXES } from '../text/nisba';
import { normalizedKey, normalizeForMatch } from './normalize';

/** One frame word of the lexicon. */
export interface FrameEntry {
  kind: FrameKind;
  /** Prepositions the verb governs: a word starting with one ends the subject (اعترف X بخسارة). */
  governs?: readonly string[];
  /**
   * A verb of describing with a direct object (ووصف X الخطوة بـ«…»، اعتبر X القرار «…»): a definite noun
   * after the subject's name starts the object.
   */
  object?: boolean;
}

/** One written form of a frame word. */
export interface FrameForm {
  entry: FrameEntry;
  /** Written with the Hebrew relative prefix ש (… ששאל): its subject is the noun phrase before it. */
  relative: boolean;
}

/** Written forms of frame words (clitics included: وقال، فقال، لتقول، ואמר، שאמר) to their entries. */
export type FrameMap = ReadonlyMap<string, FrameForm>;

/** The data of each language's lexicon (frames/). */
export const FRAME_DATA: Readonly<Record<LexiconLanguage, readonly FrameGroup[]>> = { ar: ARABIC, fa: PERSIAN, ur: URDU, he: HEBREW, en: ENGLISH };

/** Adds every written form of the words of `group` to `map`, clitics included. */
function addGroup(map: Map<string, FrameForm>, group: FrameGroup): void {
  const entry: FrameEntry = group.governs ? { kind: group.kind, governs: group.governs.map(normalizeForMatch) } : { kind: group.kind };
  if (group.object) entry.object = true;
  for (const raw of group.words.split(/\s+/u)) {
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
    for (const [form, relative] of forms) if (!map.has(form)) map.set(form, { entry, relative });
  }
}

function frameMap(languages: readonly LexiconLanguage[]): Map<string, FrameForm> {
  const map = new Map<string, FrameForm>();
  for (const lang of languages) for (const group of FRAME_DATA[lang]) addGroup(map, group);
  return map;
}

/**
 * The frames of each language, with English in every one (news in any of them quotes English sources):
 * a Persian word that spells an Arabic verb (نفت "oil", نفت "she denied") is only a frame in Arabic.
 */
const FRAMES_BY_LANGUAGE = new Map<LexiconLanguage, FrameMap>(LEXICON_LANGUAGES.map((l) => [l, frameMap(l === 'en' ? ['en'] : [l, 'en'])]));

/** Every language's frames together: for text in a language with no lexicon of its own. */
export const FRAMES: FrameMap = frameMap(LEXICON_LANGUAGES);

/** The frames to look words up in for text in `primary` (a primary language subtag). */
export function framesFor(primary: string): FrameMap {
  return FRAMES_BY_LANGUAGE.get(primary as LexiconLanguage) ?? FRAMES;
}

// Persian compound verbs: a noun followed by a light verb (اعلام کرد, تاکید کرد, اظهار داشت).
/** Persian nouns that form a verb of saying with a light verb after them. */
export const PERSIAN_LIGHT_NOUNS = normSet('اعلام تاکید تأکید اظهار عنوان خاطرنشان تصریح اضافه توضیح ادامه قول وعده');
/** Persian adjectives that form a verb of pledging with شد (متعهد شد, "pledged"). */
export const PERSIAN_PLEDGE_ADJECTIVES = normSet('متعهد');
/** The light verbs (as prefixes of the next word) of Persian compound verbs of saying. */
export const PERSIAN_LIGHT_VERBS = ['كرد', 'داشت', 'نمود', 'داد'];
/** Urdu nouns that form a verb of saying or demanding with کیا / کی / کر after them (مطالبہ کیا، اعلان کیا، اپیل کی). */
export const URDU_LIGHT_NOUNS = normSet('مطالبہ اعلان دعویٰ دعوی اپیل تردید وضاحت اعتراف انکار اظہار وعدہ قرار');
/** The light verbs (as prefixes of the next word) of Urdu compound verbs of saying: کیا، کی، کر; دیا، دینے (قرار دیا, "declared"). */
export const URDU_LIGHT_VERBS = ['كيا', 'كي', 'كر', 'دي'].map(normalizeForMatch);
/** Urdu postpositions of place and direction: a subject starts after them (غزہ کی پٹی میں شہریوں نے). */
export const URDU_PLACE_POSTPOSITIONS: ReadonlySet<string> = new Set(['میں', 'پر', 'سے', 'کو']);
/** Arabic relative pronouns: a verb right after one is a relative clause whose subject precedes it. */
export const RELATIVE_PRONOUNS = normSet('الذي التي الذين');
/** The entry of a Persian compound verb of saying. */
export const LIGHT_VERB: FrameEntry = { kind: 'verb' };
/** The entry of Persian به گفته / به گزارش (according to). */
export const ACCORDING: FrameEntry = { kind: 'according' };
/** Persian گفته, "according to" after به. */
export const PERSIAN_SAID = normalizeForMatch('گفته');
/** Persian گزارش, "according to the report of" after به. */
export const PERSIAN_REPORT = normalizeForMatch('گزارش');
/**
 * Urdu words that end a subject right before the verb of saying, as written (folding would merge کا کی کے):
 * the ergative نے, the genitive of کہنا (کا کہنا ہے).
 */
export const URDU_SUBJECT_MARKERS: ReadonlySet<string> = new Set(['نے', 'کا']);
/** Urdu and Persian postpositions of the genitive that may stand between a quotation and the noun it names (’…‘ کے عنوان سے). */
export const GENITIVE_POSTPOSITIONS: ReadonlySet<string> = new Set(['کے', 'کی', 'کا']);
/** Urdu "X کے مطابق": the source stands before the word. */
export const URDU_ACCORDING = normalizeForMatch('مطابق');

function normSet(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter(Boolean).map(normalizeForMatch));
}

// A word can only be a frame when its normalised form is a FRAMES key or a Persian light-verb noun. Most
// words are neither: this table of their keys (see normalizedKey) rejects most of them without building the
// normalised string or even reading the whole word.
const FRAME_FILTER = new Uint8Array(1 << 16);
for (const key of [...FRAMES.keys(), ...PERSIAN_LIGHT_NOUNS, ...PERSIAN_PLEDGE_ADJECTIVES, ...URDU_LIGHT_NOUNS]) FRAME_FILTER[normalizedKey(key)] = 1;

export type { FrameKind };

/**
 * False when text[start, end) is certainly not a frame word (nor a Persian light-verb noun); true when it
 * may be one, to be confirmed by looking its normalised form up.
 */
export function mayBeFrame(text: string, start: number, end: number): boolean {
  return FRAME_FILTER[normalizedKey(text, start, end)] === 1;
}

/** Complementizers with no subject pronoun attached: the word after them is the reported clause's subject. */
const BARE_COMPLEMENTIZERS = normSet('إن أن بأن وأن כי that که');
/** Complementizers, bare or with a pronoun (إن، أنه، بأن، כי، که): they end a subject and open reported speech. */
export const COMPLEMENTIZERS = normSet('إن أن إنه أنه إنها أنها إنهم أنهم إننا أننا بأن بأنه بأنها بأنهم وأن وإن لأن כי that که كه');
/** Words that end a subject noun phrase after the verb: prepositions, time words, adverbs, relatives. */
const NP_STOPS = normSet(
  'على عن إلى الى مع خلال عبر لدى أمام حول بشأن منذ حتى بعد قبل أثناء عقب إثر ضمن من ' +
    'يوم اليوم أمس مساء صباح ليلة الليلة الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد ' +
    'أيضا كذلك بدوره بدورها بدورهم مجددا بوضوح بشدة صراحة لاحقا سابقا مؤخرا رسميا علنا أخيرا مرارا ' +
    'الذي التي الذين اللذين اللتين قد لقد ثم ما مما ل ب بهذا بهذه بذلك بتلك لذلك لهذا ' +
    'אתמול היום הבוקר הערב אמש הלילה בדיון בראיון בשיחה בהודעה בתגובה בכנס בפני לכתבים על אל עם מול במהלך לאחר לפני גם אף עוד כך אז ואז כעת עכשיו לכן אולם אבל את ' +
    'that on in at to during yesterday today',
);
/**
 * Verbs of receiving, publishing and relaying with the statement as their object (بيان تلقته X، تصريح
 * نقلته X، وفق ما أوردت X): the subject after them is the outlet a text is credited to, never its speaker.
 */
export const OUTLET_VERBS = normSet(
  'تلقته تلقتها تلقاه تلقت تلقى نشرته نشرتها نشرت نشر أوردته أوردتها أوردت أورد بثته بثتها بثت نقلته نقلتها أذاعته أذاعت',
);
/**
 * Words of time that may stand between a verb and its subject (قال اليوم الثلاثاء الوزير، אמרה היום
 * (שלישי) X): skipped there, and never a speaker.
 */
export const TIME_WORDS = normSet(
  'اليوم أمس غدا مساء صباح الليلة ظهر فجر الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد ' +
    'היום אתמול הבוקר הערב אמש הלילה ראשון שני שלישי רביעי חמישי שישי שבת ' +
    'امروز دیروز شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه آج',
);
/** Adverbs and pronouns that may stand between a quotation and the verb after it ("…", כך אמרה X / "…", היא סיפרה / «…»، هكذا قال). */
export const AFTER_QUOTE_LEADS = normSet('כך הוא היא הם הן هكذا كذا هو هي');
/** The first word of a subject that heads a larger phrase (أحد كبار مستشاري …): a title after it is not an apposition. */
export const PHRASE_HEADS = normSet('أحد إحدى كبير كبار بعض عدد عضو');
/** Pronoun-prepositions directly after a verb (روّجت له X): skipped, the subject follows them. */
const PRONOUN_PREPS = normSet('له لها لهم لنا لي لكم');
/** A verb followed by one of these describes a thing (لافتات كتب عليها …), not a speaker. */
export const RELATIVE_PREPS = normSet('عليها عليه عليهم فيها فيه');
/** `في` followed by one of these ends the subject: وقال X في بيان / في مؤتمر صحفي. */
const SPEECH_EVENTS = normSet(
  'بيان تصريح تصريحات مقابلة مؤتمر حديث كلمة لقاء اجتماع رسالة تغريدة منشور اتصال ختام جلسة ندوة خطاب برنامج حوار أول آخر',
);
/** Media words after ل that end the subject: لوكالة فرانس برس, لشبكة (سكاي نيوز). */
const MEDIA = normSet('وكالة شبكة صحيفة قناة موقع مجلة إذاعة تلفزيون تلفزيونية صحافة صحافيين صحفيين إعلام');
/** Name components followed by a definite word inside a person's name (عبد الله، أبو الحسن). */
export const NAME_PARTICLES = normSet('عبد ابو أبو بن ابن بنت آل ذو');
/** Particles carrying a subject pronoun (لكنه، إنه، وهو): a verb right after them has that implied subject. */
export const SUBJECT_PARTICLES = normSet('لكنه لكنها لكنهم ولكنه ولكنها إنه إنها أنه أنها وهو وهي هو هي فهو فهي');
/** An all/every phrase after دعا/حث is the addressee, not the speaker (يدعو كل الكوريين إلى …). */
export const QUANTIFIERS = normSet('كل جميع بعض كافة');
/** Pronouns and anaphors (الجانب، الأخير، وی، הוא): a subject that names no one, resolved to an earlier speaker. */
const PRONOUNS = normSet('هو هي هم هما هن الأخير الأخيرة الجانب وی او ایشان آنها انہوں وہ اس הוא היא הם הן he she they it we i');
/** A subject opening with a demonstrative (هذه الوزارة، این وزارتخانه) is an anaphor too. */
const DEMONSTRATIVES = normSet('هذا هذه ذلك تلك هؤلاء این آن');
/** Leading words of a clause that are not part of its subject (كان X قد قال). */
const CLAUSE_PARTICLES = normSet('كان كانت كانوا قد لقد ثم فيما بينما كما حيث إذ لكن لكنه و ف وكان وكانت وقد');
/** A clause opening with a preposition (ولدى سؤاله …) has no subject before its verb. */
const PREPOSITIONS = normSet('في من على عن إلى الى مع لدى عند بعد قبل خلال منذ حول ولدى وفي ومن وعلى وعن وبعد وخلال');
/** Persian and Urdu words that end the sentence-initial subject (با، در، به، را، نے، کو …). */
export const FA_UR_STOPS = normSet(
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
/** Prepositions of topic: a short quotation right after one is what is talked about, a name (بخصوص «المينورسو»، حول «…»). */
export const TOPIC_PREPOSITIONS = normSet('حول بشأن بخصوص عن');
/** Words that introduce a name: اسم، يسمى، بعنوان، المعروف بـ. */
const NAMING = normSet('اسم اسمه اسمها تسمية يسمى تسمى سمي المسمى المسماة يعرف تعرف المعروف المعروفة بعنوان عنوان شعار لقب وسم هاشتاغ نام نامی');
/** Person titles: a short quote right after one is the person's name (الرئيس الأوكراني "…"). */
const TITLES = normSet(
  'رئيس رئيسة وزير وزيرة قائد متحدث ناطق زعيم ملك أمير شيخ سيد سيدة لاعب مدرب مخرج ممثل ممثلة فنان فنانة مغني مغنية كاتب كاتبة ' +
    'روائي شاعر بطل بطلة شخصية نائب عقيد لواء عميد جنرال رائد مقدم نقيب دكتور مهندس صحفي مراسل قيادي ناشط ناشطة معارض أمين ' +
    'سفير مبعوث مستشار محلل خبير باحث أستاذ بروفيسور حاخام إمام مرشد قاضي محامي مدعي قس بابا مطران مدير مديرة عضو محافظ نجم نجمة ' +
    'שר ראש דובר ' +
    'رئیسجمهور رئیسجمهوری رئیس‌جمهور رئیس‌جمهوری نخست‌وزیر نخستوزیر سخنگوی سخنگو وزیر رهبر',
);

// Lexical flags of a word: L_* are its lexical classes (kept in three bits of a view's memo, see L_ALL),
// W_* the other tests the look-ups make of it.
/** A noun variant of the word is a classifier noun (see CLASSIFIERS). */
export const L_CLASSIFIER = 1;
/** A noun variant of the word is a person's title (see TITLES). */
export const L_TITLE = 2;
/** A noun variant of the word introduces a name (see NAMING). */
export const L_NAMING = 4;
/** All the L_* bits. */
export const L_ALL = 7;
/** A noun variant of the word is a speech event (بيان، مؤتمر …; see SPEECH_EVENTS). */
export const W_SPEECH_EVENT = 8;
/** A clitic variant of the word is a pronoun or anaphor (see PRONOUNS). */
export const W_PRONOUN = 16;
/** A clitic variant of the word is a demonstrative (see DEMONSTRATIVES). */
export const W_DEMONSTRATIVE = 32;
/** The word is a complementizer, bare or with a pronoun (see COMPLEMENTIZERS). */
export const W_COMPLEMENTIZER = 1 << 6;
/** The word ends a subject noun phrase (see NP_STOPS). */
export const W_NP_STOP = 1 << 7;
/** The word is a preposition that can open a clause (see PREPOSITIONS). */
export const W_PREPOSITION = 1 << 8;
/** The word is a leading particle of a clause (see CLAUSE_PARTICLES). */
export const W_CLAUSE_PARTICLE = 1 << 9;
/** The word is a pronoun-preposition (see PRONOUN_PREPS). */
export const W_PRONOUN_PREP = 1 << 10;
/** The word is a complementizer with no pronoun attached (see BARE_COMPLEMENTIZERS). */
export const W_BARE_COMPLEMENTIZER = 1 << 11;
/** Holds a digit of any script. */
export const W_NUMBER = 1 << 12;
/** لل…, or ل before a media noun (لوكالة، لشبكة): ends a subject. */
export const W_TO_MEDIA = 1 << 13;
/** ل with a pronoun suffix (لأصدقائها، لهم): names the addressee. */
export const W_ADDRESSEE = 1 << 14;
/** Hebrew relative prefix ש on a word longer than three letters: starts a clause. */
export const W_RELATIVE_SHIN = 1 << 15;
/** An Arabic noun with a possessive suffix (جارتها): an object after the subject. */
export const W_POSSESSIVE = 1 << 16;
/** A word of time (see TIME_WORDS). */
export const W_TIME = 1 << 18;
/** A verb of receiving or relaying a text (see OUTLET_VERBS), or a bare ل / ל (قال لـ"العربي"): an outlet follows. */
export const W_OUTLET = 1 << 17;
/** Set in memoised flags (see ParagraphView.flags) so that 0 means "not computed"; wordFlags never sets it. */
export const W_KNOWN = 1 << 30;

/** Lexical flags (L_*, W_*) of normalised words, so each word's variants are built and looked up once. */
const WORD_FLAGS = new Map<string, number>();
const WORD_FLAGS_KEPT = 1 << 14;

/** The lexical flags (L_*, W_*; never W_KNOWN) of a normalised word. */
export function wordFlags(norm: string): number {
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
  if (norm.length >= 5 && norm.startsWith('ل') && endsWithAny(norm, ADDRESSEE_SUFFIXES) && hasArabicScript(norm)) f |= W_ADDRESSEE;
  if (norm.startsWith('ש') && norm.length > 3) f |= W_RELATIVE_SHIN;
  if (norm.length >= 5 && endsWithAny(norm, POSSESSIVE_SUFFIXES) && hasArabicScript(norm)) f |= W_POSSESSIVE;
  if (OUTLET_VERBS.has(norm) || norm === 'ل' || norm === 'ל') f |= W_OUTLET;
  if (TIME_WORDS.has(norm)) f |= W_TIME;
  // Only short words are kept: a string of 13 units or more may be a slice that keeps its paragraph alive.
  if (norm.length < 13) {
    if (WORD_FLAGS.size >= WORD_FLAGS_KEPT) WORD_FLAGS.clear();
    WORD_FLAGS.set(norm, f);
  }
  return f;
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
/** Endings of a relational adjective (الأوكراني، الإيرانية، …يين، …يون), folded like the words they end. */
const NISBA_SUFFIXES = CORE_ARABIC_NISBA_SUFFIXES.map(normalizeForMatch);

/** Whether a unit of `s` is in the Arabic script. */
function hasArabicScript(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isArabicScript(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Same as /\p{N}/u.test(s) for text in the BMP: any number character, not only decimal digits (½ and ²
 * stop a subject too).
 */
function hasNumberChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isNumber(s.charCodeAt(i))) return true;
  return false;
}

/** A definite relational adjective (الأوكراني، الإيرانية) that extends a noun phrase. */
export function isDefiniteNisba(norm: string): boolean {
  return norm.startsWith('ال') && endsWithAny(norm, NISBA_SUFFIXES);
}

/** A definite adjective: relational, or an active participle of the فاعل pattern (الحزب الحاكم). */
export function isDefiniteAdjective(norm: string): boolean {
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
    isLetter(norm.charCodeAt(2)) &&
    norm.charCodeAt(3) === 0x627 &&
    isLetter(norm.charCodeAt(4)) &&
    isLetter(norm.charCodeAt(5)) &&
    (n === 6 || norm.charCodeAt(6) === 0x647)
  );
}


/**
 * A frame of saying found in a paragraph: word `wi` of its view is a verb, participle or noun that
 * introduces speech.
 */
export class Frame {
  constructor(
    /** Index of the frame word in its paragraph's view. */
    readonly wi: number,
    readonly entry: FrameEntry,
    /** The verb is a relative clause (Hebrew ש־ prefix, Arabic الذي before it): its subject precedes it. */
    readonly relative: boolean,
  ) {}
}
