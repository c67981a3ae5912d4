import { describe, expect, it } from 'vitest';
import { cliticVariants, nounVariants } from './clitics';
import { LEXICON_LANGUAGES } from './frames/types';
import {
  FRAME_DATA,
  FRAMES,
  framesFor,
  isDefiniteAdjective,
  OUTLET_VERBS,
  TIME_WORDS,
  W_OUTLET,
  W_TIME,
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

describe('the per-language lexicons of frames (frames/), entry by entry', () => {
  const entries = LEXICON_LANGUAGES.flatMap((lang) =>
    FRAME_DATA[lang].flatMap((group) => group.words.split(/\s+/u).filter(Boolean).map((word) => [lang, word, group.kind] as const)),
  );

  it.each(entries)('%s: %s is a frame of kind %s in its language', (lang, word, kind) => {
    const frames = framesFor(lang);
    const form = frames.get(norm(word));
    expect(form?.entry.kind).toBe(kind);
    if (/^\p{Script=Arabic}/u.test(word) && lang === 'ar' && norm(word).length >= 3) expect(frames.get('و' + norm(word))?.entry.kind).toBe(kind);
    if (lang === 'he') expect(frames.get('ש' + norm(word))?.relative).toBe(true);
    // Every language's text also knows English frames; no other language knows this one's unless it lists it.
    if (lang !== 'en') {
      for (const other of LEXICON_LANGUAGES.filter((o) => o !== lang && o !== 'en')) {
        const listed = FRAME_DATA[other].some((g) => g.words.split(/\s+/u).some((w) => norm(w) === norm(word)));
        if (!listed) expect(framesFor(other).has(norm(word)), `${word} in ${other}`).toBe(false);
      }
    }
  });

  it('uses every language’s frames for a language with no lexicon', () => {
    expect(framesFor('ps')).toBe(FRAMES);
    expect(FRAMES.get(norm('قال'))?.entry.kind).toBe('verb');
    expect(FRAMES.get(norm('گفت'))?.entry.kind).toBe('verb');
  });
});

describe('word lists that shape a speaker, entry by entry', () => {
  it.each([...TIME_WORDS])('%s is a word of time', (word) => {
    expect(wordFlags(word) & W_TIME).toBe(W_TIME);
  });

  it.each([...OUTLET_VERBS])('%s introduces an outlet', (word) => {
    expect(wordFlags(word) & W_OUTLET).toBe(W_OUTLET);
  });
});
