import { describe, expect, it } from 'vitest';
import { ArticleContext } from './anaphora';
import { Scratch } from './scratch';
import { IMPLIED, sentenceSubject, subjectOf } from './speaker';
import type { ParagraphView } from './view';

/** The view of a one-paragraph article. */
function viewOf(text: string, lang = 'ar'): ParagraphView {
  const scratch = new Scratch();
  scratch.begin(text.length);
  return new ArticleContext([text], lang, scratch).view(0);
}

/** The subject of the frame word `word` (the first word written so) of `text`: its text, or null when implied. */
function subject(text: string, word: string, lang = 'ar'): string | null {
  const view = viewOf(text, lang);
  let i = 0;
  while (i < view.count && text.slice(view.ws(i), view.we(i)) !== word) i++;
  const frame = view.frame(i);
  if (!frame) throw new Error(`${word} is not a frame of saying in ${text}`);
  const s = subjectOf(view, frame);
  return s.explicit ? s.text : null;
}

describe('subjectOf: the name span after an Arabic verb', () => {
  it.each([
    ['up to the complementizer', 'قال وزير الزراعة سامي الحداد إن المحصول جيد', 'قال', 'وزير الزراعة سامي الحداد'],
    ['without trailing media and time phrases', 'وقال المتحدث باسم وزارة الصحة عماد فرح لشبكة (الخبر) يوم الأحد إن الوضع هادئ', 'وقال', 'المتحدث باسم وزارة الصحة عماد فرح'],
    ['the appositive name between commas', 'قالت مديرة المهرجان، سلمى حداد، إن الدورة ستكون الأكبر', 'قالت', 'سلمى حداد'],
    ['before the phrase the verb governs', 'واعترف المتحدث باسم الحكومة بخسارة المعركة', 'واعترف', 'المتحدث باسم الحكومة'],
    ['before an object after a title and a full name', 'ووصف النائب فادي منصور القرار بأنه متسرع', 'ووصف', 'النائب فادي منصور'],
    ['the source after نقلت … عن', 'ونقلت وكالة محلية عن شهود عيان أن الدخان غطى السماء', 'ونقلت', 'شهود عيان'],
    ['after بحسب ما قاله', 'بحسب ما قاله أحد السائقين لمراسلنا', 'بحسب', 'أحد السائقين'],
    ['after the ل glued to the source of a speech noun', 'وفي تصريحات لسكرتير الحزب أمس', 'تصريحات', 'سكرتير الحزب'],
    ['up to a tatweel typed as a dash', 'وقال المقداد ـ في تصريحات للصحفيين ـ إن الوضع خطير', 'وقال', 'المقداد'],
  ])('%s', (_name, text, verb, expected) => {
    expect(subject(text, verb)).toBe(expected);
  });

  it('reads the subject before the verb when none follows it (كان X قد أعلن)', () => {
    expect(subject('كان الاتحاد الرياضي قد أعلن أن البطولة ستقام', 'أعلن')).toBe('الاتحاد الرياضي');
  });

  it('uses the topic of أما … ف', () => {
    expect(subject('أما سارة، وهي طالبة جامعية، فكتبت لأصدقائها', 'فكتبت')).toBe('سارة');
  });

  it('copies the subject exactly as written, diacritics and tatweel included', () => {
    expect(subject('وقـــال الوزيـرُ إنّ الوضع جيد', 'وقـــال')).toBe('الوزيـرُ');
  });
});

describe('subjectOf: implied subjects', () => {
  it.each([
    ['a participle', 'مؤكدا أن الوضع صعب', 'مؤكدا'],
    ['a pronoun', 'وقال هو إن الوضع صعب', 'وقال'],
    ['a verb with no subject before the complementizer', 'وأضاف أن الحكومة لن تتراجع', 'وأضاف'],
    ['a particle carrying the subject pronoun', 'لكنه وصف الرد بأنه مخيب', 'وصف'],
    ['an addressee phrase after دعا', 'ودعا كل الأطراف إلى الحوار', 'ودعا'],
  ])('%s', (_name, text, verb) => {
    expect(subject(text, verb)).toBeNull();
  });

  it('marks a pronoun subject as matched words naming no one', () => {
    const view = viewOf('وقال هو إن الوضع صعب');
    const s = subjectOf(view, view.frame(0)!);
    expect(s).toEqual({ explicit: false, end: view.we(1) });
    expect(IMPLIED).toEqual({ explicit: false, end: -1 });
  });
});

describe('subjectOf: other languages', () => {
  it('Urdu and Persian: the subject opens the clause', () => {
    expect(subject('وزیر تعلیم نے کہا کہ تمام اسکول کھل جائیں گے', 'کہا', 'ur')).toBe('وزیر تعلیم');
    expect(subject('وزارت بهداشت روز دوشنبه گفت که واکسن آماده است', 'گفت', 'fa')).toBe('وزارت بهداشت');
  });

  it('Hebrew: a relative verb takes the appositive before it', () => {
    expect(subject('חבר המועצה, דני כהן, ששאל: מתי ייפתח הגן?', 'ששאל', 'he')).toBe('דני כהן');
  });

  it('English: the subject before a trailing verb', () => {
    expect(subject('"The bridge will reopen," the engineer said.', 'said', 'en')).toBe('the engineer');
  });
});

describe('sentenceSubject', () => {
  it('gives the subject of the first verb-initial clause of an Arabic sentence', () => {
    const text = 'تجمع المتظاهرون الفلسطينيون أمام البرلمان رافعين لافتات';
    const view = viewOf(text);
    expect(sentenceSubject(view, 0, text.indexOf('لافتات'))).toBe('المتظاهرون الفلسطينيون');
  });

  it('gives nothing outside Arabic', () => {
    const text = 'تجمع المتظاهرون الغاضبون أمام البرلمان';
    expect(sentenceSubject(viewOf(text, 'fa'), 0, text.length)).toBeNull();
  });
});

describe('subjectOf: the speaker span ends at the name', () => {
  it.each([
    ['skips words of time between the verb and its subject', 'وقال اليوم الثلاثاء وزير الري هاني سالم إن السد آمن', 'وقال', 'وزير الري هاني سالم', 'ar'],
    ['keeps the name before a title in apposition', 'وقال سامي عودة، وزير المالية، إن العجز تراجع', 'وقال', 'سامي عودة', 'ar'],
    ['keeps the name before a title with no comma', 'وقال عبد الله ناصر رئيس النقابة إن الإضراب مستمر', 'وقال', 'عبد الله ناصر', 'ar'],
    ['takes the appositive name when words of time follow it', 'قال رئيس البلدية، كريم داود، الأحد، إن الطرق فتحت', 'قال', 'كريم داود', 'ar'],
    ['ends before the object of a verb of describing (a name, then a definite noun)', 'ووصف سالم الخطوة بأنها متأخرة', 'ووصف', 'سالم'],
    ['ends before the object of a verb of describing after a title and its complement', 'ووصف وزير الخارجية القرار بأنه خاطئ', 'ووصف', 'وزير الخارجية'],
    ['Hebrew: takes the subject before the verb', 'ראש העירייה דנה כהן אמרה כי הכביש ייפתח', 'אמרה', 'ראש העירייה דנה כהן', 'he'],
    ['Hebrew: skips a weekday in brackets after the verb', 'כך אמרה היום (שלישי) רותי לוי, תושבת השכונה', 'אמרה', 'רותי לוי', 'he'],
    ['Hebrew: the person a quoting agency quotes', 'ציטטה הסוכנות את מר פארק', 'ציטטה', 'מר פארק', 'he'],
  ])('%s', (_name, text, verb, expected, lang = 'ar') => {
    expect(subject(text, verb, lang)).toBe(expected);
  });

  it.each([
    ['a verb joined by "and" with no subject after it (the earlier verb’s subject)', 'المدير تحدث مطولا وقال إن الخطة جاهزة', 'وقال', 'ar'],
    ['Hebrew: "that" glued to the word after the verb', 'והוסיף שהמלחמה לא תסתיים', 'והוסיף', 'he'],
    ['Hebrew: the governed complement right after the verb', 'והתייחס לאירועים האחרונים', 'והתייחס', 'he'],
  ])('leaves the subject implied: %s', (_name, text, verb, lang) => {
    expect(subject(text, verb, lang)).toBeNull();
  });
});

describe('subjectOf: verbs of describing', () => {
  it('leaves the subject implied when the one noun phrase before بـ is the object', () => {
    expect(subject('ووصف الخطة بـ«الخطيرة جدا»', 'ووصف')).toBeNull();
    expect(subject('واعتبر القرار بأنه خاطئ', 'واعتبر')).toBeNull();
  });

  it('ends the subject before the head of an object with أي', () => {
    expect(subject('واعتبر وزير الخارجية سامي داود وجود أي قوات أجنبية «احتلالا»', 'واعتبر')).toBe('وزير الخارجية سامي داود');
  });
});
