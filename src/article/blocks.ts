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
        out.push({ id: block.id, type: block.type, content: block.content, threads: block.threads ?? [] });
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
