import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../article/schema';
import { PROGRESSIVE_FROM } from './body-chunks';
import { summarizeBody } from './body-summary';
import { ArticleAssembler, FIRST_PIECE_BLOCKS, piecesOf, type LoaderMessage } from './remote-pieces';

const paragraph = (i: number): Block => ({ type: 'paragraph', id: `b${i}`, content: [`Paragraph ${i}.`] });
const article = (blocks: number): Article => ({
  format: 'sahifa-article/1',
  slug: 'pieces',
  title: 'Pieces',
  lang: 'en',
  status: 'published',
  threads: [],
  body: Array.from({ length: blocks }, (_, i) => paragraph(i + 1)),
});

/** What the assembler makes of the messages, in order. */
function assemble(messages: LoaderMessage[]) {
  const assembler = new ArticleAssembler();
  return messages.map((m) => assembler.add(structuredClone(m)));
}

describe('an article read by URL, in pieces from the worker', () => {
  it('a long article: a first look at its first blocks, then the whole body in order, each piece a message of its own', () => {
    const whole = article(1000);
    const pieces = piecesOf(whole, 48, 400);
    expect(pieces.map((p) => (p.type === 'head' ? p.article.body.length : p.type === 'blocks' ? (JSON.parse(p.json) as unknown[]).length : 0))).toEqual([48, 400, 400, 152]);
    const steps = assemble(pieces);
    expect(steps.map((s) => s.kind)).toEqual(['first', 'none', 'none', 'done']);
    const first = steps[0]!;
    expect(first.kind === 'first' && first.article.body.map((b) => b.id)).toEqual(whole.body.slice(0, 48).map((b) => b.id));
    const last = steps[3]!;
    expect(last.kind === 'done' && last.result).toEqual({ ok: true, article: whole });
  });

  it('the first look carries the whole body\'s figures for the panels, which its own blocks would understate', () => {
    const whole: Article = {
      ...article(600),
      threads: [{ id: 'late', label: { ar: 'متأخر', en: 'Late' } }],
      body: article(600).body.map((b, i) =>
        i % 100 === 99 && b.type === 'paragraph'
          ? { ...b, threads: [{ id: 'late' }], content: ['He said ', { type: 'quote', kind: 'statement', speaker: 'X', open: '“', close: '”', content: ['yes'] }, '.'] }
          : b,
      ),
    };
    const [first] = assemble(piecesOf(whole, 48, 400));
    expect(first).toMatchObject({ kind: 'first', summary: summarizeBody(whole) });
    expect(summarizeBody(whole)).toMatchObject({ statements: 6, passages: { late: 6 } });
    expect(summarizeBody({ ...whole, body: whole.body.slice(0, 48) })).toMatchObject({ statements: 0, passages: {} });
  });

  it('an article the reader renders whole (up to PROGRESSIVE_FROM blocks) comes in one piece: done at once, no first look', () => {
    for (const blocks of [FIRST_PIECE_BLOCKS, PROGRESSIVE_FROM]) {
      const whole = article(blocks);
      const pieces = piecesOf(whole);
      expect(pieces).toHaveLength(1);
      expect(assemble(pieces)).toEqual([{ kind: 'done', result: { ok: true, article: whole } }]);
    }
    expect(piecesOf(article(PROGRESSIVE_FROM + 1)).length).toBeGreaterThan(1);
  });

  it('an article with no blocks at all is done with its head', () => {
    expect(assemble(piecesOf(article(0)))[0]).toEqual({ kind: 'done', result: { ok: true, article: article(0) } });
  });

  it('a failure is passed on as it is; the request notice adds nothing', () => {
    expect(assemble([{ type: 'fetching' }, { type: 'result', result: { ok: false, failure: { kind: 'cors' } } }])).toEqual([{ kind: 'none' }, { kind: 'done', result: { ok: false, failure: { kind: 'cors' } } }]);
  });
});
