import { articleText } from './blocks';
import type { Article } from './schema';
import { primaryLanguage } from './text/language';

/**
 * Characters read per minute by adults reading silently, per language, from the IReST
 * study (Trauzettel-Klosinski & Dietz, Investigative Ophthalmology & Visual Science 53(9), 2012):
 * Arabic 612, Hebrew 833, English 987. Persian and Urdu use the Arabic figure (same script, no
 * IReST text); other languages the English one.
 */
export const CHARS_PER_MINUTE: Readonly<Record<string, number>> = { ar: 612, fa: 612, ur: 612, he: 833, en: 987 };

/** Estimated minutes to read the article's body (at least 1), from characters per minute for its language. */
export function readingMinutes(article: Article): number {
  const cpm = CHARS_PER_MINUTE[primaryLanguage(article.lang)] ?? CHARS_PER_MINUTE.en!;
  // Whitespace is not read; count letters, digits and punctuation only.
  const text = articleText(article);
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0xa0) chars++;
  }
  return Math.max(1, Math.round(chars / cpm));
}
