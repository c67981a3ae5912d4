/**
 * Interned normalised words. News text repeats its words, so a word is looked up here by its units as
 * written: one pass over them to hash and one to compare, where normalizeSlice would build a new string
 * (and every set look-up would hash it again).
 */
import { normalizeSlice } from './normalize';

const BITS = 14;
const MASK = (1 << BITS) - 1;
/** The table is emptied when half full: open addressing stays short. */
const MAX_WORDS = 1 << (BITS - 1);
/** Longer words are not interned (see internSlot). */
const LONGEST = 40;
const COPY = new Uint16Array(LONGEST);

/** A string equal to text.slice(start, end) that shares no storage with `text`. */
function copyOf(text: string, start: number, end: number): string {
  // A word of ligatures can fold to more units than it had (ﷺ is 18 letters): those get a buffer of their own.
  const units = end - start <= LONGEST ? COPY : new Uint16Array(end - start);
  for (let i = start; i < end; i++) units[i - start] = text.charCodeAt(i);
  return Reflect.apply(String.fromCharCode, null, units.subarray(0, end - start));
}

/** Whether text[start, start + length) is `key`. */
function sameUnits(text: string, start: number, length: number, key: string): boolean {
  if (key.length !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * A table of normalised words keyed by their units as written, holding at most 8,192 words of at most 40
 * units; when full it forgets everything and starts a new epoch. Keys and words are stored as copies,
 * never as slices: a slice would keep the whole paragraph it came from alive.
 */
export class Interner {
  /** Hash of the key in each slot, 0 for an empty slot (stored hashes are odd). */
  private readonly hashes = new Int32Array(1 << BITS);
  /** The word as written (the key) and its normalised form, per slot. */
  private readonly keys: string[] = new Array<string>(1 << BITS).fill('');
  private readonly words: string[] = new Array<string>(1 << BITS).fill('');
  private count = 0;
  /** Changes whenever the table is emptied: a slot is meaningful only within one epoch. */
  epoch = 0;

  /** The normalised word in `slot`, a slot returned by {@link internSlot} in the current epoch. */
  word(slot: number): string {
    return this.words[slot]!;
  }

  /**
   * The slot holding normalizeSlice(text, start, end), adding the word when missing (which may empty the
   * table first and so change the epoch); -1 for an empty word or one over 40 units, which is not interned.
   */
  internSlot(text: string, start: number, end: number): number {
    const length = end - start;
    if (!(length > 0 && length <= LONGEST)) return -1;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const hash = Math.imul(h ^ length, 0x9e3779b1) | 1;
    const hashes = this.hashes;
    let slot = (hash >>> (32 - BITS)) & MASK;
    for (let stored = hashes[slot]!; stored !== 0; stored = hashes[slot]!) {
      if (stored === hash && sameUnits(text, start, length, this.keys[slot]!)) return slot;
      slot = (slot + 1) & MASK;
    }
    const normalized = normalizeSlice(text, start, end);
    const word = normalized.length > 0 ? copyOf(normalized, 0, normalized.length) : '';
    if (this.count >= MAX_WORDS) {
      hashes.fill(0);
      this.keys.fill('');
      this.words.fill('');
      this.count = 0;
      this.epoch++;
      slot = (hash >>> (32 - BITS)) & MASK;
    }
    hashes[slot] = hash;
    this.keys[slot] = copyOf(text, start, end);
    this.words[slot] = word;
    this.count++;
    return slot;
  }

  /** Same as normalizeSlice(text, start, end) (an equal string), shared between equal words. */
  normalizedWord(text: string, start: number, end: number): string {
    const slot = this.internSlot(text, start, end);
    return slot >= 0 ? this.words[slot]! : normalizeSlice(text, start, end);
  }
}
