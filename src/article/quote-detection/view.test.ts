import { describe, expect, it } from 'vitest';
import { ArticleContext } from './anaphora';
import { G_COMMA, G_END } from './gaps';
import { L_TITLE, W_COMPLEMENTIZER } from './lexicon';
import { Scratch } from './scratch';
import { langTraits, type ParagraphView } from './view';

function viewOf(text: string, lang = 'ar'): ParagraphView {
  const scratch = new Scratch();
  scratch.begin(text.length);
  return new ArticleContext([text], lang, scratch).view(0);
}

describe('ParagraphView', () => {
  const text = 'قال الوزيرُ، إن "الخطة. ناجحة" اليوم. وأضاف: نعم';
  const view = viewOf(text);
  const word = (i: number) => text.slice(view.ws(i), view.we(i));

  it('holds the words with their offsets and normalised forms', () => {
    expect(view.count).toBe(8);
    expect(Array.from({ length: view.count }, (_, i) => word(i))).toEqual(['قال', 'الوزيرُ', 'إن', 'الخطة', 'ناجحة', 'اليوم', 'وأضاف', 'نعم']);
    expect(view.norm(1)).toBe('الوزير');
    expect(view.norm(6)).toBe('واضاف');
  });

  it('starts sentences after full stops outside quotations only', () => {
    expect(view.sentenceStartList()).toEqual([0, text.indexOf('اليوم.') + 6]);
    expect(view.sentenceStart(text.indexOf('نعم'))).toBe(text.indexOf('اليوم.') + 6);
  });

  it('answers the punctuation before a word, the flags of a word and the frames', () => {
    expect(view.gap(2) & G_COMMA).toBe(G_COMMA);
    expect(view.gap(6) & G_END).toBe(G_END);
    expect(view.flags(2) & W_COMPLEMENTIZER).toBe(W_COMPLEMENTIZER);
    expect(view.lex(1) & L_TITLE).toBe(L_TITLE);
    expect(view.lex(7)).toBe(0);
    expect(view.frame(0)?.entry.kind).toBe('verb');
    expect(view.frame(6)?.entry.kind).toBe('verb');
    expect(view.frame(1)).toBeNull();
    expect(view.frame(-1)).toBeNull();
  });

  it('finds words and quotations by offset', () => {
    expect(view.firstWordFrom(text.indexOf('"'))).toBe(3);
    expect(view.firstWordFrom(text.length)).toBe(view.count);
    expect(view.spanAt(text.indexOf('ناجحة'))).toBe(0);
    expect(view.spanAt(0)).toBe(-1);
    expect(view.insideQuote(4)).toBe(0);
  });

  it('throws a RangeError for a word outside the paragraph', () => {
    expect(() => view.ws(view.count)).toThrow(RangeError);
    expect(() => view.norm(-1)).toThrow(RangeError);
    expect(() => view.gap(view.count + 1)).toThrow(RangeError);
  });
});

describe('langTraits', () => {
  it('reads the primary language of the tag', () => {
    expect(langTraits('fa-IR')).toMatchObject({ sov: true, english: false, arabic: false, hebrew: false });
    expect(langTraits('he-IL')).toMatchObject({ hebrew: true, sov: false });
    expect(langTraits('ur')).toMatchObject({ sov: true });
    expect(langTraits('AR_eg')).toMatchObject({ sov: false, english: false, arabic: true, hebrew: false });
    expect(langTraits('en-GB')).toMatchObject({ english: true });
    expect([langTraits('fa').lightVerbs, langTraits('ur').lightVerbs, langTraits('ps').lightVerbs].every((l) => l !== null)).toBe(true);
    expect([langTraits('ar').lightVerbs, langTraits('he').lightVerbs]).toEqual([null, null]);
    expect(langTraits('')).toMatchObject({ sov: false, english: false, arabic: false, hebrew: false });
  });
});
