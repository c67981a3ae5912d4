/**
 * How the body of an article is cut into chunks, and which chunks a long article renders first
 * (docs/decisions/0003-long-articles.md). Plain functions, so the prerenderer, the reader and
 * the tests agree on the same numbers.
 */
import type { Block } from '../article/schema';

/** Blocks per chunk of the body; each chunk is laid out only when near the viewport. */
export const CHUNK = 24;

/**
 * Blocks per chunk of a long body: laying out a chunk that scrolls into view, or that the first
 * paint finds just below the fold, then costs half as much.
 */
export const LONG_CHUNK = 12;

/**
 * Estimated height of a chunk not laid out yet, in rem: the `contain-intrinsic-size` of
 * `.article-chunk` in src/app/app.css. A stretch of chunks not rendered yet takes this much room
 * per chunk, so rendering them in place moves nothing that is laid out.
 */
export const CHUNK_ESTIMATE_REM = 60;

/**
 * Bodies of more blocks than this render progressively: the prerendered page and the first render
 * hold the first {@link FIRST_BLOCKS} blocks, and the rest is added after hydration, a step at a
 * time. Shorter bodies (nearly every news story) render whole, in chunks of {@link CHUNK}, as before.
 */
export const PROGRESSIVE_FROM = 240;

/** Blocks in the first render of a long body: several screens, on a phone and on a desktop. */
export const FIRST_BLOCKS = 48;

/** Chunks of a long body added per step: one step's commit stays well under a long task at 4x CPU slowdown. */
export const STEP_CHUNKS = 2;

/** Whether a body of this many blocks renders progressively. */
export function isProgressive(blocks: number): boolean {
  return blocks > PROGRESSIVE_FROM;
}

/** The body in chunks: of {@link CHUNK} blocks, or of {@link LONG_CHUNK} for a long body. */
export function chunkBody(body: readonly Block[]): Block[][] {
  const size = isProgressive(body.length) ? LONG_CHUNK : CHUNK;
  const out: Block[][] = [];
  for (let i = 0; i < body.length; i += size) out.push(body.slice(i, i + size));
  return out;
}

/**
 * Which chunks of `chunks` the first render holds: all of them, unless the body is long and
 * `complete` is not asked for; with `startSmall` (the draft preview), only the first chunk, whatever
 * the body's length, unless `complete`.
 */
export function initialChunks(chunks: readonly (readonly Block[])[], complete = false, startSmall = false): boolean[] {
  if (startSmall && !complete) return chunks.map((_, i) => i === 0);
  const blocks = chunks.reduce((n, c) => n + c.length, 0);
  const all = complete || !isProgressive(blocks);
  let shown = 0;
  return chunks.map((c) => {
    const first = shown < FIRST_BLOCKS;
    shown += c.length;
    return all || first;
  });
}

/** `rendered` with the chunks at `indices` rendered too (the same array when nothing changes). */
export function withChunks(rendered: readonly boolean[], indices: readonly number[]): readonly boolean[] {
  if (indices.every((i) => rendered[i] !== false)) return rendered;
  const next = [...rendered];
  for (const i of indices) if (i >= 0 && i < next.length) next[i] = true;
  return next;
}

/**
 * The next chunks to render, up to `n`: from `from` onwards when given (the part of the page the
 * reader is looking at), else from the start; wrapping round so every chunk comes in the end.
 */
export function nextChunks(rendered: readonly boolean[], n: number, from = 0): number[] {
  const out: number[] = [];
  const count = rendered.length;
  for (let k = 0; k < count && out.length < n; k++) {
    const i = (from + k) % count;
    if (!rendered[i]) out.push(i);
  }
  return out;
}

/** A run of the body: a rendered chunk, or a gap of chunks not rendered yet. */
export type Segment = { kind: 'chunk'; index: number } | { kind: 'gap'; start: number; count: number };

/** The body as rendered chunks and the gaps between them, in order. */
export function segments(rendered: readonly boolean[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < rendered.length; i++) {
    if (rendered[i]) {
      out.push({ kind: 'chunk', index: i });
      continue;
    }
    const last = out[out.length - 1];
    if (last?.kind === 'gap') last.count++;
    else out.push({ kind: 'gap', start: i, count: 1 });
  }
  return out;
}

/**
 * The chunk whose markup carries the element with this id: a block, a list item, or a quote's
 * anchor (`q-<block id>-<path>`, see quoteAnchor in src/article/blocks.ts); -1 if none does.
 */
export function chunkOfId(chunks: readonly (readonly Block[])[], id: string): number {
  const owner = /^q-(.+)-[0-9.]+$/u.exec(id)?.[1];
  for (let c = 0; c < chunks.length; c++) {
    for (const block of chunks[c]!) {
      if (block.id === id || block.id === owner) return c;
      if (block.type === 'list' && block.items.some((item) => item.id === id || item.id === owner)) return c;
    }
  }
  return -1;
}
