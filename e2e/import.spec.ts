/**
 * Bringing content into the editor as newsrooms have it (issue #12): HTML pasted from Word, Google
 * Docs and a web page (fixtures in test/fixtures/paste/, written in each program's clipboard format),
 * a .docx generated here with the `docx` package, a saved web page, and hostile HTML that must run
 * nothing. The walker's details are unit-tested (src/editor/import/*.test.ts); these tests prove that
 * a real browser parses, imports and previews them, and what the editor tells its user.
 */
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { axeViolations, expect as baseExpect, inProjectLanguage, projectLanguage, test } from './fixtures';
import { EditorPage, installEditorLookup } from './pages/editor-page';

const expect = baseExpect.configure({ timeout: 15_000 });

test.beforeEach(async ({ page }) => {
  await installEditorLookup(page);
});

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/paste/${name}.html`, import.meta.url), 'utf8');

/** Dispatches a paste of `html` (with its plain-text flavour) into the editor, as the clipboard would. */
async function pasteHtml(editor: EditorPage, html: string, plain = 'plain text of the clipboard'): Promise<void> {
  await editor.showEditor();
  await editor.editor.focus();
  await editor.editor.evaluate(
    (el, [h, p]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', p!);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, plain],
  );
}

/** What each fixture must bring into the preview: its headline, a heading, a bold run, a link, list items and a statement. */
const PASTES = [
  {
    name: 'word-desktop',
    from: 'Word',
    title: 'مجلس المدينة يقرّ خطة جديدة للنقل العام',
    heading: 'تفاصيل الخطة',
    bold: 'خطة شاملة',
    link: { text: 'نص الخطة الكاملة', href: 'https://council.example.org/transport/plan-2027' },
    items: 5,
    statement: { text: 'سنضاعف عدد الخطوط خلال عامين، وسنبدأ بالأحياء البعيدة', speaker: 'رئيس المجلس' },
    dropped: { images: 1, tables: 1 },
  },
  {
    name: 'google-docs',
    from: 'Google Docs',
    title: 'مهرجان الكتاب يعود إلى الساحة القديمة',
    heading: 'البرنامج',
    bold: 'مهرجان الكتاب',
    link: { text: 'الموقع الرسمي', href: 'https://bookfair.example.com/program' },
    items: 4,
    statement: { text: 'نتوقع أكثر من خمسين ألف زائر هذا العام', speaker: 'مدير المهرجان' },
    dropped: {},
  },
  {
    name: 'web-page',
    from: 'a web page',
    title: 'ميناء المدينة يستقبل أول سفينة شحن بعد أعمال التوسعة',
    heading: 'أرقام التوسعة',
    bold: 'استقبال الحاويات',
    link: { text: 'الرصيف الجديد', href: 'https://news.example.net/tags/port' },
    items: 0,
    statement: { text: 'الرصيف الجديد يضاعف قدرتنا على استقبال الحاويات', speaker: 'مديرة الميناء' },
    dropped: { images: 2, tables: 1 },
  },
] as const;

test.describe('pasting formatted text', () => {
  for (const p of PASTES) {
    test(`HTML from ${p.from} becomes the draft's headings, lists, bold, links and statements, with a report`, async ({ page, isMobile }) => {
      const editor = new EditorPage(page, projectLanguage(isMobile));
      await editor.goto();
      await pasteHtml(editor, fixture(p.name));

      // The empty draft became article JSON, and the status line says what was kept and left out.
      await expect.poll(() => editor.editorText()).toMatch(/^\{\n {2}"format": "sahifa-article\/1"/u);
      await expect(editor.status).toContainText(editor.t('import.kept.title', { count: 1 }));
      for (const [kind, count] of Object.entries(p.dropped)) await expect(editor.status).toContainText(editor.t(`import.dropped.${kind}`, { count, n: editor.digits(count) }));
      if (Object.keys(p.dropped).length === 0) await expect(editor.status).toContainText(editor.t('import.summary.droppedNothing'));

      await editor.showPreview();
      await expect(editor.title).toHaveText(p.title);
      const body = editor.article.locator('.article-body');
      await expect(body.locator('h2, h3').filter({ hasText: p.heading })).toHaveCount(1);
      await expect(body.locator('strong').filter({ hasText: p.bold })).toHaveCount(1);
      await expect(body.getByRole('link', { name: p.link.text, exact: true })).toHaveAttribute('href', p.link.href);
      await expect(body.locator('li')).toHaveCount(p.items);
      const statement = editor.statements.filter({ hasText: p.statement.text });
      await expect(statement).toHaveAttribute('data-speaker', p.statement.speaker);
      // Nothing of the source's styling or markup reaches the reader.
      await expect(body.locator('[style], [class*="Mso"], font, o\\:p, img, table, iframe')).toHaveCount(0);
    });
  }

  test('a paste into a draft with text opens as a new draft; the old one stays in Recent drafts', async ({ page, isMobile }) => {
    const editor = new EditorPage(page, projectLanguage(isMobile));
    await editor.goto();
    const before = 'مسودة قائمة\n\nفقرة كتبها المحرر قبل اللصق.';
    await editor.replaceText(before);
    await expect(editor.saveState).toHaveText(/.+/u);
    await pasteHtml(editor, fixture('google-docs'));
    await expect(editor.status).toContainText(editor.t('import.pastedAsNew'));
    await expect.poll(() => editor.editorText()).toContain('"title": "مهرجان الكتاب يعود إلى الساحة القديمة"');
    // The draft pasted over is still there, with its text.
    await expect(editor.recent.locator('option').filter({ hasText: 'مسودة قائمة' })).toHaveCount(1);
    await editor.recent.selectOption({ label: (await editor.recent.locator('option').filter({ hasText: 'مسودة قائمة' }).textContent())! });
    await expect.poll(() => editor.editorText()).toBe(before);
  });

  test('a sentence copied from a web page is pasted as plain text at the cursor', async ({ page, isMobile }) => {
    const editor = new EditorPage(page, projectLanguage(isMobile));
    await editor.goto();
    await editor.replaceText('العنوان\n\nبداية الفقرة ');
    await pasteHtml(editor, '<meta charset="utf-8"><span style="color: rgb(34, 34, 34); font-family: Tahoma;">جملة <b>منسوخة</b> من موقع</span>', 'جملة منسوخة من موقع');
    await expect.poll(() => editor.editorText()).toBe('العنوان\n\nبداية الفقرة جملة منسوخة من موقع');
  });

  test('hostile HTML in a paste runs nothing, loads nothing and keeps only text and safe links', async ({ page, isMobile }) => {
    const editor = new EditorPage(page, projectLanguage(isMobile));
    const calls: string[] = [];
    const outside: string[] = [];
    await page.exposeFunction('__hostileReport', (tag: string) => calls.push(tag));
    await page.addInitScript(() => {
      const w = window as unknown as { __hostile: (tag: string) => void; __hostileReport: (tag: string) => void };
      w.__hostile = (tag) => w.__hostileReport(tag);
    });
    page.on('dialog', (dialog) => {
      calls.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
    });
    await editor.goto();
    const url = page.url();
    await pasteHtml(editor, fixture('hostile'));
    await editor.showPreview();
    await expect(editor.title).toHaveText('عنوان الخبر');
    await expect(editor.article.getByRole('link', { name: 'آمن' })).toHaveAttribute('href', 'https://news.example.org/safe');
    // Hovering and clicking what was pasted still runs nothing.
    await editor.article.getByText('مع معالج').hover();
    await page.waitForTimeout(500);
    expect(calls).toEqual([]);
    expect(outside).toEqual([]);
    expect(page.url()).toBe(url);
    const hrefs = await editor.article.locator('.article-body a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith('https://'))).toEqual([]);
    // Script text stays text.
    await expect(editor.article).toContainText("<script>parent.__hostile('escaped-text')</script>");
  });
});

/** A Word document as an Arabic newsroom writes it: right-to-left paragraphs, one opening with a Latin name, one English paragraph. */
async function newsDocx(): Promise<Buffer> {
  const rtl = (text: string, extra: { bold?: boolean } = {}) => new TextRun({ text, rightToLeft: true, ...extra });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: true, children: [rtl('الجامعة تفتتح مكتبتها الرقمية')] }),
          new Paragraph({
            bidirectional: true,
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: 'BBC ' }), rtl('نقلت عن رئيس الجامعة أن المكتبة تضم '), rtl('مليون كتاب', { bold: true }), rtl(' في نسخ رقمية.')],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: true, children: [rtl('الخدمات الجديدة')] }),
          new Paragraph({ bullet: { level: 0 }, bidirectional: true, children: [rtl('إعارة إلكترونية')] }),
          new Paragraph({ bullet: { level: 0 }, bidirectional: true, children: [rtl('قاعات للقراءة مفتوحة ليلًا')] }),
          new Paragraph({
            bidirectional: true,
            children: [rtl('وقالت مديرة المكتبة للصحفيين: «نريد أن تصل الكتب إلى كل بيت». وتفاصيل الخدمة على '), new ExternalHyperlink({ link: 'https://library.example.edu/digital', children: [rtl('موقع المكتبة')] }), rtl('.')],
          }),
          new Paragraph({ children: [new TextRun('The library opens to the public on Monday, the university said.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test.describe('opening Word documents and saved pages', () => {
  test('a .docx opens as a new draft: headings, bold, lists, links, statements and each paragraph’s direction', async ({ page, isMobile }) => {
    const editor = new EditorPage(page, projectLanguage(isMobile));
    await editor.goto();
    await editor.fileInput.setInputFiles({ name: 'مكتبة.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await newsDocx() });
    await expect(editor.status).toContainText(editor.t('import.kept.headings', { count: 1, n: editor.digits(1) }));
    await editor.showPreview();
    await expect(editor.title).toHaveText('الجامعة تفتتح مكتبتها الرقمية');
    const body = editor.article.locator('.article-body');
    await expect(body.locator('h2')).toHaveText('الخدمات الجديدة');
    await expect(body.locator('strong')).toHaveText('مليون كتاب');
    await expect(body.locator('ul > li')).toHaveText(['إعارة إلكترونية', 'قاعات للقراءة مفتوحة ليلًا']);
    await expect(body.getByRole('link', { name: 'موقع المكتبة', exact: true })).toHaveAttribute('href', 'https://library.example.edu/digital');
    await expect(editor.statements.filter({ hasText: 'نريد أن تصل الكتب إلى كل بيت' })).toHaveAttribute('data-speaker', 'مديرة المكتبة');
    // Direction comes from Word's paragraph setting, not the first letter: the paragraph opening with
    // "BBC" is right-to-left; the English paragraph is left-to-right.
    const direction = (text: string) => editor.article.getByText(text, { exact: false }).first().evaluate((el) => getComputedStyle(el).direction);
    expect(await direction('نقلت عن رئيس الجامعة')).toBe('rtl');
    expect(await direction('The library opens')).toBe('ltr');
  });

  test('a saved web page opens as its article, without the site’s menus and footer', async ({ page, isMobile }) => {
    const editor = new EditorPage(page, projectLanguage(isMobile));
    await editor.goto();
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>الفقرة ${i + 1} من تقرير عن موسم الحصاد في السهول الشمالية، حيث يقول المزارعون إن الأمطار جاءت في وقتها هذا العام بعد ثلاث سنوات من الجفاف.</p>`,
    ).join('\n');
    const saved = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موسم حصاد وفير في الشمال | صحيفة المثال</title><script>window.__saved = 1</script></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/economy">اقتصاد</a></nav></header>
<main><article><h1>موسم حصاد وفير في الشمال</h1>${paragraphs}<h2>توقعات الأسعار</h2><p>ويتوقع التجار أن تنخفض أسعار القمح في الأسواق المحلية خلال الأشهر المقبلة بسبب وفرة المحصول.</p></article></main>
<footer><p>جميع الحقوق محفوظة لصحيفة المثال</p></footer></body></html>`;
    await editor.fileInput.setInputFiles({ name: 'harvest.html', mimeType: 'text/html', buffer: Buffer.from(saved) });
    await editor.showPreview();
    await expect(editor.title).toHaveText('موسم حصاد وفير في الشمال');
    await expect(editor.article.locator('.article-body h2')).toHaveText('توقعات الأسعار');
    await expect(editor.article).toContainText('الفقرة 6 من تقرير');
    await expect(editor.article).not.toContainText('جميع الحقوق محفوظة');
    await expect(editor.article).not.toContainText('رياضة');
  });
});

test.describe('accessibility of each kind of draft', () => {
  inProjectLanguage('en', () => {
    test('axe finds nothing on /preview with an empty, a plain-text, a JSON and an imported draft', async ({ page }) => {
      const editor = new EditorPage(page, 'en');
      await editor.goto();
      expect(await axeViolations(page)).toEqual([]);
      await editor.replaceText('عنوان المسودة\n\nقال الوزير: «سنواصل الحوار». وتابع المحرر:"نص بلا إغلاق\n\nفقرة  فيها مسافتان , وفاصلة لاتينية.');
      await expect(editor.title).toHaveText('عنوان المسودة');
      await expect(editor.warningItems.first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await editor.button('preview.convert').first().click();
      await expect.poll(() => editor.editorText()).toMatch(/^\{/u);
      expect(await axeViolations(page)).toEqual([]);
      await pasteHtml(editor, fixture('word-desktop'));
      await expect(editor.title).toHaveText('مجلس المدينة يقرّ خطة جديدة للنقل العام');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
