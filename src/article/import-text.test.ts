import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { inlineText, textBlocks } from './blocks';
import { buildInline, importText, slugFor, splitLines } from './import-text';
import type { DetectedQuote } from './quote-detection';
import type { Inline } from './schema';
import { parseArticle } from './parse';

const FIXTURES = 'test/fixtures/import';
const fixtureNames = readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, 'source.txt')));
const load = (name: string) => readFileSync(join(FIXTURES, name, 'source.txt'), 'utf8');

describe('golden fixtures (refresh one with `npm run fixture -- NAME` and review the diff)', () => {
  it.each(fixtureNames)('%s', (name) => {
    const article = importText(load(name), { slug: name });
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    expect(article).toEqual(expected);
    // Whatever the importer makes must pass the article's own validation.
    expect(parseArticle(JSON.stringify(article))).toMatchObject({ ok: true });
  });

  it.each(fixtureNames)('%s keeps every character of the source body', (name) => {
    const { lines } = splitLines(load(name));
    const rebuilt = textBlocks(importText(load(name)).body).map((b) => inlineText(b.content));
    expect(rebuilt.join('').replace(/\s+/gu, '')).toBe(lines.join('').replace(/\s+/gu, ''));
  });
});

describe('the seed article', () => {
  const article = importText(load('seed'));
  const report = analyzeArticle(article);

  it('has its headline as the title, not as a block', () => {
    expect(article.title).toMatch(/^بكين وموسكو/u);
    expect(report.blocks.some((b) => b.text === article.title)).toBe(false);
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('has its five section headings', () => {
    expect(report.blocks.filter((b) => b.type === 'heading')).toHaveLength(5);
  });

  it('splits both run-together lists into items (2 and 3)', () => {
    const lists = article.body.filter((b) => b.type === 'list');
    expect(lists.map((l) => (l.type === 'list' ? l.items.length : 0))).toEqual([2, 3]);
    const first = lists[0]!.type === 'list' ? lists[0]!.items.map((i) => inlineText(i.content)) : [];
    expect(first[0]).toMatch(/^التصعيد الإسرائيلي-الإيراني.*الأوسط\.$/u);
    expect(first[1]).toMatch(/^الوضع في شبه الجزيرة الكورية/u);
  });

  it('is tagged with all three threads', () => {
    const used = new Set(report.blocks.flatMap((b) => b.threads));
    expect([...used].sort()).toEqual(['korea', 'middle-east', 'ukraine']);
  });

  it('has its closing quotation as a statement with no named speaker', () => {
    const last = report.statements.at(-1);
    expect(last?.text).toMatch(/^في وقت تشهد فيه العلاقات الدولية.*العالمية\.$/u);
    expect(last?.speaker).toBeNull();
  });
});

describe('importText', () => {
  it('accepts single line breaks as paragraph breaks and any newline convention', () => {
    const article = importText('عنوان\r\nالفقرة الأولى طويلة بما يكفي لتكون فقرة.\rالفقرة الثانية أيضًا.\n');
    expect(analyzeArticle(article).blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('joins a statement hard-wrapped over a line break into one paragraph', () => {
    const report = analyzeArticle(importText('عنوان\n\nوأضاف الوزير: «نحن نعمل مع جميع الأطراف\nللوصول إلى حل دائم».\n\nفقرة أخرى.'));
    expect(report.blocks.map((b) => b.text)).toEqual(['وأضاف الوزير: «نحن نعمل مع جميع الأطراف للوصول إلى حل دائم».', 'فقرة أخرى.']);
    expect(report.statements).toEqual([{ text: 'نحن نعمل مع جميع الأطراف للوصول إلى حل دائم', speaker: 'الوزير', blockId: 'b1' }]);
  });

  it('joins the lines when the closing mark stands after a space', () => {
    expect(splitLines('عنوان\nوقال الوزير :" نحن قلقون\nمن التصعيد ".').lines).toEqual(['وقال الوزير :" نحن قلقون من التصعيد ".']);
  });

  it('never joins lines across a blank line, a paragraph break', () => {
    expect(splitLines('عنوان\n\nوختم قائلا: «لن نتراجع\n\nقال إن الوضع صعب» ثم غادر.').lines).toEqual(['وختم قائلا: «لن نتراجع', 'قال إن الوضع صعب» ثم غادر.']);
  });

  it('keeps lines apart when the next line does not close the open quotation', () => {
    expect(splitLines('عنوان\nقال: «نعم\n«لا» قالها آخر.').lines).toEqual(['قال: «نعم', '«لا» قالها آخر.']);
    expect(splitLines('عنوان\nقال: «نعم» اليوم\nوأضاف» أمس.').lines).toEqual(['قال: «نعم» اليوم', 'وأضاف» أمس.']);
  });

  it('turns short lines after a line ending in a colon into a list', () => {
    const article = importText('عنوان\n\nالحصيلة:\n\nعشرة مصابين\n\nثلاثة منازل\n\nفقرة ختامية طويلة تنتهي بنقطة.');
    expect(article.body.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('marks Latin runs inside Arabic text as English spans', () => {
    const article = importText('عنوان\n\nشاركت الدول في منتدى APEC والقمة الأخيرة.');
    const block = article.body[0];
    expect(block?.type === 'paragraph' && block.content).toContainEqual({ type: 'span', lang: 'en', dir: 'ltr', content: ['APEC'] });
  });

  it('reads an English sentence in an Arabic story in its own direction, and an Arabic one in an English story', () => {
    const arabic = importText('عنوان الخبر\n\nاستؤنفت المحادثات في جنيف.\n\nTalks resumed in Geneva, officials said.');
    expect(arabic.body[1]).toEqual({ type: 'paragraph', id: 'b2', content: [{ type: 'span', lang: 'en', dir: 'ltr', content: ['Talks resumed in Geneva, officials said.'] }] });
    // An Arabic sentence with an English name stays in the article's direction, the name marked.
    expect(arabic.body[0]).toEqual({ type: 'paragraph', id: 'b1', content: ['استؤنفت المحادثات في جنيف.'] });
    const english = importText('Talks in Geneva\n\nThe talks between the two delegations resumed on Monday morning, officials in Geneva said.\n\nاستؤنفت المحادثات في جنيف.');
    expect(english.dir).toBe('ltr');
    expect(english.body[1]).toEqual({ type: 'paragraph', id: 'b2', content: [{ type: 'span', lang: 'ar', dir: 'rtl', content: ['استؤنفت المحادثات في جنيف.'] }] });
  });

  it('marks Latin runs before, inside and after quotes', () => {
    const text = 'قال Kim إن «X و Y» ثم "نص" قبل NATO';
    const open = text.indexOf('«');
    const close = text.indexOf('»') + 1;
    const quotes: DetectedQuote[] = [
      { start: open, end: close, open: '«', close: '»', kind: 'statement', speaker: 'Kim' },
      { start: text.indexOf('"'), end: text.lastIndexOf('"') + 1, open: '"', close: '"', kind: 'scare', speaker: null },
    ];
    const content = buildInline(text, quotes, true);
    const en = (s: string) => ({ type: 'span', lang: 'en', dir: 'ltr', content: [s] });
    expect(content).toEqual([
      'قال ',
      en('Kim'),
      ' إن ',
      { type: 'quote', kind: 'statement', speaker: 'Kim', open: '«', close: '»', origin: 'auto', content: [en('X'), ' و ', en('Y')] },
      ' ثم ',
      { type: 'quote', kind: 'scare', speaker: null, open: '"', close: '"', origin: 'auto', content: ['نص'] },
      ' قبل ',
      en('NATO'),
    ]);
    expect(buildInline(text, quotes, false).filter((r) => typeof r !== 'string' && r.type === 'span')).toEqual([]);
  });

  it('builds inline content as splitting the text at each quote would, for any quotes', () => {
    // Reference: every range sliced out and searched on its own.
    const latinRun = /[A-Za-z][A-Za-z0-9&'’-]*(?:[ .][A-Za-z0-9][A-Za-z0-9&'’-]*)*/gu;
    const plain = (s: string, rtl: boolean): Inline[] => {
      if (!rtl || !/[A-Za-z]/u.test(s)) return s ? [s] : [];
      const out: Inline[] = [];
      let from = 0;
      for (const m of s.matchAll(latinRun)) {
        if (m.index > from) out.push(s.slice(from, m.index));
        out.push({ type: 'span', lang: 'en', dir: 'ltr', content: [m[0]] });
        from = m.index + m[0].length;
      }
      if (from < s.length) out.push(s.slice(from));
      return out;
    };
    const reference = (text: string, quotes: readonly DetectedQuote[], rtl: boolean): Inline[] => {
      const out: Inline[] = [];
      let from = 0;
      for (const q of quotes) {
        if (q.start < from || q.end > text.length || q.end < q.start) continue;
        out.push(...plain(text.slice(from, q.start), rtl));
        const inner = text.slice(q.start + q.open.length, q.end - q.close.length);
        out.push({ type: 'quote', kind: q.kind, speaker: q.kind === 'statement' ? q.speaker : null, open: q.open, close: q.close, origin: 'auto', content: plain(inner, rtl) });
        from = q.end;
      }
      out.push(...plain(text.slice(from), rtl));
      return out;
    };
    const text = fc.array(fc.constantFrom('ق', 'ل', 'A', 'b', 'z', ' ', '.', '-', '"', '«', '»'), { maxLength: 40 }).map((a) => a.join(''));
    const quote = fc.record({
      start: fc.integer({ min: -3, max: 42 }),
      length: fc.integer({ min: 0, max: 20 }),
      open: fc.constantFrom('', '"', '«'),
      close: fc.constantFrom('', '"', '»'),
      kind: fc.constantFrom('statement' as const, 'scare' as const),
    });
    fc.assert(
      fc.property(text, fc.array(quote, { maxLength: 5 }), fc.boolean(), (t, raw, rtl) => {
        const quotes: DetectedQuote[] = raw.map((q) => ({ start: q.start, end: q.start + q.length, open: q.open, close: q.close, kind: q.kind, speaker: 'S' }));
        expect(buildInline(t, quotes, rtl)).toEqual(reference(t, quotes, rtl));
      }),
      { numRuns: 2000 },
    );
  });

  it('derives a stable slug', () => {
    expect(slugFor('Talks in Kyiv')).toBe('talks-in-kyiv');
    expect(slugFor('محادثات')).toMatch(/^article-[0-9a-f]{8}$/u);
    expect(slugFor('محادثات')).toBe(slugFor('محادثات'));
  });

  it('never throws and always yields a structurally valid body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const article = importText(text);
        const ids = textBlocks(article.body).map((b) => b.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 500 },
    );
  });
});
