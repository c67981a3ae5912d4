// @vitest-environment happy-dom
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../article/blocks';
import { parseArticle } from '../../article/parse';
import type { Article } from '../../article/schema';
import { openFailureKey, readOneDraftFile } from '../open-file';
import { checkDocxZip, docxToHtml, isEncryptedOffice, markRtlParagraphs, StyleDirections } from './docx';
import { importDraftFile } from './files';
import { draftFileKind } from './kinds';

// The smallest PNG: one transparent pixel.
const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

async function docxFile(children: (Paragraph | Table)[], name = 'report.docx'): Promise<File> {
  const doc = new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return new File([new Uint8Array(await Packer.toArrayBuffer(doc))], name);
}

function article(result: Awaited<ReturnType<typeof importDraftFile>>): Article {
  if (!result.ok) throw new Error(`failed: ${result.reason}`);
  const parsed = parseArticle(result.text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
}

const arabicDoc = () =>
  docxFile([
    new Paragraph({ text: 'تقرير عن موسم الحصاد', heading: HeadingLevel.TITLE, bidirectional: true }),
    new Paragraph({ children: [new TextRun('بدأ المزارعون '), new TextRun({ text: 'موسم الحصاد', bold: true }), new TextRun(' في السهول '), new TextRun({ text: 'الشمالية', italics: true }), new TextRun('.')], bidirectional: true }),
    new Paragraph({ text: 'أرقام الموسم', heading: HeadingLevel.HEADING_1, bidirectional: true }),
    new Paragraph({ text: 'القمح', bullet: { level: 0 }, bidirectional: true }),
    new Paragraph({ text: 'الشعير', bullet: { level: 0 }, bidirectional: true }),
    new Paragraph({ text: 'جمع المحصول', numbering: { reference: 'steps', level: 0 }, bidirectional: true }),
    new Paragraph({ text: 'تخزينه', numbering: { reference: 'steps', level: 0 }, bidirectional: true }),
    new Paragraph({ children: [new TextRun('وقال رئيس التعاونية الزراعية: «المحصول هذا العام أفضل من العام الماضي».')], bidirectional: true }),
    new Paragraph({ children: [new TextRun('التفاصيل في '), new ExternalHyperlink({ link: 'https://farmers.example.org/harvest', children: [new TextRun({ text: 'موقع التعاونية', style: 'Hyperlink' })] }), new TextRun(' وعلى '), new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('رابط آخر')] }), new TextRun('.')], bidirectional: true }),
    // Declared right to left, mostly Latin letters: an Arabic sentence full of names stays right to left.
    new Paragraph({ children: [new TextRun('وشاركت Green Valley Farming Cooperative Society International')], bidirectional: true }),
    // Not declared: an English paragraph.
    new Paragraph({ children: [new TextRun('The harvest is expected to end in early July.')] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })], bidirectional: true }),
    new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('خلية')] })] })] }),
  ]);

describe('.docx', () => {
  it('imports headings, lists, bold, italics, links and statements, and keeps each paragraph’s direction', async () => {
    const result = await importDraftFile(await arabicDoc());
    const a = article(result);
    expect(a).toMatchObject({ title: 'تقرير عن موسم الحصاد', lang: 'ar', dir: 'rtl' });
    const [lead, heading, bullets, steps, said, links, names, english] = a.body;
    expect(lead).toEqual({ type: 'paragraph', id: 'b1', content: ['بدأ المزارعون ', { type: 'strong', content: ['موسم الحصاد'] }, ' في السهول ', { type: 'em', content: ['الشمالية'] }, '.'] });
    expect(heading).toMatchObject({ type: 'heading', level: 2, content: ['أرقام الموسم'] });
    expect(bullets).toMatchObject({ type: 'list', items: [{ content: ['القمح'] }, { content: ['الشعير'] }] });
    expect(bullets).not.toHaveProperty('ordered');
    expect(steps).toMatchObject({ type: 'list', ordered: true, items: [{ content: ['جمع المحصول'] }, { content: ['تخزينه'] }] });
    expect(said).toMatchObject({ content: ['وقال رئيس التعاونية الزراعية: ', { type: 'quote', kind: 'statement', speaker: 'رئيس التعاونية الزراعية' }, '.'] });
    expect(links).toMatchObject({ content: ['التفاصيل في ', { type: 'link', href: 'https://farmers.example.org/harvest', content: ['موقع التعاونية'] }, ' وعلى رابط آخر.'] });
    // w:bidi recovered: the paragraph is right to left though Latin letters outnumber Arabic ones.
    expect(names!.type === 'paragraph' && names!.content[0]).toBe('وشاركت ');
    expect(english).toMatchObject({ content: [{ type: 'span', lang: 'en', dir: 'ltr', content: ['The harvest is expected to end in early July.'] }] });
    expect(result.ok && result.report).toEqual({
      kept: { title: 1, headings: 1, paragraphs: 5, lists: 2, listItems: 4, blockQuotes: 0, links: 1, bold: 1, emphasis: 1 },
      dropped: { images: 1, tables: 1, media: 0, forms: 0, scripts: 0, links: 1, pageParts: 0 },
    });
  });

  it('marks right-to-left paragraphs for the walker (mammoth alone drops w:bidi)', async () => {
    const file = await docxFile([new Paragraph({ text: 'يمين', bidirectional: true }), new Paragraph({ text: 'left' })]);
    const html = await docxToHtml(new Uint8Array(await file.arrayBuffer()));
    expect(html).toBe('<p>\ufdd0يمين</p><p>left</p>');
  });

  it('reads direction from the paragraph, its style and the style’s base, and the document defaults, never from a tracked change', () => {
    const styles = new StyleDirections(`<w:styles>
      <w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="ArBody"><w:name w:val="Arabic Body"/><w:basedOn w:val="Normal"/><w:pPr><w:bidi/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ArQuote"><w:basedOn w:val="ArBody"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
    </w:styles>`);
    expect([styles.bidi(null), styles.bidi('ArBody'), styles.bidi('ArQuote'), styles.bidi('Loop'), styles.bidi('Missing')]).toEqual([false, true, true, false, false]);
    const xml = [
      '<w:body>',
      '<w:p><w:r><w:t>a</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:pStyle w:val="ArQuote"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>',
      '<w:p w:rsidR="00A1"><w:pPr><w:pStyle w:val="ArBody"/><w:bidi w:val="0"/></w:pPr><w:r><w:t>c</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:bidi/><w:pPrChange w:id="1"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>d</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:pPrChange w:id="2"><w:pPr><w:bidi/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>e</w:t></w:r></w:p>',
      '<w:p/><w:p><w:pPr/><w:r><w:t>f</w:t></w:r></w:p>',
      '</w:body>',
    ].join('');
    const { xml: marked, marked: count } = markRtlParagraphs(xml, styles);
    expect(count).toBe(2);
    expect(marked).toContain('<w:p><w:pPr><w:pStyle w:val="ArQuote"/></w:pPr><w:r><w:t>\ufdd0</w:t></w:r><w:r><w:t>b</w:t>');
    expect(marked).toContain('</w:pPrChange></w:pPr><w:r><w:t>\ufdd0</w:t></w:r><w:r><w:t>d</w:t>');
    // Default bidi from docDefaults.
    const rtlDefault = new StyleDirections('<w:docDefaults><w:pPrDefault><w:pPr><w:bidi/></w:pPr></w:pPrDefault></w:docDefaults>');
    expect(markRtlParagraphs('<w:p><w:r><w:t>x</w:t></w:r></w:p>', rtlDefault).marked).toBe(1);
  });

  it('says why a file cannot be opened: corrupt, encrypted, the old format, empty', async () => {
    const bytes = (...parts: (number[] | string)[]) => new Blob(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))));
    const named = (blob: Blob, name: string) => new File([blob], name);
    expect(await importDraftFile(named(bytes([0x50, 0x4b, 0x03, 0x04], 'not really a zip'), 'a.docx'))).toEqual({ ok: false, reason: 'docx-corrupt', params: { name: 'a.docx' } });
    expect(await importDraftFile(named(bytes('just text'), 'b.docx'))).toMatchObject({ ok: false, reason: 'docx-corrupt' });
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    expect(await importDraftFile(named(bytes(ole, new Array(64).fill(0), encrypted), 'c.docx'))).toMatchObject({ ok: false, reason: 'docx-encrypted' });
    expect(await importDraftFile(named(bytes(ole, new Array(64).fill(0)), 'd.doc'))).toMatchObject({ ok: false, reason: 'doc-legacy' });
    expect(await importDraftFile(named(bytes('{\\rtf1\\ansi hello}'), 'e.doc'))).toMatchObject({ ok: false, reason: 'doc-legacy' });
    expect(await importDraftFile(await docxFile([new Paragraph(''), new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 1, height: 1 } })] })], 'f.docx'))).toEqual({ ok: false, reason: 'import-empty', params: { name: 'f.docx' } });
    expect(isEncryptedOffice(new Uint8Array([...ole, ...encrypted]))).toBe(true);
  });

  it('opens a .docx named .doc (by its content), and refuses a zip without a Word document', async () => {
    const file = await arabicDoc();
    expect(await importDraftFile(new File([file], 'old-name.doc'))).toMatchObject({ ok: true, name: 'old-name.doc' });
    const zipOnly = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(checkDocxZip(zipOnly)).toBe('corrupt');
    expect(checkDocxZip(new Uint8Array(await file.arrayBuffer()))).toBe('ok');
  });
});

describe('saved web pages', () => {
  const page = (body: string, head = '') =>
    `<!DOCTYPE html>\n<!-- saved from url=(0041)https://news.example.net/economy/story-77 -->\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ارتفاع الصادرات للشهر الثالث | الصحيفة</title>${head}<script>window.track = 1</script></head><body>${body}</body></html>`;
  const story = `<header><nav><a href="/">الرئيسية</a><a href="/economy">اقتصاد</a></nav></header>
    <main><article><h1>ارتفاع الصادرات للشهر الثالث</h1><p class="byline">بقلم: رامي حداد</p>
    <p>ارتفعت صادرات البلاد للشهر الثالث على التوالي، بحسب <a href="/reports/trade-2026">التقرير الشهري</a> الصادر عن <b>دائرة الإحصاء</b>. وجاء الارتفاع مدفوعًا بالصادرات الزراعية والصناعية معًا، وفق ما أظهرته الأرقام الأولية التي نُشرت صباح اليوم.</p>
    <p>وقال وزير الاقتصاد في تصريح صحفي: «هذه الأرقام تعكس ثقة الأسواق الخارجية بمنتجاتنا، ونتوقع أن يستمر النمو حتى نهاية العام».</p>
    <p>وأضاف أن الحكومة ستعلن الشهر المقبل حزمة جديدة لدعم المصدّرين الصغار، تشمل تسهيلات في النقل والتخزين والتأمين على الشحنات.</p>
    <img src="/img/port.jpg" alt="ميناء"><p>ويشير خبراء إلى أن <a href="javascript:void(0)">الرابط</a> بين الصادرات والعملة يحتاج إلى متابعة.</p></article></main>
    <aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر آخر</a></li></ul></aside><footer>جميع الحقوق محفوظة</footer>`;

  it('extracts the article with Readability: its title as the headline, links made absolute from the page’s address, the rest reported', async () => {
    const result = await importDraftFile(new File([page(story)], 'story.html', { type: 'text/html' }));
    const a = article(result);
    expect(a.title).toBe('ارتفاع الصادرات للشهر الثالث');
    expect(a.source).toEqual({ url: 'https://news.example.net/economy/story-77' });
    const text = a.body.map((b) => (b.type === 'list' ? '' : inlineText(b.content))).join('\n');
    expect(text).toContain('ارتفعت صادرات البلاد');
    expect(text).not.toMatch(/الأكثر قراءة|جميع الحقوق|الرئيسية/u);
    const first = a.body.find((b) => b.type === 'paragraph' && inlineText(b.content).startsWith('ارتفعت'));
    expect(first).toMatchObject({ content: expect.arrayContaining([{ type: 'link', href: 'https://news.example.net/reports/trade-2026', content: ['التقرير الشهري'] }, { type: 'strong', content: ['دائرة الإحصاء'] }]) });
    expect(result.ok && result.report?.dropped).toMatchObject({ images: 1, scripts: 1, links: 1 });
    expect(result.ok && result.report?.dropped.pageParts).toBeGreaterThanOrEqual(2);
  });

  it('drops relative links when the page does not say where it came from, and reads a windows-1256 page', async () => {
    const bare = `<html><head><meta charset="windows-1256"><title>خبر</title></head><body><h1>خبر</h1><p>نص <a href="/x">نسبي</a> و<a href="https://a.example/">مطلق</a>.</p><p>فقرة ثانية.</p></body></html>`;
    // Encode as windows-1256 (Arabic letters only; the rest is ASCII).
    const cp1256: Record<string, number> = {};
    const decoder = new TextDecoder('windows-1256');
    for (let b = 0x80; b <= 0xff; b++) cp1256[decoder.decode(new Uint8Array([b]))] = b;
    const bytes = Uint8Array.from(Array.from(bare), (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : cp1256[ch]!));
    const result = await importDraftFile(new File([bytes], 'old.htm'));
    const a = article(result);
    expect(a.title).toBe('خبر');
    expect(JSON.stringify(a.body)).toContain('https://a.example/');
    expect(JSON.stringify(a.body)).not.toContain('/x');
    expect(result.ok && result.report?.dropped.links).toBe(1);
  });

  it('never runs a page’s scripts, and leaves none in the draft', async () => {
    const calls: string[] = [];
    (globalThis as { __hostile?: (s: string) => void }).__hostile = (s) => calls.push(s);
    const result = await importDraftFile(new File([page(`<article><h1>عنوان</h1><p onclick="__hostile('click')">نص <img src=x onerror="__hostile('img')"><script>__hostile('script')</script> طويل بما يكفي ليكون مقالة يقرؤها المستخلص من دون تردد، وفيه جمل عدة.</p><p>فقرة أخرى فيها <a href="javascript:__hostile('link')">رابط</a>.</p></article>`)], 'h.html'));
    delete (globalThis as { __hostile?: unknown }).__hostile;
    expect(calls).toEqual([]);
    expect(result.ok && result.text).not.toMatch(/javascript:|onerror|onclick|<script/u);
  });
});

describe('opening files', () => {
  it('sends .docx, .doc and .html to the importers by name or type, and the rest to the text reader', () => {
    expect(['a.docx', 'A.DOCX', 'b.doc', 'c.html', 'd.htm', 'e.txt', 'f.json', 'g'].map((name) => draftFileKind({ name }))).toEqual(['docx', 'docx', 'doc', 'html', 'html', null, null, null]);
    expect(draftFileKind({ name: 'page', type: 'text/html' })).toBe('html');
    expect(draftFileKind({ name: 'notes.txt', type: 'text/html' })).toBeNull();
  });

  it('readOneDraftFile imports a .docx with its report; a failure names its message key', async () => {
    const result = await readOneDraftFile(await arabicDoc());
    expect(result).toMatchObject({ ok: true, name: 'report.docx', report: { kept: { title: 1 } } });
    expect(openFailureKey('docx-encrypted')).toBe('import.file.docx-encrypted');
    expect(openFailureKey('too-large')).toBe('file.too-large');
  });
});
