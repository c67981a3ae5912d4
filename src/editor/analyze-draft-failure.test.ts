import { describe, expect, it, vi } from 'vitest';
import { DetectionError } from '../article/detection-error';
import { analyzeDraft, draftAsJson } from './analyze-draft';

// The importer fails the way a detector bug would make it fail.
vi.mock('../article/import-text', () => ({
  importText: () => {
    throw new DetectionError('quotes', 2, new RangeError('index out of range'));
  },
}));

describe('a failure inside detection', () => {
  it('becomes a problem naming the paragraph, with the draft kept and no article shown', () => {
    const result = analyzeDraft('عنوان\n\nفقرة أولى.\n\nفقرة ثانية.\n\nقال: "ثالثة".');
    expect(result).toEqual({
      kind: 'text',
      article: null,
      problems: [{ code: 'detection-failed', params: { stage: 'quotes', paragraph: 3 }, pointer: '', offset: 0, length: 0, line: 1, column: 1 }],
    });
  });

  it('leaves "convert to JSON" with nothing to convert', () => {
    expect(draftAsJson('عنوان\n\nفقرة.')).toBeNull();
  });

  it('is not confused with a JSON draft, which needs no detection', () => {
    expect(analyzeDraft('{"title": 1}').problems[0]?.code).not.toBe('detection-failed');
  });
});
