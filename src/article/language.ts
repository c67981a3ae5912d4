/**
 * Kept for src/article/import-text.ts, which still imports from here: the language helpers live in the
 * text layer (./text/language.ts). New code imports from there.
 */
export { detectLanguage, directionOf, SAMPLE_UNITS, type DetectedLang } from './text/language';
