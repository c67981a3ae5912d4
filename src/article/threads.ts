import type { Thread } from './schema';

/**
 * The default thread set: every article that defines no threads of its own gets these.
 * Keywords are empty here because the built-in lexicons (`lexicons/`, read by `thread-tagger/`) cover them;
 * an article may add keywords (or whole threads) of its own.
 */
export const DEFAULT_THREADS: readonly Thread[] = [
  { id: 'ukraine', label: { ar: 'أوكرانيا', en: 'Ukraine' } },
  { id: 'middle-east', label: { ar: 'الشرق الأوسط', en: 'Middle East' } },
  { id: 'korea', label: { ar: 'كوريا', en: 'Korea' } },
];
