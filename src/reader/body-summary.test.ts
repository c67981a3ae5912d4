import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../article/reading-time';
import type { Article } from '../article/schema';
import { summarizeBody } from './body-summary';

const base: Article = {
  format: 'sahifa-article/1',
  slug: 'summary',
  title: 'عنوان',
  lang: 'ar',
  status: 'published',
  threads: [
    { id: 'a', label: { ar: 'أ', en: 'A' } },
    { id: 'b', label: { ar: 'ب', en: 'B' } },
  ],
  body: [
    { type: 'paragraph', id: 'p1', threads: [{ id: 'a' }, { id: 'a' }], content: ['قال الوزير ', { type: 'quote', kind: 'statement', speaker: 'الوزير', open: '«', close: '»', content: ['نعم'] }] },
    { type: 'list', id: 'l1', items: [{ id: 'l1-1', content: ['بند'], threads: [{ id: 'b' }] }, { id: 'l1-2', content: ['بند آخر'], threads: [{ id: 'a' }, { id: 'b' }] }] },
    { type: 'paragraph', id: 'p2', content: ['كلمة ', { type: 'quote', kind: 'scare', open: '«', close: '»', content: ['مزعومة'] }] },
  ],
};

describe('summarizeBody', () => {
  it('counts statements (not scare quotes), passages per thread as the sections do (list items apart, a block once), and the reading time', () => {
    expect(summarizeBody(base)).toEqual({ minutes: readingMinutes(base), statements: 1, passages: { a: 2, b: 2 } });
  });

  it('gives nothing to count for an empty body', () => {
    expect(summarizeBody({ ...base, body: [] })).toEqual({ minutes: 1, statements: 0, passages: {} });
  });
});
