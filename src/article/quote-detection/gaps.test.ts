import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { G_CLAUSE, G_COLON, G_COMMA, G_END, G_MARK, G_OTHER, gapFlags, holdsSentenceEnd } from './gaps';

const flags = (s: string) => gapFlags(s, 0, s.length);

describe('gapFlags', () => {
  it.each([
    ['، ', G_COMMA],
    [': ', G_CLAUSE | G_COLON],
    ['. ', G_CLAUSE | G_END],
    [' ؟ ', G_CLAUSE | G_END],
    [' ( ', G_CLAUSE],
    [' - ', G_CLAUSE],
    [' « ', G_MARK],
    [' &quot;', G_MARK],
    ['quot;', G_MARK],
    [' ', 0],
    ['', 0],
    ['، "', G_COMMA | G_MARK],
  ])('%j gives %i', (gap, expected) => {
    expect(flags(gap)).toBe(expected);
  });

  it('counts a dash as a clause break only between spaces', () => {
    expect(gapFlags('يونغ-سيه', 4, 5)).toBe(G_OTHER);
    expect(gapFlags('قال - نعم', 3, 6)).toBe(G_CLAUSE);
    // Tatweel typed as a dash, once or several times; glued to a letter it is part of the word.
    expect(gapFlags('قال ـ نعم', 3, 6)).toBe(G_CLAUSE);
    expect(gapFlags('قال ـــ نعم', 3, 8)).toBe(G_CLAUSE);
    expect(gapFlags('بـ«', 1, 3)).toBe(G_OTHER | G_MARK);
  });
});

describe('holdsSentenceEnd', () => {
  const regexVersion = (s: string) => {
    const t = s.trim();
    return /[.!?؟]\s*\S/u.test(t) || /[؟?!]$/u.test(t);
  };

  it('finds a sentence end followed by more text, or a final question or exclamation mark', () => {
    expect(holdsSentenceEnd('نعم. لا', 0, 7)).toBe(true);
    expect(holdsSentenceEnd('هل انتهى؟', 0, 9)).toBe(true);
    expect(holdsSentenceEnd('انتهى.', 0, 6)).toBe(false);
    expect(holdsSentenceEnd('درع الشمال', 0, 10)).toBe(false);
  });

  it('agrees with the regular expressions it stands for, on any text', () => {
    const piece = fc.constantFrom('.', '!', '?', '؟', ' ', '\u00a0', '\n', 'ا', 'b', '،', '\ufeff');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (s) => holdsSentenceEnd(s, 0, s.length) === regexVersion(s)),
      { numRuns: 2000 },
    );
  });
});
