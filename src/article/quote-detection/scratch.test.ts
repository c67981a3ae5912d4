import { describe, expect, it } from 'vitest';
import { ArticleContext } from './anaphora';
import { Scratch } from './scratch';
import { EMPTY_SPAN } from './span';

describe('Scratch', () => {
  it('gives views of one call consecutive words, and starts over with the next call', () => {
    const scratch = new Scratch();
    scratch.begin(40);
    const article = new ArticleContext(['واحد اثنان', 'ثلاثة'], 'ar', scratch);
    article.view(0);
    article.view(1);
    // One memo word per paragraph end besides the words.
    expect(scratch.used).toBe(2 + 1 + 1 + 1);
    scratch.end();
    scratch.begin(40);
    expect(scratch.used).toBe(0);
    expect(scratch.frameCount).toBe(0);
  });

  it('keeps no quotation of a call once it ends', () => {
    const scratch = new Scratch();
    scratch.begin(40);
    const view = new ArticleContext(['قال: "نعم" و"لا"'], 'ar', scratch).view(0);
    expect(view.spans).toHaveLength(2);
    scratch.found.push(view.spans[0]!);
    scratch.end();
    expect(scratch.found.every((s) => s === EMPTY_SPAN)).toBe(true);
    expect(scratch.spans.spans.every((s) => s === EMPTY_SPAN)).toBe(true);
  });

  it('sizes the word buffers for a long text and lets them go after the call', () => {
    const scratch = new Scratch();
    scratch.begin(4_000_000);
    const big = scratch.words;
    expect(big.tokens.starts.length).toBeGreaterThan(1 << 16);
    scratch.end();
    expect(scratch.words).not.toBe(big);
    expect(scratch.words.tokens.starts.length).toBeLessThanOrEqual(1 << 16);
  });

  it('grows the memo buffers with the token buffers, keeping the memos before a view', () => {
    const scratch = new Scratch();
    scratch.begin(0);
    scratch.words.info[3] = 7;
    scratch.words.tokens.reserve(scratch.words.info.length + 1, 0);
    scratch.clearMemos(4, 4, 6);
    expect(scratch.words.info.length).toBe(scratch.words.tokens.starts.length);
    expect(scratch.words.info[3]).toBe(7);
  });

  it('hands out fresh lists of undefined values', () => {
    const scratch = new Scratch();
    const a = scratch.unset<string>(3);
    a[0] = 'x';
    expect(scratch.unset<string>(3)).toEqual([undefined, undefined, undefined]);
    expect(scratch.unset<string>(0)).toEqual([]);
  });
});
