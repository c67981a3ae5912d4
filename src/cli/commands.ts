/**
 * The `article` command: `import`, `check` and `analyze`, on top of src/article/.
 * Exit codes: 0 success; 1 invalid article or misuse (one `FILE:LINE:COL: message [pointer]` line
 * per problem on stderr), or an internal error in detection (one `FILE: internal error: …` line);
 * 2 the file cannot be read, is empty, is not text or is too large.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyzeArticle, type AnalysisReport } from '../article/analyze';
import { DetectionError } from '../article/detection-error';
import { importText, type ImportOptions } from '../article/import-text';
import { MAX_DOCUMENT_BYTES, parseArticle } from '../article/parse';
import { describeProblem, type Problem } from '../article/problems';
import type { Article } from '../article/schema';

const USAGE = [
  'usage: article import FILE.txt [--slug SLUG] [--lang TAG] [--status draft|published]',
  '       article check FILE.json...',
  '       article analyze FILE.json|FILE.txt [--json]',
].join('\n');

/** A failure with the exit code it should end the command with. */
class Exit extends Error {
  constructor(readonly code: 1 | 2, readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Reads a UTF-8 text file, refusing what is not a readable, non-empty text within the size limit. */
export function readText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new Exit(2, [`${file}: cannot read: it is a directory`]);
    size = stat.size;
  } catch (error) {
    if (error instanceof Exit) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unknown error');
    throw new Exit(2, [`${file}: cannot read: ${why}`]);
  }
  if (size > MAX_DOCUMENT_BYTES) throw new Exit(2, [`${file}: the file is ${size} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes`]);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Exit(2, [`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`]);
  }
  if (bytes.includes(0)) throw new Exit(2, [`${file}: not a text file (it contains NUL bytes)`]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Exit(2, [`${file}: not a text file (it is not valid UTF-8)`]);
  }
  if (text.trim() === '') throw new Exit(2, [`${file}: the file is empty`]);
  return text;
}

/**
 * A line safe to print on a terminal: control characters (escape sequences, carriage returns, line
 * breaks that could forge a `FILE:LINE:COL` line) and bidirectional controls (which reorder what
 * follows) from the input are shown as `\u{…}` escapes instead of acting.
 */
export function printable(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}

/**
 * The article imported from FILE's text. A detector failing (a bug, not bad input) becomes one line
 * naming the file, the stage and the paragraph, and exit code 1.
 */
function importFile(file: string, text: string, options?: ImportOptions): Article {
  try {
    return importText(text, options);
  } catch (error) {
    if (!(error instanceof DetectionError)) throw error;
    throw new Exit(1, [printable(`${file}: internal error: ${error.message} (please report this)`)]);
  }
}

const problemLine = (file: string, p: Problem) =>
  printable(`${file}:${p.line}:${p.column}: ${describeProblem(p)}${p.pointer ? ` [${p.pointer}]` : ''}`);

/** The article in FILE (.txt is imported). `check` also validates what the importer made; `analyze` reports on it as it is. */
function loadArticle(file: string, validateImported = false): Article {
  const text = readText(file);
  if (/\.txt$/iu.test(file) && !validateImported) return importFile(file, text);
  if (/\.txt$/iu.test(file)) {
    // Imported text is checked like any article (a headline too long, say); the problems are placed at
    // the start of the file, since they concern the article made from it, named by their pointers.
    const imported = parseArticle(JSON.stringify(importFile(file, text)));
    if (!imported.ok) throw new Exit(1, imported.problems.map((p) => problemLine(file, { ...p, line: 1, column: 1 })));
    return imported.article;
  }
  const result = parseArticle(text);
  if (!result.ok) throw new Exit(1, result.problems.map((p) => problemLine(file, p)));
  return result.article;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Exit(1, [`option ${name} needs a value`, USAGE]);
  args.splice(i, 2);
  return value;
}

function runImport(args: string[], out: (s: string) => void): void {
  const slug = option(args, '--slug');
  const lang = option(args, '--lang');
  const status = option(args, '--status');
  if (status !== undefined && status !== 'draft' && status !== 'published') throw new Exit(1, ['--status must be draft or published']);
  if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) throw new Exit(1, ['--slug must be lower-case letters, digits and hyphens']);
  if (args.length !== 1 || args[0]!.startsWith('--')) throw new Exit(1, [USAGE]);
  const article = importFile(args[0]!, readText(args[0]!), { slug, lang, status });
  out(JSON.stringify(article, null, 2));
}

function runCheck(files: string[], out: (s: string) => void, err: (s: string) => void): 0 | 1 | 2 {
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) throw new Exit(1, [USAGE]);
  let code: 0 | 1 | 2 = 0;
  for (const file of files) {
    try {
      loadArticle(file, true);
      out(`${file}: ok`);
    } catch (error) {
      if (!(error instanceof Exit)) throw error;
      error.lines.forEach(err);
      code = Math.max(code, error.code) as 1 | 2;
    }
  }
  return code;
}

function humanReport(report: AnalysisReport): string {
  const lines: string[] = [`Statements: ${report.statements.length}`];
  for (const s of report.statements) lines.push(`  [${s.blockId}] ${s.speaker ?? '(no speaker)'}: «${s.text}»`);
  lines.push(`Scare quotes: ${report.scareQuotes.length}`);
  for (const s of report.scareQuotes) lines.push(`  [${s.blockId}] «${s.text}»`);
  lines.push(`Blocks: ${report.blocks.length}`);
  for (const b of report.blocks) {
    const preview = b.text.length > 60 ? `${b.text.slice(0, 60)}…` : b.text;
    lines.push(`  ${b.id} ${b.type}${b.threads.length ? ` [${b.threads.join(', ')}]` : ''}: ${preview}`);
  }
  lines.push(`Warnings: ${report.warnings.length}`);
  for (const w of report.warnings) lines.push(`  [${w.blockId}] ${w.code}: ${w.message}`);
  return lines.join('\n');
}

/** Runs the command with its arguments; returns the exit code. Never throws for bad input. */
export function main(argv: string[], out = (s: string) => console.log(s), err = (s: string) => console.error(s)): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        runImport(rest, out);
        return 0;
      case 'check':
        return runCheck(rest, out, err);
      case 'analyze': {
        const json = rest.includes('--json');
        const files = rest.filter((a) => a !== '--json');
        if (files.length !== 1 || files[0]!.startsWith('--')) throw new Exit(1, [USAGE]);
        const report = analyzeArticle(loadArticle(files[0]!));
        out(json ? JSON.stringify(report, null, 2) : humanReport(report).split('\n').map(printable).join('\n'));
        return 0;
      }
      case '--help':
      case 'help':
        out(USAGE);
        return 0;
      default:
        throw new Exit(1, [command ? `unknown command "${command}"` : 'no command given', USAGE]);
    }
  } catch (error) {
    if (error instanceof Exit) {
      error.lines.forEach(err);
      return error.code;
    }
    err(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
