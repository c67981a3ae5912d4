import type { FrameGroup } from './types';

/** Urdu frames of saying (subject-object-verb: X نے کہا). */
export const URDU: readonly FrameGroup[] = [
  { kind: 'verb', words: 'کہا کہنا کہتے کہتی بتایا بتاتے لکھا پوچھا' },
  { kind: 'according', words: 'مطابق', note: 'X کے مطابق: the source stands before the word' },
];
