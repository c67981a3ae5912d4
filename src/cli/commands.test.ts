import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../article/parse';
import { main } from './commands';

const dir = mkdtempSync(join(tmpdir(), 'sahifa-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err };
}

const TEXT = 'اجتماع في كييف\n\nقال الوزير: "سنواصل العمل مع أوكرانيا حتى النهاية".\n';

describe('article import', () => {
  it('prints a valid article JSON, accepting a BOM', () => {
    const { code, out } = run('import', file('a.txt', `\uFEFF${TEXT}`), '--slug', 'kyiv-meeting');
    expect(code).toBe(0);
    const article = JSON.parse(out);
    expect(article).toMatchObject({ slug: 'kyiv-meeting', title: 'اجتماع في كييف', lang: 'ar' });
    const check = run('check', file('a.json', out));
    expect(check).toMatchObject({ code: 0, err: [] });
  });

  it('rejects bad options as misuse (exit 1)', () => {
    expect(run('import', file('b.txt', TEXT), '--slug', 'Bad Slug').code).toBe(1);
    expect(run('import').code).toBe(1);
    expect(run('frobnicate').code).toBe(1);
  });
});

describe('article check', () => {
  it('prints FILE:LINE:COL: message [pointer] per problem and exits 1', () => {
    const bad = file('bad.json', '{\n  "format": "sahifa-article/1",\n  "slug": 7\n}');
    const { code, err } = run('check', bad);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}:3:11: expected string, found number [/slug]`);
    expect(err.every((line) => line.startsWith(`${bad}:`))).toBe(true);
  });

  it('reports syntax errors with their position', () => {
    const bad = file('syntax.json', '{"slug": "x",\n "title": }');
    expect(run('check', bad).err[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}:2:11: JSON syntax error`));
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /cannot read: no such file/],
    ['a directory', () => dir, /it is a directory/],
    ['an empty file', () => file('empty.json', ''), /is empty/],
    ['a whitespace-only file', () => file('blank.json', ' \n '), /is empty/],
    ['a binary file', () => file('bin.json', Buffer.from([0x7b, 0x00, 0xff, 0xfe])), /not a text file/],
    ['invalid UTF-8', () => file('latin1.json', Buffer.from([0x22, 0xe9, 0x22])), /not a text file/],
    ['a file over the size limit', () => file('big.json', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20)), /limit is/],
  ])('exits 2 with one line for %s', (_name, make, message) => {
    const { code, err } = run('check', make());
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('checks several files and exits with the worst outcome', () => {
    const good = run('import', file('c.txt', TEXT)).out;
    const { code, out } = run('check', file('good.json', good), file('bad2.json', '[]'));
    expect(code).toBe(1);
    expect(out).toContain('good.json: ok');
  });
});

describe('article analyze', () => {
  it('prints the report as JSON for text and for JSON input alike', () => {
    const txt = file('d.txt', TEXT);
    const fromText = JSON.parse(run('analyze', txt, '--json').out);
    const fromJson = JSON.parse(run('analyze', file('d.json', run('import', txt).out), '--json').out);
    expect(fromJson).toEqual(fromText);
    expect(Object.keys(fromText)).toEqual(['statements', 'scareQuotes', 'blocks']);
    expect(fromText.blocks[0]).toMatchObject({ id: expect.any(String), type: 'paragraph', text: expect.any(String), threads: expect.any(Array) });
  });

  it('prints a readable report without --json', () => {
    const { code, out } = run('analyze', file('e.txt', TEXT));
    expect(code).toBe(0);
    expect(out).toMatch(/^Statements: \d+/u);
  });
});
