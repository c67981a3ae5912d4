import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../article/parse';
import { main } from './commands';

/** The paragraph (index) whose classification fails, to force an internal error; -1 for none. */
const failing = vi.hoisted(() => ({ paragraph: -1 }));

// The real classifier, except that it throws in the chosen paragraph: a stand-in for a bug in detection.
vi.mock('../article/quote-detection/classify', async (importOriginal) => {
  const real = await importOriginal<typeof import('../article/quote-detection/classify')>();
  return {
    ...real,
    classifySpan: (...args: Parameters<typeof real.classifySpan>) => {
      if (args[1].index === failing.paragraph) throw new TypeError("Cannot read properties of undefined (reading 'kind')");
      return real.classifySpan(...args);
    },
  };
});

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
    expect(Object.keys(fromText)).toEqual(['statements', 'scareQuotes', 'blocks', 'warnings']);
    expect(fromText.blocks[0]).toMatchObject({ id: expect.any(String), type: 'paragraph', text: expect.any(String), threads: expect.any(Array) });
  });

  it('lists warnings with the block, a stable code and a message', () => {
    const report = JSON.parse(run('analyze', file('w.txt', 'عنوان\n\nوختم الوزير قائلا: «لن نتراجع عن موقفنا\n'), '--json').out);
    expect(report.warnings).toEqual([{ blockId: 'b1', code: 'unclosed-quote', message: expect.stringMatching(/never closed/u) }]);
    expect(report.statements).toHaveLength(1);
  });

  it('prints a readable report without --json', () => {
    const { code, out } = run('analyze', file('e.txt', TEXT));
    expect(code).toBe(0);
    expect(out).toMatch(/^Statements: \d+/u);
  });
});

describe('an internal error in quote detection', () => {
  afterEach(() => {
    failing.paragraph = -1;
  });

  const article = 'اجتماع في كييف\n\nافتتح الوزير الاجتماع صباحا.\n\nوصل الوفد متأخرا.\n\nقال الوزير: "سنواصل العمل".\n';

  it.each([['import'], ['analyze'], ['check']])('is one line on stderr naming the file and paragraph, exit 1, for %s', (command) => {
    failing.paragraph = 2;
    const path = file(`broken-${command}.txt`, article);
    const { code, out, err } = run(command, path);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toEqual([`${path}: internal error: quote detection failed in paragraph 3: Cannot read properties of undefined (reading 'kind') (please report this)`]);
  });

  it('leaves the same file importable when nothing fails', () => {
    expect(run('import', file('whole.txt', article)).code).toBe(0);
  });
});
