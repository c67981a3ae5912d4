// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../../article/import-blocks';
import { neutralize, parseInert, restoreText } from './parse-html';
import { walkHtml, type WalkResult } from './walk';

// happy-dom, unlike a browser's DOMParser, tries to load the iframes of a parsed document and logs that it
// may not (a DOMException on the console): noise of the test environment, not of the walker.
const fixture = (name: string) => readFileSync(`test/fixtures/paste/${name}.html`, 'utf8');
const walk = (html: string, options = {}) => walkHtml(parseInert(html), options);
const texts = (r: WalkResult) => r.blocks.map((b) => b.text);
const find = (r: WalkResult, start: string) => {
  const block = r.blocks.find((b) => b.text.startsWith(start));
  if (!block) throw new Error(`no block starting with ${start}`);
  return block;
};
const marked = (b: SourceBlock, type: string) => b.marks.filter((m) => m.type === type).map((m) => b.text.slice(m.start, m.end));

describe('Word (desktop) clipboard HTML', () => {
  const r = walk(fixture('word-desktop'));

  it('reads the title style, headings and paragraphs, and nothing of the head, comments or o:p', () => {
    expect(r.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'مجلس المدينة يقرّ خطة جديدة للنقل العام', dir: 'rtl' });
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['مجلس المدينة يقرّ خطة جديدة للنقل العام', 'تفاصيل الخطة', 'ردود الفعل']);
    expect(texts(r).join('\n')).not.toMatch(/mso|Calibri|WordDocument|font-family|\u00a0/u);
    expect(texts(r).every((t) => t === t.trim() && t !== '' && !/\s{2}/u.test(t))).toBe(true);
  });

  it('makes list paragraphs items, their markers dropped, bullets and numbers told apart', () => {
    const items = r.blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => [b.text, b.ordered])).toEqual([
      ['تمديد ساعات العمل حتى منتصف الليل', false],
      ['تذاكر مخفّضة للطلاب', false],
      ['حافلات كهربائية في وسط المدينة', false],
      ['عقد جلسة استماع للسكان', true],
      ['نشر تقرير شهري عن التنفيذ', true],
    ]);
    expect(new Set(items.slice(0, 3).map((b) => b.list)).size).toBe(1);
    expect(items[3]!.list).not.toBe(items[0]!.list);
    expect(texts(r).some((t) => /^[·1-9]/u.test(t))).toBe(false);
  });

  it('keeps bold (Word cuts it into runs), italics and links', () => {
    const p = find(r, 'أقرّ');
    expect(marked(p, 'strong')).toEqual(['خطة شاملة']);
    expect(marked(p, 'em')).toEqual(['أكثر من ثلاث ساعات']);
    const link = find(r, 'ونشر').marks.find((m) => m.type === 'link');
    expect(link).toMatchObject({ href: 'https://council.example.org/transport/plan-2027' });
  });

  it('follows Word’s bold for complex scripts: Arabic under mso-bidi-font-weight:normal is not bold, Latin is', () => {
    expect(marked(find(r, 'وأشار'), 'strong')).toEqual(['Lyon']);
    expect(marked(find(r, 'وبحسب'), 'strong')).toEqual([]);
  });

  it('reads each paragraph’s direction, the quote style, line breaks, and leaves out hidden text', () => {
    expect(find(r, 'The plan').dir).toBe('ltr');
    expect(find(r, 'النقل العام').kind).toBe('quote');
    // The <br> splits the paragraph; Word's second line break (for older programs) adds nothing.
    expect(texts(r)).toContain('وأشار التقرير إلى تجارب مدن أخرى مثل Lyon.');
    expect(texts(r)).toContain('وسيبدأ التنفيذ في الربيع.');
    expect(texts(r).join(' ')).not.toContain('مخفية');
    expect(find(r, 'وختم').text).toBe('وختم البيان: «المدينة لكل من يسكنها».');
  });

  it('counts the picture (not its VML twin) and the table, whose text is left out', () => {
    expect(r.dropped).toMatchObject({ images: 1, tables: 1, media: 0, scripts: 0, links: 0 });
    expect(texts(r).join(' ')).not.toContain('عدد الحافلات');
  });
});

describe('Word Online clipboard HTML', () => {
  const r = walk(fixture('word-online'));

  it('reads role=heading paragraphs with their levels, and the Rtl outline elements', () => {
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['الجامعة تطلق برنامجًا للمنح الدراسية', 1],
      ['شروط التقدم', 2],
    ]);
    expect(r.blocks.filter((b) => b.text !== 'Applications open on 1 September and close a month later.').every((b) => b.dir === 'rtl')).toBe(true);
    expect(find(r, 'Applications').dir).toBe('ltr');
  });

  it('joins the one-item lists of ListContainerWrapper into lists by their list id', () => {
    const items = r.blocks.filter((b) => b.kind === 'item');
    expect(items).toHaveLength(5);
    expect(new Set(items.slice(0, 3).map((b) => b.list)).size).toBe(1);
    expect(items.slice(3).map((b) => b.ordered)).toEqual([true, true]);
    expect(items[3]!.list).toBe(items[4]!.list);
    expect(items[3]!.list).not.toBe(items[0]!.list);
  });

  it('keeps bold from the inline weight and the MacChromeBold class, italics, links; drops the end-of-paragraph spaces', () => {
    expect(marked(find(r, 'أعلنت'), 'strong')).toEqual(['برنامجًا جديدًا', 'مئتي طالب']);
    const details = find(r, 'تفاصيل');
    expect(details.text).toBe('تفاصيل أوفى في صفحة البرنامج وفي الدليل المطبوع.');
    expect(marked(details, 'link')).toEqual(['صفحة البرنامج']);
    expect(marked(details, 'em')).toEqual(['الدليل المطبوع']);
  });
});

describe('Google Docs clipboard HTML', () => {
  const r = walk(fixture('google-docs'));

  it('does not take the docs-internal-guid <b> wrapper for bold; bold and italics come from span styles', () => {
    const p = find(r, 'تنطلق');
    expect(marked(p, 'strong')).toEqual(['مهرجان الكتاب', 'مئة وعشرين']);
    expect(marked(p, 'em')).toEqual(['مئة وعشرين', 'اثنتي عشرة دولة']);
    expect(marked(find(r, 'مهرجان الكتاب يعود'), 'strong')).toEqual([]);
  });

  it('reads headings, bulleted and numbered lists (li > p), and each paragraph’s dir', () => {
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['البرنامج', 1],
      ['آراء الناشرين', 2],
      ['ملاحظة', 3],
    ]);
    const items = r.blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => [b.text, b.ordered])).toEqual([
      ['أمسيات شعرية كل مساء', false],
      ['ورشة للكتابة الصحفية بإشراف نقابة الصحفيين', false],
      ['اليوم الأول: الافتتاح', true],
      ['اليوم الأخير: توزيع الجوائز', true],
    ]);
    expect(marked(items[1]!, 'strong')).toEqual(['نقابة الصحفيين']);
    expect(find(r, 'The fair').dir).toBe('ltr');
    expect(find(r, 'الدخول').dir).toBe('ltr');
  });

  it('makes no empty block of the <br> between blocks, and splits a paragraph at its own <br>', () => {
    expect(texts(r)).toContain('سطر أول من العنوان البريدي');
    expect(texts(r)).toContain('سطر ثانٍ من العنوان البريدي');
    expect(r.blocks.every((b) => b.text.trim() !== '')).toBe(true);
    expect(marked(find(r, 'وللاطلاع'), 'link')).toEqual(['الموقع الرسمي']);
  });
});

describe('LibreOffice clipboard HTML', () => {
  const r = walk(fixture('libreoffice'));

  it('takes the direction from <body dir>, and a paragraph’s own dir over it', () => {
    expect(find(r, 'حملة').dir).toBe('rtl');
    expect(find(r, 'The ministry').dir).toBe('ltr');
  });

  it('reads <ol><li><p> as items, nested lists flattened into their list, <font> ignored', () => {
    const items = r.blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => b.text)).toEqual(['تجهيز المشاتل في كل محافظة', 'توزيع الشتلات على المدارس والبلديات', 'متابعة الري خلال الصيف', 'المتطوعون من الجامعات', 'الجمعيات البيئية', 'جمعية أصدقاء الغابة']);
    expect(items.slice(0, 3).every((b) => b.ordered)).toBe(true);
    expect(items.slice(3).every((b) => !b.ordered && b.list === items[3]!.list)).toBe(true);
    expect(marked(items[1]!, 'strong')).toEqual(['المدارس']);
  });

  it('keeps bold, italics, http and mailto links; counts the image and the table', () => {
    const p = find(r, 'أطلقت');
    expect(marked(p, 'strong')).toEqual(['حملة وطنية']);
    expect(marked(p, 'em')).toEqual(['الجنوبية والشرقية']);
    expect(find(r, 'التسجيل').marks.filter((m) => m.type === 'link').map((m) => m.href)).toEqual(['https://green.example.gov/register', 'mailto:volunteers@green.example.gov']);
    expect(r.dropped).toMatchObject({ images: 1, tables: 1 });
    expect(find(r, 'ملاحظة').text).toBe('ملاحظة: الأرقام أولية.');
  });
});

describe('a web page copied from the browser', () => {
  const r = walk(fixture('web-page'));

  it('leaves out the menus, sidebar and footer, the figure with its caption, the embeds, the table and the form', () => {
    expect(texts(r).join(' ')).not.toMatch(/سياسة|اقرأ أيضًا|جميع الحقوق|السفينة لدى وصولها|اشترك|المرحلة/u);
    expect(r.dropped).toEqual({ images: 2, tables: 1, media: 2, forms: 2, scripts: 0, links: 1, pageParts: 3 });
  });

  it('reads the headline, nested inline formatting, a div cut by <br> into lines, and the block quotation', () => {
    expect(r.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'ميناء المدينة يستقبل أول سفينة شحن بعد أعمال التوسعة', dir: 'rtl' });
    const lead = find(r, 'الساحل');
    expect(marked(lead, 'strong')).toEqual(['الساحل -']);
    expect(marked(lead, 'em')).toEqual(['الرصيف الجديد']);
    expect(marked(lead, 'link')).toEqual(['الرصيف الجديد']);
    expect(texts(r)).toEqual(expect.arrayContaining(['طول الرصيف: ٤٠٠ متر', 'عمق المياه: ١٦ مترًا', 'عدد الرافعات: ست رافعات جديدة']));
    expect(find(r, '«هذا يوم').kind).toBe('quote');
  });

  it('keeps the text of a relative link without the link', () => {
    const p = find(r, 'وكان مجلس');
    expect(p.text).toContain('تقرير سابق');
    expect(p.marks).toEqual([]);
  });
});

describe('hostile HTML', () => {
  const html = fixture('hostile');

  it('runs nothing while parsing and walking', () => {
    const calls: string[] = [];
    const g = globalThis as unknown as { __hostile?: (what: string) => void };
    g.__hostile = (what) => calls.push(what);
    try {
      walk(html);
    } finally {
      delete g.__hostile;
    }
    expect(calls).toEqual([]);
  });

  it('keeps only http, https and mailto links, counting the others, and no attribute or script text', () => {
    const r = walk(html);
    const hrefs = r.blocks.flatMap((b) => b.marks.filter((m) => m.type === 'link').map((m) => m.href!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/u);
    expect(r.dropped.links).toBe(6);
    const all = texts(r).join('\n');
    expect(all).not.toMatch(/onerror|onload|expression\(|nonsense|head-script|inline-script|srcdoc|template|noscript-mxss|نص في قالب|مخفي بالأسلوب|نص مخفي|أرسل|خيار/u);
    expect(all).toContain('عنوان الخبر');
    expect(all).toContain('فقرة أولى عريضة.');
    // Escaped markup in the source is text, and stays text.
    expect(all).toContain("<script>parent.__hostile('escaped-text')</script> يبقى نصًا.");
    expect(r.dropped.scripts).toBeGreaterThanOrEqual(2);
    expect(r.dropped.media).toBeGreaterThanOrEqual(4);
    expect(r.dropped.forms).toBe(4);
  });
});

describe('parsing inert, handlers and base URLs disarmed (Chromium reports them to the CSP even in an inert document)', () => {
  const armed = (doc: Document) =>
    Array.from(doc.querySelectorAll('*')).flatMap((el) => [
      ...(el.tagName.toLowerCase() === 'base' ? ['<base>'] : []),
      ...Array.from(el.attributes).filter((a) => /^on/iu.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
    ]);

  // Ways an event handler attribute can be written that a careless scan would miss.
  const VECTORS = [
    '<img src=x onerror=a()>',
    '<img/onerror=a()>',
    '<img src="x"onerror=a()>',
    "<img src='x'onerror=a()>",
    '<IMG SRC=x\nONERROR=a()>',
    '<img src=x\tOnErRoR\f=\ra()>',
    '<svg onload=a()><a\tonclick=a()>x</a></svg>',
    '<svg><style><img src=x onerror=a()></style></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=a()></style></mglyph></table></mtext></math>',
    '<noscript><p title="</noscript><img src=x onerror=a()>"></p></noscript>',
    '<!-- <a title="--> <img src=x onerror=a()>" -->',
    '<script>"<a title=\'</script><img src=x onerror=a()>\'"</script>',
    '<textarea></textarea><img src=x onerror=a()>',
    '<details open ontoggle=a()>x</details>',
    '<body onload=a()>',
    '<input autofocus onfocus=a()>',
    '<video><source onerror=a()></video>',
    '<p onmouseover="a()" style="x">hover</p>',
    '<a href="https://a.example/" onclick=a() >link</a>',
    '<form><button formaction=javascript:a() onclick=a()>x</button></form>',
    '<BASE href="https://a.example/"><base/href=x><base\nhref=y>',
  ];

  it('leaves no on… attribute and no base element, in the hostile fixture or any way of writing them', () => {
    expect(armed(parseInert(fixture('hostile')))).toEqual([]);
    for (const vector of VECTORS) {
      expect(armed(parseInert(vector)), vector).toEqual([]);
      expect(armed(parseInert(`<div title="${vector}">${vector}</div>`)), vector).toEqual([]);
    }
    expect(armed(parseInert(VECTORS.join('')))).toEqual([]);
  });

  it('gives back the text and attribute values as written', () => {
    const source = '<p class="x online" title=\'once\'>said on TV: "only" / one <a href="https://news.example/online/base">here</a> &lt;base href&gt;</p>';
    const doc = parseInert(source);
    const p = doc.querySelector('p')!;
    expect(restoreText(p.textContent!)).toBe('said on TV: "only" / one here <base href>');
    expect(restoreText(p.getAttribute('class')!)).toBe('x online');
    expect(restoreText(doc.querySelector('a')!.getAttribute('href')!)).toBe('https://news.example/online/base');
    expect(neutralize('plain')).toBe('plain');
    const r = walk(source);
    expect(r.blocks[0]).toMatchObject({ text: 'said on TV: "only" / one here <base href>', marks: [{ type: 'link', href: 'https://news.example/online/base' }] });
  });
});

describe('the walker’s rules', () => {
  it('collapses white space as HTML renders it, no-break spaces included, and makes no empty block', () => {
    const r = walk('<p>  كلمة \n\t أخرى&nbsp;&nbsp; ثالثة </p><p>&nbsp;</p><div> </div><p><b> </b></p>');
    expect(r.blocks).toEqual([{ kind: 'paragraph', text: 'كلمة أخرى ثالثة', marks: [], dir: 'unknown' }]);
  });

  it('puts marks on the words, not on the spaces around them, and joins bold runs across a space', () => {
    const r = walk('<p>قال <b>الوزير </b><b>الأول</b> اليوم <i> هذا</i></p>');
    expect(r.blocks[0]!.marks).toEqual([
      { type: 'strong', start: 4, end: 16 },
      { type: 'em', start: 23, end: 26 },
    ]);
  });

  it('makes a line break a space in a heading or list item, and splits paragraphs and quotations', () => {
    const r = walk('<h2>سطر<br>ثان</h2><ul><li>بند<br>يكمل</li></ul><p>أ<br><br>ب</p><blockquote>ج<br>د</blockquote>');
    expect(r.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'سطر ثان'],
      ['item', 'بند يكمل'],
      ['paragraph', 'أ'],
      ['paragraph', 'ب'],
      ['quote', 'ج'],
      ['quote', 'د'],
    ]);
  });

  it('joins the paragraphs of one list item, and gives the text after a nested list an item of its own', () => {
    const r = walk('<ol><li><p>أول</p><p>تكملة</p><ul><li>فرعي</li></ul>بعد</li></ol>');
    expect(r.blocks.map((b) => [b.text, b.ordered])).toEqual([
      ['أول تكملة', true],
      ['فرعي', true],
      ['بعد', true],
    ]);
    expect(new Set(r.blocks.map((b) => b.list)).size).toBe(1);
  });

  it('tells direction from dir, CSS direction (which wins) and Word Online’s class, never from an inline span', () => {
    const r = walk('<div dir="rtl"><p>أ</p><p style="direction:ltr" dir="rtl">ب</p><p dir="auto">ج</p><p><span dir="ltr">د</span></p></div><p class="x Ltr">هـ</p>');
    expect(r.blocks.map((b) => b.dir)).toEqual(['rtl', 'ltr', 'unknown', 'rtl', 'ltr']);
  });

  it('adds the marks a <q> element is drawn with, and keeps an emoji drawn as an image', () => {
    const r = walk('<p>قال <q>نعم</q> و<q lang="en">yes</q> <img class="emoji" alt="🙂" src="x.png"></p>');
    expect(r.blocks[0]!.text).toBe('قال «نعم» و“yes” 🙂');
    expect(r.dropped.images).toBe(0);
  });

  it('leaves a figure without media in (a pull quote with its caption)', () => {
    const r = walk('<figure><blockquote><p>الكلمة للناس</p></blockquote><figcaption>المتحدث</figcaption></figure>');
    expect(r.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['quote', 'الكلمة للناس'],
      ['paragraph', 'المتحدث'],
    ]);
  });

  it('walks any depth of nesting without recursion', () => {
    const depth = 12000;
    const r = walk(`<p>${'<span>'.repeat(depth)}عميق${'</span>'.repeat(depth)}</p>`);
    expect(r.blocks.map((b) => b.text)).toEqual(['عميق']);
  });

  it('reads direction markers at a paragraph’s start when asked (the .docx reader’s), and removes them', () => {
    const r = walk('<p>\ufdd0نص</p><h1>\ufdd0عنوان</h1><ol><li>\ufdd0بند</li></ol><p>text</p><p>\ufdd0</p>', { directionMarkers: true });
    expect(r.blocks.map((b) => [b.text, b.dir])).toEqual([
      ['نص', 'rtl'],
      ['عنوان', 'rtl'],
      ['بند', 'rtl'],
      ['text', 'unknown'],
    ]);
  });
});

describe('a first look at a long paste', () => {
  it('stops after maxBlocks blocks, the same blocks the whole walk starts with', () => {
    const html = fixture('word-desktop');
    const whole = walk(html);
    const glance = walk(html, { maxBlocks: 4 });
    expect(glance.blocks).toHaveLength(4);
    expect(glance.blocks).toEqual(whole.blocks.slice(0, 4));
  });
});
