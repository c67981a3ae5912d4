/** Character classes of regular expressions answered per UTF-16 unit from a memoised table. */

/**
 * A character class given by one regular expression with the `u` flag, answered per UTF-16 unit: these
 * tests run on every word a look-up touches, where a property regex per call would dominate the cost.
 */
export class UnitClass {
  private readonly table = new Uint8Array(0x10000); // 0 = not computed, 1 = in the class, 2 = not

  /** @param re a regular expression matching one character of the class */
  constructor(readonly re: RegExp) {}

  /** Whether the unit `c` (0–0xFFFF, not a surrogate half) is in the class. */
  has(c: number): boolean {
    let v = this.table[c]!;
    if (v === 0) {
      v = this.re.test(String.fromCharCode(c)) ? 1 : 2;
      this.table[c] = v;
    }
    return v === 1;
  }

  /** Same as re.test(s): whether any character of `s` is in the class. */
  someIn(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // A surrogate half can only be judged with its pair: let the regular expression read the string.
      if (c >= 0xd800 && c <= 0xdfff) return this.re.test(s);
      if (this.has(c)) return true;
    }
    return false;
  }
}

/** Digits of any script (\p{N}). */
export const NUMBER = new UnitClass(/\p{N}/u);
/** Letters and marks of the Arabic script. */
export const ARABIC_SCRIPT = new UnitClass(/\p{Script=Arabic}/u);
/** Letters of any script (\p{L}). */
export const LETTER = new UnitClass(/\p{L}/u);
