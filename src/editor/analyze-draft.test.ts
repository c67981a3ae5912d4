import { describe, expect, it } from 'vitest';
import { importText } from '../article/import-text';
import { analyzeDraft, draftAsJson, draftKind } from './analyze-draft';

const TEXT = ['اجتماع وزاري في القاهرة', '', 'قال الوزير للصحفيين: "سنواصل العمل من أجل وقف إطلاق النار في غزة".', '', 'وتطرق اللقاء إلى الحرب في أوكرانيا.'].join('\n');

describe('draftKind', () => {
  it.each([
    ['', 'empty'],
    ['  \n\t', 'empty'],
    ['{"a":1}', 'json'],
    ['\uFEFF\n  {', 'json'],
    ['[1]', 'json'],
    ['عنوان', 'text'],
    ['Title\n\n{ not first }', 'text'],
  ])('%j is %s', (text, kind) => expect(draftKind(text)).toBe(kind));
});

describe('analyzeDraft', () => {
  it('imports plain text as a draft with its quote and threads', () => {
    const { kind, article, problems } = analyzeDraft(TEXT);
    expect(kind).toBe('text');
    expect(problems).toEqual([]);
    expect(article?.status).toBe('draft');
    expect(article?.title).toBe('اجتماع وزاري في القاهرة');
    const tags = article!.body.flatMap((b) => ('threads' in b ? (b.threads ?? []).map((t) => t.id) : []));
    expect(tags).toEqual(expect.arrayContaining(['middle-east', 'ukraine']));
    expect(JSON.stringify(article)).toContain('"kind":"statement"');
  });

  it('parses valid article JSON and keeps its status', () => {
    const json = JSON.stringify(importText(TEXT, { status: 'published' }), null, 2);
    const result = analyzeDraft(json);
    expect(result.kind).toBe('json');
    expect(result.article?.status).toBe('published');
  });

  it('reports broken JSON with its line and column and no article', () => {
    const json = JSON.stringify(importText(TEXT), null, 2).replace('"title":', '"title"');
    const result = analyzeDraft(json);
    expect(result.article).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'json-syntax', line: 4 });
  });

  it('reports schema problems at the offending value', () => {
    const json = JSON.stringify({ ...importText(TEXT), status: 'final' }, null, 2);
    const result = analyzeDraft(json);
    const problem = result.problems.find((p) => p.pointer === '/status');
    expect(problem).toBeDefined();
    expect(json.slice(problem!.offset, problem!.offset + problem!.length)).toBe('"final"');
  });

  it('has nothing to show for an empty draft', () => {
    expect(analyzeDraft('  ')).toEqual({ kind: 'empty', article: null, problems: [] });
  });
});

describe('draftAsJson', () => {
  it('converts plain text into article JSON that analyzes to the same article', () => {
    const json = draftAsJson(TEXT)!;
    expect(analyzeDraft(json).article).toEqual(analyzeDraft(TEXT).article);
  });
  it('leaves JSON drafts alone', () => expect(draftAsJson('{}')).toBeNull());
});
