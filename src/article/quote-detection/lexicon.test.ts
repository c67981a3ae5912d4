import { describe, expect, it } from 'vitest';
import { cliticVariants, nounVariants } from './clitics';
import {
  FRAMES,
  isDefiniteAdjective,
  L_CLASSIFIER,
  L_NAMING,
  L_TITLE,
  mayBeFrame,
  W_ADDRESSEE,
  W_COMPLEMENTIZER,
  W_NUMBER,
  W_PRONOUN,
  W_SPEECH_EVENT,
  W_TO_MEDIA,
  wordFlags,
} from './lexicon';
import { normalizeForMatch } from './normalize';

const norm = normalizeForMatch;

describe('clitics', () => {
  it('strips conjunctions and the ل of a present verb', () => {
    expect(cliticVariants(norm('وقال'))).toContain('قال');
    expect(cliticVariants(norm('لتقول'))).toContain('تقول');
    expect(cliticVariants('ששאל')).toContain('שאל');
  });

  it('reaches the bare noun under prepositions and the article', () => {
    expect(nounVariants(norm('للسفينة'))).toContain('سفينه');
    expect(nounVariants(norm('لوكالة'))).toContain('وكاله');
    expect(nounVariants(norm('وزير'))).toContain('وزير');
  });
});

describe('frames of saying', () => {
  it('holds every written form of a verb, clitics included', () => {
    for (const form of ['قال', 'وقال', 'فقال', 'لتقول', 'ואמר', 'שאמר', 'said']) {
      expect(FRAMES.get(norm(form))?.entry.kind, form).toBe('verb');
    }
    expect(FRAMES.get(norm('شאמר'))).toBeUndefined();
    expect(FRAMES.get('שאמר')?.relative).toBe(true);
    expect(FRAMES.get(norm('وقال'))?.relative).toBe(false);
  });

  it('keeps what a verb governs, and the kind of the other frames', () => {
    expect(FRAMES.get(norm('أشار'))?.entry.governs).toEqual(['الي']);
    expect(FRAMES.get(norm('قائلاً'))?.entry.kind).toBe('participle');
    expect(FRAMES.get(norm('بحسب'))?.entry.kind).toBe('according');
    expect(FRAMES.get(norm('نقلت'))?.entry.kind).toBe('transmit');
  });

  it('lets every frame word through the filter, as written', () => {
    for (const word of ['وقالَ', 'أكّدت', 'قائلاً', 'اعلام', 'אמרה']) expect(mayBeFrame(word, 0, word.length), word).toBe(true);
    expect(['الوزير', 'في', 'الصحة'].filter((w) => mayBeFrame(w, 0, w.length)).length).toBeLessThan(3);
  });
});

describe('wordFlags', () => {
  it.each([
    ['للصحيفة', L_CLASSIFIER],
    ['والرئيس', L_TITLE],
    ['بعنوان', L_NAMING],
    ['بيان', W_SPEECH_EVENT],
    ['والأخير', W_PRONOUN],
    ['بأن', W_COMPLEMENTIZER],
    ['2024', W_NUMBER],
    ['لوكالة', W_TO_MEDIA],
    ['لأصدقائها', W_ADDRESSEE],
  ])('%s has flag %i', (word, flag) => {
    expect(wordFlags(norm(word)) & flag).toBe(flag);
  });

  it('gives a plain noun none of the lexical classes', () => {
    expect(wordFlags(norm('الاقتصاد')) & (L_CLASSIFIER | L_TITLE | L_NAMING | W_PRONOUN | W_COMPLEMENTIZER)).toBe(0);
  });

  it('recognises definite adjectives that extend a noun phrase', () => {
    expect(['الأوكراني', 'الإيرانية', 'الحاكم'].map((w) => isDefiniteAdjective(norm(w)))).toEqual([true, true, true]);
    expect(['الحكومة', 'وزير'].map((w) => isDefiniteAdjective(norm(w)))).toEqual([false, false]);
  });
});
