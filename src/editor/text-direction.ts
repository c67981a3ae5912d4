/**
 * Writing direction of a draft and of its lines, for the editing area: a plain-text draft is edited
 * line by line in the direction of each line's first strong letter (UAX #9 rules P2-P3, as
 * `dir="auto"` does), and a line with no strong letter (an empty line, a line of digits) takes the
 * direction of the draft. Article JSON is code: always left to right.
 */
import { draftKind } from './analyze-draft';

export type TextDirection = 'rtl' | 'ltr';

/**
 * A strong right-to-left character (bidi class R or AL), as far as the scan below meets them: a
 * letter of a right-to-left script (Script_Extensions, so the tatweel, which is of the Common
 * script, counts as Arabic) or one of the Arabic marks of class AL that can open a line (؛ ؟ ۔).
 * Arabic-Indic digits (AN), the Arabic comma (CS) and the harakat (NSM) are not strong.
 */
const RTL_STRONG =
  /[\u061b\u061f\u06d4\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Samaritan}\p{scx=Mandaic}\p{scx=Adlam}\p{scx=Hanifi_Rohingya}\p{scx=Yezidi}\p{scx=Mende_Kikakui}]/u;
/** What the scan stops at: a letter, an Arabic AL mark, or an isolate initiator or terminator. */
const STOP = /[\p{L}\u061b\u061f\u06d4\u2066-\u2069]/gu;

/**
 * The direction of the first strong letter of `text`, skipping whatever stands between an isolate
 * initiator (U+2066-2068) and its PDI (U+2069), as UAX #9 rule P2 does; null when `text` has no
 * strong letter outside isolates. Letters of right-to-left scripts are strong right-to-left, every
 * other letter strong left-to-right. Never throws.
 */
export function firstStrongDirection(text: string): TextDirection | null {
  let depth = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c >= 0x2066 && c <= 0x2068) depth++;
    else if (c === 0x2069) depth = Math.max(0, depth - 1);
    else if (depth === 0) return RTL_STRONG.test(m[0]) ? 'rtl' : 'ltr';
  }
  return null;
}

/** How the editing area lays out a draft. */
export interface DraftLayout {
  /** Article JSON: code, left to right, in a monospace face. Otherwise prose (plain text, or nothing yet). */
  code: boolean;
  /** The draft's direction: its first strong letter's, else `fallback`; always 'ltr' for code. */
  dir: TextDirection;
}

/**
 * The layout of a draft given as its lines, in order (read lazily: the scan stops at the first
 * line that decides). `fallback` is the direction of an empty draft, the UI language's, so that
 * the placeholder reads correctly. Never throws.
 */
export function draftLayout(lines: Iterable<string>, fallback: TextDirection): DraftLayout {
  let kindKnown = false;
  for (const line of lines) {
    if (!kindKnown) {
      const kind = draftKind(line);
      if (kind === 'json') return { code: true, dir: 'ltr' };
      kindKnown = kind === 'text';
    }
    const dir = firstStrongDirection(line);
    if (dir) return { code: false, dir };
  }
  return { code: false, dir: fallback };
}

/** The direction of one line of a prose draft: its first strong letter's, else the draft's. */
export function lineDirection(line: string, draft: TextDirection): TextDirection {
  return firstStrongDirection(line) ?? draft;
}
