/**
 * How the body of an article is cut into chunks, and which chunks a long article renders first
 * (docs/decisions/0003-long-articles.md). Plain functions, so the prerenderer, the reader and
 * the tests agree on the same numbers.
 */
import type { Block } from '../article/schema';

/** Blocks per chunk of the body; each chunk is laid out only when near the viewport. */
export const CHUNK = 24;

/**
 * Estimated height of a chunk not laid out yet, in rem: the `contain-intrinsic-size` of
 * `.article-chunk` in src/app/app.css. A stretch of chunks not rendered yet takes this much room
 * per chunk, so rendering them in place moves nothing that is laid out.
 */
export const CHUNK_ESTIMATE_REM = 60;

/**
 * Bodies of more chunks than this render progressively: the prerendered page and the first render
 * hold the first {@link FIRST_CHUNKS} chunks, and the rest is added after hydration, a few chunks
 * at a time. Shorter bodies (nearly every news story) render whole, as before.
 */
export const PROGRESSIVE_FROM = 10;

/** Chunks in the first render of a long body: several screens, on a phone and on a desktop. */
export const FIRST_CHUNKS = 2;

/** Chunks added per step while a long body grows: one chunk's commit stays well under a long task at 4x CPU slowdown. */
export const STEP_CHUNKS = 1;

/** The body in chunks of {@link CHUNK} blocks. */
export function chunkBody(body: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (let i = 0; i < body.length; i += CHUNK) out.push(body.slice(i, i + CHUNK));
  return out;
}

/** Whether a body of this many blocks renders progressively. */
export function isProgressive(blocks: number): boolean {
  return Math.ceil(blocks / CHUNK) > PROGRESSIVE_FROM;
}

/** Which chunks the first render holds: all of them, unless the body is long and `complete` is not asked for. */
export function initialChunks(count: number, complete = false): boolean[] {
  const all = complete || count <= PROGRESSIVE_FROM;
  return Array.from({ length: count }, (_, i) => all || i < FIRST_CHUNKS);
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
