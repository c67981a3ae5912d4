/**
 * Context words that change what a place name means, shared by all threads. Same spelling
 * conventions as the thread lexicons (see `types.ts`).
 *
 * A country named in a sentence about a match, a tournament or a TV series is a team, a host or a
 * setting, not news about that country: places and demonyms in such a sentence do not count
 * (leaders and groups still do). Conflict words cancel that: "the match was cancelled after the
 * strikes on Gaza" is news.
 */

/** Words that make a sentence about sport. */
export const SPORT_CUES: readonly string[] = [
  // Not منتخب ("elected": الرئيس المنتخب), ملعب (الكرة في ملعب طهران), الدوري ("periodic"), تأهل
  // (elections have rounds too): those are handled as team nouns right before a name, or not at all.
  'كأس العالم', 'المونديال', 'مونديال', 'مباراة', 'مباريات', 'بطولة', 'البطولات', 'دوري أبطال',
  'الدوري الممتاز', 'الفيفا', 'فيفا', 'كرة القدم', 'كرة السلة', 'كرة اليد', 'الكرة الطائرة', 'منتخبات',
  'الأولمبياد', 'الألعاب الأولمبية', 'ركلات الترجيح', 'ركلة جزاء', 'حارس المرمى', 'كأس آسيا',
  'كأس الخليج', 'كأس الأمم', 'ربع النهائي', 'نصف النهائي', 'المدرب',
  'جام جهانی', 'تیم ملی', 'فوتبال', 'والیبال', 'بسکتبال', 'المپیک', 'سرمربی',
  'מונדיאל', 'גביע העולם', 'כדורגל', 'כדורסל', 'אולימפיאדה',
  'world cup', 'football', 'soccer', 'basketball', 'tournament', 'olympics', 'olympic games', 'fifa',
  'national team', 'striker', 'goalkeeper', 'midfielder', 'quarterfinal', 'quarter final', 'semifinal',
  'semi final', 'group stage',
];

/** Words that make a sentence about fiction: a series, its plot, its hero. */
export const FICTION_CUES: readonly string[] = [
  // Not مسلسل alone: "مسلسل الاغتيالات" (a series of assassinations) is news. It is a fiction noun
  // right before a demonym (المسلسل الكوري), below.
  'مسلسل تلفزيوني', 'المسلسل التلفزيوني', 'الدراما التلفزيونية', 'نتفليكس', 'نتفلكس', 'الأنمي', 'أنمي',
  'البطل', 'البطلة', 'بطلة', 'الرسوم المتحركة', 'الحبكة', 'حبكة', 'الحلقة الأولى', 'الحلقة الأخيرة',
  'الموسم الأول', 'الموسم الثاني', 'الموسم الثالث', 'الموسم الجديد', 'البوب الكوري',
  'سریال', 'نتفلیکس', 'انیمه',
  'סדרת טלוויזיה', 'סדרת הטלוויזיה', 'נטפליקס',
  'tv series', 'television series', 'drama series', 'k drama', 'kdrama', 'netflix', 'sitcom', 'episode',
  'protagonist', 'anime', 'k pop', 'kpop',
];

/** Words of war and security that keep a sports or fiction sentence about the news. */
export const CONFLICT_CUES: readonly string[] = [
  'حرب', 'الحروب', 'حربا', 'قصف', 'غارة', 'غارات', 'الاحتلال', 'العدوان', 'عدوان', 'الغزو', 'غزو',
  'اجتياح', 'صاروخ', 'صواريخ', 'صاروخية', 'قتلى', 'قتيل', 'شهيد', 'شهداء', 'الجيش', 'جيش', 'عسكري',
  'عسكرية', 'الأسرى', 'أسرى', 'هدنة', 'وقف إطلاق النار', 'عقوبات', 'نووي', 'نووية', 'الإبادة',
  'اللاجئين', 'النازحين', 'اغتيال', 'اغتيالات', 'عسكريين', 'مسلحين', 'الإرهاب',
  'جنگ', 'حمله', 'موشک', 'موشکی', 'ارتش', 'نظامی', 'تحریم', 'هسته‌ای', 'آتش‌بس', 'اشغال',
  'מלחמה', 'מלחמת', 'צבא', 'טיל', 'טילים', 'תקיפה', 'תקיפות', 'הפצצה', 'חטופים', 'הפסקת אש', 'גרעיני',
  'war', 'missile', 'missiles', 'airstrike', 'airstrikes', 'army', 'military', 'troops', 'sanctions',
  'nuclear', 'ceasefire', 'invasion', 'shelling', 'bombing', 'hostages', 'occupation',
];

/**
 * Nouns that, right before a place or demonym, make it the name of a team, a league or a
 * tournament (`منتخب كوريا الجنوبية`, `اللاعب المصري`, `נבחרת ישראל`).
 */
export const TEAM_NOUNS: readonly string[] = [
  'منتخب', 'منتخبات', 'نادي', 'لاعب', 'لاعبة', 'لاعبو', 'لاعبي', 'كأس', 'بطولة',
  'مونديال', 'تیم', 'باشگاه', 'لیگ', 'جام', 'נבחרת', 'קבוצת', 'ליגת',
];

/**
 * Phrases in which a team noun is something else (منتخب "elected"): they hide the noun.
 */
export const NOT_TEAM_NOUNS: readonly string[] = [
  'الرئيس المنتخب', 'رئيس منتخب', 'البرلمان المنتخب', 'المجلس المنتخب', 'برلمان منتخب', 'مجلس منتخب',
];

/** Nouns that, right before a demonym, make it the origin of a work of fiction (`المسلسل الكوري`). */
export const FICTION_NOUNS: readonly string[] = [
  'مسلسل', 'مسلسلات', 'الدراما', 'دراما', 'الأنمي', 'البوب', 'سریال', 'סדרה', 'סדרת', 'דרמה',
];

/**
 * The Gulf. Bare `الخليج` is the Persian/Arabian Gulf unless the article names another gulf
 * (then it is that one: "خليج المكسيك … هذا الخليج"). An indefinite `خليج X` is a named gulf: one
 * of the region's gulfs (`arabian`) or another one (`foreign`). `gap` is the figurative sense.
 */
export const GULF = {
  bare: ['!الخليج', 'gulf'],
  arabian: [
    'الخليج العربي', 'الخليج الفارسي', 'خليج فارس', 'خلیج فارس', 'خليج عمان', 'خليج عدن', 'خليج العقبة',
    'خليج السويس', 'دول الخليج', 'منطقة الخليج', 'حرب الخليج', 'أمن الخليج', 'مجلس التعاون الخليجي',
    'מפרץ הפרסי', 'מדינות המפרץ', 'persian gulf', 'arabian gulf', 'gulf states', 'gulf of aden',
    'gulf of oman', 'gulf of aqaba', 'gulf of suez', 'gulf war',
  ],
  foreign: ['^خليج', 'gulf of'],
  gap: ['الخليج بين', 'الخليج القائم بين', 'الخليج الذي يفصل', 'gulf between'],
} as const;
