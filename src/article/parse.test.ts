import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excessiveDepthAt, LineIndex, MAX_DOCUMENT_BYTES, parseArticle, utf8Length } from './parse';
import { describeProblem, type Problem } from './problems';
import { FORMAT_ID } from './schema';

const valid = {
  format: FORMAT_ID,
  slug: 'talks-in-beijing',
  title: 'محادثات في بكين',
  lang: 'ar',
  status: 'published',
  threads: [{ id: 'korea', label: { ar: 'كوريا', en: 'Korea' } }],
  body: [
    { type: 'heading', id: 'h1', content: ['عنوان فرعي'] },
    {
      type: 'paragraph',
      id: 'p1',
      content: ['قال الوزير ', { type: 'quote', kind: 'statement', speaker: 'الوزير', open: '"', close: '"', content: ['نحن مستعدون'] }],
      threads: [{ id: 'korea', origin: 'editor' }],
    },
    { type: 'list', id: 'l1', items: [{ id: 'l1-1', content: ['بند'] }] },
  ],
};

function problemsOf(text: string): Problem[] {
  const result = parseArticle(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const withBody = (body: unknown) => JSON.stringify({ ...valid, body }, null, 2);

describe('parseArticle', () => {
  it('accepts a valid article, with or without a BOM', () => {
    const text = JSON.stringify(valid);
    expect(parseArticle(text)).toMatchObject({ ok: true, article: { slug: 'talks-in-beijing' } });
    expect(parseArticle(`\uFEFF${text}`).ok).toBe(true);
  });

  it('accepts bold (`strong`) inline, nested with the other runs, and refuses unknown keys on it', () => {
    const bold = { type: 'strong', content: ['عاجل: ', { type: 'em', content: ['مهم'] }, { type: 'link', href: 'https://a.example', content: ['رابط'] }] };
    expect(parseArticle(withBody([{ type: 'paragraph', id: 'p', content: [bold, { type: 'em', content: [bold] }] }])).ok).toBe(true);
    const [p] = problemsOf(withBody([{ type: 'paragraph', id: 'p', content: [{ type: 'strong', weight: 700, content: ['x'] }] }]));
    expect(p).toMatchObject({ code: 'unknown-field', pointer: '/body/0/content/0/weight' });
  });

  it('reports JSON syntax errors with their line and column', () => {
    const [p] = problemsOf('{\n  "slug": "x",\n  "title": \n}');
    expect(p).toMatchObject({ code: 'json-syntax', line: 4, column: 1 });
    const [trailing] = problemsOf('{"a": 1,\n}');
    expect(trailing).toMatchObject({ code: 'json-syntax', line: 2, column: 1 });
  });

  it('places schema problems on the offending value with a JSON pointer', () => {
    const text = JSON.stringify({ ...valid, status: 'drafted' }, null, 2);
    const [p] = problemsOf(text);
    expect(p).toMatchObject({ code: 'invalid-value', pointer: '/status', line: 6, column: 13 });
    expect(describeProblem(p!)).toContain('"draft", "published"');
  });

  it.each<[string, unknown, Partial<Problem>]>([
    ['a missing field', { ...valid, title: undefined }, { code: 'missing-field', pointer: '/title', params: { field: 'title' } }],
    ['an unknown field', { ...valid, titel: 'x' }, { code: 'unknown-field', pointer: '/titel' }],
    ['a wrong type', { ...valid, threads: 'korea' }, { code: 'invalid-type', pointer: '/threads', params: { expected: 'array', received: 'string' } }],
    ['an empty title', { ...valid, title: '' }, { code: 'too-short', pointer: '/title' }],
    ['a bad slug', { ...valid, slug: 'Not A Slug' }, { code: 'invalid-format', pointer: '/slug', params: { format: 'slug' } }],
    ['a bad date', { ...valid, published: '27/11/2026' }, { code: 'invalid-format', pointer: '/published', params: { format: 'datetime' } }],
    ['an unknown block type', { ...valid, body: [{ type: 'video', id: 'v1' }] }, { code: 'unknown-type', pointer: '/body/0/type', params: { received: 'video', expected: 'heading, paragraph, list, quote' } }],
    ['an unknown inline type', { ...valid, body: [{ type: 'paragraph', id: 'p', content: [{ type: 'blink', content: [] }] }] }, { code: 'unknown-type', pointer: '/body/0/content/0/type' }],
    ['a number in content', { ...valid, body: [{ type: 'paragraph', id: 'p', content: [42] }] }, { code: 'invalid-type', pointer: '/body/0/content/0' }],
    ['a javascript: link', { ...valid, body: [{ type: 'paragraph', id: 'p', content: [{ type: 'link', href: 'javascript:alert(1)', content: ['x'] }] }] }, { code: 'unsafe-link', pointer: '/body/0/content/0/href' }],
    ['a duplicate block id', { ...valid, body: [valid.body[0], valid.body[0]] }, { code: 'duplicate-id', pointer: '/body/1/id' }],
    ['a tag for an undefined thread', { ...valid, body: [{ type: 'paragraph', id: 'p', content: [], threads: [{ id: 'mars' }] }] }, { code: 'unknown-thread', pointer: '/body/0/threads/0/id' }],
    ['a __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`), { code: 'unknown-field', pointer: '/__proto__' }],
  ])('reports %s', (_name, doc, expected) => {
    const problems = problemsOf(JSON.stringify(doc, null, 2));
    expect(problems).toContainEqual(expect.objectContaining(expected));
    for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
  });

  it('does not let a __proto__ key change any prototype', () => {
    parseArticle('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses empty, whitespace-only, oversized and too deeply nested input without parsing it', () => {
    expect(problemsOf('')[0]!.code).toBe('empty');
    expect(problemsOf(' \n\t ')[0]!.code).toBe('empty');
    expect(problemsOf(`"${'x'.repeat(MAX_DOCUMENT_BYTES)}"`)[0]!.code).toBe('too-large');
    expect(problemsOf('['.repeat(100_000))[0]).toMatchObject({ code: 'too-deep', column: 49 });
  });

  it('gives every problem a code that has an English wording', () => {
    const problems = problemsOf(withBody([{ type: 'paragraph' }, { id: 3 }, null]));
    expect(problems.length).toBeGreaterThan(2);
    for (const p of problems) expect(describeProblem(p)).not.toMatch(/undefined/);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = parseArticle(text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid article', () => {
    const base = JSON.stringify(valid, null, 1);
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.nat(8), fc.string({ unit: 'binary', maxLength: 4 }), (at, cut, insert) => {
        const text = base.slice(0, at) + insert + base.slice(at + cut);
        const result = parseArticle(text);
        if (!result.ok) for (const p of result.problems) expect(p.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('helpers', () => {
  it('utf8Length counts bytes like TextEncoder, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });

  it('LineIndex gives 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
  });

  it('excessiveDepthAt ignores brackets inside strings', () => {
    expect(excessiveDepthAt('["[[[[[[", {"a": "{{{{"}]', 2)).toBe(-1);
    expect(excessiveDepthAt('[[[', 2)).toBe(2);
  });
});
