import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './share-unchanged';

const article = (titles: string[]) => ({
  title: 'عنوان',
  body: titles.map((t, i) => ({ type: 'paragraph', id: `b${i}`, content: [t, { type: 'quote', kind: 'statement', content: ['نص'] }] })),
});

describe('shareUnchanged', () => {
  it('returns the old value when nothing changed', () => {
    const a = article(['أ', 'ب']);
    expect(shareUnchanged(a, structuredClone(a))).toBe(a);
  });

  it('keeps unchanged blocks and replaces the edited one', () => {
    const a = article(['أ', 'ب', 'ج']);
    const edited = structuredClone(a);
    edited.body[1]!.content[0] = 'ب!';
    const shared = shareUnchanged(a, edited);
    expect(shared).not.toBe(a);
    expect(shared).toEqual(edited);
    expect(shared.body[0]).toBe(a.body[0]);
    expect(shared.body[1]).not.toBe(a.body[1]);
    expect(shared.body[1]!.content[1]).toBe(a.body[1]!.content[1]);
    expect(shared.body[2]).toBe(a.body[2]);
  });

  it('matches blocks by id, so an inserted block leaves the later ones shared', () => {
    const a = article(['أ', 'ب']);
    const next = structuredClone(a);
    next.body.splice(1, 0, { type: 'paragraph', id: 'new', content: ['جديد', { type: 'quote', kind: 'statement', content: ['نص'] }] });
    const shared = shareUnchanged(a, next);
    expect(shared.body[2]).toBe(a.body[1]);
    expect(shared).toEqual(next);
  });

  it('keeps "__proto__" an own key', () => {
    const next = JSON.parse('{"a":1,"__proto__":{"x":1}}') as object;
    const shared = shareUnchanged({ a: 1 }, next);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(Object.hasOwn(shared, '__proto__')).toBe(true);
  });

  it('always equals the new value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(shareUnchanged(a, b)).toEqual(b);
      }),
    );
  });
});
