/**
 * `article check` (and `import`, `analyze`) on the hostile corpus, run in-process as
 * commands.test.ts does: malformed input gives `FILE:LINE:COL: message [pointer]` lines and exit 1;
 * unreadable, binary, empty or over-limit input one line and exit 2; never a stack trace.
 */
import { printable } from '../../src/cli/commands';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CORPUS, corpusBytes, corpusPath, decodeLikeFetch, type CorpusCase } from './cases';
import { CONTROL_CHARACTER } from './checks';
import { GENERATED_CASES, type GeneratedCase } from './generators';
import { importText } from '../../src/article/import-text';
import { parseArticle } from '../../src/article/parse';
import { main } from '../../src/cli/commands';

const dir = mkdtempSync(join(tmpdir(), 'sahifa-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Bounded by construction (fixed counts and sizes); the cap only keeps a busy machine from failing a slow test.
vi.setConfig({ testTimeout: 120_000 });

const figures = { runs: 0, exit: { 0: 0, 1: 0, 2: 0 } as Record<number, number>, stackTraces: 0, strayConsole: 0 };

// Anything written to the console instead of the command's own streams is a leak (a stack trace, a warning).
const consoleCalls: unknown[][] = [];
beforeAll(() => {
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(args);
    });
});

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const before = consoleCalls.length;
  const code = main(argv, (s) => out.push(s), (s) => err.push(s));
  figures.runs++;
  figures.exit[code] = (figures.exit[code] ?? 0) + 1;
  figures.strayConsole += consoleCalls.length - before;
  // What a terminal shows: each string may hold several lines.
  const errLines = err.flatMap((s) => s.split(/\r\n|\r|\n/u));
  if ([...out, ...errLines].some((l) => /^\s+at\s|\bError:|internal error/u.test(l))) figures.stackTraces++;
  return { code, out, err, errLines };
}

const LINE = /^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<message>.+?)(?: \[(?<pointer>[^\]]*)\])?$/u;

/** The check of the exit code and of every line printed, against parseArticle's own verdict. */
function expectCheck(file: string, expected: 0 | 1 | 2, reason: RegExp | undefined, document: string | null) {
  const { code, out, err, errLines } = run('check', file);
  expect(code).toBe(expected);
  expect(errLines.some((l) => /^\s+at\s/u.test(l))).toBe(false);
  if (expected === 0) {
    expect(out).toEqual([`${file}: ok`]);
    expect(err).toEqual([]);
    return;
  }
  expect(out).toEqual([]);
  if (expected === 2) {
    expect(errLines).toHaveLength(1);
    expect(errLines[0]!.startsWith(`${file}: `)).toBe(true);
    if (reason) expect(errLines[0]).toMatch(reason);
    return;
  }
  // Exit 1: one line per problem, each naming this file and the problem's own line and column.
  const problems = document === null ? null : parseArticle(document);
  expect(errLines.length).toBe(err.length);
  for (const line of errLines) {
    const m = LINE.exec(line);
    expect(m, line).not.toBeNull();
    expect(m!.groups!.file).toBe(file);
    expect(Number(m!.groups!.line)).toBeGreaterThanOrEqual(1);
    expect(Number(m!.groups!.column)).toBeGreaterThanOrEqual(1);
  }
  if (problems && !problems.ok) {
    expect(errLines).toHaveLength(problems.problems.length);
    expect(errLines.map((l) => LINE.exec(l)!.groups!)).toEqual(
      // A .txt file's problems concern the article imported from it: placed at its start, named by pointer.
      problems.problems.map((p) =>
        file.endsWith('.txt') || !file.endsWith('.json')
          ? expect.objectContaining({ line: '1', column: '1', pointer: p.pointer || undefined })
          : // A pointer holding control characters is printed escaped (with brackets of its own): its place is what is compared.
            printable(p.pointer) !== p.pointer
            ? expect.objectContaining({ line: String(p.line), column: String(p.column) })
            : expect.objectContaining({ line: String(p.line), column: String(p.column), pointer: p.pointer || undefined }),
      ),
    );
  }
}

/** The document `check` validates: the file's text, or for `.txt` the article imported from it. */
function documentOf(c: CorpusCase): string | null {
  const text = decodeLikeFetch(corpusBytes(c.file));
  return c.file.endsWith('.txt') ? JSON.stringify(importText(text)) : text;
}

// Both were gaps, now fixed: `check FILE.txt` validates the article it imports (commands.ts loadArticle),
// and control characters in keys, types and pointers are escaped before they reach the terminal
// (commands.ts printable; control-chars-in-keys.json tried to clear the screen and forge a line).
const CHECK_SKIPS_IMPORTED_VALIDATION = new Set<string>();
const RAW_CONTROL_IN_MESSAGE = new Set<string>();

describe('article check on the corpus', () => {
  for (const c of CORPUS) {
    const name = `${c.file} exits ${c.check}: ${c.attacks}`;
    const test = () => expectCheck(corpusPath(c.file), c.check, c.reason, documentOf(c));
    if (CHECK_SKIPS_IMPORTED_VALIDATION.has(c.file) || RAW_CONTROL_IN_MESSAGE.has(c.file)) it.fails(name, test);
    else it(name, test);
  }

  it('control-chars-in-keys.json still exits 1 with its two problems', () => {
    const { code, err, out } = run('check', corpusPath('control-chars-in-keys.json'));
    expect([code, err.length, out.length]).toEqual([1, 2, 0]);
  });

  for (const c of CORPUS) {
    const name = `${c.file}: no control character reaches the terminal`;
    const test = () => {
      const { out, err } = run('check', corpusPath(c.file));
      expect([...out, ...err].filter((l) => CONTROL_CHARACTER.test(l))).toEqual([]);
    };
    if (RAW_CONTROL_IN_MESSAGE.has(c.file)) it.fails(name, test);
    else it(name, test);
  }

  it('checks every corpus file in one run and exits with the worst outcome', () => {
    const files = CORPUS.map((c) => corpusPath(c.file));
    const { code, out, err } = run('check', ...files);
    expect(code).toBe(2);
    const okFiles = out.map((l) => l.replace(/: ok$/u, ''));
    expect(okFiles.length + new Set(err.map((l) => l.split(':')[0])).size).toBe(files.length);
  });

  it('gives one line and exit 2 for a file that is not there, a directory and an unreadable name', () => {
    for (const target of [join(dir, 'missing.json'), dir, join(dir, 'nested', '..', 'x\u0000.json')]) {
      const { code, errLines } = run('check', target);
      expect(code, target).toBe(2);
      expect(errLines, target).toHaveLength(1);
    }
  });
});

describe('article check on the generated huge cases', () => {
  const written = new Map<string, string>();
  const fileOf = (g: GeneratedCase) => {
    let path = written.get(g.name);
    if (!path) {
      path = join(dir, `${g.name}.${g.kind === 'text' ? 'txt' : 'json'}`);
      writeFileSync(path, g.make());
      written.set(g.name, path);
    }
    return path;
  };
  for (const g of GENERATED_CASES) {
    const name = `${g.name} exits ${g.check}: ${g.attacks}`;
    const document = () => (g.kind === 'text' ? JSON.stringify(importText(g.make())) : g.make());
    const test = () => expectCheck(fileOf(g), g.check, g.check === 2 ? /the limit is \d+ bytes/u : undefined, g.check === 1 ? document() : null);
    if (CHECK_SKIPS_IMPORTED_VALIDATION.has(g.name)) it.fails(name, test);
    else it(name, test);
  }
});

describe('article import and analyze on the text cases', () => {
  const texts = CORPUS.filter((c) => c.file.endsWith('.txt') || c.file === 'nul-in-text.bin');
  it.each(texts)('import $file: a JSON article, or one line and exit 2', (c) => {
    const { code, out, errLines } = run('import', corpusPath(c.file));
    if (c.check === 2) {
      expect([code, errLines.length, out.length]).toEqual([2, 1, 0]);
      return;
    }
    expect(code).toBe(0);
    const article = JSON.parse(out.join('\n'));
    expect(article).toEqual(importText(decodeLikeFetch(corpusBytes(c.file))));
  });

  it.each(texts)('analyze $file --json: a report, or one line and exit 2', (c) => {
    const { code, out, errLines } = run('analyze', corpusPath(c.file), '--json');
    if (c.check === 2) {
      expect([code, errLines.length]).toEqual([2, 1]);
      return;
    }
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out.join('\n')))).toEqual(['statements', 'scareQuotes', 'blocks', 'warnings']);
  });
});

afterAll(() => {
  vi.restoreAllMocks();
  expect(figures.stackTraces).toBe(0);
  expect(figures.strayConsole).toBe(0);
  console.log(
    `Hostile input, command line (test/hostile/cli.test.ts): ${figures.runs} runs; exit 0 ×${figures.exit[0] ?? 0}, 1 ×${figures.exit[1] ?? 0}, 2 ×${figures.exit[2] ?? 0}; stack traces ${figures.stackTraces}; stray console output ${figures.strayConsole}`,
  );
});
