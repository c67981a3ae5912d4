import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetter } from '../text/classify';
import { fold } from '../text/fold';
import { isHebrewWordMark } from '../text/quote-marks';
import { FoldedWords, foldKey, foldWords, OTHER_SEPARATOR, SENTENCE_END, separatorClass, WORD_GAP, wordHash } from './fold-words';

describe('foldKey', () => {
  it.each([
    ['hamza and madda seats on alef', 'أحمد إبراهيم آمال ٱلله', 'احمد ابراهيم امال الله'],
    ['alef maqsura and ya', 'مستشفى مصطفى', 'مستشفي مصطفي'],
    ['ta marbuta and ha', 'مدينة غزة', 'مدينه غزه'],
    ['diacritics and superscript alef', 'إِسْرَائِيلُ هٰذا', 'اسراييل هذا'],
    ['hamza on waw and yeh', 'سيئول سيؤول', 'سييول سيوول'],
    ['tatweel', 'كـوريـا', 'كوريا'],
    ['Persian yeh and kaf', 'کره شمالی', 'كره شمالي'],
    ['Urdu heh goal, yeh barree and noon ghunna', 'غزہ کے فلسطینیوں', 'غزه كي فلسطينيون'],
    ['ZWNJ joins a Persian word', 'کره‌ای', 'كرهاي'],
    ['Hebrew final letters', 'ירושלים ולבנון', 'ירושלימ ולבנונ'],
    ['gershayim inside a Hebrew word', 'צה"ל', 'צהל'],
    ['Latin case', 'North KOREA', 'north korea'],
    ['separator runs collapse and trim', '  غزة،  ( رفح )  ', 'غزه رفح'],
    ['digits of every system are separators', '374فردا ٣غزة', 'فردا غزه'],
    ['presentation forms', '\uFECF\uFEB0\uFE93', 'غزه'],
    ['a ligature expands into letters', 'ﷲ', 'الله'],
  ])('%s', (_name, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

/**
 * What foldWords' codes must be, from the text layer one unit at a time: the reference the fast loop is
 * checked against. Letters are what folds to a letter; a Hebrew abbreviation mark between letters is
 * dropped; any other unit that folds to something is a separator of its class.
 */
function reference(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const form = fold(text[i]!);
    if (form === '' || isHebrewWordMark(text, i)) continue;
    for (let k = 0; k < form.length; k++) {
      const f = form.charCodeAt(k);
      out.push(isLetter(f) ? f : separatorClass(form.length > 1 ? f : text.charCodeAt(i)));
    }
  }
  return out;
}

describe('foldWords', () => {
  it('writes folded letters and separator classes, dropping what the fold drops', () => {
    const into = new FoldedWords();
    foldWords('أَ-ب. ج،د', into);
    expect(Array.from(into.codes.subarray(0, into.length))).toEqual([
      'ا'.charCodeAt(0),
      WORD_GAP,
      'ب'.charCodeAt(0),
      SENTENCE_END,
      WORD_GAP,
      'ج'.charCodeAt(0),
      OTHER_SEPARATOR,
      'د'.charCodeAt(0),
    ]);
  });

  it('agrees with the text layer unit by unit, and finds the runs of letters and the sentence ends before them', () => {
    const into = new FoldedWords();
    const unit = fc.constantFrom('ا', 'أ', 'ئ', 'ب', 'ـ', '\u064e', ' ', '-', '.', '؟', '،', '\n', '1', '٣', 'א', '"', 'ב', 'a', 'Z', '\ud800', '\u200c', '\u200b', '\uFEFB', '\uFDFA');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(unit, { maxLength: 80 }).map((a) => a.join(''))), (s) => {
        foldWords(s, into);
        const codes = Uint16Array.from(reference(s));
        const n = codes.length;
        expect(Array.from(into.codes.subarray(0, into.length))).toEqual(Array.from(codes));
        const words: [number, number, number][] = [];
        let stop = 0;
        for (let i = 0; i < n; ) {
          if (codes[i]! > OTHER_SEPARATOR) {
            let j = i;
            while (j < n && codes[j]! > OTHER_SEPARATOR) j++;
            words.push([i, j, stop]);
            stop = 0;
            i = j;
          } else {
            if (codes[i] === SENTENCE_END) stop = 1;
            i++;
          }
        }
        const found = Array.from({ length: into.words }, (_, k) => [into.starts[k]!, into.ends[k]!, into.stops[k]!]);
        expect(found).toEqual(words);
        for (let k = 0; k < into.words; k++) expect(into.hashes[k]).toBe(wordHash(codes, into.starts[k]!, into.ends[k]!));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes keys that match the words of the text they come from', () => {
    const into = new FoldedWords();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        foldWords(s, into);
        const words = Array.from({ length: into.words }, (_, k) => String.fromCharCode(...into.codes.subarray(into.starts[k]!, into.ends[k]!)));
        expect(foldKey(s)).toBe(words.join(' '));
      }),
    );
  });

  it('grows its buffers for a long text, and for ligatures that expand', () => {
    const into = new FoldedWords();
    foldWords('كلمة '.repeat(5000), into);
    expect(into.words).toBe(5000);
    expect(into.length).toBe(25_000);
    foldWords('\uFDFA '.repeat(3000), into);
    expect(into.words).toBe(12_000);
  });
});
