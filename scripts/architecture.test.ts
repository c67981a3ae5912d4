/**
 * The layer rules of docs/decisions/0005-layers.md are enforced by tools: this test proves that the
 * tools fail on a violation. It lays probe files out like the project's tree in a temporary folder,
 * with the project's own lint and core compiler settings, and runs oxlint and tsc on them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'sahifa-layers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), text);
}

/** Runs a tool; returns its exit code and everything it printed. */
function run(command: string, args: readonly string[]): { code: number; out: string } {
  try {
    const out = execFileSync(command, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

function lint(files: Record<string, string>): { code: number; out: string } {
  rmSync(join(work, 'src'), { recursive: true, force: true });
  copyFileSync(join(ROOT, '.oxlintrc.json'), join(work, '.oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) write(path, text);
  return run(join(ROOT, 'node_modules/.bin/oxlint'), ['-c', '.oxlintrc.json', '--deny-warnings', 'src']);
}

describe('lint enforces the layers', () => {
  it.each([
    ['article → reader', 'src/article/probe.ts', "import { x } from '../reader/x';\nexport const y = x;\n", /src\/article is the pure core/u],
    ['article → react', 'src/article/probe.ts', "import { useState } from 'react';\nexport const y = useState;\n", /no React, router, i18next/u],
    ['article → node built-in', 'src/article/probe.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", /no Node built-ins/u],
    ['article test → reader', 'src/article/probe.test.ts', "import { x } from '../reader/x';\nexport const y = x;\n", /its tests included/u],
    ['reader → editor', 'src/reader/probe.ts', "import { x } from '../editor/x';\nexport const y = x;\n", /src\/reader may import article, ui and i18n only/u],
    ['editor → app', 'src/editor/probe.ts', "import { x } from '../app/x';\nexport const y = x;\n", /src\/editor may import article, reader, ui and i18n/u],
    ['cli → reader', 'src/cli/probe.ts', "import { x } from '../reader/x';\nexport const y = x;\n", /sits on src\/article only/u],
    ['ui → article', 'src/ui/probe.ts', "import { x } from '../article/x';\nexport const y = x;\n", /no domain imports/u],
    ['i18n → article', 'src/i18n/probe.ts', "import { x } from '../article/schema';\nexport const y = x;\n", /src\/i18n imports no feature/u],
    ['i18n → article/text beyond the language helpers', 'src/i18n/probe.ts', "import { x } from '../article/text/fold';\nexport const y = x;\n", /only the language helpers/u],
    ['shipped code → test support', 'src/reader/probe.ts', "import { x } from '../../test/hostile/x';\nexport const y = x;\n", /never imports test support/u],
  ])('%s fails, naming the rule', (_name, path, source, message) => {
    const result = lint({ [path]: source });
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(message);
  });

  it('an import cycle fails', () => {
    const result = lint({
      'src/article/a.ts': "import { b } from './b';\nexport const a = (): number => b();\n",
      'src/article/b.ts': "import { a } from './a';\nexport const b = (): number => a();\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/no-cycle/u);
  });

  it('imports with the grain pass', () => {
    const result = lint({
      'src/article/x.ts': 'export const x = 1;\n',
      'src/reader/x.ts': "import { x } from '../article/x';\nexport const y = x;\n",
      'src/editor/x.ts': "import { y } from '../reader/x';\nexport const z = y;\n",
      'src/app/x.ts': "import { z } from '../editor/x';\nexport const w = z;\n",
      'src/article/text/language.ts': 'export const primaryLanguage = (tag: string): string => tag;\n',
      'src/i18n/x.ts': "import { primaryLanguage } from '../article/text/language';\nexport const v = primaryLanguage('ar');\n",
    });
    expect(result.out).toMatch(/0 errors/u);
    expect(result.code).toBe(0);
  });
});

describe('the core compiles without the DOM or Node', () => {
  function typecheck(source: string): { code: number; out: string } {
    rmSync(join(work, 'core'), { recursive: true, force: true });
    write('core/probe.ts', source);
    write('core/tsconfig.json', JSON.stringify({ extends: join(ROOT, 'src/article/tsconfig.json'), include: ['probe.ts'], exclude: [] }));
    return run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'core/tsconfig.json']);
  }

  it.each([
    ['document', 'export const t = (): string => document.title;\n', /Cannot find name 'document'/u],
    ['window', 'export const t = (): string => window.name;\n', /Cannot find name 'window'/u],
    ['process', 'export const t = (): string | undefined => process.env.HOME;\n', /Cannot find name 'process'/u],
  ])('a core file using %s fails', (_name, source, message) => {
    const result = typecheck(source);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(message);
  });

  it('plain ES code passes', () => {
    expect(typecheck("export const t = (s: string): string => s.normalize('NFC');\n")).toEqual({ code: 0, out: '' });
  });
});
