import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../article/schema';
import { CHUNK, CHUNK_ESTIMATE_REM, chunkBody, chunkOfId, FIRST_BLOCKS, initialChunks, isProgressive, LONG_CHUNK, nextChunks, PROGRESSIVE_FROM, segments, withChunks } from './body-chunks';

const paragraph = (id: string): Block => ({ type: 'paragraph', id, content: ['نص'] });
const body = (n: number): Block[] => Array.from({ length: n }, (_, i) => paragraph(`b${i + 1}`));

describe('chunkBody', () => {
  it('cuts a body into chunks of CHUNK blocks, the last one shorter', () => {
    const chunks = chunkBody(body(CHUNK * 2 + 5));
    expect(chunks.map((c) => c.length)).toEqual([CHUNK, CHUNK, 5]);
    expect(chunks[1]![0]!.id).toBe(`b${CHUNK + 1}`);
    expect(chunkBody([])).toEqual([]);
  });

  it('cuts a long body into smaller chunks', () => {
    const chunks = chunkBody(body(PROGRESSIVE_FROM + 1));
    expect(chunks[0]).toHaveLength(LONG_CHUNK);
    expect(chunks.flat().map((b) => b.id)).toEqual(body(PROGRESSIVE_FROM + 1).map((b) => b.id));
  });
});

describe('which chunks the first render holds', () => {
  it('renders short bodies whole, as always', () => {
    expect(isProgressive(PROGRESSIVE_FROM)).toBe(false);
    expect(initialChunks(chunkBody(body(PROGRESSIVE_FROM))).every(Boolean)).toBe(true);
  });

  it('renders only the first blocks of a long body, unless asked for all of it', () => {
    expect(isProgressive(PROGRESSIVE_FROM + 1)).toBe(true);
    const chunks = chunkBody(body(PROGRESSIVE_FROM + 1));
    const first = initialChunks(chunks);
    expect(chunks.filter((_, i) => first[i]).flat()).toHaveLength(FIRST_BLOCKS);
    expect(first.indexOf(false)).toBe(FIRST_BLOCKS / LONG_CHUNK);
    expect(initialChunks(chunks, true).every(Boolean)).toBe(true);
  });

  it('starts with the first chunk of any body when asked (the preview of a pasted story), but never a complete one', () => {
    const chunks = chunkBody(body(200));
    const first = initialChunks(chunks, false, true);
    expect(chunks.filter((_, i) => first[i]).flat().map((b) => b.id)).toEqual(body(CHUNK).map((b) => b.id));
    expect(initialChunks(chunks, true, true).every(Boolean)).toBe(true);
    // A body of one chunk is all there at once.
    expect(initialChunks(chunkBody(body(CHUNK)), false, true)).toEqual([true]);
  });
});

describe('growing', () => {
  const rendered = [true, false, false, true, false];

  it('takes the next chunks from the start, or from the one in view, wrapping round', () => {
    expect(nextChunks(rendered, 2)).toEqual([1, 2]);
    expect(nextChunks(rendered, 2, 4)).toEqual([4, 1]);
    expect(nextChunks(rendered, 9, 2)).toEqual([2, 4, 1]);
    expect(nextChunks([true, true], 3)).toEqual([]);
  });

  it('adds chunks without changing the array it was given, and keeps it when nothing is new', () => {
    expect(withChunks(rendered, [2, 4])).toEqual([true, false, true, true, true]);
    expect(rendered).toEqual([true, false, false, true, false]);
    expect(withChunks(rendered, [0, 3])).toBe(rendered);
  });

  it('describes the body as rendered chunks and the gaps between them', () => {
    expect(segments(rendered)).toEqual([
      { kind: 'chunk', index: 0 },
      { kind: 'gap', start: 1, count: 2 },
      { kind: 'chunk', index: 3 },
      { kind: 'gap', start: 4, count: 1 },
    ]);
    expect(segments([true, true])).toEqual([
      { kind: 'chunk', index: 0 },
      { kind: 'chunk', index: 1 },
    ]);
  });
});

describe('chunkOfId', () => {
  const chunks = chunkBody([
    ...body(CHUNK),
    { type: 'list', id: 'l1', items: [{ id: 'l1-1', content: ['أ'] }, { id: 'l1-2', content: ['ب'] }] },
    { type: 'paragraph', id: 'q-odd.id', content: ['ج'] },
    paragraph('b9'.repeat(2)),
  ]);

  it('finds blocks, list items and quote anchors (q-<block>-<path>)', () => {
    expect(chunkOfId(chunks, 'b1')).toBe(0);
    expect(chunkOfId(chunks, `b${CHUNK}`)).toBe(0);
    expect(chunkOfId(chunks, 'l1')).toBe(1);
    expect(chunkOfId(chunks, 'l1-2')).toBe(1);
    expect(chunkOfId(chunks, 'q-b3-1')).toBe(0);
    expect(chunkOfId(chunks, 'q-l1-2-0.1')).toBe(1);
    expect(chunkOfId(chunks, 'q-b9b9-0')).toBe(1);
    // A block id that looks like a quote anchor is still the block.
    expect(chunkOfId(chunks, 'q-odd.id')).toBe(1);
  });

  it('answers -1 for anything else', () => {
    expect(chunkOfId(chunks, 'thread-korea')).toBe(-1);
    expect(chunkOfId(chunks, 'q-nowhere-1')).toBe(-1);
    expect(chunkOfId(chunks, '')).toBe(-1);
  });
});

it('estimates a chunk as the stylesheet does', () => {
  // Gaps stand for chunks not rendered yet: they must take the room a chunk not laid out takes.
  const css = readFileSync(new URL('../app/app.css', import.meta.url), 'utf8');
  const rule = /\.article-chunk\s*\{[^}]*contain-intrinsic-size:\s*auto\s+([\d.]+)rem/u.exec(css);
  expect(Number(rule?.[1])).toBe(CHUNK_ESTIMATE_REM);
});
