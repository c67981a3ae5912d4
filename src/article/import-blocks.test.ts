import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { inlineText, textBlocks } from './blocks';
import { blockInline, formattedInline, importBlocks, type SourceBlock, type SourceMark } from './import-blocks';
import { blockDirection } from './text/language';
import { buildInline, importText } from './import-text';
import { parseArticle } from './parse';
import { detectQuotes } from './quote-detection';
import type { Article, Inline } from './schema';

const p = (text: string, marks: SourceMark[] = [], dir: SourceBlock['dir'] = 'unknown'): SourceBlock => ({ kind: 'paragraph', text, marks, dir });
const h = (level: number, text: string): SourceBlock => ({ kind: 'heading', level, text, marks: [], dir: 'unknown' });
const item = (list: number, text: string, ordered = false): SourceBlock => ({ kind: 'item', list, ordered, text, marks: [], dir: 'unknown' });
const at = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
};
const bold = (text: string, part: string): SourceMark => ({ type: 'strong', ...at(text, part) });
const em = (text: string, part: string): SourceMark => ({ type: 'em', ...at(text, part) });
const link = (text: string, part: string, href: string): SourceMark => ({ type: 'link', href, ...at(text, part) });

const valid = (article: Article) => parseArticle(JSON.stringify(article));

describe('importBlocks', () => {
  it('takes the first block as the headline, its formatting dropped, and numbers the rest', () => {
    const title = 'وزراء الخارجية يلتقون في جنيف';
    const article = importBlocks([
      { ...h(1, title), marks: [bold(title, 'وزراء')] },
      p('بدأ الاجتماع صباح اليوم.'),
      h(2, 'خلفية'),
      p('وتستمر المحادثات غدًا.'),
    ]);
    expect(article).toMatchObject({ title, lang: 'ar', dir: 'rtl', status: 'draft', slug: expect.stringMatching(/^article-[0-9a-f]{8}$/u) });
    expect(article.body.map((b) => [b.type, b.id])).toEqual([
      ['paragraph', 'b1'],
      ['heading', 'b2'],
      ['paragraph', 'b3'],
    ]);
    expect(valid(article).ok).toBe(true);
  });

  it('skips blank blocks, trims the others, and gives an empty title for nothing', () => {
    const article = importBlocks([p('  '), p('\u00a0العنوان '), p(''), p('  نص الخبر.  ', [{ type: 'strong', start: 0, end: 4 }])]);
    expect(article.title).toBe('العنوان');
    expect(article.body).toEqual([{ type: 'paragraph', id: 'b1', content: [{ type: 'strong', content: ['نص'] }, ' الخبر.'] }]);
    expect(importBlocks([]).title).toBe('');
  });

  it('maps h1 and h2 to level 2 and h3 to h6 to level 3', () => {
    const article = importBlocks([p('عنوان'), h(1, 'أ'), h(2, 'ب'), h(3, 'ج'), h(4, 'د'), h(6, 'هـ'), p('نص.')]);
    expect(article.body.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.level)).toEqual([2, 2, 3, 3, 3]);
  });

  it('groups consecutive items of one list, and starts a new list for another list or after a paragraph', () => {
    const article = importBlocks([p('عنوان'), item(1, 'أول', true), item(1, 'ثان', true), item(2, 'بند'), p('فاصل.'), item(2, 'آخر'), { ...p('اقتباس طويل'), kind: 'quote' }]);
    expect(article.body).toEqual([
      { type: 'list', id: 'b1-list', ordered: true, items: [{ id: 'b1', content: ['أول'] }, { id: 'b2', content: ['ثان'] }] },
      { type: 'list', id: 'b3-list', items: [{ id: 'b3', content: ['بند'] }] },
      { type: 'paragraph', id: 'b4', content: ['فاصل.'] },
      { type: 'list', id: 'b5-list', items: [{ id: 'b5', content: ['آخر'] }] },
      { type: 'quote', id: 'b6', content: ['اقتباس طويل'] },
    ]);
    expect(valid(article).ok).toBe(true);
  });

  it('detects statements and their speakers, and threads, as the plain-text importer does', () => {
    const lines = ['محادثات في جنيف', 'قال وزير الخارجية الأوكراني: «نريد وقفًا دائمًا لإطلاق النار في أوكرانيا».', 'وأضاف أن الجولة المقبلة ستعقد في كييف.'];
    const fromBlocks = importBlocks(lines.map((l) => p(l)));
    const fromText = importText(lines.join('\n\n'));
    expect(fromBlocks.body).toEqual(fromText.body);
    const report = analyzeArticle(fromBlocks);
    expect(report.statements).toEqual([{ text: 'نريد وقفًا دائمًا لإطلاق النار في أوكرانيا', speaker: 'وزير الخارجية الأوكراني', blockId: 'b1' }]);
    expect(report.blocks[0]!.threads).toContain('ukraine');
  });

  it('without detection (a first look) gives the same blocks with no statements or threads marked', () => {
    const lines = ['محادثات في جنيف', 'قال وزير الخارجية الأوكراني: «نريد وقفًا دائمًا لإطلاق النار في أوكرانيا».', 'وأضاف أن الجولة المقبلة ستعقد في كييف.'];
    const plain = importBlocks(lines.map((l) => p(l)), { detect: false });
    const detected = importBlocks(lines.map((l) => p(l)));
    expect(plain.body.map((b) => b.id)).toEqual(detected.body.map((b) => b.id));
    expect(textBlocks(plain.body).map((b) => inlineText(b.content))).toEqual(textBlocks(detected.body).map((b) => inlineText(b.content)));
    expect(analyzeArticle(plain).statements).toEqual([]);
    expect(plain.body.some((b) => 'threads' in b)).toBe(false);
    expect(plain.body[0]).toEqual({ type: 'paragraph', id: 'b1', content: [lines[1]] });
  });

  it('puts quotations outermost: a bold range over a quotation’s end is split there, its marks left out', () => {
    const text = 'قال الوزير: «لن نتراجع أبدًا» ثم غادر.';
    const article = importBlocks([p('عنوان'), p(text, [bold(text, 'نتراجع أبدًا» ثم')])]);
    const content = article.body[0]!.type === 'paragraph' ? article.body[0]!.content : [];
    expect(content).toEqual([
      'قال الوزير: ',
      { type: 'quote', kind: 'statement', speaker: 'الوزير', open: '«', close: '»', origin: 'auto', content: ['لن ', { type: 'strong', content: ['نتراجع أبدًا'] }] },
      { type: 'strong', content: [' ثم'] },
      ' غادر.',
    ]);
    expect(inlineText(content)).toBe(text);
  });

  it('nests a range inside the one that contains it, splits the later of two crossing ranges, and merges touching runs', () => {
    const text = 'هذا نص مهم جدا للقراءة';
    // Word cuts bold into runs: two touching bold ranges are one.
    const marks: SourceMark[] = [
      { type: 'strong', start: 4, end: 6 },
      { type: 'strong', start: 6, end: 10 },
      em(text, 'جدا'),
      { type: 'em', ...at(text, 'مهم') },
      link(text, 'جدا للقراءة', 'https://news.example/a'),
    ];
    expect(blockInline(text, marks, [], true)).toEqual([
      'هذا ',
      { type: 'strong', content: ['نص ', { type: 'em', content: ['مهم'] }] },
      ' ',
      { type: 'link', href: 'https://news.example/a', content: [{ type: 'em', content: ['جدا'] }, ' للقراءة'] },
    ]);
  });

  it('keeps Latin runs as English spans inside links and bold, one span per run', () => {
    const text = 'نقلت وكالة Associated Press عن موقع BBC News';
    const content = blockInline(text, [link(text, 'موقع BBC'), bold(text, 'Associated')], [], true);
    expect(content).toEqual([
      'نقلت وكالة ',
      { type: 'span', lang: 'en', dir: 'ltr', content: [{ type: 'strong', content: ['Associated'] }, ' Press'] },
      ' عن ',
      { type: 'link', href: 'https://bbc.example', content: ['موقع ', { type: 'span', lang: 'en', dir: 'ltr', content: ['BBC'] }] },
      // The run cut by the link's end goes on after it; the space between stays outside both.
      ' ',
      { type: 'span', lang: 'en', dir: 'ltr', content: ['News'] },
    ]);
    expect(inlineText(content).replace(/ /gu, '')).toBe(text.replace(/ /gu, ''));
    function link(t: string, part: string): SourceMark {
      return { type: 'link', href: 'https://bbc.example', ...at(t, part) };
    }
  });

  it('drops unsafe and over-long links but keeps their text', () => {
    const text = 'اضغط هنا أو هناك';
    const content = blockInline(text, [link(text, 'هنا', 'javascript:alert(1)'), link(text, 'هناك', `https://a.example/${'x'.repeat(2100)}`)], [], true);
    expect(content).toEqual([text]);
  });

  it('wraps a block written in the other direction in a span with its language', () => {
    const article = importBlocks([p('عنوان الخبر'), p('نص عربي قصير.'), p('The minister said talks would resume.', [], 'ltr'), p('بيان رسمي', [], 'ltr')]);
    expect(article.dir).toBe('rtl');
    expect(article.body[1]).toEqual({ type: 'paragraph', id: 'b2', content: [{ type: 'span', lang: 'en', dir: 'ltr', content: ['The minister said talks would resume.'] }] });
    // Google Docs declares ltr around Arabic typed in a left-to-right paragraph: the letters win.
    expect(article.body[2]).toEqual({ type: 'paragraph', id: 'b3', content: ['بيان رسمي'] });
    const english = importBlocks([p('Talks in Geneva'), p('The talks resumed today in the Swiss city after a long pause.'), p('بيان الوزارة', [], 'rtl')]);
    expect(english.body[1]).toEqual({ type: 'paragraph', id: 'b2', content: [{ type: 'span', lang: 'ar', dir: 'rtl', content: ['بيان الوزارة'] }] });
  });

  it('reads a block’s direction from its letters and what its source declares', () => {
    expect(blockDirection('2026', 'ltr')).toBeNull();
    expect(blockDirection('قال المتحدث', 'ltr')).toBe('rtl');
    expect(blockDirection('BBC: قال المتحدث', 'ltr')).toBe('rtl');
    expect(blockDirection('The minister said', 'rtl')).toBe('ltr');
    expect(blockDirection('وقالت Microsoft Corporation in Redmond', 'rtl')).toBe('rtl');
    expect(blockDirection('وقالت Microsoft Corporation in Redmond', 'unknown')).toBe('ltr');
    expect(blockDirection('שלום לכולם', 'unknown')).toBe('rtl');
  });
});

// Words and marks the property tests build paragraphs from: Arabic, Latin, quotation marks, spaces.
const WORDS = ['قال', 'الوزير', 'إن', 'المحادثات', 'في', 'كييف', 'سيول', 'غزة', 'مستمرة', 'وأضاف', 'BBC', 'News', 'APEC', 'Reuters', '2026', '١٢', ':', '،', '.', '«', '»', '"', '“', '”', "'", '(', ')', '-'];
const word = fc.constantFrom(...WORDS);
const gap = fc.constantFrom(' ', ' ', ' ', '', '  ', '\u00a0');
const sourceText = fc.array(fc.tuple(word, gap), { minLength: 0, maxLength: 14 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
const marksFor = (length: number) =>
  fc.array(
    fc.record({
      type: fc.constantFrom('strong' as const, 'em' as const, 'link' as const),
      start: fc.integer({ min: -2, max: length + 2 }),
      end: fc.integer({ min: -2, max: length + 2 }),
      href: fc.constantFrom('https://news.example/a', 'mailto:desk@news.example', 'javascript:alert(1)', 'https://news.example/b'),
    }),
    { maxLength: 5 },
  );
const sourceBlock = sourceText.chain((text) =>
  fc.record({
    kind: fc.constantFrom('heading' as const, 'paragraph' as const, 'item' as const, 'quote' as const),
    level: fc.integer({ min: 1, max: 6 }),
    list: fc.integer({ min: 0, max: 2 }),
    ordered: fc.boolean(),
    text: fc.constant(text),
    marks: marksFor(text.length),
    dir: fc.constantFrom('rtl' as const, 'ltr' as const, 'unknown' as const),
  }),
);
const blocks = fc.array(sourceBlock, { maxLength: 8 });

const isSpace = (s: string) => /^[\s\u00a0]*$/u.test(s);

describe('importBlocks, properties', () => {
  it('keeps the text of every block: the headline, then each body block in order', () => {
    fc.assert(
      fc.property(blocks, (source) => {
        const article = importBlocks(source);
        const texts = source.map((b) => b.text.replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, '')).filter((t) => !isSpace(t));
        expect(article.title).toBe(texts[0] ?? '');
        expect(textBlocks(article.body).map((b) => inlineText(b.content))).toEqual(texts.slice(1));
      }),
      { numRuns: 400 },
    );
  });

  it('always makes an article its own validation accepts (when there is a headline)', () => {
    fc.assert(
      fc.property(blocks, (source) => {
        const article = importBlocks(source);
        const result = valid(article);
        if (article.title === '') expect(result.ok).toBe(false);
        else expect(result.ok ? [] : result.problems.map((x) => x.code)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('makes of a block without formatting exactly what the plain-text importer’s buildInline makes', () => {
    fc.assert(
      fc.property(fc.array(sourceText, { minLength: 1, maxLength: 4 }), fc.boolean(), (texts, rtl) => {
        const quotes = detectQuotes(texts, 'ar');
        texts.forEach((text, i) => expect(formattedInline(text, [], quotes[i]!, rtl)).toEqual(buildInline(text, quotes[i]!, rtl)));
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves an empty formatting run, nor two touching runs of the same formatting', () => {
    const check = (content: readonly Inline[]) => {
      content.forEach((run, i) => {
        if (typeof run === 'string') {
          expect(run).not.toBe('');
          expect(typeof content[i + 1]).not.toBe('string');
          return;
        }
        if (run.type !== 'quote') expect(run.content.length).toBeGreaterThan(0);
        const next = content[i + 1];
        if (next !== undefined && typeof next !== 'string' && run.type !== 'quote' && next.type === run.type) {
          expect(run.type === 'link' && next.type === 'link' && run.href !== next.href).toBe(true);
        }
        check(run.content);
      });
    };
    fc.assert(
      fc.property(blocks, (source) => {
        for (const b of textBlocks(importBlocks(source).body)) check(b.content);
      }),
      { numRuns: 300 },
    );
  });
});
