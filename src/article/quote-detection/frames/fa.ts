import type { FrameGroup } from './types';

/**
 * Persian frames of saying (subject-object-verb: the speaker stands before the verb). Compound verbs
 * (اعلام کرد، تاکید کرد) are a light-verb noun followed by کرد/داشت/نمود/داد: see PERSIAN_LIGHT_NOUNS.
 */
export const PERSIAN: readonly FrameGroup[] = [
  { kind: 'verb', words: 'گفت گفتند گفته میگوید می‌گوید گوید افزود افزودند نوشت پرسید' },
  { kind: 'according', words: 'گزارش', note: 'به گزارش X: the outlet a text is credited to; گزارش داد is a compound verb' },
];
