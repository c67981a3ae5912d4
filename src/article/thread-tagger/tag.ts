/**
 * Deciding which threads each paragraph names, from the matches the scanner found (./scan.ts): places
 * and demonyms count unless their sentence is about sport or fiction (or a team or series noun comes
 * just before), weak homographs count only when the article names the thread plainly elsewhere, and
 * bare "the Gulf" counts unless the article names another gulf.
 */
import { DetectionError } from '../detection-error';
import type { Thread } from '../schema';
import { BUILTIN, customTrieFor, Kind } from './lexicon';
import { Matches, scan, SENTENCE_CONFLICT, SENTENCE_FICTION, SENTENCE_SPORT } from './scan';

const CELL_STRONG = 1;
const CELL_WEAK = 2;
const CELL_GULF = 4;

/** Whether a place-like match is cancelled by its sentence (sport, fiction) or a team/series noun. */
function inNonNewsSense(m: Matches, i: number): boolean {
  if (m.modified[i]) return true;
  const flags = m.sentenceFlags[m.sentence[i]!]!;
  return (flags & (SENTENCE_SPORT | SENTENCE_FICTION)) !== 0 && (flags & SENTENCE_CONFLICT) === 0;
}

/** Folds one paragraph's matches into its row of cells (one per thread). */
function markParagraph(m: Matches, toIndex: Int32Array, cells: Uint8Array, row: number, width: number, docStrong: Uint8Array): void {
  for (let i = 0; i < m.count; i++) {
    const index = toIndex[m.thread[i]!] ?? -1;
    if (index < 0) continue;
    const kind = m.kind[i]!;
    if (kind !== Kind.strong && inNonNewsSense(m, i)) continue;
    const cell = row * width + index;
    if (kind === Kind.weak) cells[cell]! |= CELL_WEAK;
    else if (kind === Kind.gulf) cells[cell]! |= CELL_GULF;
    else {
      cells[cell]! |= CELL_STRONG;
      docStrong[index] = 1;
    }
  }
}

/** Maps thread codes (built-in lexicons, then the caller's thread indexes) to indexes in `threads`. */
function threadIndexes(threads: readonly Thread[]): Int32Array {
  const toIndex = new Int32Array(BUILTIN.length + threads.length).fill(-1);
  BUILTIN.forEach((lexicon, code) => {
    toIndex[code] = threads.findIndex((t) => t?.id === lexicon.id);
  });
  threads.forEach((_, i) => {
    toIndex[BUILTIN.length + i] = i;
  });
  return toIndex;
}

const matches = new Matches();

/** A web address or an e-mail address written in the text: `https://…`, `www.…`, `name@host.tld`. */
const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s«»"“”()<>]+|[^\s@«»"“”()<>]+@[^\s@«»"“”()<>]+\.[a-z]{2,}/giu;

/**
 * The text with its web and e-mail addresses blanked (the same length, so nothing else moves): words in
 * an address ("…/world/ukraine-talks") are a path, not a paragraph naming a place.
 */
export function withoutAddresses(text: string): string {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return text;
  return text.replace(ADDRESS, (address) => ' '.repeat(address.length));
}

function tag(paragraphs: readonly unknown[], threads: readonly Thread[]): string[][] {
  const width = threads.length;
  if (width === 0) return paragraphs.map(() => []);
  const toIndex = threadIndexes(threads);
  const custom = customTrieFor(threads);
  const cells = new Uint8Array(paragraphs.length * width);
  const docStrong = new Uint8Array(width);
  let foreignGulf = false;
  paragraphs.forEach((p, row) => {
    try {
      // A paragraph that is not a string names nothing: input the caller did not check, not a failure.
      scan(typeof p === 'string' ? withoutAddresses(p) : '', custom, matches);
      foreignGulf ||= matches.foreignGulf;
      markParagraph(matches, toIndex, cells, row, width, docStrong);
    } catch (error) {
      throw error instanceof DetectionError ? error : new DetectionError('threads', row, error);
    }
  });
  const ids = ID_SCRATCH;
  return paragraphs.map((_, row) => {
    let n = 0;
    for (let t = 0; t < width; t++) {
      const cell = cells[row * width + t]!;
      const counts = (cell & CELL_STRONG) !== 0 || ((cell & CELL_WEAK) !== 0 && docStrong[t] === 1) || ((cell & CELL_GULF) !== 0 && !foreignGulf);
      if (!counts) continue;
      const id = threads[t]!.id;
      let seen = false;
      for (let k = 0; k < n && !seen; k++) seen = ids[k] === id;
      if (!seen) ids[n++] = id;
    }
    // Copied out at its final size; the scratch keeps its storage.
    return ids.slice(0, n);
  });
}

/** A paragraph's thread ids while they are collected (see tag). */
const ID_SCRATCH: string[] = [];

/**
 * Returns, for each paragraph (the text blocks of one article in reading order), the ids of the
 * threads it names, in the order of `threads`.
 *
 * The default threads (`ukraine`, `middle-east`, `korea`) are matched with the built-in
 * multilingual lexicons (ar, fa, ur, he, en — all are searched whatever `lang` says, since texts
 * mix scripts); any thread's `keywords` are matched too, with the same folding, clitic and
 * inflection handling. Only explicit names count: places, demonyms, heads of state or government,
 * group leaders and groups; not places used as sports teams, tournament hosts or fiction settings.
 * Some decisions use the whole article (a homograph counts only if the thread is plainly named
 * elsewhere), so pass all of an article's paragraphs in one call.
 *
 * Linear in the total text length. Malformed input is tolerated: a `paragraphs` that is not an
 * array tags as no paragraphs, a paragraph that is not a string tags as empty, threads that are not
 * objects or have no usable keywords add nothing. A failure inside tagging is a bug and is not hidden
 * behind empty results: it throws a {@link DetectionError} with stage 'threads' and the index of the
 * paragraph being read (-1 when the failure came before or after the paragraphs, e.g. while
 * building the keyword trie).
 */
export function tagThreads(paragraphs: readonly string[], threads: readonly Thread[], _lang: string): string[][] {
  const list: readonly unknown[] = Array.isArray(paragraphs) ? paragraphs : [];
  try {
    return tag(list, Array.isArray(threads) ? threads : []);
  } catch (error) {
    throw error instanceof DetectionError ? error : new DetectionError('threads', -1, error);
  }
}
