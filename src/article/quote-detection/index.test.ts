import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetectionError } from '../detection-error';
import { detectQuotes, type DetectedQuote } from './index';

/** The paragraph (index) whose classification throws, to stand in for a bug; -1 for none. */
const failing = vi.hoisted(() => ({ paragraph: -1 }));

vi.mock('./classify', async (importOriginal) => {
  const real = await importOriginal<typeof import('./classify')>();
  return {
    ...real,
    classifySpan: (...args: Parameters<typeof real.classifySpan>) => {
      if (args[1].index === failing.paragraph) throw new TypeError('boom');
      return real.classifySpan(...args);
    },
  };
});

/** The inner text of a quote as the importer builds it: between the marks, trimmed. */
function inner(paragraph: string, q: DetectedQuote): string {
  return paragraph.slice(q.start + q.open.length, q.end - q.close.length).trim();
}

interface Expected {
  text: string;
  kind: 'statement' | 'scare';
  speaker?: string | null;
  open?: string;
  close?: string;
}

/** Runs the detector on an article and returns, per paragraph, the quotes as comparable records. */
function run(paragraphs: string[], lang = 'ar') {
  return detectQuotes(paragraphs, lang).map((quotes, p) =>
    quotes.map((q) => ({ text: inner(paragraphs[p]!, q), kind: q.kind, speaker: q.speaker, open: q.open, close: q.close })),
  );
}

function expectQuotes(paragraphs: string[], expected: Expected[][], lang = 'ar') {
  const got = run(paragraphs, lang);
  expect(got.length).toBe(paragraphs.length);
  expected.forEach((list, p) => {
    expect(got[p]!.map((q) => q.text), `texts of paragraph ${p}`).toEqual(list.map((e) => e.text));
    list.forEach((e, k) => {
      const q = got[p]![k]!;
      expect(q.kind, `kind of ${e.text}`).toBe(e.kind);
      if (e.speaker !== undefined) expect(q.speaker, `speaker of ${e.text}`).toBe(e.speaker);
      if (e.open !== undefined) expect(q.open).toBe(e.open);
      if (e.close !== undefined) expect(q.close).toBe(e.close);
    });
  });
}

describe('detectQuotes: delimiters', () => {
  const cases: { name: string; paragraphs: string[]; expected: Expected[][]; lang?: string }[] = [
    {
      name: 'straight quotes after a verb with a named speaker',
      paragraphs: ['قال وزير الزراعة سامي الحداد إن "المحصول هذا العام أفضل من المتوقع".'],
      expected: [[{ text: 'المحصول هذا العام أفضل من المتوقع', kind: 'statement', speaker: 'وزير الزراعة سامي الحداد', open: '"', close: '"' }]],
    },
    {
      name: 'curly quotes, colon-led',
      paragraphs: ['وقالت المديرة ليلى ناصر: “سنفتتح المدرسة الجديدة في الخريف المقبل”.'],
      expected: [[{ text: 'سنفتتح المدرسة الجديدة في الخريف المقبل', kind: 'statement', speaker: 'المديرة ليلى ناصر', open: '“', close: '”' }]],
    },
    {
      name: 'guillemets',
      paragraphs: ['وأكد رئيس البلدية عمر زيدان أن «الطريق سيفتح أمام السيارات قبل نهاية الشهر».'],
      expected: [[{ text: 'الطريق سيفتح أمام السيارات قبل نهاية الشهر', kind: 'statement', speaker: 'رئيس البلدية عمر زيدان', open: '«', close: '»' }]],
    },
    {
      name: 'opened with a straight mark, closed with a curly one',
      paragraphs: ['وأضاف الطبيب كريم سالم أن "عدد المرضى تراجع بشكل واضح هذا الأسبوع”.'],
      expected: [[{ text: 'عدد المرضى تراجع بشكل واضح هذا الأسبوع', kind: 'statement', speaker: 'الطبيب كريم سالم', open: '"', close: '”' }]],
    },
    {
      name: 'reversed opener glued to the word before it',
      paragraphs: ['ونقلت الإذاعة عن مسؤولين محليين أن”المياه عادت إلى معظم الأحياء منذ الصباح”.'],
      expected: [[{ text: 'المياه عادت إلى معظم الأحياء منذ الصباح', kind: 'statement', speaker: 'مسؤولين محليين', open: '”', close: '”' }]],
    },
    {
      name: 'reversed guillemet opener glued after tatweel is still an opener',
      paragraphs: ['واحتفل السكان بـ»عودة الكهرباء» في ساعة متأخرة من الليل.'],
      expected: [[{ text: 'عودة الكهرباء', kind: 'scare', speaker: null, open: '»', close: '»' }]],
    },
    {
      name: 'nested single curly quotes stay inside the outer quote',
      paragraphs: ['وقال الكاتب سمير عادل: "هذه الرواية تروي قصة ما يسمى بـ‘جيل الانتظار’ في المدن الصغيرة".'],
      expected: [[{ text: 'هذه الرواية تروي قصة ما يسمى بـ‘جيل الانتظار’ في المدن الصغيرة', kind: 'statement', speaker: 'الكاتب سمير عادل' }]],
    },
    {
      name: 'a quote never closed runs to the end of its paragraph and not into the next',
      paragraphs: ['وتابع المتحدث: “لن نغلق المعبر قبل وصول الشاحنات. الوضع صعب جدا.', 'وفي سياق آخر افتتحت الحكومة مستشفى جديدا في المدينة.'],
      expected: [[{ text: 'لن نغلق المعبر قبل وصول الشاحنات. الوضع صعب جدا.', kind: 'statement', open: '“', close: '' }], []],
    },
    {
      name: 'ellipsis and editorial insertions inside the quote',
      paragraphs: ['وقال الصياد أحمد يوسف لوكالة الأنباء "البحر (هنا) لم يعد كما كان (...) والأسماك قليلة".'],
      expected: [[{ text: 'البحر (هنا) لم يعد كما كان (...) والأسماك قليلة', kind: 'statement', speaker: 'الصياد أحمد يوسف' }]],
    },
    {
      name: 'damaged HTML quot; delimiters glued to words',
      paragraphs: ['وصرح وزير النقل حسن عمار بانquot;القطار الجديد سيربط المدينتين خلال ساعة واحدةquot;.'],
      expected: [[{ text: 'القطار الجديد سيربط المدينتين خلال ساعة واحدة', kind: 'statement', speaker: 'وزير النقل حسن عمار', open: 'quot;', close: 'quot;' }]],
    },
    {
      name: 'an empty pair and a stray closer delimit nothing',
      paragraphs: ['عرضت القناة الفيلم الوثائقي “” مساء أمس، وأشاد به النقاد في الصحف".'],
      expected: [[]],
    },
    {
      name: 'a closer with no opener starts after the introducing colon',
      paragraphs: ['وقال المدرب ماهر عيسى: الفريق قدم مباراة كبيرة اليوم».'],
      expected: [[{ text: 'الفريق قدم مباراة كبيرة اليوم', kind: 'statement', speaker: 'المدرب ماهر عيسى', open: '', close: '»' }]],
    },
    {
      name: 'Hebrew gershayim and geresh are not quote marks',
      lang: 'he',
      paragraphs: ['דובר צה"ל אמר בשיחה עם כתבים כי "הכוחות ימשיכו לפעול באזור", כך דווח ברשת ב\'.'],
      expected: [[{ text: 'הכוחות ימשיכו לפעול באזור', kind: 'statement', speaker: 'דובר צה"ל' }]],
    },
    {
      name: 'Hebrew acronym name before a real opener',
      lang: 'he',
      paragraphs: ['אמש אמר ראש העירייה מ"ל כהן כי "התקציב יאושר בשבוע הבא".'],
      expected: [[{ text: 'התקציב יאושר בשבוע הבא', kind: 'statement', speaker: 'ראש העירייה מ"ל כהן' }]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expectQuotes(c.paragraphs, c.expected, c.lang));
  }
});

describe('detectQuotes: statement or scare quote', () => {
  const cases: { name: string; paragraphs: string[]; expected: Expected[][]; lang?: string }[] = [
    {
      name: 'names after a classifier noun (newspaper, ship, square) are scare quotes',
      paragraphs: ['ونشرت صحيفة "الأفق" تقريرا عن السفينة “النورس” التي رست قرب ساحة «الشهداء».'],
      expected: [
        [
          { text: 'الأفق', kind: 'scare', speaker: null },
          { text: 'النورس', kind: 'scare', speaker: null },
          { text: 'الشهداء', kind: 'scare', speaker: null },
        ],
      ],
    },
    {
      name: 'a quoted name after a title, inside a saying, is a scare quote; the fragment is a statement',
      paragraphs: ['قال رئيس الاتحاد "مروان خليل" إن الموسم سيبدأ في موعده، مؤكدا أن المنافسة ستكون "أقوى من أي وقت مضى".'],
      expected: [
        [
          { text: 'مروان خليل', kind: 'scare', speaker: null },
          { text: 'أقوى من أي وقت مضى', kind: 'statement', speaker: 'رئيس الاتحاد "مروان خليل"' },
        ],
      ],
    },
    {
      name: 'an operation or channel name with no speaker is a scare quote',
      paragraphs: ['أطلق الجيش عملية "درع الشمال" بعد يومين من بث قناة “المشرق” صورا للحدود.'],
      expected: [
        [
          { text: 'درع الشمال', kind: 'scare' },
          { text: 'المشرق', kind: 'scare' },
        ],
      ],
    },
    {
      name: 'a single word governed by a verb of saying with a speaker is a statement',
      paragraphs: ['ووصف النائب فادي منصور القرار بأنه "متسرع".'],
      expected: [[{ text: 'متسرع', kind: 'statement', speaker: 'النائب فادي منصور' }]],
    },
    {
      name: 'a single emphasised word with no speaker is a scare quote',
      paragraphs: ['تحولت القرية الصغيرة إلى "نجمة" مواقع التواصل خلال الصيف.'],
      expected: [[{ text: 'نجمة', kind: 'scare', speaker: null }]],
    },
    {
      name: 'a quoted sentence standing alone with no speaker anywhere is a statement with a null speaker',
      paragraphs: ['"الماء حق للجميع وليس سلعة تباع وتشترى".'],
      expected: [[{ text: 'الماء حق للجميع وليس سلعة تباع وتشترى', kind: 'statement', speaker: null }]],
    },
    {
      name: 'one quoted word opening a reported clause is its subject, a name',
      paragraphs: ['وقال المسؤول إن "الاتحاد" رفض الطلب، لكنه وصف الرد بأنه "مخيب".'],
      expected: [
        [
          { text: 'الاتحاد', kind: 'scare' },
          { text: 'مخيب', kind: 'statement', speaker: 'المسؤول' },
        ],
      ],
    },
    {
      name: 'a title before a preposition does not make the quote a name',
      paragraphs: ['ودعا الرئيس إلى "مصالحة شاملة" بين الأحزاب.'],
      expected: [[{ text: 'مصالحة شاملة', kind: 'statement', speaker: 'الرئيس' }]],
    },
    {
      name: 'a quoted name in subject position before إن is a scare quote',
      paragraphs: ['وقال "سليم" في اتصال هاتفي إن الطريق مقطوع منذ الفجر.'],
      expected: [[{ text: 'سليم', kind: 'scare', speaker: null }]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expectQuotes(c.paragraphs, c.expected, c.lang));
  }
});

describe('detectQuotes: speakers', () => {
  it('copies the noun phrase between the verb and إن, minus trailing prepositional phrases', () => {
    expectQuotes(
      ['وقال المتحدث باسم وزارة الصحة عماد فرح لشبكة (الخبر) يوم الأحد إن "الوضع تحت السيطرة".'],
      [[{ text: 'الوضع تحت السيطرة', kind: 'statement', speaker: 'المتحدث باسم وزارة الصحة عماد فرح' }]],
    );
  });

  it('takes the appositive name between commas', () => {
    expectQuotes(
      ['قالت مديرة المهرجان، سلمى حداد، إن الدورة المقبلة "ستكون الأكبر".'],
      [[{ text: 'ستكون الأكبر', kind: 'statement', speaker: 'سلمى حداد' }]],
    );
  });

  it('resolves وأضاف with no subject to the nearest earlier explicit speaker, across paragraphs', () => {
    expectQuotes(
      ['قال وزير المالية نبيل شاكر إن العجز تراجع هذا العام.', 'وأضاف: "سنخفض الضرائب على الشركات الصغيرة".'],
      [[], [{ text: 'سنخفض الضرائب على الشركات الصغيرة', kind: 'statement', speaker: 'وزير المالية نبيل شاكر' }]],
    );
  });

  it('resolves the implied subject of قائلاً to the subject of the main verb', () => {
    expectQuotes(
      ['وأشارت الباحثة هدى سليمان إلى ارتفاع الأسعار، قائلةً: "الأسر لم تعد قادرة على شراء الأساسيات".'],
      [[{ text: 'الأسر لم تعد قادرة على شراء الأساسيات', kind: 'statement', speaker: 'الباحثة هدى سليمان' }]],
    );
  });

  it('finds the speaker after the quote', () => {
    expectQuotes(
      ['"لن نتراجع عن مطالبنا"، قال النقابي جمال رضا أمام المحتجين.'],
      [[{ text: 'لن نتراجع عن مطالبنا', kind: 'statement', speaker: 'النقابي جمال رضا' }]],
    );
  });

  it('gives a quoted sentence that follows an attributed one the same speaker', () => {
    expectQuotes(
      ['"المصنع سيغلق أبوابه"، قالت العاملة نور عيسى. "لا نعرف ماذا سنفعل بعد ذلك".'],
      [
        [
          { text: 'المصنع سيغلق أبوابه', kind: 'statement', speaker: 'العاملة نور عيسى' },
          { text: 'لا نعرف ماذا سنفعل بعد ذلك', kind: 'statement', speaker: 'العاملة نور عيسى' },
        ],
      ],
    );
  });

  it('does not take a speaker named inside an embedded clause as the antecedent of a later وقال', () => {
    expectQuotes(
      [
        'صرح المحافظ رامي عودة بأن المشروع سينتهي قريبا.',
        'وأوضح أن المهندس المسؤول أكد أن البناء "يسير وفق الجدول".',
        'وقال: "نحن ملتزمون بالموعد".',
      ],
      [
        [],
        [{ text: 'يسير وفق الجدول', kind: 'statement', speaker: 'المهندس المسؤول' }],
        [{ text: 'نحن ملتزمون بالموعد', kind: 'statement', speaker: 'المحافظ رامي عودة' }],
      ],
    );
  });

  it('attributes a quote to the source after نقلت … عن', () => {
    expectQuotes(
      ['ونقلت وكالة محلية عن شهود عيان أن "الدخان غطى السماء لساعات".'],
      [[{ text: 'الدخان غطى السماء لساعات', kind: 'statement', speaker: 'شهود عيان' }]],
    );
  });

  it('reads the subject before the verb (كان X قد أعلن)', () => {
    expectQuotes(
      ['كان الاتحاد الرياضي قد أعلن أن "البطولة ستقام في موعدها".'],
      [[{ text: 'البطولة ستقام في موعدها', kind: 'statement', speaker: 'الاتحاد الرياضي' }]],
    );
  });

  it('uses the topic of أما … ف', () => {
    expectQuotes(
      ['أما سارة، وهي طالبة جامعية، فكتبت لأصدقائها "سأعود إلى البيت قريبا".'],
      [[{ text: 'سأعود إلى البيت قريبا', kind: 'statement', speaker: 'سارة' }]],
    );
  });

  it('Persian: the subject opens the clause, and an anaphor (این وزارتخانه) resolves to the earlier naming', () => {
    expectQuotes(
      ['وزارت بهداشت روز دوشنبه گفت که واکسن جدید به زودی توزیع می شود.', 'این وزارتخانه در بیانیه ای افزود: “همه مراکز درمانی آماده هستند.”'],
      [[], [{ text: 'همه مراکز درمانی آماده هستند.', kind: 'statement', speaker: 'وزارت بهداشت' }]],
      'fa',
    );
  });

  it('Persian: وی resolves to the last explicit speaker', () => {
    expectQuotes(
      ['سخنگوی دولت علی رضایی اعلام کرد که جلسه فردا برگزار می شود.', 'وی گفت: «تصمیم نهایی هفته آینده گرفته خواهد شد».'],
      [[], [{ text: 'تصمیم نهایی هفته آینده گرفته خواهد شد', kind: 'statement', speaker: 'سخنگوی دولت علی رضایی' }]],
      'fa',
    );
  });

  it('Urdu: the subject before نے', () => {
    expectQuotes(
      ['وزیر تعلیم نے کہا کہ "تمام اسکول پیر کو کھل جائیں گے"۔'],
      [[{ text: 'تمام اسکول پیر کو کھل جائیں گے', kind: 'statement', speaker: 'وزیر تعلیم' }]],
      'ur',
    );
  });

  it('Hebrew: speaker after the quote, then a standalone quote and a pronoun', () => {
    expectQuotes(
      ['"אנחנו לא נוותר על השכונה", אמרה התושבת רונית לוי. "זה הבית שלנו".', 'היא הוסיפה כי "העירייה לא הקשיבה לנו".'],
      [
        [
          { text: 'אנחנו לא נוותר על השכונה', kind: 'statement', speaker: 'התושבת רונית לוי' },
          { text: 'זה הבית שלנו', kind: 'statement', speaker: 'התושבת רונית לוי' },
        ],
        [{ text: 'העירייה לא הקשיבה לנו', kind: 'statement', speaker: 'התושבת רונית לוי' }],
      ],
      'he',
    );
  });

  it('Hebrew: a relative verb takes the appositive before it', () => {
    expectQuotes(
      ['חבר המועצה, דני כהן, ששאל: "מתי ייפתח הגן?", לא קיבל תשובה.'],
      [[{ text: 'מתי ייפתח הגן?', kind: 'statement', speaker: 'דני כהן' }]],
      'he',
    );
  });

  it('takes the source after بحسب ما قاله and stops before the object of a verb', () => {
    expectQuotes(
      ['"الطريق مغلق منذ يومين"، بحسب ما قاله أحد السائقين لمراسلنا.', 'ووصفت المنظمة الدولية القرار بأنه "خطوة إلى الوراء".'],
      [[{ text: 'الطريق مغلق منذ يومين', kind: 'statement', speaker: 'أحد السائقين' }], [{ text: 'خطوة إلى الوراء', kind: 'statement', speaker: 'المنظمة الدولية' }]],
    );
  });

  it('Persian: به گفته X names the source after it', () => {
    expectQuotes(['به گفته وزیر نیرو، «ذخایر آب کافی است».'], [[{ text: 'ذخایر آب کافی است', kind: 'statement', speaker: 'وزیر نیرو' }]], 'fa');
  });

  it('English: the subject before a trailing verb of saying', () => {
    expectQuotes(['"The bridge will reopen in May," the engineer said.'], [[{ text: 'The bridge will reopen in May,', kind: 'statement', speaker: 'the engineer' }]], 'en');
  });

  it('every speaker is a substring of the article', () => {
    const paragraphs = ['قال المدير العام للشركة وليد سعيد إن "الأرباح ارتفعت".', 'وأضاف أن "التوسع سيستمر".'];
    const texts = paragraphs.join('\n');
    for (const quotes of detectQuotes(paragraphs, 'ar')) for (const q of quotes) if (q.speaker) expect(texts).toContain(q.speaker);
  });
});

describe('detectQuotes: robustness', () => {
  function checkInvariants(paragraphs: string[], lang: string) {
    const result = detectQuotes(paragraphs, lang);
    expect(result.length).toBe(paragraphs.length);
    result.forEach((quotes, p) => {
      const text = paragraphs[p]!;
      let prevEnd = 0;
      for (const q of quotes) {
        expect(q.start).toBeGreaterThanOrEqual(prevEnd);
        expect(q.start).toBeLessThan(q.end);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(q.start, q.start + q.open.length)).toBe(q.open);
        expect(text.slice(q.end - q.close.length, q.end)).toBe(q.close);
        expect(q.start + q.open.length).toBeLessThanOrEqual(q.end - q.close.length);
        if (q.kind === 'scare') expect(q.speaker).toBeNull();
        prevEnd = q.end;
      }
    });
  }

  it('never throws and keeps offsets consistent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 5 }), fc.constantFrom('ar', 'fa', 'ur', 'he', 'en', ''), (paragraphs, lang) => {
        checkInvariants(paragraphs, lang);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text sprinkled with quote marks, lone surrogates and NUL', () => {
    const piece = fc.constantFrom(
      '"', '“', '”', '«', '»', '‘', '’', 'quot;', '&quot;', ':', '،', '.', ' ', 'قال', 'وأضاف', 'إن', 'الوزير', 'אמר', 'צה"ל', 'گفت',
      'نے کہا', '\uD800', '\uDC00', '\u0000', 'ـ', 'a', '(', ')', '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), { maxLength: 6 }), fc.constantFrom('ar', 'fa', 'he', 'ur'), (paragraphs, lang) => {
        checkInvariants(paragraphs, lang);
      }),
      { numRuns: 500 },
    );
  });

  it('handles a megabyte of unbalanced marks quickly', () => {
    const text = '"«“'.repeat(170_000);
    const t = performance.now();
    const result = detectQuotes([text], 'ar');
    expect(performance.now() - t).toBeLessThan(2000);
    expect(result[0]!.length).toBe(0);
  });

  it('handles a long paragraph full of quotes linearly', () => {
    const sentence = 'وقال الوزير إن "الخطة ناجحة" وأضاف أن "الموازنة متوازنة". ';
    const text = sentence.repeat(8000);
    const t = performance.now();
    const result = detectQuotes([text], 'ar');
    expect(performance.now() - t).toBeLessThan(3000);
    expect(result[0]!.length).toBe(16000);
  });
});

describe('detectQuotes: results do not depend on earlier calls', () => {
  // Words are interned across calls and the table is emptied when full: an article with more distinct
  // words than it holds must come out the same whatever was looked up before.
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const word = (k: number) => {
    let w = 'كل';
    for (let n = k + 1; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
    return w;
  };
  const article = (offset: number) =>
    Array.from({ length: 1500 }, (_, p) => {
      const w = (i: number) => word(offset + p * 12 + i);
      switch (p % 4) {
        case 0:
          return `وقال ${w(0)} ${w(1)} إن "${w(2)} ${w(3)} ${w(4)} ${w(5)}" ${w(6)} ${w(7)}.`;
        case 1:
          return `وأضاف أن "${w(0)} ${w(1)}" ${w(2)} ${w(3)} ${w(4)}.`;
        case 2:
          return `${w(0)} ${w(1)} ${w(2)}: «${w(3)} ${w(4)} ${w(5)} ${w(6)}».`;
        default:
          return `${w(0)} ${w(1)} ${w(2)} ${w(3)}.`;
      }
    });

  it('gives the same quotes and speakers before and after many other words were seen', () => {
    const text = article(0);
    const first = detectQuotes(text, 'ar');
    detectQuotes(article(50_000), 'ar');
    expect(detectQuotes(text, 'ar')).toEqual(first);
    expect(first.flat().filter((q) => q.speaker !== null).length).toBeGreaterThan(300);
  });
});

describe('detectQuotes: a failure inside detection', () => {
  afterEach(() => {
    failing.paragraph = -1;
  });

  const paragraphs = ['قال الوزير: "نعم".', 'وأضاف: "لا".', 'وتابع: "ربما".'];

  it('is thrown as a DetectionError naming the stage and the paragraph, with the cause', () => {
    failing.paragraph = 1;
    let thrown: unknown;
    try {
      detectQuotes(paragraphs, 'ar');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DetectionError);
    expect(thrown).toMatchObject({ stage: 'quotes', paragraph: 1, message: 'quote detection failed in paragraph 2: boom' });
    expect((thrown as DetectionError).cause).toBeInstanceOf(TypeError);
  });

  it('leaves the next call unharmed', () => {
    failing.paragraph = 0;
    expect(() => detectQuotes(paragraphs, 'ar')).toThrow(DetectionError);
    failing.paragraph = -1;
    expect(detectQuotes(paragraphs, 'ar').map((q) => q.length)).toEqual([1, 1, 1]);
  });
});
