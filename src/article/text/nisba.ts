/**
 * Nisba (relational adjective) endings: what follows a place's name to make "of that place"
 * (إيران → إيراني، إيرانية، الإيرانيون; ישראל → ישראלי). Written as a reader would; fold them
 * (./fold.ts) before comparing with folded text.
 */

/**
 * The endings an Arabic nisba takes after a definite noun in news prose: masculine and feminine singular,
 * masculine sound plural (nominative and oblique). The short list: a word ending in one of these after ال
 * is very likely an adjective.
 */
export const CORE_ARABIC_NISBA_SUFFIXES: readonly string[] = ['ي', 'ية', 'يين', 'يون'];

/**
 * Every Arabic nisba ending: the core ones, then the feminine plural, the duals, and the adverbial
 * accusative (إيرانيا "Iranian-ly"). Longer than the core list and more ambiguous (البيان, الدنيا): use it
 * after a known stem, not to guess whether any word is an adjective.
 */
export const ARABIC_NISBA_SUFFIXES: readonly string[] = [...CORE_ARABIC_NISBA_SUFFIXES, 'يات', 'يتين', 'يتان', 'يان', 'يا'];

/** Persian nisba endings: ی, and its plural with ها joined by a ZWNJ (ایرانی‌ها، ایرانی‌های). */
export const PERSIAN_NISBA_SUFFIXES: readonly string[] = ['ی', 'ی‌ها', 'ی‌های'];

/** Hebrew nisba endings: masculine and feminine singular and plural (ישראלי, ישראלית, ישראלים, ישראליות, and the plural written יים). */
export const HEBREW_NISBA_SUFFIXES: readonly string[] = ['י', 'ית', 'ים', 'יות', 'יים'];
