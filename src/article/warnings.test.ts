import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { importText } from './import-text';
import { FORMAT_ID, type Article } from './schema';
import { WARNING_CODES } from './warnings';

/** The warnings of plain text imported as an article, as [blockId, code]. */
function warningsOf(text: string): [string, string][] {
  return analyzeArticle(importText(`عنوان\n\n${text}`)).warnings.map((w) => [w.blockId, w.code]);
}

describe('analysis warnings', () => {
  it('reports a quotation never closed, which still yields the statement', () => {
    const report = analyzeArticle(importText('عنوان\n\nوختم الوزير قائلا: «لن نتراجع عن موقفنا'));
    expect(report.statements).toEqual([{ text: 'لن نتراجع عن موقفنا', speaker: 'الوزير', blockId: 'b1' }]);
    expect(report.warnings).toEqual([{ blockId: 'b1', code: 'unclosed-quote', message: expect.stringContaining('never closed') }]);
  });

  it('reports a quotation with no opening mark', () => {
    expect(warningsOf('وقال المدرب: الفريق قدم مباراة كبيرة».')).toEqual([['b1', 'missing-opening-mark']]);
  });

  it('reports a mark with no partner, and not a Hebrew abbreviation or an apostrophe', () => {
    expect(warningsOf('قال الوزير إن الوضع صعب» ثم غادر.')).toEqual([['b1', 'stray-quote-mark']]);
    expect(warningsOf('צה"ל הודיע היום על סיום התרגיל.')).toEqual([]);
    expect(warningsOf('وقالت شركة McDonald’s إن الفرع أغلق.')).toEqual([]);
  });

  it('reports a statement with no speaker found', () => {
    expect(warningsOf('«الماء حق للجميع وليس سلعة تباع».')).toEqual([['b1', 'no-speaker']]);
  });

  it('reports a statement that runs on into a paragraph opening with a mark, instead of an unclosed quotation', () => {
    const found = warningsOf('وقال الوزير: «سنعيد بناء المدارس كلها.\n\n«وسنبدأ بالقرى الحدودية».');
    expect(found.filter(([b]) => b === 'b1')).toEqual([['b1', 'statement-longer-than-paragraph']]);
  });

  it('gives a clean article no warnings, and warns about a JSON draft too', () => {
    expect(warningsOf('وقال الوزير: «سنعيد بناء المدارس كلها».')).toEqual([]);
    const article: Article = {
      format: FORMAT_ID,
      slug: 'x',
      title: 'عنوان',
      lang: 'ar',
      status: 'draft',
      threads: [],
      body: [{ type: 'paragraph', id: 'p1', content: ['قال إن «الوضع ', { type: 'quote', kind: 'statement', speaker: null, content: ['صعب'] }] }],
    };
    expect(analyzeArticle(article).warnings.map((w) => w.code)).toEqual(['stray-quote-mark', 'no-speaker']);
  });

  it('uses only the documented codes', () => {
    const report = analyzeArticle(importText('عنوان\n\nقال: «نعم\n\nثم» قال آخر: لا».\n\n«جملة طويلة بما يكفي لتكون تصريحا هنا».'));
    for (const w of report.warnings) expect(WARNING_CODES).toContain(w.code);
    expect(report.warnings.length).toBeGreaterThan(0);
  });
});
