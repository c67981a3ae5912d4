/**
 * The Arabic-text layer of the core: character classification (./classify.ts), the one folding table
 * with its offset map (./fold.ts), languages and direction (./language.ts), quotation marks per
 * language (./quote-marks.ts), nisba endings (./nisba.ts) and sentence punctuation (./punctuation.ts). No imports outside this folder.
 */
export * from './classify';
export * from './fold';
export * from './language';
export * from './nisba';
export * from './punctuation';
export * from './quote-marks';
