import { describe, expect, it } from 'vitest';
import { ArticleContext } from './anaphora';
import { Scratch } from './scratch';

function contextOf(paragraphs: string[], lang = 'ar'): ArticleContext {
  const scratch = new Scratch();
  scratch.begin(paragraphs.join('').length);
  return new ArticleContext(paragraphs, lang, scratch);
}

/** The speaker ArticleContext gives the first frame of saying of paragraph p. */
function speakerOfFirstFrame(article: ArticleContext, p: number): string | null {
  const view = article.view(p);
  for (let i = 0; i < view.count; i++) {
    const frame = view.frame(i);
    if (frame) return article.speakerOf(view, frame);
  }
  throw new Error(`no frame in paragraph ${p}`);
}

describe('ArticleContext.speakerOf', () => {
  it('gives an explicit subject as written', () => {
    expect(speakerOfFirstFrame(contextOf(['قال وزير المالية نبيل شاكر إن العجز تراجع.']), 0)).toBe('وزير المالية نبيل شاكر');
  });

  it('resolves an implied subject to an earlier frame of the same sentence', () => {
    const article = contextOf(['أشارت الباحثة هدى سليمان إلى ارتفاع الأسعار، قائلة إن الأسر تعاني.']);
    const view = article.view(0);
    const wi = view.firstWordFrom(article.paragraphs[0]!.indexOf('قائلة'));
    expect(article.speakerOf(view, view.frame(wi)!)).toBe('الباحثة هدى سليمان');
  });

  it('resolves an implied subject to the main speaker of an earlier paragraph', () => {
    const article = contextOf(['قال وزير المالية نبيل شاكر إن العجز تراجع.', 'وافتتح المعرض صباحا.', 'وأضاف أن الضرائب ستنخفض.']);
    expect(speakerOfFirstFrame(article, 2)).toBe('وزير المالية نبيل شاكر');
  });

  it('resolves a pronoun subject too', () => {
    const article = contextOf(['سخنگوی دولت علی رضایی اعلام کرد که جلسه فردا برگزار می شود.', 'وی گفت که تصمیم گرفته شد.'], 'fa');
    expect(speakerOfFirstFrame(article, 1)).toBe('سخنگوی دولت علی رضایی');
  });

  it('looks back at most 40 paragraphs', () => {
    const filler = Array.from({ length: 40 }, () => 'وافتتح المعرض صباحا.');
    const near = contextOf(['قال الوزير إن الوضع صعب.', ...filler.slice(1), 'وأضاف أن الضرائب ستنخفض.']);
    expect(speakerOfFirstFrame(near, 40)).toBe('الوزير');
    const far = contextOf(['قال الوزير إن الوضع صعب.', ...filler, 'وأضاف أن الضرائب ستنخفض.']);
    expect(speakerOfFirstFrame(far, 41)).toBeNull();
  });

  it('gives null when no one was named', () => {
    expect(speakerOfFirstFrame(contextOf(['وأضاف أن الضرائب ستنخفض.']), 0)).toBeNull();
  });
});

describe('ArticleContext.view', () => {
  it('creates a view once and drops it when released out of reach', () => {
    const article = contextOf(Array.from({ length: 60 }, (_, i) => `الفقرة ${i}.`));
    const first = article.view(0);
    expect(article.view(0)).toBe(first);
    article.release(47);
    expect(article.view(0)).toBe(first);
    article.release(48);
    expect(article.view(0)).not.toBe(first);
  });
});
