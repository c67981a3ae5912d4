import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { stringInteriors } from './json-isolates';

function interiors(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: [json()] });
  ensureSyntaxTree(state, doc.length, 5000);
  return stringInteriors(state, [{ from: 0, to: doc.length }]).map(({ from, to }) => doc.slice(from, to));
}

describe('stringInteriors', () => {
  it('gives the inside of every key and string, never its quotation marks', () => {
    const doc = '{"title": "قال الوزير", "body": [{"content": ["نص \\"مقتبس\\" هنا", "x"]}]}';
    expect(interiors(doc)).toEqual(['title', 'قال الوزير', 'body', 'content', 'نص \\"مقتبس\\" هنا', 'x']);
  });

  it('skips empty strings and a string still being typed (no closing mark yet)', () => {
    expect(interiors('{"title": "", "lang": "ar')).toEqual(['title', 'lang']);
  });

  it('looks only at the ranges asked for', () => {
    const doc = '{"a": "أ", "b": "ب"}';
    const state = EditorState.create({ doc, extensions: [json()] });
    ensureSyntaxTree(state, doc.length, 5000);
    const from = doc.indexOf('"b"');
    expect(stringInteriors(state, [{ from, to: doc.length }]).map((r) => doc.slice(r.from, r.to))).toEqual(['b', 'ب']);
  });
});
