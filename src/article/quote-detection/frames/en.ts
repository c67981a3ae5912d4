import type { FrameGroup } from './types';

/** English frames of saying, for English articles and English quotations in mixed text. */
export const ENGLISH: readonly FrameGroup[] = [
  { kind: 'verb', words: 'said says told added stated noted wrote asked replied warned insisted claimed argued explained announced' },
  { kind: 'according', words: 'according' },
];
