import { describe, expect, it } from 'vitest';
import { gapFlags, G_END, SENTENCE_UNIT, SU_END } from './quote-detection/gaps';
import { separatorClass, SENTENCE_END } from './thread-tagger/fold-words';
import { isSentenceEnd, SENTENCE_END_UNITS } from './text/punctuation';

describe('sentence punctuation', () => {
  it.each(SENTENCE_END_UNITS.map((c) => [String.fromCharCode(c), c]))('%s ends a sentence for quote detection and thread tagging alike', (ch, c) => {
    expect(isSentenceEnd(c)).toBe(true);
    expect(gapFlags(`a${ch} b`, 1, 3) & G_END).toBe(G_END);
    expect(SENTENCE_UNIT[c]).toBe(SU_END);
    expect(separatorClass(c)).toBe(SENTENCE_END);
  });

  it('does not end a sentence at a comma, a colon or a letter', () => {
    for (const ch of ['،', ',', ':', 'ب', 'א']) expect(isSentenceEnd(ch.charCodeAt(0)), ch).toBe(false);
  });
});
