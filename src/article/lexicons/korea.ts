import type { ThreadLexicon } from './types';

/**
 * Korea: North and South Korea, the peninsula, their cities and sites, leaders and people.
 * Single syllables of Korean names (بيونغ, كيم, يون) are deliberately not entries: they occur in
 * many people's names; only the full place or leader name counts.
 */
export const KOREA: ThreadLexicon = {
  id: 'korea',
  places: [
    // Arabic
    'كوريا', 'كوريا الشمالية', 'كوريا الجنوبية', 'الكوريتين', 'الكوريتان', 'شبه الجزيرة الكورية',
    'بيونغ يانغ', 'بيونغيانغ', 'بيونج يانج', 'بيونغ يانج', 'بيونجيانج', 'سيئول', 'سيؤول', 'بوسان',
    'إنتشون', 'إنشيون', 'إنتشيون', 'بانمونجوم', 'بانمونغوم', 'كيسونغ', 'كايسونغ', 'يونغبيون', 'جيجو',
    'المنطقة منزوعة السلاح', 'المنطقة المنزوعة السلاح',
    // Persian
    'کره شمالی', 'کره جنوبی', 'کره‌ای', 'کره ای', 'شبه جزیره کره', 'پیونگ‌یانگ', 'پیونگ یانگ',
    'پیونگیانگ',
    // Urdu
    'شمالی کوریا', 'جنوبی کوریا', 'کوریا', 'پیانگ یانگ', 'سیئول',
    // Hebrew (without the article / prepositions)
    'קוריאה', 'צפון קוריאה', 'דרום קוריאה', 'פיונגיאנג', "פיונג'יאנג", 'פיונגיינג', 'סיאול', 'סאול',
    // English
    'korea', 'north korea', 'south korea', 'pyongyang', 'seoul', 'busan', 'incheon', 'panmunjom',
    'kaesong', 'yongbyon', 'dprk', 'korean peninsula',
  ],
  demonyms: [
    'كوري', 'کوریائی', 'קוריאני',
    'korean', 'koreans',
  ],
  people: [
    // Leaders of the North
    'كيم جونغ أون', 'كيم جونغ اون', 'كيم جونج أون', 'كيم يونغ أون', 'كيم جونغ-أون', 'كيم جونغ إيل',
    'كيم جونج إيل', 'كيم إيل سونغ', 'كيم إيل سونج', 'كيم يو جونغ', 'كيم يو جونج',
    'کیم جونگ اون', 'کیم جونگ‌اون', 'کیم جونگ ان', 'کم جونگ ان',
    'קים ג\'ונג און', 'קים ג\'ונג-און', 'קים ג\'ונג איל', 'קים יו ג\'ונג',
    'kim jong un', 'kim jong-un', 'kim jong il', 'kim jong-il', 'kim il sung', 'kim il-sung', 'kim yo jong',
    'kim yo-jong',
    // Presidents and prime ministers of the South
    'يون سوك يول', 'يون سوك-يول', 'يون سيوك يول', 'لي جاي ميونغ', 'لي جيه ميونغ', 'لي جاي-ميونغ',
    'لي جيه-ميونغ', 'مون جاي إن', 'مون جيه إن', 'مون جاي-إن', 'هان دوك سو', 'هان دوك-سو',
    'یون سوک یول', 'یون سوک-یول', 'لی جه میونگ', 'مون جه این',
    'יון סוק יאול', 'יון סוק-יאול', "לי ג'ה-מיונג", "מון ג'ה-אין",
    'yoon suk yeol', 'yoon suk-yeol', 'lee jae-myung', 'lee jae myung', 'moon jae-in', 'moon jae in',
    'han duck-soo',
  ],
  groups: ['حزب العمال الكوري', 'workers\' party of korea'],
  weak: [
    // سيول is also "floods"; کره alone is also "sphere" or "butter" in Persian and "hatred" in Arabic.
    // The Persian spelling of Seoul, سئول, folds to سيول (ئ → ي) and so is this homograph too.
    '^سيول', '^کره', 'yoon',
  ],
  blocked: ['کره زمین', 'کره ماه'],
};
