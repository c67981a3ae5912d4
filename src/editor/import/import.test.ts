// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../article/analyze';
import { inlineText, textBlocks } from '../../article/blocks';
import { parseArticle } from '../../article/parse';
import type { Article, Inline } from '../../article/schema';
import ar from '../locales/import.ar.json';
import en from '../locales/import.en.json';
import { describeImport, importClipboardHtml, importMessage, type ImportReport } from './index';

// happy-dom, unlike a browser's DOMParser, tries to load the iframes of a parsed document and logs that it
// may not (a DOMException on the console): noise of the test environment.
const fixture = (name: string) => readFileSync(`test/fixtures/paste/${name}.html`, 'utf8');

function imported(name: string) {
  const result = importClipboardHtml(fixture(name));
  if (!result) throw new Error(`${name} gave nothing`);
  return result;
}

/** Every inline node of a type in the body, depth first. */
function nodes(article: Article, type: string): Inline[] {
  const out: Inline[] = [];
  const walk = (content: readonly Inline[]) => {
    for (const run of content) {
      if (typeof run === 'string') continue;
      if (run.type === type) out.push(run);
      walk(run.content);
    }
  };
  for (const b of textBlocks(article.body)) walk(b.content);
  return out;
}

describe('importClipboardHtml', () => {
  it.each(['word-desktop', 'word-online', 'google-docs', 'libreoffice', 'web-page', 'hostile'])('%s: valid article JSON, shown as the editor shows JSON', (name) => {
    const { text, article } = imported(name);
    expect(text).toBe(`${JSON.stringify(article, null, 2)}\n`);
    const parsed = parseArticle(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(article.status).toBe('draft');
  });

  it('Word: headline, headings, lists, bold, a link, a statement with its speaker, a thread, the English paragraph isolated', () => {
    const { article, report } = imported('word-desktop');
    expect(article).toMatchObject({ title: 'مجلس المدينة يقرّ خطة جديدة للنقل العام', lang: 'ar', dir: 'rtl' });
    expect(article.body.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && [inlineText(b.content), b.level])).toEqual([
      ['تفاصيل الخطة', 2],
      ['ردود الفعل', 2],
    ]);
    const lists = article.body.filter((b) => b.type === 'list');
    expect(lists.map((l) => l.type === 'list' && [l.items.length, l.ordered ?? false])).toEqual([
      [3, false],
      [2, true],
    ]);
    expect(nodes(article, 'strong').map((n) => inlineText([n]))).toEqual(['خطة شاملة', 'Lyon']);
    expect(nodes(article, 'link')).toEqual([{ type: 'link', href: 'https://council.example.org/transport/plan-2027', content: ['نص الخطة الكاملة'] }]);
    const analysis = analyzeArticle(article);
    expect(analysis.statements[0]).toMatchObject({ text: 'سنضاعف عدد الخطوط خلال عامين، وسنبدأ بالأحياء البعيدة', speaker: expect.stringContaining('رئيس المجلس') });
    expect(analysis.blocks.some((b) => b.threads.includes('ukraine'))).toBe(true);
    const english = article.body.find((b) => b.type === 'paragraph' && inlineText(b.content).startsWith('The plan'));
    expect(english).toMatchObject({ content: [{ type: 'span', lang: 'en', dir: 'ltr' }] });
    expect(article.body.some((b) => b.type === 'quote')).toBe(true);
    expect(report).toEqual({
      kept: { title: 1, headings: 2, paragraphs: 8, lists: 2, listItems: 5, blockQuotes: 1, links: 1, bold: 2, emphasis: 1 },
      dropped: { images: 1, tables: 1, media: 0, forms: 0, scripts: 0, links: 0, pageParts: 0 },
    });
  });

  it('Google Docs: no bold from the wrapper; Arabic typed in a left-to-right paragraph stays with the article', () => {
    const { article } = imported('google-docs');
    expect(article.title).toBe('مهرجان الكتاب يعود إلى الساحة القديمة');
    expect(nodes(article, 'strong').map((n) => inlineText([n]))).toEqual(['مهرجان الكتاب', 'مئة وعشرين', 'نقابة الصحفيين']);
    const last = article.body[article.body.length - 1]!;
    expect(last).toMatchObject({ type: 'paragraph', content: ['الدخول مجاني للطلاب.'] });
    expect(analyzeArticle(article).statements).toHaveLength(1);
  });

  it('a web page: the first heading is the headline, the page’s parts are reported', () => {
    const { article, report } = imported('web-page');
    expect(article.title).toBe('ميناء المدينة يستقبل أول سفينة شحن بعد أعمال التوسعة');
    expect(report.dropped).toEqual({ images: 2, tables: 1, media: 2, forms: 2, scripts: 0, links: 1, pageParts: 3 });
    expect(report.kept).toMatchObject({ headings: 1, blockQuotes: 1, links: 1, bold: 2, emphasis: 1 });
  });

  it('hostile HTML gives only safe links and no markup', () => {
    const { article, text } = imported('hostile');
    for (const link of nodes(article, 'link')) expect(link).toMatchObject({ href: expect.stringMatching(/^https:\/\//u) });
    expect(text).not.toMatch(/javascript:|onerror|onload|<img|<svg|srcdoc/iu);
  });

  it('gives null when the HTML holds nothing plain text would lose: one block, or no text', () => {
    expect(importClipboardHtml('<meta charset="utf-8"><span style="color: red">كلمة</span>')).toBeNull();
    expect(importClipboardHtml('<p>جملة <b>واحدة</b> فيها <a href="https://a.example">رابط</a>.</p>')).toBeNull();
    expect(importClipboardHtml('<img src="https://a.example/x.png">')).toBeNull();
    expect(importClipboardHtml('')).toBeNull();
    expect(importClipboardHtml('<p>العنوان</p><p>فقرة</p>')).not.toBeNull();
  });
});

describe('the import message', () => {
  const t = (lng: 'ar' | 'en') => {
    const i18n = i18next.createInstance();
    void i18n.init({ lng, resources: { ar: { translation: ar }, en: { translation: en } }, initAsync: false, interpolation: { escapeValue: false } });
    return i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
  };
  const report: ImportReport = {
    kept: { title: 1, headings: 3, paragraphs: 12, lists: 2, listItems: 7, blockQuotes: 0, links: 1, bold: 0, emphasis: 0 },
    dropped: { images: 3, tables: 1, media: 0, forms: 0, scripts: 0, links: 0, pageParts: 0 },
  };

  it('lists what was kept and what was left out, in order, without what there is none of', () => {
    expect(describeImport(report)).toEqual({
      kept: [
        { key: 'import.kept.title', count: 1 },
        { key: 'import.kept.headings', count: 3 },
        { key: 'import.kept.paragraphs', count: 12 },
        { key: 'import.kept.lists', count: 2 },
        { key: 'import.kept.links', count: 1 },
      ],
      dropped: [
        { key: 'import.dropped.images', count: 3 },
        { key: 'import.dropped.tables', count: 1 },
      ],
    });
  });

  it('says it in English', () => {
    expect(importMessage(report, t('en'), { lng: 'en' })).toBe('Imported the headline, 3 headings, 12 paragraphs, 2 lists, and 1 link. Not imported: 3 images and 1 table.');
    const none: ImportReport = { kept: { ...report.kept, headings: 0, paragraphs: 1, lists: 0, links: 0 }, dropped: { ...report.dropped, images: 0, tables: 0 } };
    expect(importMessage(none, t('en'), { lng: 'en' })).toBe('Imported the headline and 1 paragraph. Nothing was left out.');
  });

  it('says it in Arabic with the plural forms (two, few, many) and the caller’s digits', () => {
    const arabicDigits = (n: number) => String(n).replace(/[0-9]/gu, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    expect(importMessage(report, t('ar'), { lng: 'ar', formatNumber: arabicDigits })).toBe('استُورد العنوان الرئيسي و٣ عناوين فرعية و١٢ فقرة وقائمتان ورابط واحد. لم يُستورد: ٣ صور وجدول واحد.');
  });

  it('has the same keys in both languages, every Arabic plural form, and each count shown', () => {
    const flat = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flat(v as object, `${prefix}${k}.`)));
    const base = (keys: string[]) => [...new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/u, '')))].sort();
    expect(base(flat(ar))).toEqual(base(flat(en)));
    const arKeys = flat(ar);
    for (const key of base(flat(ar)).filter((k) => /\.(kept|dropped)\./u.test(k))) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(arKeys, key).toContain(`${key}_${form}`);
    }
    const messages = (tree: object): [string, string][] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : messages(v as object)));
    for (const [key, message] of [...messages(en), ...messages(ar)]) {
      if (/_(few|many|other)$/u.test(key)) expect(message, key).toMatch(/\{\{n\}\}|العنوان الرئيسي|headline/u);
    }
  });
});
