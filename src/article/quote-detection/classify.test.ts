import { describe, expect, it } from 'vitest';
import { ArticleContext } from './anaphora';
import { classifySpan, frameAfter, frameBefore } from './classify';
import { Scratch } from './scratch';
import { SCARE } from './span';

/** The article's context and the view of its paragraph p. */
function contextOf(paragraphs: string[], p = 0, lang = 'ar') {
  const scratch = new Scratch();
  scratch.begin(paragraphs.join('').length);
  const article = new ArticleContext(paragraphs, lang, scratch);
  return { article, view: article.view(p) };
}

/** The classes of the quotations of paragraph p, classified in order as detection does. */
function classes(paragraphs: string[], p = 0, lang = 'ar') {
  const { article, view } = contextOf(paragraphs, p, lang);
  return view.spans.map((_, k) => {
    const cls = classifySpan(article, view, k);
    view.classes[k] = cls;
    view.classified = k + 1;
    return cls && { kind: cls.kind, speaker: cls.speaker };
  });
}

describe('classifySpan: with a frame of saying', () => {
  it('makes a quote governed by a verb a statement of the verb’s subject', () => {
    expect(classes(['قال الوزير إن "الخطة ناجحة جدا".'])).toEqual([{ kind: 'statement', speaker: 'الوزير' }]);
  });

  it('makes a quote followed by a verb a statement of that verb’s subject', () => {
    expect(classes(['"لن نتراجع عن مطالبنا"، قال النقابي جمال رضا.'])).toEqual([{ kind: 'statement', speaker: 'النقابي جمال رضا' }]);
  });

  it('keeps a one-word quote after a frame with no known speaker as emphasis', () => {
    expect(classes(['وقال إن الأمر "مستحيل".'])).toEqual([SCARE]);
  });

  it('makes a short quote right after the verb its subject, a name', () => {
    expect(classes(['وقال "سليم" في اتصال هاتفي إن الطريق مقطوع.'])).toEqual([SCARE]);
  });
});

describe('classifySpan: without a frame', () => {
  it('makes a short unattributed phrase a scare quote', () => {
    expect(classes(['تحولت القرية إلى "نجمة الموسم" خلال الصيف.'])).toEqual([SCARE]);
  });

  it('makes names after a classifier, a naming word or a title scare quotes', () => {
    expect(classes(['نشرت صحيفة "الأفق" تقريرا عن مبادرة تحمل اسم "غد أفضل" أطلقها الرئيس الأوكراني "فلان".'])).toEqual([SCARE, SCARE, SCARE]);
  });

  it('makes a quoted sentence standing alone a statement, with no speaker when none came before', () => {
    expect(classes(['"الماء حق للجميع وليس سلعة تباع".'])).toEqual([{ kind: 'statement', speaker: null }]);
  });

  it('makes a colon-led quote a statement of the latest speaker', () => {
    expect(classes(['قال الوزير إن الوضع صعب. البيان الختامي: "سنواصل العمل".'])).toEqual([{ kind: 'statement', speaker: 'الوزير' }]);
  });

  it('makes a long quoted fragment a statement of the sentence’s subject', () => {
    expect(classes(['تجمع المتظاهرون أمام البرلمان رافعين لافتات "لا للحرب على الإطلاق".'])).toEqual([{ kind: 'statement', speaker: 'المتظاهرون' }]);
  });
});

describe('frameBefore and frameAfter', () => {
  it('finds the verb before a quote, stepping over an earlier statement', () => {
    const text = 'وقال الوزير إن "الخطة ناجحة" و"الموازنة متوازنة".';
    const { view } = contextOf([text]);
    view.classes[0] = { kind: 'statement', speaker: 'الوزير' };
    const back = frameBefore(view, view.spans[1]!.start, 0);
    expect(back.frame?.wi).toBe(0);
    expect(back).toMatchObject({ colonLed: false, standalone: false });
  });

  it('stops at a comma followed by a new و-clause', () => {
    const text = 'قال الوزير إن الوضع صعب، وتقدم الجيش "ببطء شديد".';
    const { view } = contextOf([text]);
    expect(frameBefore(view, view.spans[0]!.start, 0).frame).toBeNull();
  });

  it('tells a colon before the quote and a quote opening its sentence', () => {
    const { view } = contextOf(['البيان: "نعم". "لا شيء"']);
    expect(frameBefore(view, view.spans[0]!.start, 0)).toEqual({ frame: null, colonLed: true, standalone: false });
    expect(frameBefore(view, view.spans[1]!.start, view.sentenceStart(view.spans[1]!.start))).toEqual({ frame: null, colonLed: false, standalone: true });
  });

  it('finds a verb right after the quote, and not one across a sentence end', () => {
    const after = contextOf(['"نعم"، قال الوزير.']).view;
    expect(frameAfter(after, after.spans[0]!)?.wi).toBe(1);
    const apart = contextOf(['"نعم". قال الوزير إن الوضع صعب.']).view;
    expect(frameAfter(apart, apart.spans[0]!)).toBeNull();
  });
});

describe('classifySpan: the outlet a text is credited to or spoken to is a name', () => {
  it.each([
    ['after an "according to" word', 'أعلن الوزير أن الحدود ستفتح غدا، بحسب "الأنباء".'],
    ['after a relaying verb', 'وأكد الجيش أن القصف استمر طوال الليل، وفق ما نقلت "المرصد" عن مصادر محلية.'],
    ['after a verb of receiving with the statement as its object', 'وذكر بيان تلقته "الساحة" أن الاجتماع تأجل.'],
  ])('%s', (_name, text) => {
    expect(classes([text])).toEqual([SCARE]);
  });

  it('after a bare لـ that names the addressee, before the statement itself', () => {
    expect(classes(['وقال المزارع لـ "الريف": "خسرنا نصف المحصول هذا العام".'])).toEqual([SCARE, { kind: 'statement', speaker: 'المزارع' }]);
  });

  it('keeps a long quotation after "according to" a statement', () => {
    expect(classes(['وبحسب المتحدث: "سنفتح المعبر أمام الشاحنات صباح الغد".'])[0]?.kind).toBe('statement');
  });
});

describe('classifySpan: a speech noun or a credited source gives way to the verb before it', () => {
  it('takes the speaker of the verb, not the agency that relayed the speech noun', () => {
    expect(classes(['وقال الرئيس في تصريح نقلته وكالة الأنباء الرسمية: "لن نقبل بأي تهديد".'])).toEqual([{ kind: 'statement', speaker: 'الرئيس' }]);
  });

  it('takes the speaker of the verb, not the person the statement is credited through', () => {
    expect(classes(['وقال الوزير، بحسب مستشاره الإعلامي سامر نجم: "الاتفاق بات قريبا جدا".'])).toEqual([{ kind: 'statement', speaker: 'الوزير' }]);
  });

  it('keeps an "according to" source when no verb comes before it', () => {
    expect(classes(['وبحسب المتحدث باسم البلدية: "ستعود المياه خلال يومين".'])).toEqual([{ kind: 'statement', speaker: 'المتحدث باسم البلدية' }]);
  });
});

describe('classifySpan: speakers in Hebrew and after a quotation', () => {
  it('takes a pronoun-led verb after the quotation, resolving the pronoun to the person named before', () => {
    const paragraphs = ['"המים הגיעו עד הברכיים", אמרה רותי לוי.', '"ברחנו לקומה השנייה", היא סיפרה.'];
    expect(classes(paragraphs, 1, 'he')).toEqual([{ kind: 'statement', speaker: 'רותי לוי' }]);
  });

  it('takes "thus said X" after the quotation', () => {
    expect(classes(['"לא נוותר על הבית", כך אמר אתמול (שני) יוסי כהן.'], 0, 'he')).toEqual([{ kind: 'statement', speaker: 'יוסי כהן' }]);
  });

  it('gives a quotation standing after reported speech in its paragraph to that speaker', () => {
    expect(classes(['השר אמר כי הוא מצפה להסכם. "זה הזמן לסיים את המשבר"'], 0, 'he')).toEqual([{ kind: 'statement', speaker: 'השר' }]);
  });
});

describe('classifySpan: a quoting agency after the quotation', () => {
  it('gives the statement to the person the agency quotes, not to the agency', () => {
    expect(classes(['"הגבול ייסגר מחר בבוקר", ציטטה סוכנות הידיעות את שר הפנים.'], 0, 'he')).toEqual([{ kind: 'statement', speaker: 'שר הפנים' }]);
  });
});

describe('classifySpan: Persian', () => {
  it('makes a short quotation followed by a title in apposition a name', () => {
    expect(classes(['«مریم صادقی» سخنگوی شهرداری تهران روز شنبه از بازگشایی پل خبر داد.'], 0, 'fa')).toEqual([SCARE]);
    expect(classes(['شکست برای «بهرام نیک»، رئیس‌جمهور کشور، معنایی ندارد.'], 0, 'fa')).toEqual([SCARE]);
  });

  it('reads the subject before the verb through a scare-quoted name in its clause', () => {
    expect(classes(['سارا کریمی در گفتگو با شبکه «افق» گفت: «ما برای بازسازی آماده هستیم».'], 0, 'fa')).toEqual([SCARE, { kind: 'statement', speaker: 'سارا کریمی' }]);
  });

  it('gives a statement reported "quoting X" to X, not to the agency', () => {
    expect(classes(['خبرگزاری رسمی به نقل از وزیر نفت گزارش داد: «تولید دو برابر خواهد شد».'], 0, 'fa')).toEqual([{ kind: 'statement', speaker: 'وزیر نفت' }]);
  });

  it('finds the subject before an adverbial between commas', () => {
    expect(classes(['نادر رحیمی، در سخنانی شامگاه پنجشنبه، گفت: «این پروژه تا پایان سال تمام می‌شود».'], 0, 'fa')).toEqual([{ kind: 'statement', speaker: 'نادر رحیمی' }]);
  });

  it('never takes the outlet a report is credited to (به گزارش X) as the speaker a pronoun points back to', () => {
    const paragraphs = ['به گزارش خبرگزاری محلی، مدیر بیمارستان از کمبود دارو ابراز نگرانی کرد.', 'وی افزود: «ذخیره ما تنها برای یک هفته کافی است».'];
    expect(classes(paragraphs, 1, 'fa')).toEqual([{ kind: 'statement', speaker: null }]);
  });

  it('does not read a Persian word that spells an Arabic verb as a frame (نفت, oil)', () => {
    expect(classes(['وزیر نفت روز شنبه گفت: «تولید افزایش می‌یابد».'], 0, 'fa')).toEqual([{ kind: 'statement', speaker: 'وزیر نفت' }]);
  });
});

describe('classifySpan: Urdu', () => {
  it('makes a quotation followed by a naming noun a title', () => {
    expect(classes(['سوشل میڈیا پر ’امن سب کے لیے‘ کے عنوان سے ایک مہم جاری ہے۔'], 0, 'ur')).toEqual([SCARE]);
  });

  it('takes the subject marked by نے, genitives included, as the speaker', () => {
    expect(classes(['پاکستان کے وزیر داخلہ نے کہا کہ ’سرحد کل کھلے گی‘۔'], 0, 'ur')).toEqual([{ kind: 'statement', speaker: 'پاکستان کے وزیر داخلہ' }]);
  });

  it('gives a demand made with a compound verb to the subject marked by نے before the quotation', () => {
    const paragraphs = ['پاکستان کے وزیر داخلہ نے کہا کہ سرحد کل کھلے گی۔', 'انہوں نے تاجروں سے ’فوری تعاون‘ کا مطالبہ کیا۔'];
    expect(classes(paragraphs, 1, 'ur')).toEqual([{ kind: 'statement', speaker: 'پاکستان کے وزیر داخلہ' }]);
  });
});

describe('classifySpan: verbs of pledging and declaring', () => {
  it('Persian: a pledge (متعهد شد) governs a quoted word, said by the noun phrase that opens the sentence', () => {
    expect(classes(['مریم احمدی، شهردار تبریز در نشستی خبری، متعهد شد که شهرش «بی‌زباله» شود.'], 0, 'fa')).toEqual([{ kind: 'statement', speaker: 'مریم احمدی' }]);
  });

  it('Arabic: تعهد governs a quotation like a verb of saying', () => {
    expect(classes(['وتعهد المحافظ بأن تصبح الشوارع «خالية من النفايات» قبل الصيف.'])).toEqual([{ kind: 'statement', speaker: 'المحافظ' }]);
  });

  it('Urdu: قرار دینا (declare) governs a quoted word; the subject starts after a postposition of place', () => {
    expect(classes(['لاہور میں تاجروں نے ایک مہم شروع کی ہے جس میں ٹیکس کو’’ظالمانہ‘‘ قرار دیا گیا ہے۔'], 0, 'ur')).toEqual([{ kind: 'statement', speaker: 'تاجروں' }]);
  });

  it('Persian and Urdu: a comma between the quotation and the verb after it breaks the link', () => {
    expect(classes(['کنار لاشه پهپاد «سری ب»، متعهد شد که بازسازی کند.'], 0, 'fa')).toEqual([SCARE]);
  });
});

describe('classifySpan: found on real pages outside the corpus', () => {
  it('makes a short quotation after a preposition of topic a name', () => {
    expect(classes(['وأكد الوزير أن قرار الحكومة بخصوص «المرصد» جاء متأخرا.'])).toEqual([SCARE]);
  });

  it('gives a quotation on its own line to the speaker of the line before, which ends with a colon', () => {
    expect(classes(['وقال وزير النقل سمير داود:', '«سنفتح الطريق الساحلي أمام الشاحنات غدا».'], 1)).toEqual([{ kind: 'statement', speaker: 'وزير النقل سمير داود' }]);
  });

  it('never takes a phrase opening with في or بهذا as the speaker', () => {
    const paragraphs = ['قال المتحدث باسم البلدية سعيد نور إن المياه ستعود.', 'وأضاف في تصريحه: «الأعطال كلها صُلحت».', 'وقال بهذا الصدد: «لن تتكرر الأزمة».'];
    expect([classes(paragraphs, 1)[0]?.speaker, classes(paragraphs, 2)[0]?.speaker]).toEqual(['المتحدث باسم البلدية سعيد نور', 'المتحدث باسم البلدية سعيد نور']);
  });
});
