import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse';
import { FORMAT_ID } from '../schema';
import { applyEdits, LINT_CODES, lintDraft, type LintCode, type LintWarning } from '.';

type Json = Record<string, unknown>;

/** A valid Arabic article whose body is the given blocks, pretty-printed as an editor would hold it. */
function article(body: unknown[], extra: Json = {}): string {
  return JSON.stringify({ format: FORMAT_ID, slug: 'draft', title: 'عنوان', lang: 'ar', status: 'draft', threads: [], body, ...extra }, null, 2);
}
const para = (...content: unknown[]) => ({ type: 'paragraph', id: 'p1', content });
const doc = (...content: unknown[]) => article([para(...content)]);

const codes = (warnings: readonly LintWarning[]) => warnings.map((w) => w.code);
const only = (source: string, code: LintCode) => lintDraft(source).filter((w) => w.code === code);
/** The draft after applying the fix of the first warning with `code`. */
function fixed(source: string, code: LintCode, options?: { lang?: string }): string {
  const w = lintDraft(source, options).find((x) => x.code === code);
  if (!w?.fix) throw new Error(`no fix for ${code}`);
  return applyEdits(source, w.fix.edits);
}
/** The first paragraph's content after the fix. */
const fixedContent = (source: string, code: LintCode) => (JSON.parse(fixed(source, code)) as { body: { content: unknown[] }[] }).body[0]!.content;

describe('lintDraft: what counts as a draft', () => {
  it.each([
    ['empty text', ''],
    ['blank text', ' \n\t '],
    ['JSON with a syntax error', '{"title": "قال “نعم”", }'],
    ['JSON with comments', '{"title": "قال “نعم”" /* c */}'],
    ['a JSON array', '["قال “نعم”"]'],
    ['JSON nested too deeply', `{"body": ${'['.repeat(60)}"قال “نعم”"${']'.repeat(60)}}`],
  ])('gives no warnings for %s', (_, source) => {
    expect(lintDraft(source)).toEqual([]);
  });

  it('lints JSON that parses but breaks the schema, as far as its shape allows', () => {
    expect(codes(lintDraft('{"title": "قال “نعم”", "lang": "ar"}'))).toEqual(['curly-quotes-rtl']);
  });

  it('lints plain text directly, with an empty pointer', () => {
    const [w] = lintDraft('عنوان الخبر\nقال الوزير “نعم” اليوم');
    expect(w).toMatchObject({ code: 'curly-quotes-rtl', pointer: '', offset: 23, length: 5, line: 2, column: 12 });
  });

  it('counts a leading BOM in offsets, so edits apply to the editor text', () => {
    const source = `\uFEFF${doc('قال “نعم” اليوم')}`;
    const [w] = lintDraft(source);
    expect(source.slice(w!.offset, w!.offset + w!.length)).toBe('“نعم”');
    expect(JSON.parse(fixed(source, 'curly-quotes-rtl').slice(1)).body[0].content).toEqual(['قال «نعم» اليوم']);
  });

  it('gives line and column (1-based, UTF-16) and the JSON pointer of the string', () => {
    const source = doc('أ', 'قال “نعم”');
    const [w] = lintDraft(source);
    const line = source.split('\n').findIndex((l) => l.includes('قال')) + 1;
    expect(w).toMatchObject({ pointer: '/body/0/content/1', line, column: source.split('\n')[line - 1]!.indexOf('“') + 1 });
  });

  it('returns warnings in text order', () => {
    const source = article([para('في 2024 و2023 و٢٠٢٢ قال “نعم”'), { type: 'paragraph', id: 'p2', content: ['الـــعالم'] }], { title: 'قمة “كبيرة”' });
    const offsets = lintDraft(source).map((w) => w.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets.length).toBe(4);
  });
});

describe('escapes in JSON strings', () => {
  const escaped = (source: string) => source.replace(/[^\x00-\x7f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

  it('maps positions in decoded strings back to the escaped source', () => {
    const source = escaped(doc('قال \\ "x" \n “نعم” الـــعالم'));
    const byCode = Object.fromEntries(lintDraft(source).map((w) => [w.code, source.slice(w.offset, w.offset + w.length)]));
    expect(byCode['curly-quotes-rtl']).toBe('\\u201c\\u0646\\u0639\\u0645\\u201d');
    expect(byCode['tatweel-justification']).toBe('\\u0640\\u0640\\u0640');
  });

  it('applies fixes to escaped text and keeps the other escapes', () => {
    const source = escaped(doc('قال \\ "x" “نعم”\tالـــعالم'));
    expect(fixedContent(source, 'curly-quotes-rtl')).toEqual(['قال \\ "x" «نعم»\tالـــعالم']);
    expect(fixedContent(source, 'tatweel-justification')).toEqual(['قال \\ "x" “نعم”\tالعالم']);
  });
});

describe('curly-quotes-rtl', () => {
  it.each([
    ['a pair', 'قال “نعم” اليوم', 'قال «نعم» اليوم'],
    ['the reversed pair Arabic keyboards produce', 'قال ”نعم“ اليوم', 'قال «نعم» اليوم'],
    ['low-9 opening marks', 'قال „نعم“ اليوم', 'قال «نعم» اليوم'],
    ['a pair glued to the conjunction', 'و“نعم”، ثم', 'و«نعم»، ثم'],
    ['a pair after a colon', 'قال:“نعم”.', 'قال:«نعم».'],
    ['single marks in Arabic text', 'كلمة ‘الحرية’ هنا', 'كلمة «الحرية» هنا'],
    ['nested double pairs', 'قال: “قالوا “نعم” أمس” ثم', 'قال: «قالوا “نعم” أمس» ثم'],
    ['the doubled single marks of the Urdu press as one mark each', 'انہوں نے کہا ’’ہم تیار ہیں‘‘۔', 'انہوں نے کہا «ہم تیار ہیں»۔'],
    ['doubled single marks the other way round', 'کہا ‘‘ہم تیار ہیں’’ اور', 'کہا «ہم تیار ہیں» اور'],
  ])('fixes %s to « »', (_, text, expected) => {
    expect(fixedContent(doc(text), 'curly-quotes-rtl')).toEqual([expected]);
  });

  it('warns on every pair of a string, each fix changing its own pair', () => {
    const warnings = only(doc('قال “نعم” ثم “لا”'), 'curly-quotes-rtl');
    expect(warnings.map((w) => w.params.marks)).toEqual(['“”', '“”']);
    expect(warnings.every((w) => w.fix?.edits.length === 2)).toBe(true);
  });

  it.each([
    ['an unclosed mark', 'قال “نعم اليوم', ['“']],
    ['a closing mark alone', 'قال نعم” اليوم', ['”']],
    ['single marks nested in double ones', 'قال “قالوا ‘نعم’ أمس”', ['‘’']],
    ['single marks beside guillemets', 'قال «قالوا ‘نعم’ أمس»', ['‘’']],
    ['a single mark glued to an Arabic letter before a Latin word', 'قال و‘Hello’ ثم', ['‘']],
  ])('warns without a fix on %s', (_, text, marks) => {
    const warnings = only(doc(text), 'curly-quotes-rtl').filter((w) => !w.fix);
    expect(warnings.map((w) => w.params.marks)).toEqual(marks);
  });

  it('pairs only within one string: a quote split by an inline object gets no fix', () => {
    const warnings = only(doc('قال “نعم ', { type: 'em', content: ['جدا'] }, '” اليوم'), 'curly-quotes-rtl');
    expect(warnings.map((w) => [w.pointer, w.params.marks, !!w.fix])).toEqual([
      ['/body/0/content/0', '“', false],
      ['/body/0/content/2', '”', false],
    ]);
  });

  it('pairs within one paragraph of plain text', () => {
    expect(lintDraft('عنوان\nقال “نعم\nثم” لا').map((w) => w.fix)).toEqual([undefined, undefined]);
  });

  it.each([
    ['straight quotes', doc('قال "نعم" اليوم')],
    ['an apostrophe in a Latin name', doc({ type: 'span', lang: 'en', content: ['Qur’an'] }, ' و', { type: 'span', lang: 'en', content: ['Jones’'] })],
    ['apostrophes in unmarked Latin text', doc('قال O’Brien و Jones’ ثم')],
    ['curly marks in an English span', doc('قال ', { type: 'span', lang: 'en', dir: 'ltr', content: ['the “best” deal'] })],
    ['curly marks in an English article', article([para('He said “yes”')], { lang: 'en', title: 'Talks “resume”' })],
    ['a quote run’s own marks', doc('قال ', { type: 'quote', kind: 'statement', speaker: 'الوزير', open: '“', close: '”', content: ['نعم'] })],
    ['English plain text', 'Headline\nHe said “yes” today'],
  ])('leaves %s alone', (_, source) => {
    expect(only(source, 'curly-quotes-rtl')).toEqual([]);
  });

  it('takes the direction of a span in an English article', () => {
    const source = article([para('The minister said ', { type: 'span', lang: 'ar', content: ['“نعم”'] })], { lang: 'en', title: 'Talks' });
    expect(codes(lintDraft(source))).toEqual(['curly-quotes-rtl']);
  });

  it('lints the title, speakers, thread labels and keywords', () => {
    const source = article([{ type: 'quote', id: 'q1', speaker: 'وزير “الخارجية”', content: ['نص'] }], {
      title: 'قمة “كبيرة”',
      threads: [{ id: 'x', label: { ar: 'ملف “كوريا”', en: 'The “Korea” file' }, keywords: ['كلمة “مفتاح”', 'a “key” word'] }],
    });
    expect(lintDraft(source).map((w) => w.pointer)).toEqual(['/title', '/threads/0/label/ar', '/threads/0/keywords/0', '/body/0/speaker']);
  });

  it('decides plain text’s direction from options.lang when given', () => {
    expect(lintDraft('Headline\nHe said “yes”', { lang: 'ar' })).toHaveLength(1);
    expect(lintDraft('عنوان\nقال “نعم”', { lang: 'en' })).toHaveLength(0);
  });
});

describe('invisible-character', () => {
  it('flags a zero-width space, a word joiner and a BOM inside text, and removes each', () => {
    const source = doc('قالت أمينة\u200b حداد إن\u2060 الاجتماع\ufeff انتهى');
    expect(only(source, 'invisible-character').map((w) => w.params.codepoint)).toEqual(['U+200B', 'U+2060', 'U+FEFF']);
    expect(fixedContent(source, 'invisible-character')).toEqual(['قالت أمينة حداد إن\u2060 الاجتماع\ufeff انتهى']);
  });

  it('leaves ZWNJ and ZWJ alone (Persian and Urdu spelling needs them)', () => {
    expect(only(doc('می\u200cخواهم و\u200d'), 'invisible-character')).toEqual([]);
  });
});

describe('bidi-override and unbalanced-isolate', () => {
  it('removes an override together with the PDF that closes it', () => {
    const source = doc('قال \u202eنعم\u202c اليوم');
    const warnings = lintDraft(source);
    expect(warnings.map((w) => [w.code, w.params.codepoint])).toEqual([['bidi-override', 'U+202E']]);
    expect(fixedContent(source, 'bidi-override')).toEqual(['قال نعم اليوم']);
  });

  it.each([
    ['LRE', '\u202a', 'U+202A'],
    ['RLE', '\u202b', 'U+202B'],
    ['LRO', '\u202d', 'U+202D'],
    ['a stray PDF', '\u202c', 'U+202C'],
  ])('warns on %s and removes it', (_, ch, cp) => {
    const source = doc(`نص ${ch}Text`);
    expect(only(source, 'bidi-override').map((w) => w.params.codepoint)).toEqual([cp]);
    expect(fixedContent(source, 'bidi-override')).toEqual([expect.stringMatching(/^نص Text$/u)]);
  });

  it('covers the whole escape of an escaped control', () => {
    const source = doc('قال نعم').replace('نعم', '\\u202Eنعم\\u202C');
    const [w] = lintDraft(source);
    expect(source.slice(w!.offset, w!.offset + w!.length)).toBe('\\u202E');
    expect(fixedContent(source, 'bidi-override')).toEqual(['قال نعم']);
  });

  it.each([
    ['balanced isolates', 'قال \u2066Text\u2069 اليوم', []],
    ['an embedding closed inside an isolate', 'قال \u2067\u202aText\u202c\u2069', ['bidi-override']],
    ['an isolate left open', 'قال \u2067Text اليوم', ['unbalanced-isolate']],
    ['a PDI closing nothing', 'قال Text\u2069 اليوم', ['unbalanced-isolate']],
    ['an isolate closed only after a line break', 'قال \u2068Text\nثم\u2069', ['unbalanced-isolate', 'unbalanced-isolate']],
  ])('%s', (_, text, expected) => {
    expect(codes(lintDraft(`عنوان\n${text}`))).toEqual(expected);
  });

  it('removes an unmatched isolate', () => {
    expect(fixedContent(doc('قال \u2067Text اليوم'), 'unbalanced-isolate')).toEqual([expect.stringMatching(/^قال Text اليوم$/u)]);
  });

  it('lets an isolate’s PDI end an embedding opened inside it, which keeps no PDF to remove', () => {
    const [w] = only(doc('قال \u2067\u202bنعم\u2069 ثم\u202c'), 'bidi-override');
    expect(w?.fix?.edits).toHaveLength(1);
  });
});

describe('tatweel-justification', () => {
  it('warns on tatweel inside words, each run with its own fix', () => {
    const source = doc('الـــعـالـم اليوم');
    const warnings = only(source, 'tatweel-justification');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]!.params.word).toBe('الـــعـالـم');
    let text = source;
    for (let i = 0; i < 3; i++) text = fixed(text, 'tatweel-justification');
    expect(JSON.parse(text).body[0].content).toEqual(['العالم اليوم']);
  });

  it.each([
    ['after a Hijri year', 'عام 1445 هـ'],
    ['before a number', 'قمة الـ20'],
    ['glued before a Latin word', 'قمة الـG20'],
    ['naming a suffix', 'التاء المربوطة ـة'],
    ['carrying a lone vowel', 'الفتحة ـَ'],
  ])('keeps a single tatweel %s', (_, text) => {
    expect(only(doc(text), 'tatweel-justification')).toEqual([]);
  });

  it('keeps one tatweel of a run at a word edge', () => {
    expect(fixedContent(doc('قمة الـــ20'), 'tatweel-justification')).toEqual(['قمة الـ20']);
  });

  it('removes a tatweel between a letter and a mark-carrying letter', () => {
    expect(fixedContent(doc('كـَتب'), 'tatweel-justification')).toEqual(['كَتب']);
  });
});

describe('letter-spacing', () => {
  it.each([
    ['letters spaced out', 'هذا هو ا ل خ ب ر اليوم', 'هذا هو الخبر اليوم'],
    ['two words, wider gaps between them', 'ا ل خ ب ر   ا ل ي و م', 'الخبر اليوم'],
    ['letters with vowel marks', 'حَ رْ بٌ', 'حَرْبٌ'],
    ['no-break spaces', 'ح\u00a0ر\u00a0ب', 'حرب'],
  ])('joins %s', (_, text, expected) => {
    expect(fixedContent(doc(text), 'letter-spacing')).toEqual([expected]);
  });

  it('gives no fix when the gaps have more than two widths', () => {
    const [w] = only(doc('ا ل  خ   ب'), 'letter-spacing');
    expect(w).toMatchObject({ params: { text: 'ا ل  خ   ب' } });
    expect(w!.fix).toBeUndefined();
  });

  it.each([
    ['two single letters', 'و ب'],
    ['an abbreviation with dots', 'منظمة م.ت.ف'],
    ['ordinary words', 'قال في بيت له'],
    ['single Latin letters', 'B R E A K I N G'],
  ])('leaves %s alone', (_, text) => {
    expect(only(doc(text), 'letter-spacing')).toEqual([]);
  });

  it('is found in plain text too', () => {
    expect(codes(lintDraft('عنوان\nهذا ا ل خ ب ر'))).toEqual(['letter-spacing']);
  });
});

describe('unmarked-latin', () => {
  it('splits the string and wraps the run in an English span; the result is a valid article', () => {
    const source = doc('قال Joe Biden إن');
    const [w] = lintDraft(source);
    expect(w).toMatchObject({ code: 'unmarked-latin', params: { text: 'Joe Biden' }, pointer: '/body/0/content/0' });
    const after = fixed(source, 'unmarked-latin');
    expect(parseArticle(after).ok).toBe(true);
    expect(JSON.parse(after).body[0].content).toEqual(['قال ', { type: 'span', lang: 'en', dir: 'ltr', content: ['Joe Biden'] }, ' إن']);
    expect(lintDraft(after)).toEqual([]);
  });

  it.each([
    ['a run at the start', 'CNN قالت', [{ type: 'span', lang: 'en', dir: 'ltr', content: ['CNN'] }, ' قالت']],
    ['a whole string', 'Reuters', [{ type: 'span', lang: 'en', dir: 'ltr', content: ['Reuters'] }]],
    ['an acronym with digits', 'قمة G20 في', ['قمة ', { type: 'span', lang: 'en', dir: 'ltr', content: ['G20'] }, ' في']],
    ['accented letters', 'قال Macron à Élysée', ['قال ', { type: 'span', lang: 'en', dir: 'ltr', content: ['Macron à Élysée'] }]],
    ['a run between escaped marks', 'قال "Le Monde" \\ ثم', ['قال "', { type: 'span', lang: 'en', dir: 'ltr', content: ['Le Monde'] }, '" \\ ثم']],
  ])('fixes %s', (_, text, expected) => {
    expect(fixedContent(doc(text), 'unmarked-latin')).toEqual(expected);
  });

  it('warns on each run of a string; each fix wraps its own', () => {
    const source = doc('بين NATO و EU اليوم');
    expect(only(source, 'unmarked-latin').map((w) => w.params.text)).toEqual(['NATO', 'EU']);
    expect(JSON.stringify(fixedContent(source, 'unmarked-latin'))).toContain('["NATO"]');
  });

  it('looks inside em, link and quote runs', () => {
    const source = doc({ type: 'em', content: ['منظمة WHO'] }, { type: 'link', href: 'https://a.example', content: ['موقع BBC'] }, { type: 'quote', kind: 'scare', content: ['عملية Desert Storm'] });
    expect(only(source, 'unmarked-latin').map((w) => w.pointer)).toEqual(['/body/0/content/0/content/0', '/body/0/content/1/content/0', '/body/0/content/2/content/0']);
    expect(parseArticle(fixed(source, 'unmarked-latin')).ok).toBe(true);
  });

  it.each([
    ['a span already marking it', doc('قال ', { type: 'span', lang: 'en', content: ['Joe Biden'] })],
    ['a span of another language, nested', doc({ type: 'span', lang: 'fr', content: [{ type: 'em', content: ['Le Monde'] }] })],
    ['the title, where the format cannot mark it', article([], { title: 'قمة G20' })],
    ['a speaker', article([{ type: 'quote', id: 'q', speaker: 'Joe Biden', content: ['نص'] }])],
    ['an English article', article([para('Talks in Geneva')], { lang: 'en' })],
    ['plain text, which the importer marks itself', 'عنوان\nقال Joe Biden إن'],
  ])('leaves Latin in %s alone', (_, source) => {
    expect(only(source, 'unmarked-latin')).toEqual([]);
  });
});

describe('mixed-digits', () => {
  it('flags numbers of the minority system, with a fix to the majority', () => {
    const source = doc('في 2024 و2023 و٢٠٢٢');
    const warnings = only(source, 'mixed-digits');
    expect(warnings.map((w) => w.params)).toEqual([{ number: '٢٠٢٢', replacement: '2022', system: 'arabic-indic', majority: 'western' }]);
    expect(fixedContent(source, 'mixed-digits')).toEqual(['في 2024 و2023 و2022']);
  });

  it('counts over the whole article, title and body', () => {
    const source = article([para('في ٢٠٢٤ و۲۰۲۳')], { title: 'قمة ١٩٩٩ و٢٠٠٠' });
    expect(only(source, 'mixed-digits').map((w) => [w.pointer, w.params.replacement])).toEqual([['/body/0/content/0', '٢٠٢٣']]);
  });

  it('converts separators with the digits', () => {
    expect(fixedContent(doc('نمو ٢٫٥ و٣٫١ و4.5'), 'mixed-digits')).toEqual(['نمو ٢٫٥ و٣٫١ و٤٫٥']);
    expect(fixedContent(doc('نمو 2.5 و3.1 و٤٫٥'), 'mixed-digits')).toEqual(['نمو 2.5 و3.1 و4.5']);
  });

  it('lets the system used first win a tie', () => {
    expect(only(doc('في ٢٠٢٤ و2023'), 'mixed-digits').map((w) => w.params.number)).toEqual(['2023']);
  });

  it('splits a number written in two systems', () => {
    expect(only(doc('في 2024 و2023 و20٢٢'), 'mixed-digits').map((w) => w.params.number)).toEqual(['٢٢']);
  });

  it.each([
    ['digits of Latin names', doc('قمة G20 ووباء COVID-19 في ٢٠٢٠ و٢٠٢١')],
    ['digits in a span of the other direction', doc('في ٢٠٢٠ و٢٠٢١ ', { type: 'span', lang: 'en', content: ['Windows 11'] })],
    ['digits in quotes', doc('في ٢٠٢٠ قال ', { type: 'quote', kind: 'statement', content: ['عام 1999'] })],
    ['digits in a quote block', article([para('في ٢٠٢٠'), { type: 'quote', id: 'q', content: ['عام 1999'] }])],
    ['digits of thread labels', article([para('في ٢٠٢٠')], { threads: [{ id: 'x', label: { ar: 'ملف 2020', en: 'File 2020' } }] })],
    ['one system only', doc('في 2020 و2021')],
  ])('does not count %s', (_, source) => {
    expect(only(source, 'mixed-digits')).toEqual([]);
  });

  it('works on plain text', () => {
    expect(lintDraft('عنوان\nفي ۲۰۲۰ و۲۰۲۱ و2022').map((w) => w.params.replacement)).toEqual(['۲۰۲۲']);
  });
});

describe('LINT_CODES', () => {
  it('lists every code a draft can produce', () => {
    const source = article([para('قال\u200b Joe \u202eنص\u202c \u2067 “نعم” الـــعالم ا ل خ ب ر في ٢٠٢٣ و2024 و2025')]);
    const plain = 'عنوان\n\nوقال المدرب: الفريق قدم مباراة كبيرة».\n\nقال إن الوضع صعب» ثم أضاف: «لن نتراجع';
    const proofread = 'قمة "كبيرة"\n\nقال الوزير , إن الحوار  مستمر.وأضاف:«نعم»';
    expect(new Set([...codes(lintDraft(source)), ...codes(lintDraft(plain)), ...codes(lintDraft(proofread))])).toEqual(new Set(LINT_CODES));
  });
});

describe('applyEdits', () => {
  it('applies edits in any order', () => {
    expect(applyEdits('abcdef', [{ from: 4, to: 5, insert: 'X' }, { from: 0, to: 1, insert: '' }])).toBe('bcdXf');
  });
  it('throws a RangeError on overlapping or out-of-range edits', () => {
    expect(() => applyEdits('abc', [{ from: 0, to: 2, insert: '' }, { from: 1, to: 3, insert: '' }])).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ from: 2, to: 9, insert: '' }])).toThrow(RangeError);
  });
});

describe('a long draft', () => {
  // Its speed is part of the keystroke-to-preview figure of `npm run bench`, not asserted here.
  it('finds every warning of a 200-paragraph draft', () => {
    const text = 'قال الوزير في تصريح صحفي اليوم إن المحادثات مع الجانب الآخر تسير بشكل جيد، وأضاف أن الاتفاق سيوقع قريبا في العاصمة بحضور ممثلين عن الدول المعنية. ';
    const body = Array.from({ length: 200 }, (_, i) => para(text + (i % 10 ? 'في 2024' : 'قال “Joe Biden” في ٢٠٢٤ الـــعالم')));
    const source = article(body.map((b, i) => ({ ...b, id: `p${i}` })));
    expect(lintDraft(source)).toHaveLength(80);
  });
});

// Text that exercises every check: Arabic letters and marks, tatweel, spaces, quotes, controls, Latin, digits, escapes.
const pieces = [
  'ا', 'ل', 'خ', 'ب', 'ر', 'ه', 'َ', 'ـ', 'ـــ', ' ', '  ', '\u00a0', '\n', '“', '”', '„', '‘', '’', '«', '»', '"', '\\', '/',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', 'G20', 'Joe', 'é', '.', '-', "'",
  '1', '2', '٣', '٫', '۴', ',', '\u0000', '\ud83d', '\ude00', 'قال ', 'ا ل خ ',
  // The proofreader's punctuation and spacing (./punctuation.ts).
  '،', '؛', '؟', ':', ';', '?', '!', ')', '(', '\t', '\u200c', 'الغرب.', 'قال:', ' .', 'بـ', 'http://', '…',
];
const draftText = fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 });

/** Escapes every non-ASCII character of a JSON text (only strings hold them) when asked to. */
const escapeAll = (json: string) => json.replace(/[^\x00-\x7f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const inline: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    draftText,
    fc.record({ type: fc.constant('em'), content: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('span'), lang: fc.constantFrom('en', 'ar', 'fa'), content: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('quote'), kind: fc.constant('statement'), content: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;

const articleDraft = fc
  .record({
    title: draftText.map((t) => `عنوان ${t}`),
    lang: fc.constantFrom('ar', 'en', 'fa'),
    content: fc.array(fc.array(inline, { maxLength: 4 }), { maxLength: 4 }),
    escape: fc.boolean(),
    indent: fc.constantFrom(0, 2),
  })
  .map(({ title, lang, content, escape, indent }) => {
    const body = content.map((c, i) => ({ type: 'paragraph', id: `p${i}`, content: c }));
    const json = JSON.stringify({ format: FORMAT_ID, slug: 'x', title, lang, status: 'draft', threads: [], body }, null, indent);
    return escape ? escapeAll(json) : json;
  });

function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k.replace(/~1/gu, '/').replace(/~0/gu, '~')], root);
}

/** Every fix: sorted, non-overlapping edits inside the text, and applying it keeps JSON valid. */
function checkFixes(source: string, warnings: readonly LintWarning[], json: boolean): void {
  for (const w of warnings) {
    expect(w.offset).toBeGreaterThanOrEqual(0);
    expect(w.offset + w.length).toBeLessThanOrEqual(source.length);
    if (!w.fix) continue;
    let at = 0;
    for (const e of w.fix.edits) {
      expect(e.from).toBeGreaterThanOrEqual(at);
      expect(e.to).toBeGreaterThanOrEqual(e.from);
      at = e.to;
    }
    expect(at).toBeLessThanOrEqual(source.length);
    const after = applyEdits(source, w.fix.edits);
    if (json) expect(() => JSON.parse(after), `${w.code} fix`).not.toThrow();
  }
}

describe('properties', () => {
  it('never throws on arbitrary text, and every fix applies cleanly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), draftText, draftText.map((t) => `{"title": "${t}"}`)), (source) => {
        const warnings = lintDraft(source);
        checkFixes(source, warnings, false);
      }),
      { numRuns: 1000 },
    );
  });

  it('on article JSON: positions cover the escaped text of the string named, and fixes keep the article valid', () => {
    fc.assert(
      fc.property(articleDraft, (source) => {
        const warnings = lintDraft(source);
        checkFixes(source, warnings, true);
        const value: unknown = JSON.parse(source);
        const valid = parseArticle(source).ok;
        const validated = new Set<LintCode>();
        for (const w of warnings) {
          const decoded = JSON.parse(`"${source.slice(w.offset, w.offset + w.length)}"`) as string;
          expect(valueAt(value, w.pointer)).toContain(decoded);
          // Schema validation is the slow part: once per code and draft is enough.
          if (valid && w.fix && !validated.has(w.code)) {
            validated.add(w.code);
            expect(parseArticle(applyEdits(source, w.fix.edits)).ok, w.code).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('quotation marks in plain text', () => {
  const codes = (text: string) =>
    lintDraft(text, { lang: 'ar' })
      .filter((w) => w.code === 'unclosed-quote' || w.code === 'stray-quote-mark' || w.code === 'missing-opening-mark')
      .map((w) => [w.code, w.line, w.column]);

  it('warns about a mark never closed in its paragraph, at the mark', () => {
    expect(codes('عنوان\n\nوختم قائلا: «لن نتراجع عن موقفنا')).toEqual([['unclosed-quote', 3, 13]]);
  });

  it('does not warn when the quotation runs over a line break the importer joins', () => {
    expect(codes('عنوان\n\nوأضاف: «نحن نعمل مع الجميع\nللوصول إلى حل».')).toEqual([]);
  });

  it('warns about a mark that pairs with nothing, not about a Hebrew abbreviation', () => {
    expect(codes('عنوان\n\nقال الوزير إن الوضع صعب» ثم غادر.')).toEqual([['stray-quote-mark', 3, 24]]);
    expect(lintDraft('כותרת\n\nצה"ל הודיע על סיום התרגיל.', { lang: 'he' })).toEqual([]);
  });

  it('warns about a closing mark whose quotation has no opening one, at the mark', () => {
    expect(codes('عنوان\n\nوقال المدرب: الفريق قدم مباراة كبيرة».')).toEqual([['missing-opening-mark', 3, 37]]);
  });

  it('warns about both marks when a blank line stands between them', () => {
    expect(codes('عنوان\n\nوختم قائلا: «لن نتراجع\n\nقال إن الوضع صعب» ثم غادر.')).toEqual([
      ['unclosed-quote', 3, 13],
      ['stray-quote-mark', 5, 17],
    ]);
  });

  it('is quiet on balanced quotations', () => {
    expect(codes('عنوان\n\nقال: «نعم» ثم أضاف: «لا».')).toEqual([]);
  });
});
