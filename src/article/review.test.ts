import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { articleText, inlineText } from './blocks';
import { importText } from './import-text';
import { parseArticle } from './parse';
import { applyReview, pointerSegments, reviewItems, shortText, type ReviewAction, type ReviewResult } from './review';
import { FORMAT_ID, type Article, type Inline, type QuoteRun } from './schema';
import { DEFAULT_THREADS } from './threads';

// A short wire story of our own: a statement, a scare quote the detector takes for a statement
// (with a wrong speaker), a glued list and paragraphs about three threads.
const STORY = `محادثات في سيول حول الأمن الإقليمي
قال وزير الخارجية الكوري الجنوبي: "نريد حوارًا جادًا مع بيونغ يانغ" في ختام اجتماعه مع نظيره الياباني.
ووصف محلل سياسي الاتفاق بأنه «صفقة القرن» الجديدة في شبه الجزيرة الكورية.
الملفات المطروحة
ناقش الوزيران عدة ملفات، بما في ذلك:الحرب في أوكرانيا.الوضع في غزة.
وقالت المتحدثة باسم الوزارة إن "الباب مفتوح أمام الجميع" قبل أن تغادر القاعة.
`;

const auto = (id: string) => [{ id, origin: 'auto' as const }];
const statement = (speaker: string, open: string, close: string, words: string): QuoteRun => ({ type: 'quote', kind: 'statement', speaker, open, close, origin: 'auto', content: [words] });

/**
 * What `importText(STORY, { slug: 'seoul-talks' })` gave when these tests were written, frozen so
 * that a better detector does not change what they check (the last test runs on live output).
 */
const imported: Article = {
  format: FORMAT_ID,
  slug: 'seoul-talks',
  title: 'محادثات في سيول حول الأمن الإقليمي',
  lang: 'ar',
  dir: 'rtl',
  status: 'draft',
  threads: [...DEFAULT_THREADS],
  body: [
    {
      type: 'paragraph',
      id: 'b1',
      content: ['قال وزير الخارجية الكوري الجنوبي: ', statement('وزير الخارجية الكوري الجنوبي', '"', '"', 'نريد حوارًا جادًا مع بيونغ يانغ'), ' في ختام اجتماعه مع نظيره الياباني.'],
      threads: auto('korea'),
    },
    {
      type: 'paragraph',
      id: 'b2',
      content: ['ووصف محلل سياسي الاتفاق بأنه ', statement('محلل سياسي الاتفاق', '«', '»', 'صفقة القرن'), ' الجديدة في شبه الجزيرة الكورية.'],
      threads: auto('korea'),
    },
    { type: 'heading', id: 'b3', level: 2, content: ['الملفات المطروحة'] },
    { type: 'paragraph', id: 'b4', content: ['ناقش الوزيران عدة ملفات، بما في ذلك:'] },
    {
      type: 'list',
      id: 'b4-list',
      items: [
        { id: 'b4-1', content: ['الحرب في أوكرانيا.'], threads: auto('ukraine') },
        { id: 'b4-2', content: ['الوضع في غزة.'], threads: auto('middle-east') },
      ],
    },
    {
      type: 'paragraph',
      id: 'b5',
      content: ['وقالت المتحدثة باسم الوزارة إن ', statement('المتحدثة باسم الوزارة', '"', '"', 'الباب مفتوح أمام الجميع'), ' قبل أن تغادر القاعة.'],
    },
  ],
};
/** The imported draft as the editor's JSON, two-space indented. */
const PRETTY = JSON.stringify(imported, null, 2) + '\n';
/** The same draft minified. */
const MINIFIED = JSON.stringify(imported);
/** The same draft with tabs and CRLF line ends. */
const TABS_CRLF = JSON.stringify(imported, null, '\t').replace(/\n/gu, '\r\n') + '\r\n';

/** A hand-written draft in the style of docs/article-format.md: one-line inline objects, no origin on some marks. */
const HANDWRITTEN = `{
  "format": "sahifa-article/1",
  "slug": "beijing-visit",
  "title": "زيارة إلى بكين",
  "lang": "ar",
  "status": "draft",
  "threads": [
    { "id": "korea", "label": { "ar": "كوريا", "en": "Korea" } },
    { "id": "ukraine", "label": { "ar": "أوكرانيا", "en": "Ukraine" } }
  ],
  "body": [
    { "type": "heading", "id": "h1", "level": 2, "content": ["ملفات على الطاولة"] },
    {
      "type": "paragraph",
      "id": "p1",
      "threads": [{ "id": "korea" }],
      "content": [
        { "type": "quote", "kind": "statement", "open": "“", "close": "”", "content": ["لن نتراجع عن ", { "type": "em", "content": ["السلام"] }] },
        " قالها الرئيس في ",
        { "type": "span", "lang": "en", "dir": "ltr", "content": ["APEC"] },
        " وسط ما وصفه بـ",
        { "type": "quote", "kind": "scare", "origin": "auto", "content": ["العاصفة"] }
      ]
    },
    { "type": "quote", "id": "q1", "speaker": "الوزير", "content": ["سنعود ", { "type": "quote", "kind": "scare", "open": "'", "close": "'", "content": ["قريبًا"] }] },
    { "type": "paragraph", "id": "p2", "content": [{ "type": "quote", "kind": "statement", "speaker": null, "open": "\\"", "close": "\\u0022", "origin": "auto", "content": ["كلمة\\tواحدة"] }] }
  ]
}
`;

function articleOf(source: string): Article {
  const result = parseArticle(source.replace(/^\uFEFF/u, ''));
  if (!result.ok) throw new Error(`not an article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

function applied(source: string, action: ReviewAction): string {
  const result = applyReview(source, action);
  if (!result.ok) throw new Error(`${action.type} ${action.pointer}: ${result.reason}`);
  return result.source;
}

/** The value a JSON pointer names in a parsed article. */
function at(article: Article, pointer: string): unknown {
  let v: unknown = article;
  for (const s of pointerSegments(pointer)!) v = (v as Record<string, unknown>)[s];
  return v;
}

/** The source range of the value a pointer names. */
function rangeOf(source: string, pointer: string): { start: number; end: number } {
  const root = parseTree(source)!;
  const path = pointerSegments(pointer)!.map((s) => (/^\d+$/u.test(s) ? Number(s) : s));
  const node: Node = findNodeAtLocation(root, path)!;
  return { start: node.offset, end: node.offset + node.length };
}

/** Asserts that `after` differs from `before` only inside `[start, end)` of `before`. */
function expectChangeWithin(before: string, after: string, range: { start: number; end: number }): void {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  expect(before).not.toBe(after);
  expect(prefix).toBeGreaterThanOrEqual(range.start);
  expect(before.length - suffix).toBeLessThanOrEqual(range.end);
}

const quoteAt = (source: string, pointer: string) => at(articleOf(source), pointer) as QuoteRun;

describe('reviewItems', () => {
  const items = reviewItems(PRETTY, imported);

  it('lists every quote mark-up in reading order with pointer, speaker, kind and origin', () => {
    expect(items.statements).toEqual([
      { pointer: '/body/0/content/1', blockId: 'b1', text: 'نريد حوارًا جادًا مع بيونغ يانغ', kind: 'statement', speaker: 'وزير الخارجية الكوري الجنوبي', origin: 'auto', offset: expect.any(Number) },
      { pointer: '/body/1/content/1', blockId: 'b2', text: 'صفقة القرن', kind: 'statement', speaker: 'محلل سياسي الاتفاق', origin: 'auto', offset: expect.any(Number) },
      { pointer: '/body/5/content/1', blockId: 'b5', text: 'الباب مفتوح أمام الجميع', kind: 'statement', speaker: 'المتحدثة باسم الوزارة', origin: 'auto', offset: expect.any(Number) },
    ]);
  });

  it('lists every passage, list items included, with its thread tags', () => {
    expect(items.passages.map((p) => [p.pointer, p.blockId, p.threads])).toEqual([
      ['/body/0', 'b1', [{ id: 'korea', origin: 'auto' }]],
      ['/body/1', 'b2', [{ id: 'korea', origin: 'auto' }]],
      ['/body/2', 'b3', []],
      ['/body/3', 'b4', []],
      ['/body/4/items/0', 'b4-1', [{ id: 'ukraine', origin: 'auto' }]],
      ['/body/4/items/1', 'b4-2', [{ id: 'middle-east', origin: 'auto' }]],
      ['/body/5', 'b5', []],
    ]);
    expect(items.passages[4]!.text).toBe('الحرب في أوكرانيا.');
  });

  it('gives the offset of each object in the source', () => {
    for (const item of [...items.statements, ...items.passages]) expect(item.offset).toBe(rangeOf(PRETTY, item.pointer).start);
    expect(PRETTY.slice(items.statements[0]!.offset)).toMatch(/^\{\s*"type": "quote"/u);
    // Offsets count in the source as given, a byte order mark included.
    const withBom = reviewItems('\uFEFF' + PRETTY, imported);
    expect(withBom.statements[0]!.offset).toBe(items.statements[0]!.offset + 1);
    // A source that no longer holds the object gives -1 rather than a wrong place.
    expect(reviewItems('{}', imported).statements[0]!.offset).toBe(-1);
  });

  it('lists nested and hand-written quotes; a missing origin reads as the editor’s', () => {
    const hand = reviewItems(HANDWRITTEN, articleOf(HANDWRITTEN));
    expect(hand.statements.map((s) => [s.pointer, s.blockId, s.kind, s.speaker, s.origin, s.text])).toEqual([
      ['/body/1/content/0', 'p1', 'statement', null, 'editor', 'لن نتراجع عن السلام'],
      ['/body/1/content/4', 'p1', 'scare', null, 'auto', 'العاصفة'],
      ['/body/2/content/1', 'q1', 'scare', null, 'editor', 'قريبًا'],
      ['/body/3/content/0', 'p2', 'statement', null, 'auto', 'كلمة\tواحدة'],
    ]);
    expect(hand.passages.map((p) => [p.pointer, p.threads])).toEqual([
      ['/body/0', []],
      ['/body/1', [{ id: 'korea', origin: 'editor' }]],
      ['/body/2', []],
      ['/body/3', []],
    ]);
  });

  it('shortens long passages at a word', () => {
    const long = 'كلمة '.repeat(40);
    const short = shortText(long);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short).toMatch(/^(?:كلمة )*كلمة…$/u);
    expect(shortText('  سطر\nثانٍ  ')).toBe('سطر ثانٍ');
    expect(shortText('😀'.repeat(60)).endsWith('\ud83d…')).toBe(false);
  });
});

describe('applyReview: quotes', () => {
  const first = '/body/0/content/1';
  const second = '/body/1/content/1';

  it('confirm-quote marks the quote as the editor’s and changes nothing else', () => {
    const out = applied(PRETTY, { type: 'confirm-quote', pointer: first });
    expect(quoteAt(out, first).origin).toBe('editor');
    expect(quoteAt(out, second).origin).toBe('auto');
    expectChangeWithin(PRETTY, out, rangeOf(PRETTY, first));
    expect(out.replace('"origin": "editor"', '"origin": "auto"')).toBe(PRETTY);
    // Confirming twice changes nothing more.
    expect(applied(out, { type: 'confirm-quote', pointer: first })).toBe(out);
  });

  it('set-speaker corrects the speaker (trimmed; empty means nobody) and confirms', () => {
    const out = applied(PRETTY, { type: 'set-speaker', pointer: second, speaker: '  محلل سياسي ' });
    expect(quoteAt(out, second)).toMatchObject({ speaker: 'محلل سياسي', origin: 'editor', kind: 'statement' });
    expectChangeWithin(PRETTY, out, rangeOf(PRETTY, second));
    expect(analyzeArticle(articleOf(out)).statements[1]).toEqual({ text: 'صفقة القرن', speaker: 'محلل سياسي', blockId: 'b2' });

    const nobody = applied(PRETTY, { type: 'set-speaker', pointer: second, speaker: '  ' });
    expect(quoteAt(nobody, second)).toMatchObject({ speaker: null, origin: 'editor' });
    expect(nobody).toContain('"speaker": null,\n');
  });

  it('set-kind turns a mis-detected statement into a scare quote and confirms', () => {
    const out = applied(PRETTY, { type: 'set-kind', pointer: second, kind: 'scare' });
    expect(quoteAt(out, second)).toMatchObject({ kind: 'scare', origin: 'editor', speaker: 'محلل سياسي الاتفاق' });
    expectChangeWithin(PRETTY, out, rangeOf(PRETTY, second));
    const report = analyzeArticle(articleOf(out));
    expect(report.statements.map((s) => s.text)).not.toContain('صفقة القرن');
    expect(report.scareQuotes).toEqual([{ text: 'صفقة القرن', blockId: 'b2' }]);
    // And back.
    const back = applied(out, { type: 'set-kind', pointer: second, kind: 'statement' });
    expect(quoteAt(back, second)).toMatchObject({ kind: 'statement', origin: 'editor' });
  });

  it('remove-quote keeps the words and the marks as plain text, joined with the text around', () => {
    const out = applied(PRETTY, { type: 'remove-quote', pointer: second });
    const article = articleOf(out);
    expect(article.body[1]).toMatchObject({ content: ['ووصف محلل سياسي الاتفاق بأنه «صفقة القرن» الجديدة في شبه الجزيرة الكورية.'] });
    expect(articleText(article)).toBe(articleText(imported));
    expect(reviewItems(out, article).statements.map((s) => s.pointer)).toEqual([first, '/body/5/content/1']);
    const content = rangeOf(PRETTY, '/body/1/content');
    expectChangeWithin(PRETTY, out, content);
    // The array keeps its layout: one string on its own indented line.
    expect(out.slice(content.start, content.start + 80)).toMatch(/^\[\n {8}"ووصف/u);
  });

  it('remove-quote keeps inline objects inside the quote and the source’s own escapes', () => {
    const out = applied(HANDWRITTEN, { type: 'remove-quote', pointer: '/body/1/content/0' });
    expect(out).toContain('"“لن نتراجع عن ",\n        { "type": "em", "content": ["السلام"] },\n        "” قالها الرئيس في ",');
    expect(articleText(articleOf(out))).toBe(articleText(articleOf(HANDWRITTEN)));

    const escaped = applied(HANDWRITTEN, { type: 'remove-quote', pointer: '/body/3/content/0' });
    expect(escaped).toContain('"content": ["\\"كلمة\\tواحدة\\u0022"] }');
    expect(articleOf(escaped).body[3]).toMatchObject({ content: ['"كلمة\tواحدة"'] });

    // A quote at the end of a one-line array, without marks.
    const last = applied(HANDWRITTEN, { type: 'remove-quote', pointer: '/body/1/content/4' });
    expect(last).toContain('"content": ["APEC"] },\n        " وسط ما وصفه بـالعاصفة"\n      ]');

    // A quote nested in a block quotation.
    const nested = applied(HANDWRITTEN, { type: 'remove-quote', pointer: '/body/2/content/1' });
    expect(nested).toContain(`"content": ["سنعود 'قريبًا'"] }`);
  });

  it('inserts missing fields in the object’s own style and key order', () => {
    const out = applied(HANDWRITTEN, { type: 'set-speaker', pointer: '/body/1/content/0', speaker: 'الرئيس' });
    expect(out).toContain('{ "type": "quote", "kind": "statement", "speaker": "الرئيس", "open": "“", "close": "”", "origin": "editor", "content": ["لن نتراجع عن "');
    expectChangeWithin(HANDWRITTEN, out, rangeOf(HANDWRITTEN, '/body/1/content/0'));

    const minified = applied(MINIFIED, { type: 'confirm-quote', pointer: first });
    expect(minified).toBe(MINIFIED.replace('"origin":"auto","content":["نريد', '"origin":"editor","content":["نريد'));
  });

  it('a quote action on something that is no longer a quote is stale', () => {
    const stale = { ok: false, reason: 'stale' };
    expect(applyReview(PRETTY, { type: 'confirm-quote', pointer: '/body/0/content/7' })).toEqual(stale);
    expect(applyReview(PRETTY, { type: 'confirm-quote', pointer: '/body/0/content/0' })).toEqual(stale);
    expect(applyReview(PRETTY, { type: 'set-kind', pointer: '/body/9/content/1', kind: 'scare' })).toEqual(stale);
    expect(applyReview(PRETTY, { type: 'remove-quote', pointer: 'body/0/content/1' })).toEqual(stale);
    expect(applyReview(PRETTY, { type: 'remove-quote', pointer: '/body/0/content/01' })).toEqual(stale);
    // A block quotation is a passage, not an inline quote.
    expect(applyReview(HANDWRITTEN, { type: 'set-speaker', pointer: '/body/2', speaker: 'x' })).toEqual(stale);
    // After removal, the old pointer of the next quote in the same array is gone.
    const removed = applied(HANDWRITTEN, { type: 'remove-quote', pointer: '/body/1/content/0' });
    expect(applyReview(removed, { type: 'confirm-quote', pointer: '/body/1/content/4' })).toEqual(stale);
  });
});

describe('applyReview: thread tags', () => {
  it('confirm-thread marks a list item’s tag as the editor’s', () => {
    const out = applied(PRETTY, { type: 'confirm-thread', pointer: '/body/4/items/0', thread: 'ukraine' });
    expect(at(articleOf(out), '/body/4/items/0/threads')).toEqual([{ id: 'ukraine', origin: 'editor' }]);
    expectChangeWithin(PRETTY, out, rangeOf(PRETTY, '/body/4/items/0/threads'));
    // A tag without origin gets one.
    const hand = applied(HANDWRITTEN, { type: 'confirm-thread', pointer: '/body/1', thread: 'korea' });
    expect(hand).toContain('"threads": [{ "id": "korea", "origin": "editor" }],');
  });

  it('add-thread tags a passage, in the source’s layout, as the editor’s', () => {
    const out = applied(PRETTY, { type: 'add-thread', pointer: '/body/5', thread: 'korea' });
    expect(at(articleOf(out), '/body/5/threads')).toEqual([{ id: 'korea', origin: 'editor' }]);
    expectChangeWithin(PRETTY, out, rangeOf(PRETTY, '/body/5'));
    expect(out).toContain('        " قبل أن تغادر القاعة."\n      ],\n      "threads": [{ "id": "korea", "origin": "editor" }]\n    }\n  ]\n}\n');

    const second = applied(out, { type: 'add-thread', pointer: '/body/5', thread: 'middle-east' });
    expect(second).toContain('"threads": [{ "id": "korea", "origin": "editor" }, { "id": "middle-east", "origin": "editor" }]');

    // Into a multi-line array, a tag goes on its own line like its siblings.
    const item = applied(PRETTY, { type: 'add-thread', pointer: '/body/4/items/1', thread: 'ukraine' });
    expect(at(articleOf(item), '/body/4/items/1/threads')).toEqual([
      { id: 'middle-east', origin: 'auto' },
      { id: 'ukraine', origin: 'editor' },
    ]);
    expect(item).toContain('              "origin": "auto"\n            },\n            { "id": "ukraine", "origin": "editor" }\n          ]');

    // Adding a tag that is already there confirms it.
    expect(applied(PRETTY, { type: 'add-thread', pointer: '/body/0', thread: 'korea' })).toBe(
      applied(PRETTY, { type: 'confirm-thread', pointer: '/body/0', thread: 'korea' }),
    );
  });

  it('remove-thread drops the tag, and the field with its last tag', () => {
    const out = applied(PRETTY, { type: 'remove-thread', pointer: '/body/0', thread: 'korea' });
    expect(articleOf(out).body[0]).not.toHaveProperty('threads');
    expectChangeWithin(PRETTY, out, rangeOf(PRETTY, '/body/0'));
    expect(out).toContain('" في ختام اجتماعه مع نظيره الياباني."\n      ]\n    },');

    const two = applied(PRETTY, { type: 'add-thread', pointer: '/body/0', thread: 'ukraine' });
    const one = applied(two, { type: 'remove-thread', pointer: '/body/0', thread: 'korea' });
    expect(at(articleOf(one), '/body/0/threads')).toEqual([{ id: 'ukraine', origin: 'editor' }]);
    const none = applied(one, { type: 'remove-thread', pointer: '/body/0', thread: 'ukraine' });
    expect(none).toBe(out);
  });

  it('stale when the passage or the tag is gone; invalid for a thread the article does not define', () => {
    expect(applyReview(PRETTY, { type: 'confirm-thread', pointer: '/body/5', thread: 'korea' })).toEqual({ ok: false, reason: 'stale' });
    expect(applyReview(PRETTY, { type: 'remove-thread', pointer: '/body/2', thread: 'korea' })).toEqual({ ok: false, reason: 'stale' });
    expect(applyReview(PRETTY, { type: 'add-thread', pointer: '/body/4', thread: 'korea' })).toEqual({ ok: false, reason: 'stale' });
    expect(applyReview(PRETTY, { type: 'add-thread', pointer: '/body/4/items/2', thread: 'korea' })).toEqual({ ok: false, reason: 'stale' });
    expect(applyReview(PRETTY, { type: 'add-thread', pointer: '/body/0/content/1', thread: 'korea' })).toEqual({ ok: false, reason: 'stale' });
    expect(applyReview(PRETTY, { type: 'add-thread', pointer: '/body/5', thread: 'mars' })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('applyReview: sources', () => {
  it('refuses a source that is not a valid article', () => {
    const action: ReviewAction = { type: 'confirm-quote', pointer: '/body/0/content/1' };
    expect(applyReview('', action)).toEqual({ ok: false, reason: 'invalid' });
    expect(applyReview(PRETTY.slice(0, -10), action)).toEqual({ ok: false, reason: 'invalid' });
    expect(applyReview(PRETTY.replace('"status": "draft"', '"status": "final"'), action)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a change that would make the article invalid', () => {
    expect(applyReview(PRETTY, { type: 'set-speaker', pointer: '/body/0/content/1', speaker: 'ا'.repeat(301) })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads a key written twice by its last occurrence, as JSON.parse does', () => {
    const twice = PRETTY.replace('"origin": "auto",\n          "content": [\n            "نريد', '"origin": "editor",\n          "origin": "auto",\n          "content": [\n            "نريد')
      .replace('"type": "heading",', '"type": "heading",\n      "threads": [{ "id": "ukraine" }],\n      "threads": [{ "id": "korea" }],');
    expect(quoteAt(twice, '/body/0/content/1').origin).toBe('auto');
    expect(reviewItems(twice, articleOf(twice)).passages[2]!.threads).toEqual([{ id: 'korea', origin: 'editor' }]);
    const confirmed = applied(twice, { type: 'set-kind', pointer: '/body/0/content/1', kind: 'scare' });
    expect(quoteAt(confirmed, '/body/0/content/1')).toMatchObject({ kind: 'scare', origin: 'editor' });
    const removed = applied(twice, { type: 'remove-thread', pointer: '/body/2', thread: 'korea' });
    expect(articleOf(removed).body[2]).not.toHaveProperty('threads');
  });

  it('keeps tabs, CRLF line ends and a byte order mark', () => {
    const source = '\uFEFF' + TABS_CRLF;
    const out = applied(source, { type: 'add-thread', pointer: '/body/5', thread: 'korea' });
    expect(out.startsWith('\uFEFF{\r\n\t"format"')).toBe(true);
    expect(out).toContain('\r\n\t\t\t],\r\n\t\t\t"threads": [{ "id": "korea", "origin": "editor" }]\r\n\t\t}\r\n\t]\r\n}\r\n');
    expect(out.replace(/\r\n/gu, '')).not.toMatch(/\n/u);
    const removed = applied(out, { type: 'remove-quote', pointer: '/body/5/content/1' });
    expect(removed).toContain('\r\n\t\t\t"content": [\r\n\t\t\t\t"وقالت المتحدثة باسم الوزارة إن \\"الباب مفتوح أمام الجميع\\" قبل أن تغادر القاعة."\r\n\t\t\t],');
  });

  it('writes minified drafts minified', () => {
    const out = applied(MINIFIED, { type: 'add-thread', pointer: '/body/5', thread: 'korea' });
    expect(out).toContain('"threads":[{"id":"korea","origin":"editor"}]}]}');
    const set = applied(MINIFIED, { type: 'set-speaker', pointer: '/body/0/content/1', speaker: null });
    expect(set).toContain('"kind":"statement","speaker":null,"open"');
    // What JSON.stringify would write for the new article: nothing else moved.
    for (const out of [set, applied(MINIFIED, { type: 'remove-quote', pointer: '/body/0/content/1' })]) expect(out).toBe(JSON.stringify(articleOf(out)));
  });

  it('gives the same article whatever the layout of the source', () => {
    const actions: ReviewAction[] = [
      { type: 'confirm-quote', pointer: '/body/0/content/1' },
      { type: 'set-speaker', pointer: '/body/1/content/1', speaker: 'محلل' },
      { type: 'set-kind', pointer: '/body/1/content/1', kind: 'scare' },
      { type: 'remove-quote', pointer: '/body/5/content/1' },
      { type: 'confirm-thread', pointer: '/body/1', thread: 'korea' },
      { type: 'add-thread', pointer: '/body/3', thread: 'middle-east' },
      { type: 'remove-thread', pointer: '/body/4/items/1', thread: 'middle-east' },
    ];
    for (const action of actions) {
      const expected = articleOf(applied(PRETTY, action));
      expect(articleOf(applied(MINIFIED, action))).toEqual(expected);
      expect(articleOf(applied(TABS_CRLF, action))).toEqual(expected);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random sequences of review decisions

/** An action chosen by indices, resolved against whatever the draft holds at that step. */
type Choice = { kind: number; target: number; thread: number; speaker: string | null; scare: boolean };
const choice = fc.record({
  kind: fc.nat({ max: 6 }),
  target: fc.nat({ max: 50 }),
  thread: fc.nat({ max: 5 }),
  speaker: fc.oneof(fc.constant(null), fc.constantFrom('الوزير', ' المتحدث باسم الرئاسة ', ''), fc.string({ maxLength: 30 })),
  scare: fc.boolean(),
});

function resolve(source: string, c: Choice): ReviewAction | null {
  const article = articleOf(source);
  const { statements, passages } = reviewItems(source, article);
  const thread = article.threads[c.thread % article.threads.length]!.id;
  if (c.kind <= 3) {
    const quote = statements[c.target % Math.max(statements.length, 1)];
    if (!quote) return null;
    const pointer = quote.pointer;
    if (c.kind === 0) return { type: 'confirm-quote', pointer };
    if (c.kind === 1) return { type: 'set-speaker', pointer, speaker: c.speaker };
    if (c.kind === 2) return { type: 'set-kind', pointer, kind: c.scare ? 'scare' : 'statement' };
    return { type: 'remove-quote', pointer };
  }
  const passage = passages[c.target % passages.length]!;
  if (c.kind === 4) return { type: 'add-thread', pointer: passage.pointer, thread };
  const tag = passage.threads[c.thread % Math.max(passage.threads.length, 1)];
  if (!tag) return { type: 'add-thread', pointer: passage.pointer, thread };
  return { type: c.kind === 5 ? 'confirm-thread' : 'remove-thread', pointer: passage.pointer, thread: tag.id };
}

/** A quote's text content as a plain value, for comparing what an action left alone. */
const plain = (content: readonly Inline[]) => inlineText(content);

describe('random review sessions', () => {
  const sources = [PRETTY, MINIFIED, TABS_CRLF, HANDWRITTEN];

  it('keep the draft a valid article with the same words, whatever the layout', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(choice, { maxLength: 10 }), (start, choices) => {
        let source = start;
        const words = articleText(articleOf(start));
        for (const c of choices) {
          const action = resolve(source, c);
          if (!action) continue;
          const result: ReviewResult = applyReview(source, action);
          if (!result.ok) {
            // Only a speaker over the schema's limit may be refused.
            expect(action.type === 'set-speaker' && (action.speaker ?? '').trim().length > 300).toBe(true);
            continue;
          }
          const article = articleOf(result.source);
          expect(articleText(article)).toBe(words);
          // Only the object the action names changes (for a removed quote: the array holding it).
          const scope = action.type === 'remove-quote' ? action.pointer.replace(/\/\d+$/u, '') : action.pointer;
          if (result.source !== source) expectChangeWithin(source, result.source, rangeOf(source, scope));
          // Compact (minified) drafts stay on one line.
          if (!start.includes('\n')) expect(result.source).not.toContain('\n');
          if (action.type === 'confirm-quote' || action.type === 'set-speaker' || action.type === 'set-kind') {
            const quote = at(article, action.pointer) as QuoteRun;
            expect(quote.origin).toBe('editor');
            expect(plain(quote.content)).toBe(plain(quoteAt(source, action.pointer).content));
            if (action.type === 'set-speaker') expect(quote.speaker).toBe(action.speaker?.trim() || null);
            if (action.type === 'set-kind') expect(quote.kind).toBe(action.kind);
          }
          if (action.type === 'add-thread' || action.type === 'confirm-thread') {
            const tags = (at(article, action.pointer) as { threads?: { id: string; origin?: string }[] }).threads ?? [];
            expect(tags.filter((t) => t.id === action.thread).map((t) => t.origin)).toContain('editor');
            expect(tags.filter((t) => t.id === action.thread).every((t) => t.origin === 'editor')).toBe(true);
          }
          if (action.type === 'remove-thread') {
            const tags = (at(article, action.pointer) as { threads?: { id: string }[] }).threads;
            expect(tags?.some((t) => t.id === action.thread) ?? false).toBe(false);
            expect(tags?.length).not.toBe(0);
          }
          source = result.source;
        }
      }),
      { numRuns: 150 },
    );
    // 150 sessions of up to 10 edits each take a few seconds; more on a busy machine. Nothing here is timed.
  }, 120_000);

  it('give the same article from a pretty and a minified draft', () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 8 }), (choices) => {
        let pretty = PRETTY;
        let minified = MINIFIED;
        for (const c of choices) {
          const action = resolve(pretty, c);
          if (!action) continue;
          const a = applyReview(pretty, action);
          const b = applyReview(minified, action);
          expect(a.ok).toBe(b.ok);
          if (!a.ok || !b.ok) continue;
          expect(articleOf(b.source)).toEqual(articleOf(a.source));
          pretty = a.source;
          minified = b.source;
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('a draft straight from the importer', () => {
  it('can be reviewed item by item, each decision leaving a valid article with the same words', () => {
    let source = JSON.stringify(importText(STORY, { slug: 'seoul-talks' }), null, 2);
    const words = articleText(articleOf(source));
    const first = reviewItems(source, articleOf(source));
    expect(first.statements.length).toBeGreaterThan(0);
    expect(first.passages.some((p) => p.threads.length > 0)).toBe(true);
    // Confirm every tag and quote, then the list reads as all the editor's.
    for (const p of first.passages) for (const t of p.threads) source = applied(source, { type: 'confirm-thread', pointer: p.pointer, thread: t.id });
    for (const s of first.statements) source = applied(source, { type: 'confirm-quote', pointer: s.pointer });
    const after = reviewItems(source, articleOf(source));
    expect(after.statements.every((s) => s.origin === 'editor')).toBe(true);
    expect(after.passages.flatMap((p) => p.threads).every((t) => t.origin === 'editor')).toBe(true);
    // Then remove every quote mark-up, last first so earlier pointers hold.
    for (const s of [...after.statements].reverse()) source = applied(source, { type: 'remove-quote', pointer: s.pointer });
    expect(reviewItems(source, articleOf(source)).statements).toEqual([]);
    expect(articleText(articleOf(source))).toBe(words);
  });
});
