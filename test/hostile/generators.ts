/**
 * The hostile cases too big to commit, made in code: deep nesting, a 30 MB string, documents at and
 * just over the size limit, a 20,000-block article, a document with thousands of problems, and
 * plain texts that strain the importer. Each is built once, on first use, in linear time.
 */
import { MAX_DEPTH, MAX_DOCUMENT_BYTES } from '../../src/article/parse';
import type { ProblemCode } from '../../src/article/problems';
import { FORMAT_ID } from '../../src/article/schema';

export interface ExpectedProblem {
  code: ProblemCode;
  pointer?: string;
  line?: number;
  column?: number;
  params?: Record<string, string | number>;
}

export interface GeneratedCase {
  name: string;
  /** What the case attacks. */
  attacks: string;
  /** `json`: an article document; `text`: plain newsroom text for `article import`. */
  kind: 'json' | 'text';
  make: () => string;
  /** parseArticle's verdict on the document (for `text`: on the article importText makes of it). */
  parse: 'ok' | readonly ExpectedProblem[];
  /** Exit code of `article check` on the document written to a file. */
  check: 0 | 1 | 2;
}

const once = (build: () => string): (() => string) => {
  let value: string | undefined;
  return () => (value ??= build());
};

/** A small valid article (pretty-printed) whose first paragraph's content can be replaced. */
function article(content = '"نص الفقرة."', extra = ''): string {
  return `{
  "format": "${FORMAT_ID}",
  "slug": "generated-case",
  "title": "حالة مولّدة",
  "lang": "ar",
  "status": "draft",${extra}
  "threads": [],
  "body": [
    {
      "type": "paragraph",
      "id": "p1",
      "content": [${content}]
    }
  ]
}
`;
}

/** `article()` padded with trailing spaces to exactly `bytes` UTF-8 bytes. */
function padTo(bytes: number): string {
  const base = article();
  return base + ' '.repeat(bytes - new TextEncoder().encode(base).length);
}

const EM_OPEN = '{ "type": "em", "content": [';
const EM_CLOSE = '] }';
const DEEP_EMS = 100_000;

/** Line and column (1-based) where the nesting limit is first crossed inside the deep emphasis line. */
function deepInlinePosition(): { line: number; column: number } {
  // Depth at the start of the content array's items: root {, body [, block {, content [ = 4.
  // Each emphasis opens `{` then `[`; the first `{` past MAX_DEPTH belongs to emphasis k.
  const depthBefore = 4;
  const k = Math.ceil((MAX_DEPTH + 1 - depthBefore) / 2);
  const opensBrace = depthBefore + 2 * k - 1 === MAX_DEPTH + 1;
  const offsetInItems = (k - 1) * EM_OPEN.length + (opensBrace ? 0 : EM_OPEN.indexOf('['));
  const lines = article('@').split('\n');
  const line = lines.findIndex((l) => l.includes('@'));
  return { line: line + 1, column: lines[line]!.indexOf('@') + 1 + offsetInItems };
}

export const GENERATED_CASES: readonly GeneratedCase[] = [
  {
    name: 'deep-arrays-100k',
    attacks: '100,000 nested arrays: a recursive parser or validator would overflow the stack',
    kind: 'json',
    make: once(() => '['.repeat(100_000) + ']'.repeat(100_000)),
    parse: [{ code: 'too-deep', line: 1, column: MAX_DEPTH + 1 }],
    check: 1,
  },
  {
    name: 'deep-objects-100k',
    attacks: '100,000 nested objects, left unclosed (also truncated)',
    kind: 'json',
    make: once(() => '{"a":'.repeat(100_000)),
    parse: [{ code: 'too-deep', line: 1, column: MAX_DEPTH * 5 + 1 }],
    check: 1,
  },
  {
    name: 'deep-inline-100k',
    attacks: 'a real article whose paragraph nests 100,000 emphasis runs: deep recursion in the schema and the renderer',
    kind: 'json',
    make: once(() => article(EM_OPEN.repeat(DEEP_EMS) + '"عميق"' + EM_CLOSE.repeat(DEEP_EMS))),
    parse: [{ code: 'too-deep', ...deepInlinePosition() }],
    check: 1,
  },
  {
    name: 'brackets-in-strings-100k',
    attacks: '100,000 brackets inside a string, which must not count as nesting',
    kind: 'json',
    make: once(() => article(`"${'[{'.repeat(50_000)}"`)),
    parse: 'ok',
    check: 0,
  },
  {
    name: 'string-30mb',
    attacks: 'one 30 MB string (15 million Arabic letters): refused by size before any parsing',
    kind: 'json',
    make: once(() => article(`"${'ب'.repeat(15_000_000)}"`)),
    parse: [{ code: 'too-large', line: 1, column: 1, params: { limit: MAX_DOCUMENT_BYTES } }],
    check: 2,
  },
  {
    name: 'over-limit-by-one',
    attacks: 'a valid article padded to 5 MiB + 1 byte: the limit is exact',
    kind: 'json',
    make: once(() => padTo(MAX_DOCUMENT_BYTES + 1)),
    parse: [{ code: 'too-large', line: 1, column: 1, params: { size: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES } }],
    check: 2,
  },
  {
    name: 'at-limit',
    attacks: 'a valid article padded to exactly 5 MiB: accepted',
    kind: 'json',
    make: once(() => padTo(MAX_DOCUMENT_BYTES)),
    parse: 'ok',
    check: 0,
  },
  {
    name: 'multibyte-over-limit',
    attacks: 'fewer than 5 Mi characters but more than 5 MiB of UTF-8 (two bytes a letter): the limit counts bytes',
    kind: 'json',
    make: once(() => article(`"${'ت'.repeat(MAX_DOCUMENT_BYTES / 2 + 10)}"`)),
    parse: [{ code: 'too-large', line: 1, column: 1 }],
    check: 2,
  },
  {
    name: 'blocks-20000',
    attacks: 'a huge but valid article: 20,000 paragraphs',
    kind: 'json',
    make: once(() => {
      const blocks = Array.from({ length: 20_000 }, (_, i) => `{"type":"paragraph","id":"p${i}","content":["الفقرة رقم ${i} من مقال طويل جدا."]}`);
      return article('"مقدمة."').replace(/"body": \[[\s\S]*\]\n\}\n$/u, `"body": [\n${blocks.join(',\n')}\n]\n}\n`);
    }),
    parse: 'ok',
    check: 0,
  },
  {
    name: 'problems-2000',
    attacks: '2,000 invalid blocks: thousands of problems, each placed',
    kind: 'json',
    make: once(() => {
      const blocks = Array.from({ length: 2_000 }, (_, i) => `{"type":"paragraph","id":${i},"content":["x"]}`);
      return article('"مقدمة."').replace(/"body": \[[\s\S]*\]\n\}\n$/u, `"body": [\n${blocks.join(',\n')}\n]\n}\n`);
    }),
    // Block i is on line 9 + i; its id value starts after `{"type":"paragraph","id":` (25 characters).
    parse: [{ code: 'invalid-type', pointer: '/body/0/id', line: 9, column: 26 }, { code: 'invalid-type', pointer: '/body/1999/id', line: 2008, column: 26 }],
    check: 1,
  },
  {
    name: 'quote-flood-text',
    attacks: 'plain text with 35,000 quotation marks of every kind in one paragraph: the quote detector must stay linear',
    kind: 'text',
    make: once(() => `سيل من علامات التنصيص\n${Array.from({ length: 5_000 }, (_, i) => `قال ${i % 7 ? 'الوزير' : 'هو'} "«كلمة» “أخرى” ‘ثالثة’`).join(' ')}\n`),
    parse: 'ok',
    check: 0,
  },
  {
    name: 'long-paragraph-text',
    attacks: 'plain text whose one paragraph is 300,000 characters: longer than any field may be',
    kind: 'text',
    make: once(() => `فقرة واحدة طويلة\n${'كلمة '.repeat(60_000)}\n`),
    parse: [{ code: 'too-long', pointer: '/body/0/content/0' }],
    check: 1,
  },
];
