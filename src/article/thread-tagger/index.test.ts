import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../schema';
import { tagThreads } from '.';
import { DEFAULT_THREADS } from '../threads';

const U = 'ukraine';
const ME = 'middle-east';
const K = 'korea';

/** Tags one paragraph on its own with the default threads. */
function tagOne(text: string, threads: readonly Thread[] = DEFAULT_THREADS): string[] {
  return tagThreads([text], threads, 'ar')[0]!;
}

describe('names of each thread', () => {
  it.each<[string, string, string[]]>([
    // Ukraine
    ['country', 'وصل وفد الأمم المتحدة إلى أوكرانيا صباح اليوم.', [U]],
    ['capital', 'دوت صفارات الإنذار في كييف طوال الليل.', [U]],
    ['city', 'أعيد فتح المدارس في خاركيف بعد أشهر من الإغلاق.', [U]],
    ['region', 'ضمت موسكو شبه جزيرة القرم عام 2014.', [U]],
    ['leader', 'استقبل زيلينسكي وفدا من البرلمانيين الأوروبيين.', [U]],
    ['demonym, plural with article and preposition', 'رحبت البلدية بالأوكرانيين القادمين إلى المدينة.', [U]],
    // Middle East
    ['the region itself', 'تتجه الأنظار إلى الشرق الأوسط مع اقتراب القمة.', [ME]],
    ['country with two clitics', 'وصلت المساعدات وبالعراق بدأت عملية التوزيع.', [ME]],
    ['city', 'أغلق معبر رفح لليوم الثالث.', [ME]],
    ['sea', 'تراجعت حركة الشحن في البحر الأحمر.', [ME]],
    ['group', 'أصدرت حركة حماس بيانا مساء الأحد.', [ME]],
    ['group in plural', 'أعلن الحوثيون مسؤوليتهم عن الهجوم.', [ME]],
    ['group of two words', 'أعلنت الجهاد الإسلامي التزامها بالتهدئة.', [ME]],
    ['head of government', 'ألقى نتنياهو كلمة أمام الكنيست.', [ME]],
    ['supreme leader', 'التقى خامنئي قادة الحرس.', [ME]],
    ['feminine demonym', 'قالت الحكومة الإيرانية إنها ستدرس المقترح.', [ME]],
    ['Gulf state with لل', 'وجه الأمير دعوة للسعودية والكويت.', [ME]],
    // Korea
    ['country, two words', 'أطلقت كوريا الشمالية صاروخا باليستيا.', [K]],
    ['capital, spaced', 'عاد الوفد من بيونغ يانغ أمس.', [K]],
    ['capital, hyphenated', 'أعلنت بيونغ-يانغ رفضها للعرض.', [K]],
    ['capital of the South', 'استضافت سيئول اجتماع وزراء الخارجية.', [K]],
    ['leader, three words', 'أشرف كيم جونغ أون على التجربة.', [K]],
    ['dual', 'تدهورت العلاقات بين الكوريتين.', [K]],
    ['demonym plural', 'عبر الجنود الكوريين الحدود.', [K]],
  ])('%s', (_name, text, expected) => {
    expect(tagOne(text)).toEqual(expected);
  });

  it('tags several threads in the order of the threads list', () => {
    const text = 'ناقش زيلينسكي مع نتنياهو تجارب كوريا الشمالية.';
    expect(tagOne(text)).toEqual([U, ME, K]);
    expect(tagOne(text, [...DEFAULT_THREADS].reverse())).toEqual([K, ME, U]);
  });

  it('returns only threads that are in the list', () => {
    const koreaOnly = DEFAULT_THREADS.filter((t) => t.id === K);
    expect(tagOne('زار زيلينسكي سيئول بعد لقائه مسؤولين في الأردن.', koreaOnly)).toEqual([K]);
    expect(tagOne('وصل الوفد إلى كييف.', [])).toEqual([]);
  });
});

describe('Arabic spelling variants', () => {
  it.each<[string, string, string[]]>([
    ['no hamza on alef', 'اعلنت ايران استئناف المحادثات.', [ME]],
    ['diacritics', 'أَعْلَنَتْ إِيرَانُ اسْتِئْنَافَ الْمُحَادَثَاتِ.', [ME]],
    ['tatweel', 'أعلنت إيـــران استئناف المحادثات.', [ME]],
    ['ha for ta marbuta', 'وصلت شاحنات الوقود إلى غزه.', [ME]],
    ['ya for alef maqsura', 'وصل الجرحى إلى مستشفى في سقطري.', [ME]],
    ['alef maqsura for ya', 'قال زيلينسكى إن الهجوم فشل.', [U]],
    ['Persian yeh and kaf in Arabic text', 'أعلنت کوریا الشمالیة التعبئة.', [K]],
    ['clitics و + ب + demonym suffix', 'وبالإيرانيين والأوكرانيات امتلأت القاعة.', [U, ME]],
    ['hamza on waw spelling of Seoul', 'ردت سيؤول على الاتهامات.', [K]],
  ])('%s', (_name, text, expected) => {
    expect(tagOne(text)).toEqual(expected);
  });
});

describe('other languages', () => {
  it.each<[string, string, string[]]>([
    ['Persian: North Korea', 'کره شمالی یک موشک بالستیک دیگر آزمایش کرد.', [K]],
    ['Persian: demonym with ZWNJ plural', 'ایرانی‌ها در انتخابات شرکت کردند.', [ME]],
    ['Persian: Zelensky', 'زلنسکی از متحدان خود کمک خواست.', [U]],
    ['Urdu: Gaza and Israeli', 'غزہ میں اسرائیلی حملوں کے بعد امداد روک دی گئی۔', [ME]],
    ['Urdu: Ukraine', 'یوکرین کے صدر نے نئی تجویز پیش کی۔', [U]],
    ['Urdu: North Korea', 'شمالی کوریا نے نیا میزائل آزمایا۔', [K]],
    ['Hebrew: prefixed Gaza strip and IDF acronym', 'צה"ל תקף הלילה ברצועת עזה.', [ME]],
    ['Hebrew: Kyiv with preposition', 'השגריר חזר לעבוד בקייב.', [U]],
    ['Hebrew: demonym with article', 'הישראלים הצביעו היום.', [ME]],
    ['Hebrew: North Korea', 'צפון קוריאה שיגרה טיל לים.', [K]],
    ['English: city and demonym', 'Ukrainian troops pushed back near Kharkiv.', [U]],
    ['English: leader with hyphen and possessive', "North Korea's leader Kim Jong-un watched the launch.", [K]],
    ['English: Israel and Gaza', 'Israel said its strikes on Gaza would continue.', [ME]],
  ])('%s', (_name, text, expected) => {
    expect(tagOne(text)).toEqual(expected);
  });
});

describe('what does not count', () => {
  it.each<[string, string]>([
    ['implicit reference to a capital', 'وصل الرئيس إلى العاصمة صباح اليوم والتقى رئيس الوزراء.'],
    ['Persian implicit reference', 'رئیس جمهور این کشور به پایتخت بازگشت.'],
    ['Russia and China alone', 'التقى بوتين نظيره الصيني في موسكو قبل أن يتوجه إلى بكين.'],
    ['a minister named alone', 'قال وزير الخارجية عرقجي إن المفاوضات ستستمر.'],
    ['national football team', 'فاز منتخب كوريا الجنوبية على البرتغال بهدفين.'],
    ['team country in a match sentence', 'ستلعب إيران ضد إنجلترا في المباراة الافتتاحية للبطولة.'],
    ['tournament host', 'انطلقت مباريات كأس العالم في قطر بمشاركة 32 منتخبا.'],
    ['a player\'s nationality', 'انتقل اللاعب المصري إلى ناد أوروبي.'],
    ['football club named after the Gulf', 'فاز نادي الخليج على منافسه في الجولة الأخيرة.'],
    ['TV series origin', 'حقق المسلسل الكوري الجديد نسب مشاهدة قياسية.'],
    ['fiction plot', 'في الجزء الجديد يعود البطل إلى كوريا ليبحث عن عائلته.'],
    ['actor whose name contains a Korean place syllable', 'أدى الممثل بيونغ هو دور المحقق.'],
    ['the gulf as a gap', 'يتسع الخليج بين الحكومة والمعارضة يوما بعد يوم.'],
    ['a gulf of another sea', 'ضربت العاصفة سواحل خليج المكسيك.'],
    ['enthusiasm, not Hamas', 'تحدث المهندس بحماس كبير عن مشروعه الجديد.'],
    ['the word for "the maximum"', 'رفعت الحكومة الحد الأقصى للأجور.'],
    ['a word that only shares letters', 'قرأ السورة كاملة ثم خرج إلى السوق.'],
    ['English sports sense', 'South Korea beat Portugal in the World Cup group stage.'],
    ['a place in a web address', 'للمزيد راجع الرابط https://news.example.com/world/ukraine-talks-2026 على الموقع.'],
    ['a place in an address without a scheme', 'التفاصيل على www.example.org/iran/report وفي النشرة.'],
    ['a place in an e-mail address', 'للتواصل: gaza.desk@example.com أو عبر الهاتف.'],
  ])('%s', (_name, text) => {
    expect(tagOne(text)).toEqual([]);
  });

  it('a paragraph that names a place in its words still counts beside an address', () => {
    expect(tagOne('زار الوزير كييف أمس، والتفاصيل على https://example.com/news/123 وفي النشرة.')).toEqual(['ukraine']);
  });

  it('bare "the Gulf" means another gulf once the article names one', () => {
    const article = ['اقترح الرئيس تسمية خليج المكسيك باسم جديد.', 'وقال إن الخليج مهم لاقتصاد البلاد.'];
    expect(tagThreads(article, DEFAULT_THREADS, 'ar')).toEqual([[], []]);
  });

  it('bare "the Gulf" is the Gulf otherwise', () => {
    expect(tagOne('تصاعد التوتر في الخليج بعد احتجاز ناقلة نفط.')).toEqual([ME]);
    expect(tagOne('اجتمع قادة دول الخليج في الرياض.')).toEqual([ME]);
  });

  it('keeps the news sense when a sports sentence speaks of war', () => {
    expect(tagOne('ألغيت المباراة بعد القصف الإسرائيلي على غزة.')).toEqual([ME]);
  });

  it('still counts leaders and groups in a sports sentence', () => {
    expect(tagOne('حضر كيم جونغ أون المباراة النهائية للبطولة.')).toEqual([K]);
  });
});

describe('homographs that count only with support in the article', () => {
  it('سيول is floods unless the article is about Korea', () => {
    expect(tagThreads(['اجتاحت سيول جارفة القرى الجبلية.'], DEFAULT_THREADS, 'ar')).toEqual([[]]);
    const korean = ['أجرت كوريا الجنوبية مناورات بحرية.', 'وقالت سيول إن المناورات دفاعية.'];
    expect(tagThreads(korean, DEFAULT_THREADS, 'ar')).toEqual([[K], [K]]);
  });

  it('the article must name the same thread, not another one', () => {
    const article = ['وصل الوفد إلى كييف.', 'وقالت سيول إن الاتفاق قريب.'];
    expect(tagThreads(article, DEFAULT_THREADS, 'ar')).toEqual([[U], []]);
  });
});

describe("the article's own threads and keywords", () => {
  const sudan: Thread = { id: 'sudan', label: { ar: 'السودان', en: 'Sudan' }, keywords: ['السودان', 'الخرطوم', 'Darfur', 'قوات الدعم السريع'] };
  const threads = [...DEFAULT_THREADS, sudan];

  it.each<[string, string, string[]]>([
    ['keyword with a clitic', 'تجددت الاشتباكات بالخرطوم ليلا.', ['sudan']],
    ['keyword inflected as a nisba adjective', 'فر آلاف السودانيين عبر الحدود.', ['sudan']],
    ['keyword of several words', 'سيطرت قوات الدعم السريع على المدينة.', ['sudan']],
    ['Latin keyword, any case', 'Aid convoys reached DARFUR on Monday.', ['sudan']],
    ['custom and default threads together', 'ناقشت مصر والسودان أزمة المياه.', [ME, 'sudan']],
  ])('%s', (_name, text, expected) => {
    expect(tagOne(text, threads)).toEqual(expected);
  });

  it("adds a default thread's keywords to its lexicon", () => {
    const text = 'زار الوزير أنقرة والتقى أردوغان.';
    expect(tagOne(text)).toEqual([]);
    const withTurkey = DEFAULT_THREADS.map((t) => (t.id === ME ? { ...t, keywords: ['أنقرة', 'أردوغان'] } : t));
    expect(tagOne(text, withTurkey)).toEqual([ME]);
  });

  it('tags nothing for a thread without keywords or lexicon', () => {
    const empty: Thread = { id: 'climate', label: { ar: 'المناخ', en: 'Climate' } };
    expect(tagOne('ارتفعت درجات الحرارة في أوروبا.', [empty])).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws and returns one list per paragraph, with ids from the threads only', () => {
    const words = ['غزة', 'وبأوكرانيا', 'كوريا', 'الشمالية', 'سيول', 'الخليج', 'منتخب', 'بين', 'خليج', 'المكسيك', 'حماس', 'קוריאה', 'ה', 'Gaza', 'كيم', 'جونغ', 'أون', '-', ' ', '.', '"', 'ـ', '\u200c', '\u0000', '\ud800', '\udfff'];
    const paragraph = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join('')), fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' ')));
    const thread = fc.record({
      id: fc.constantFrom(U, ME, K, 'x', 'y'),
      label: fc.constant({ ar: 'س', en: 'x' }),
      keywords: fc.option(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...words)), { maxLength: 4 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.array(thread, { maxLength: 5 }), fc.constantFrom('ar', 'fa', 'ur', 'he', 'en', ''), (paragraphs, threads, lang) => {
        const result = tagThreads(paragraphs, threads, lang);
        expect(result).toHaveLength(paragraphs.length);
        const ids = new Set<string>(threads.map((t) => t.id));
        for (const tags of result) {
          expect(new Set(tags).size).toBe(tags.length);
          for (const id of tags) expect(ids.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles malformed input without throwing', () => {
    expect(tagThreads(['\u0000غزة\ud800', '\udfffكييف'], DEFAULT_THREADS, 'ar')).toEqual([[ME], [U]]);
    expect(tagThreads(null as unknown as string[], DEFAULT_THREADS, 'ar')).toEqual([]);
    expect(tagThreads([42, undefined] as unknown as string[], DEFAULT_THREADS, 'ar')).toEqual([[], []]);
    expect(tagThreads(['غزة'], [null, { id: 'x' }] as unknown as Thread[], 'ar')).toEqual([[]]);
  });

  it('is linear on huge inputs, even one enormous word', () => {
    const word = 'ب'.repeat(1_000_000);
    const text = 'غزة '.repeat(250_000);
    const started = performance.now();
    expect(tagThreads([word, text], DEFAULT_THREADS, 'ar')).toEqual([[], [ME]]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('results do not depend on earlier calls', () => {
  // Words already matched are remembered across calls (only those no multi-word name continues from).
  it('tags a word the same whether it stands alone or starts a longer name, in any order', () => {
    const paragraphs = [
      'عاد الوفد من بيونغ يانغ أمس.',
      'أدى الممثل بيونغ هو دور المحقق.',
      'يتسع الخليج بين الحكومة والمعارضة يوما بعد يوم.',
      'تراجعت حركة الشحن في مياه الخليج.',
      'أطلقت كوريا الشمالية صاروخا باليستيا.',
      'زار الوفد كوريا.',
    ];
    const expected = paragraphs.map((p) => tagOne(p));
    expect(paragraphs.map((p) => tagOne(p))).toEqual(expected);
    expect([...paragraphs].reverse().map((p) => tagOne(p))).toEqual([...expected].reverse());
    expect(tagThreads(paragraphs, DEFAULT_THREADS, 'ar')).toEqual(tagThreads(paragraphs, DEFAULT_THREADS, 'ar'));
  });

  it('tags an article the same before and after many other words were seen', () => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const word = (k: number) => {
      let w = 'ت';
      for (let n = k + 1; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      return w;
    };
    const article = (offset: number) =>
      Array.from({ length: 3000 }, (_, p) => `${word(offset + p * 3)} ${word(offset + p * 3 + 1)} في غزة و${word(offset + p * 3 + 2)} كييف.`);
    const first = tagThreads(article(0), DEFAULT_THREADS, 'ar');
    tagThreads(article(100_000), DEFAULT_THREADS, 'ar');
    expect(tagThreads(article(0), DEFAULT_THREADS, 'ar')).toEqual(first);
    expect(first.every((ids) => ids.includes(ME) && ids.includes(U))).toBe(true);
  });
});
