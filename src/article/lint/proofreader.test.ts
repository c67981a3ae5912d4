// The proofreader's rules of issue #12: each fires in plain text and in the prose strings of JSON, names
// its line and column, fixes what it can, and stays quiet on the correct text that looks like an error.
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../blocks';
import { importText } from '../import-text';
import { parseArticle } from '../parse';
import { FORMAT_ID } from '../schema';
import { quotationWarnings } from '../warnings';
import { applyEdits, lintDraft, type LintCode, type LintWarning } from '.';

type Json = Record<string, unknown>;

function article(body: unknown[], extra: Json = {}): string {
  return JSON.stringify({ format: FORMAT_ID, slug: 'draft', title: 'عنوان', lang: 'ar', status: 'draft', threads: [], body, ...extra }, null, 2);
}
const para = (...content: unknown[]) => ({ type: 'paragraph', id: 'p1', content });
const doc = (...content: unknown[]) => article([para(...content)]);
/** A plain-text draft: a headline, a blank line, then the body. */
const plain = (body: string, headline = 'عنوان الخبر') => `${headline}\n\n${body}\n`;

const only = (source: string, code: LintCode, lang = 'ar') => lintDraft(source, { lang }).filter((w) => w.code === code);
/** The draft after the fix of the first warning with `code`. */
function fixed(source: string, code: LintCode, lang = 'ar'): string {
  const w = only(source, code, lang)[0];
  if (!w?.fix) throw new Error(`no fix for ${code}`);
  return applyEdits(source, w.fix.edits);
}
/** Applies the fixes of every warning with `code`, one at a time, linting again after each (as the editor does). */
function fixedAll(source: string, code: LintCode, lang = 'ar'): string {
  let text = source;
  for (let i = 0; i < 20; i++) {
    const w = only(text, code, lang).find((x) => x.fix);
    if (!w) return text;
    text = applyEdits(text, w.fix!.edits);
  }
  throw new Error('fixes do not converge');
}
const contentOf = (source: string) => (JSON.parse(source) as { body: { content: unknown[] }[] }).body[0]!.content;
const at = (source: string, w: LintWarning) => source.slice(w.offset, w.offset + w.length);

/** 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('latin-punctuation', () => {
  it.each([
    ['a comma between Arabic words', 'قال الوزير, إن المحادثات جيدة', 'قال الوزير، إن المحادثات جيدة'],
    ['a comma glued to the word after it', 'قال الوزير,إن', 'قال الوزير،إن'],
    ['a semicolon', 'انتهى الاجتماع; وغادر الوفد', 'انتهى الاجتماع؛ وغادر الوفد'],
    ['a question mark before the next sentence', 'هل تنتهي الحرب? سأل الصحفي', 'هل تنتهي الحرب؟ سأل الصحفي'],
    ['a question mark at the end of the paragraph', 'هل تنتهي الحرب?', 'هل تنتهي الحرب؟'],
    ['a question mark before a closing quotation mark', 'سأل: «هل تنتهي الحرب?»', 'سأل: «هل تنتهي الحرب؟»'],
    ['a comma after a closing guillemet', 'قال «نعم», ثم غادر', 'قال «نعم»، ثم غادر'],
    ['a comma after a year', 'في عام 2020, قال الوزير', 'في عام 2020، قال الوزير'],
    ['a comma after Arabic-Indic digits', 'في عام ٢٠٢٠, قال الوزير', 'في عام ٢٠٢٠، قال الوزير'],
    ['a comma between Persian words (ZWNJ inside them)', 'او می\u200cگوید, ما می\u200cخواهیم', 'او می\u200cگوید، ما می\u200cخواهیم'],
  ])('fixes %s', (_, text, expected) => {
    expect(fixed(plain(text), 'latin-punctuation')).toBe(plain(expected));
    expect(contentOf(fixed(doc(text), 'latin-punctuation'))).toEqual([expected]);
  });

  it('names the mark, its Arabic replacement, line and column', () => {
    const source = plain('أكد الوزير أن الحوار مستمر, وأن الوفد عاد');
    const [w] = only(source, 'latin-punctuation');
    expect(w).toMatchObject({ params: { mark: ',', replacement: '،' }, length: 1, ...position(source, source.indexOf(',')) });
    const json = doc('أكد الوزير أن الحوار مستمر, وأن الوفد عاد');
    expect(only(json, 'latin-punctuation')[0]).toMatchObject({ pointer: '/body/0/content/0', ...position(json, json.indexOf('مستمر,') + 'مستمر'.length) });
  });

  it.each([
    ['a group separator', 'بلغت الخسائر 1,000 دولار و2,5 مليون و١,٠٠٠ ريال'],
    ['a list of years', 'في الأعوام 2019, 2020 و2021'],
    ['a Latin run', 'قالت Reuters, AFP إن الوضع هادئ'],
    ['a Latin name before the comma', 'حضر Biden, وغادر'],
    ['a URL with an Arabic path', 'راجع https://ar.wikipedia.org/wiki/مصر,القاهرة?x=1 اليوم'],
    ['a Latin question in a Latin paragraph quoting an Arabic word', 'Did he say مرحبا?'],
    ['English text listing Arabic words', 'The words سلام, شلום and peace'],
    ['Hebrew text, which keeps Latin punctuation', 'הוא אמר, כי המצב קשה? כן; אולי'],
    ['a comma before a Latin word', 'قال الوزير, CNN'],
  ])('leaves %s alone', (_, text) => {
    expect(only(plain(text), 'latin-punctuation')).toEqual([]);
    expect(only(doc(text), 'latin-punctuation')).toEqual([]);
  });
});

describe('space-before-punctuation', () => {
  it.each([
    ['an Arabic comma', 'قال الوزير ، إن المحادثات جيدة', 'قال الوزير، إن المحادثات جيدة'],
    ['a colon', 'وتحدث بعد المباراة : نشعر بخيبة أمل', 'وتحدث بعد المباراة: نشعر بخيبة أمل'],
    ['a full stop', 'انتهى الاجتماع .', 'انتهى الاجتماع.'],
    ['a question mark', 'هل تنتهي الحرب ؟', 'هل تنتهي الحرب؟'],
    ['an exclamation mark', 'يا للهول !', 'يا للهول!'],
    ['a closing guillemet', 'قال «نعم » ثم غادر', 'قال «نعم» ثم غادر'],
    ['a closing parenthesis', 'الناقلة (رابغ 3 ) في البحر', 'الناقلة (رابغ 3) في البحر'],
    ['several blanks, a no-break space among them', 'قال الوزير \u00a0، إن', 'قال الوزير، إن'],
    ['a Latin comma after an Arabic word', 'قال الوزير , إن', 'قال الوزير, إن'],
    ['a full stop before a closing mark', 'قال: «انتهى الأمر .»', 'قال: «انتهى الأمر.»'],
    ['a Hebrew comma', 'הוא אמר , כי', 'הוא אמר, כי'],
  ])('removes the space before %s', (_, text, expected) => {
    expect(fixed(plain(text), 'space-before-punctuation')).toBe(plain(expected));
    expect(contentOf(fixed(doc(text), 'space-before-punctuation'))).toEqual([expected]);
  });

  it('moves a space typed on the wrong side of the mark', () => {
    expect(fixed(plain('عاد من الغرب .في الصباح'), 'space-before-punctuation')).toBe(plain('عاد من الغرب. في الصباح'));
    expect(fixed(plain('قال ،ثم غادر'), 'space-before-punctuation')).toBe(plain('قال، ثم غادر'));
    // One warning for that mark, not a missing space after it as well.
    expect(lintDraft(plain('قال ،ثم غادر'), { lang: 'ar' }).map((w) => w.code)).toEqual(['space-before-punctuation']);
  });

  it('finds a space after a closing quotation mark, in plain text and after a quote run in JSON', () => {
    expect(fixed(plain('قال “نحن مدعومون” ، مشيرا إلى المحادثات'), 'space-before-punctuation')).toBe(plain('قال “نحن مدعومون”، مشيرا إلى المحادثات'));
    const source = doc('قال ', { type: 'quote', kind: 'statement', speaker: 'الرئيس', open: '“', close: '”', content: ['نحن مدعومون'] }, ' ، مشيرا إلى المحادثات');
    const [w] = only(source, 'space-before-punctuation');
    expect(w).toMatchObject({ pointer: '/body/0/content/2', params: { mark: '،' } });
    expect(contentOf(fixed(source, 'space-before-punctuation'))[2]).toBe('، مشيرا إلى المحادثات');
    // A span may hold Latin text, French among it: what follows it is not judged.
    expect(only(doc('قال ', { type: 'span', lang: 'fr', dir: 'ltr', content: ['Il a dit'] }, ' : نعم'), 'space-before-punctuation')).toEqual([]);
  });

  it('covers the blanks and the mark, and names both', () => {
    const source = plain('وتابع : الجماهير انتظرتنا');
    const [w] = only(source, 'space-before-punctuation');
    expect(at(source, w!)).toBe(' :');
    expect(w).toMatchObject({ params: { mark: ':', text: 'وتابع :' }, ...position(source, source.indexOf(' :')) });
  });

  it.each([
    ['a space before an opening mark', 'قال «نعم» و (في الغد) ثم'],
    ['a space before a dash', 'بيونغ يانغ - سانا'],
    ['an ellipsis opening a quotation', 'قال: « ... والحرب مستمرة»'],
    ['an ellipsis after a space', 'ثم ... لا شيء'],
    ['a straight quote then an ellipsis', 'قال: "... والحرب مستمرة"'],
    ['a closing glyph used to open', 'القيادي في الجهاد »الإسلامي» محمد'],
    ['a closing parenthesis glued to the word after it', 'نص )عجيب( آخر'],
    ['a decimal written with a leading point', 'نسبة .5 في المئة'],
    ['a domain', 'موقع .com الشهير'],
    ['a score', 'فاز الأهلي 2 : 1 على الزمالك'],
    ['a time set with spaces', 'الساعة 10 : 30 صباحا'],
    ['French spacing in Latin text', 'Il a dit : « oui » ; puis ?'],
    ['a line that starts with a mark', 'عنوان فرعي\n ، تابع'],
  ])('leaves %s alone', (_, text) => {
    expect(only(plain(text), 'space-before-punctuation')).toEqual([]);
    expect(only(doc(text), 'space-before-punctuation')).toEqual([]);
  });
});

describe('missing-space-after', () => {
  it.each([
    ['a full stop', 'وصل إلى الغرب.في الصباح', 'وصل إلى الغرب. في الصباح'],
    ['an Arabic comma', 'من جهته،عرض الوزير', 'من جهته، عرض الوزير'],
    ['an Arabic semicolon', 'انتهى الاجتماع؛وغادر', 'انتهى الاجتماع؛ وغادر'],
    ['a colon', 'وأضاف:إن الوضع صعب', 'وأضاف: إن الوضع صعب'],
    ['a full stop after a closing parenthesis', 'نقلت (أ.ف.ب).وقال', 'نقلت (أ.ف.ب). وقال'],
    ['a full stop after a year', 'في عام 2020.وقال', 'في عام 2020. وقال'],
    ['a Persian full stop', 'او گفت.ما می\u200cخواهیم', 'او گفت. ما می\u200cخواهیم'],
  ])('inserts a space after %s', (_, text, expected) => {
    expect(fixed(plain(text), 'missing-space-after')).toBe(plain(expected));
    expect(contentOf(fixed(doc(text), 'missing-space-after'))).toEqual([expected]);
  });

  it('names the mark and the glued words, at the mark', () => {
    const source = plain('وصل إلى الغرب.في الصباح');
    const [w] = only(source, 'missing-space-after');
    expect(w).toMatchObject({ params: { mark: '.', text: 'الغرب.في' }, length: 1, ...position(source, source.indexOf('.')) });
  });

  it.each([
    ['decimals', 'نمو 3.5 في المئة و٣٫٥ و٣.٥'],
    ['Latin abbreviations and addresses', 'في U.S. وموقع example.com وعنوان info@example.com'],
    ['an Arabic address', 'زوروا https://موقع.مثال/صفحة'],
    ['times and ratios', 'الساعة 10:30 بنسبة 2:1'],
    ['Arabic abbreviations', 'نقلت أ.ف.ب عن م.ت.ف أن د.محمد وصل'],
    ['a Latin colon', 'Note:this is fine'],
    ['a space already there', 'من جهته، عرض الوزير. وقال: نعم'],
    ['a mark before a digit', 'في الأعوام 2019،2020'],
  ])('leaves %s alone', (_, text) => {
    expect(only(plain(text), 'missing-space-after')).toEqual([]);
    expect(only(doc(text), 'missing-space-after')).toEqual([]);
  });

  describe('glued lists', () => {
    const line = 'تطرق الوزيران إلى عدد من الملفات، بما في ذلك:التصعيد في الشرق الأوسط.الوضع في شبه الجزيرة الكورية.';

    it('leaves the marks of a glued list in plain text alone: the importer reads them as a list', () => {
      const source = plain(line);
      expect(importText(source).body.map((b) => b.type)).toEqual(['paragraph', 'list']);
      expect(only(source, 'missing-space-after')).toEqual([]);
    });

    it('would undo the list with the spaces inserted, which is why it is left alone', () => {
      const spaced = plain(line.replace(':', ': ').replace('الأوسط.', 'الأوسط. '));
      expect(importText(spaced).body.map((b) => b.type)).toEqual(['paragraph']);
    });

    it('still flags other missing spaces in the same line', () => {
      const source = plain(line.replace('الملفات، بما', 'الملفات،بما'));
      expect(only(source, 'missing-space-after').map((w) => w.params.mark)).toEqual(['،']);
    });

    it('flags a line the importer does not read as a list, the headline among them', () => {
      expect(only(plain('عاد إلى الغرب.في الصباح'), 'missing-space-after')).toHaveLength(1);
      const headline = 'الوزيران يبحثان الملفات:التصعيد في الشرق الأوسط.الوضع في كوريا';
      expect(importText(plain('نص', headline)).title).toBe(headline);
      expect(only(plain('نص', headline), 'missing-space-after').map((w) => [w.line, w.params.mark])).toEqual([
        [1, ':'],
        [1, '.'],
      ]);
    });

    it('flags the same text in a JSON string, where nothing reads a list out of it', () => {
      expect(only(doc(line), 'missing-space-after').map((w) => w.params.mark)).toEqual([':', '.']);
    });
  });
});

describe('missing-space-before-quote', () => {
  it.each([
    ['a full stop', 'عاد إلى الغرب.«في الصباح» قال', 'عاد إلى الغرب. «في الصباح» قال'],
    ['a colon', 'قال:«نعم»', 'قال: «نعم»'],
    ['an Arabic comma', 'قال،«نعم»', 'قال، «نعم»'],
    ['a word', 'وتحدث في«المؤتمر»', 'وتحدث في «المؤتمر»'],
    ['a Persian word', 'او گفت«بله»', 'او گفت «بله»'],
  ])('inserts a space between %s and «', (_, text, expected) => {
    expect(fixed(plain(text), 'missing-space-before-quote')).toBe(plain(expected));
    expect(contentOf(fixed(doc(text), 'missing-space-before-quote'))).toEqual([expected]);
  });

  it('is one warning at the mark, naming the glued words', () => {
    const source = plain('عاد إلى الغرب.«في الصباح»');
    expect(lintDraft(source, { lang: 'ar' }).map((w) => [w.code, w.params.text, w.line, w.column])).toEqual([
      ['missing-space-before-quote', 'الغرب.«في', 3, source.split('\n')[2]!.indexOf('«') + 1],
    ]);
  });

  it.each([
    ['proclitics glued to a quotation', 'وصف الخطوة بـ«الخيار» و«التحالف» ف«نعم» لـ«الحرب» كـ«السلام» بال«أمس» لل«غد»'],
    ['a space before it', 'قال: «نعم»'],
    ['a « used to close', 'قال »نعم« ثم غادر'],
    ['a Latin word', 'le«mot»'],
    ['the start of a line', '«نعم» قال'],
  ])('leaves %s alone', (_, text) => {
    expect(only(plain(text), 'missing-space-before-quote')).toEqual([]);
    expect(only(doc(text), 'missing-space-before-quote')).toEqual([]);
  });
});

describe('double-space', () => {
  it('leaves one space between words', () => {
    const text = 'قال الوزير  إن المحادثات   جيدة';
    expect(only(plain(text), 'double-space').map((w) => w.length)).toEqual([2, 3]);
    expect(fixedAll(plain(text), 'double-space')).toBe(plain('قال الوزير إن المحادثات جيدة'));
    expect(fixedAll(doc(text), 'double-space')).toBe(doc('قال الوزير إن المحادثات جيدة'));
  });

  it('names line and column of the blanks', () => {
    const source = plain('السطر الأول\nقال  نعم');
    const [w] = only(source, 'double-space');
    expect(w).toMatchObject({ ...position(source, source.indexOf('  ')), length: 2 });
  });

  it('finds tabs and no-break spaces beside a space', () => {
    expect(only(plain('قال\t نعم و\u00a0 لا'), 'double-space')).toHaveLength(2);
  });

  it.each([
    ['indentation and trailing blanks', '  قال نعم  \n   ثم'],
    ['a single space', 'قال نعم'],
    ['blank lines', 'قال نعم\n\n\nثم'],
    ['the gaps of spaced-out letters, which letter-spacing joins', 'ا ل خ ب ر   ا ل ي و م'],
    ['blanks before punctuation, which space-before-punctuation removes', 'قال الوزير  ، إن'],
  ])('leaves %s alone', (_, text) => {
    expect(only(plain(text), 'double-space')).toEqual([]);
  });

  it('lints every prose string of JSON, title included', () => {
    const source = article([para('قال  نعم')], { title: 'قمة  كبيرة' });
    expect(only(source, 'double-space').map((w) => w.pointer)).toEqual(['/title', '/body/0/content/0']);
  });
});

describe('straight-quotes-headline', () => {
  it('fixes a pair of straight double quotes in the plain-text headline to « »', () => {
    const source = plain('قال الوزير "نعم" اليوم', 'الوزير: "سنواصل الحوار" مع الجميع');
    const [w] = only(source, 'straight-quotes-headline');
    expect(w).toMatchObject({ line: 1, column: 9, params: { marks: '""' } });
    expect(at(source, w!)).toBe('"سنواصل الحوار"');
    expect(fixed(source, 'straight-quotes-headline')).toBe(plain('قال الوزير "نعم" اليوم', 'الوزير: «سنواصل الحوار» مع الجميع'));
  });

  it('takes the first non-blank line as the headline', () => {
    expect(fixed(`\n  \n  قمة "كبيرة" اليوم\n\nنص`, 'straight-quotes-headline')).toBe(`\n  \n  قمة «كبيرة» اليوم\n\nنص`);
  });

  it('fixes the JSON title, escapes and all', () => {
    const source = article([para('نص')], { title: 'قمة "كبيرة" و"تاريخية"' });
    const warnings = only(source, 'straight-quotes-headline');
    expect(warnings.map((w) => [w.pointer, at(source, w)])).toEqual([
      ['/title', '\\"كبيرة\\"'],
      ['/title', '\\"تاريخية\\"'],
    ]);
    const after = fixedAll(source, 'straight-quotes-headline');
    expect(JSON.parse(after).title).toBe('قمة «كبيرة» و«تاريخية»');
    expect(parseArticle(after).ok).toBe(true);
  });

  it('fixes single quotes used as a pair, when the headline has no double ones', () => {
    expect(fixed(plain('نص', "قمة 'كبيرة' اليوم"), 'straight-quotes-headline')).toBe(plain('نص', 'قمة «كبيرة» اليوم'));
    const nested = only(plain('نص', `الوزير: "قالوا 'نعم' أمس"`), 'straight-quotes-headline');
    expect(nested.map((w) => [w.params.marks, !!w.fix])).toEqual([
      ['""', true],
      ["''", false],
    ]);
  });

  it('warns without a fix on a lone double quote', () => {
    const [w] = only(plain('نص', 'قال الوزير "سنواصل الحوار'), 'straight-quotes-headline');
    expect(w).toMatchObject({ params: { marks: '"' } });
    expect(w!.fix).toBeUndefined();
  });

  it.each([
    ['an apostrophe-like single mark', "محطة 'ين تشيونغ وقادة الـ'قاعدة"],
    ['a Hebrew headline (gershayim and geresh)', 'צה"ל: "המצב קשה" אמר ג\'ון'],
    ['an English headline', 'Talks "resume" in Geneva'],
    ['inches after a number', 'شاشة 55" جديدة'],
    ['guillemets', 'الوزير: «سنواصل الحوار»'],
  ])('leaves %s alone', (_, headline) => {
    expect(only(plain('نص', headline), 'straight-quotes-headline')).toEqual([]);
    expect(only(article([para('نص')], { title: headline }), 'straight-quotes-headline')).toEqual([]);
  });

  it('looks only at the headline: the body’s quotations are quote runs', () => {
    expect(only(plain('قال الوزير "نعم" اليوم'), 'straight-quotes-headline')).toEqual([]);
    expect(only(article([para('قال "نعم"')], { subtitle: 'قال "نعم"' }), 'straight-quotes-headline')).toEqual([]);
  });
});

describe('quotation marks in JSON drafts', () => {
  const quote = (content: unknown[], marks: Json) => ({ type: 'quote', kind: 'statement', speaker: 'الوزير', ...marks, content });

  it('warns about a quote run never closed, on its first string, with its opening mark', () => {
    const source = doc('وختم قائلا: ', quote(['لن نتراجع ', { type: 'em', content: ['أبدا'] }], { open: '«', close: '' }));
    const [w] = lintDraft(source);
    expect(w).toMatchObject({ code: 'unclosed-quote', params: { mark: '«' }, pointer: '/body/0/content/1/content/0' });
    expect(at(source, w!)).toBe('لن نتراجع ');
    expect(w).toMatchObject(position(source, source.indexOf('لن نتراجع')));
    expect(w!.fix).toBeUndefined();
  });

  it('warns about a quote run with no opening mark, with its closing mark', () => {
    const source = doc('وقال المدرب: ', quote(['الفريق قدم مباراة كبيرة'], { open: '', close: '»' }), '.');
    expect(lintDraft(source).map((w) => [w.code, w.params.mark, w.pointer])).toEqual([['missing-opening-mark', '»', '/body/0/content/1/content/0']]);
  });

  it('falls back to the mark’s own property when the run holds no text', () => {
    const source = doc('قال ', quote([], { open: '«', close: '' }));
    const [w] = lintDraft(source);
    expect(w).toMatchObject({ code: 'unclosed-quote', pointer: '/body/0/content/1/open' });
    expect(at(source, w!)).toBe('«');
  });

  it('warns about a mark outside the quote runs that pairs with nothing, at the mark', () => {
    const source = doc('قال إن الوضع صعب» ثم ', quote(['نعم'], { open: '«', close: '»' }), ' وغادر');
    const [w] = lintDraft(source);
    expect(w).toMatchObject({ code: 'stray-quote-mark', params: { mark: '»' }, pointer: '/body/0/content/0', length: 1 });
    expect(w).toMatchObject(position(source, source.indexOf('»')));
  });

  it('finds stray marks across the strings and inline runs of one block, and in list items', () => {
    const source = article([
      para('قال ', { type: 'em', content: ['"نعم'] }, ' اليوم'),
      { type: 'list', id: 'l', items: [{ id: 'i1', content: ['بند "أول'] }] },
    ]);
    expect(lintDraft(source).map((w) => [w.code, w.pointer])).toEqual([
      ['stray-quote-mark', '/body/0/content/1/content/0'],
      ['stray-quote-mark', '/body/1/items/0/content/0'],
    ]);
  });

  it.each([
    ['quote runs with both marks', doc('قال ', quote(['نعم'], { open: '«', close: '»' }))],
    ['quote runs with the reader’s marks', doc('قال ', quote(['نعم'], {}))],
    ['a quote run nested in another (the outer quotation’s text)', doc(quote(['قالوا ', quote(['نعم'], { open: '"', close: '' }), ' أمس'], { open: '«', close: '»' }))],
    ['Hebrew gershayim', article([para('צה"ל הודיע')], { lang: 'he', title: 'כותרת' })],
    ['marks in the title, which is no block', article([para('نص')], { title: 'قال «نعم' })],
  ])('is quiet on %s', (_, source) => {
    expect(lintDraft(source).filter((w) => ['unclosed-quote', 'missing-opening-mark', 'stray-quote-mark'].includes(w.code))).toEqual([]);
  });

  it('reports what the core reports for the imported article, and what plain text reports for its source', () => {
    const text = [
      'عنوان الخبر',
      'وختم قائلا: «لن نتراجع عن موقفنا',
      'وقال المدرب: الفريق قدم مباراة كبيرة».',
      'قال إن الوضع صعب» ثم غادر.',
      'قال: «نعم» ثم أضاف: «لا».',
      'وأضاف: «نحن نعمل مع الجميع',
      '«للوصول إلى حل».',
    ].join('\n\n');
    const imported = importText(text, { lang: 'ar' });
    const source = JSON.stringify(imported, null, 2);
    const ids = imported.body.map((b) => (b as { id: string }).id);
    const lint = lintDraft(source)
      .filter((w) => w.code !== 'curly-quotes-rtl')
      .map((w) => [ids[Number(w.pointer.split('/')[2])], w.code]);
    const core = quotationWarnings(textBlocks(imported.body))
      .filter((w) => w.code !== 'no-speaker')
      .map((w) => [w.blockId, w.code === 'statement-longer-than-paragraph' ? 'unclosed-quote' : w.code]);
    expect(lint).toEqual(core);
    expect(lint.map(([, code]) => code)).toEqual(lintDraft(text, { lang: 'ar' }).map((w) => w.code));
    expect(new Set(lint.map(([, code]) => code))).toEqual(new Set(['unclosed-quote', 'missing-opening-mark', 'stray-quote-mark']));
  });
});

describe('tatweel-justification, with its fix', () => {
  it('removes tatweel stretching a word in plain text and in JSON, at its line and column', () => {
    const source = plain('انتهى الاجتمــــاع اليوم');
    const [w] = only(source, 'tatweel-justification');
    expect(w).toMatchObject({ params: { word: 'الاجتمــــاع' }, ...position(source, source.indexOf('ـ')) });
    expect(fixed(source, 'tatweel-justification')).toBe(plain('انتهى الاجتماع اليوم'));
    expect(contentOf(fixed(doc('انتهى الاجتمــــاع اليوم'), 'tatweel-justification'))).toEqual(['انتهى الاجتماع اليوم']);
  });

  it('keeps the tatweel of a Hijri year and a proclitic before a quotation', () => {
    expect(only(plain('في عام 1445 هـ وصف الخطوة بـ«الخيار»'), 'tatweel-justification')).toEqual([]);
  });
});

describe('mixed-digits in one paragraph', () => {
  it('flags a paragraph mixing systems in an article otherwise written in one', () => {
    const source = article([para('في عام 2020 و2021'), { type: 'paragraph', id: 'p2', content: ['بلغ العدد 15 ثم ١٧ شخصا'] }]);
    const [w] = only(source, 'mixed-digits');
    expect(w).toMatchObject({ pointer: '/body/1/content/0', params: { number: '١٧', replacement: '17' }, ...position(source, source.indexOf('١٧')) });
    expect(JSON.parse(fixed(source, 'mixed-digits')).body[1].content).toEqual(['بلغ العدد 15 ثم 17 شخصا']);
  });

  it('flags the minority of the whole article, in a paragraph that mixes them or not (one numeral policy, req. 12)', () => {
    const source = plain('في عام ٢٠٢٠ و٢٠٢١ و٢٠٢٢\n\nبلغ العدد 15 ثم ١٧ شخصا\n\nوفي 2023 عاد');
    expect(only(source, 'mixed-digits').map((w) => [w.line, w.params.number, w.params.replacement])).toEqual([
      [5, '15', '١٥'],
      [7, '2023', '٢٠٢٣'],
    ]);
  });

  it('leaves digits in quotations alone', () => {
    expect(only(doc('في ٢٠٢٠ قال ', { type: 'quote', kind: 'statement', content: ['عام 1999'] }), 'mixed-digits')).toEqual([]);
  });
});

describe('the proofreader on a real-looking draft', () => {
  it('finds each error once, and the draft is clean after every fix', () => {
    const source = plain(
      [
        'قال الوزير , إن الحوار مستمر.وأضاف:«سنواصل العمل»  مع الجميع.',
        'هل تنتهي الحرب? سأل الصحفي ، ثم غادر.',
      ].join('\n\n'),
      'الوزير: "سنواصل الحوار"',
    );
    const codes = lintDraft(source, { lang: 'ar' }).map((w) => w.code);
    expect(codes).toEqual([
      'straight-quotes-headline',
      'space-before-punctuation',
      'latin-punctuation',
      'missing-space-after',
      'missing-space-before-quote',
      'double-space',
      'latin-punctuation',
      'space-before-punctuation',
    ]);
    let text = source;
    for (let i = 0; i < 20; i++) {
      const w = lintDraft(text, { lang: 'ar' }).find((x) => x.fix);
      if (!w) break;
      text = applyEdits(text, w.fix!.edits);
    }
    expect(lintDraft(text, { lang: 'ar' })).toEqual([]);
    expect(text).toBe(plain(['قال الوزير، إن الحوار مستمر. وأضاف: «سنواصل العمل» مع الجميع.', 'هل تنتهي الحرب؟ سأل الصحفي، ثم غادر.'].join('\n\n'), 'الوزير: «سنواصل الحوار»'));
  });
});
