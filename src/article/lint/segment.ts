/**
 * A string of prose as the lint sees it (./linter.ts), and the white space it tells apart.
 */
import type { Node } from 'jsonc-parser';

/** A writing direction. */
export type Dir = 'rtl' | 'ltr';
/** Where a string sits in the article's JSON (keys and indexes), for its pointer. */
export type Path = (string | number)[];

/** One string of prose: its decoded text and where that text sits in the draft. */
export interface Segment {
  text: string;
  /** Offset in the draft of the text's first unit (after the opening quote, for JSON). */
  start: number;
  /** Offset in the draft just after the text's last unit (the closing quote, for JSON). */
  end: number;
  /** The JSON string node, when the string is an element of an inline `content` array (it can be split). */
  splittable?: Node;
  path: Path;
  dir: Dir | 'auto';
  /** Look for unmarked Latin runs (content text outside any span). */
  latin: boolean;
  /** Count its numbers for `mixed-digits`. */
  digits: boolean;
  /** Offsets in the draft of each decoded unit, plus one for the end; null when there are no escapes. */
  map?: Int32Array | null;
  /** The headline's range in `text`, when the segment holds it (a JSON title, or plain text's first line). */
  headline?: readonly [number, number];
  /** JSON: the string follows an inline run (not a span) in its content array, so its leading blanks follow a word. */
  afterInline?: boolean;
  /** Plain text: the importer reads glued lists in it ("lead:item.item"), whose glued marks are not missing spaces. */
  lists?: boolean;
}

/** Space separators (general category Zs). */
export function isSpaceSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Units that end a paragraph (line feed, carriage return, U+2029 and the other separators of UAX #9). */
export function isParagraphSeparator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85;
}
