import type { Article, Block, Inline, ThreadTag } from './schema';

/** A readable unit of the body: a heading, a paragraph, one list item or a block quote. */
export interface TextBlock {
  id: string;
  type: 'heading' | 'paragraph' | 'list-item' | 'quote';
  content: Inline[];
  threads: ThreadTag[];
  /** For a block quote, its speaker when given. */
  speaker?: string | null;
}

/** Flattens the body into text blocks in reading order (list items become their own blocks). */
export function textBlocks(body: readonly Block[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (const block of body) {
    switch (block.type) {
      case 'list':
        for (const item of block.items) out.push({ id: item.id, type: 'list-item', content: item.content, threads: item.threads ?? [] });
        break;
      case 'quote':
        out.push({ id: block.id, type: 'quote', content: block.content, threads: block.threads ?? [], speaker: block.speaker });
        break;
      default:
        // `?? []`: a block of a type this version does not know may have no content (the reader shows a notice for it).
        out.push({ id: block.id, type: block.type, content: (block as { content?: Inline[] }).content ?? [], threads: block.threads ?? [] });
    }
  }
  return out;
}

/**
 * The plain text of inline content, quote marks included exactly as the source wrote them,
 * so importing text and flattening it again gives back the original paragraph.
 */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const run of content) {
    if (typeof run === 'string') out += run;
    else if (run.type === 'quote') out += (run.open ?? '') + inlineText(run.content) + (run.close ?? '');
    else out += inlineText(run.content);
  }
  return out;
}

/** Every thread id that at least one block of the article is tagged with, in the article's thread order. */
export function usedThreadIds(article: Article): string[] {
  const used = new Set(textBlocks(article.body).flatMap((b) => b.threads.map((t) => t.id)));
  return article.threads.map((t) => t.id).filter((id) => used.has(id));
}

/** The plain text of every block, one per line, for callers that only need words (reading time, search). */
export function articleText(article: Article): string {
  return textBlocks(article.body)
    .map((b) => inlineText(b.content))
    .join('\n');
}

/** A statement as placed in the body: `id` is the anchor the reader gives its highlight. */
export interface PlacedStatement {
  id: string;
  blockId: string;
  speaker: string | null;
  text: string;
}

/**
 * The anchor id of a quote run: its block id and its path of indices in the inline tree, so the
 * renderer and {@link placedStatements} name the same run the same way without sharing state.
 */
export function quoteAnchor(blockId: string, path: readonly number[]): string {
  return `q-${blockId}-${path.join('.')}`;
}

/** Every statement of the body in reading order, with its anchor id (see {@link quoteAnchor}). */
export function placedStatements(body: readonly Block[]): PlacedStatement[] {
  const out: PlacedStatement[] = [];
  const walk = (content: readonly Inline[], blockId: string, path: number[]) => {
    content.forEach((run, i) => {
      if (typeof run === 'string') return;
      if (run.type === 'quote') {
        if (run.kind === 'statement') out.push({ id: quoteAnchor(blockId, [...path, i]), blockId, speaker: run.speaker ?? null, text: inlineText(run.content).trim() });
        return;
      }
      walk(run.content, blockId, [...path, i]);
    });
  };
  for (const block of textBlocks(body)) walk(block.content, block.id, []);
  return out;
}
