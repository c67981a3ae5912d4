import { describe, expect, it, vi } from 'vitest';
import { DetectionError } from '../detection-error';
import { DEFAULT_THREADS } from '../threads';
import { tagThreads } from './tag';

// A scanner that fails on one paragraph, standing in for a bug inside detection.
vi.mock('./scan', async (importOriginal) => {
  const original = await importOriginal<typeof import('./scan')>();
  return {
    ...original,
    scan: (text: string, ...rest: Parameters<typeof original.scan> extends [string, ...infer R] ? R : never) => {
      if (text === 'BOOM') throw new TypeError('scanner bug');
      original.scan(text, ...rest);
    },
  };
});

describe('a failure inside thread tagging', () => {
  it('surfaces as a DetectionError naming the stage and the paragraph', () => {
    let thrown: unknown;
    try {
      tagThreads(['غزة', 'كييف', 'BOOM'], DEFAULT_THREADS, 'ar');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DetectionError);
    const error = thrown as DetectionError;
    expect(error.stage).toBe('threads');
    expect(error.paragraph).toBe(2);
    expect(error.message).toBe('thread tagging failed in paragraph 3: scanner bug');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('is not confused with input it tolerates: paragraphs that are not strings tag as empty', () => {
    expect(tagThreads(['غزة', 42, null] as unknown as string[], DEFAULT_THREADS, 'ar')).toEqual([['middle-east'], [], []]);
  });
});
