/**
 * Scores quote detection and thread tagging against the hand-labelled corpus in ../shared/corpus
 * (or $SAHIFA_CORPUS). Used by `npm run eval` and by scripts/corpus.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, type AnalysisReport } from '../src/article/analyze';
import { importText } from '../src/article/import-text';

interface Label {
  lang: string;
  statements: { text: string; speaker: string | null }[];
  scare_quotes: string[];
  paragraph_threads: string[][];
}

export interface DocScore {
  id: string;
  report: AnalysisReport;
  label: Label;
  missed: Label['statements'];
  spurious: AnalysisReport['statements'];
  wrongSpeaker: { text: string; expected: string | null; got: string | null }[];
  threadErrors: { paragraph: number; expected: string[]; got: string[] }[];
}

export interface CorpusScore {
  docs: DocScore[];
  statementPrecision: number;
  statementRecall: number;
  speakerAccuracy: number;
  scarePrecision: number;
  scareRecall: number;
  threadF1: number;
  counts: { gold: number; predicted: number; matched: number; speakerRight: number };
}

/** Where the corpus is, or null when this checkout has none beside it. */
export function corpusDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.env.SAHIFA_CORPUS ?? resolve(here, '../../shared/corpus');
  return existsSync(dir) ? dir : null;
}

const norm = (s: string | null) => (s === null ? null : s.replace(/\s+/gu, ' ').trim());

/** Body paragraph (1-based) an imported block came from: ids are b<n> or b<n>-<item>. */
function sourceParagraph(blockId: string): number | null {
  const m = /^b(\d+)(?:-\d+)?$/u.exec(blockId);
  return m ? Number(m[1]) : null;
}

function matchTexts<T>(gold: readonly string[], predicted: readonly T[], textOf: (t: T) => string) {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    const pi = predicted.findIndex((p, i) => !used.has(i) && norm(textOf(p)) === norm(g));
    if (pi >= 0) {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  return pairs;
}

/** Scores every labelled document in `dir`. */
export function scoreCorpus(dir: string): CorpusScore {
  const ids = readdirSync(dir)
    .filter((f) => /^d\d+\.txt$/u.test(f))
    .map((f) => f.replace(/\.txt$/u, ''))
    .sort();
  const docs: DocScore[] = [];
  let gold = 0, predicted = 0, matched = 0, speakerRight = 0;
  let sGold = 0, sPred = 0, sMatched = 0;
  let tp = 0, fp = 0, fn = 0;
  for (const id of ids) {
    const label = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Label;
    const report = analyzeArticle(importText(readFileSync(join(dir, `${id}.txt`), 'utf8')));
    const pairs = matchTexts(label.statements.map((s) => s.text), report.statements, (s) => s.text);
    const wrongSpeaker: DocScore['wrongSpeaker'] = [];
    for (const [gi, pi] of pairs) {
      const expected = label.statements[gi]!.speaker;
      const got = report.statements[pi]!.speaker;
      if (norm(expected) === norm(got)) speakerRight++;
      else wrongSpeaker.push({ text: label.statements[gi]!.text, expected, got });
    }
    const goldHit = new Set(pairs.map(([g]) => g));
    const predHit = new Set(pairs.map(([, p]) => p));
    gold += label.statements.length;
    predicted += report.statements.length;
    matched += pairs.length;
    const scarePairs = matchTexts(label.scare_quotes, report.scareQuotes, (s) => s.text);
    sGold += label.scare_quotes.length;
    sPred += report.scareQuotes.length;
    sMatched += scarePairs.length;

    const got = new Map<number, Set<string>>();
    for (const block of report.blocks) {
      const n = sourceParagraph(block.id);
      if (n === null) continue;
      const set = got.get(n) ?? new Set<string>();
      block.threads.forEach((t) => set.add(t));
      got.set(n, set);
    }
    const threadErrors: DocScore['threadErrors'] = [];
    label.paragraph_threads.forEach((raw, i) => {
      const expected = new Set(raw.map((t) => t.replace('_', '-')));
      const predictedSet = got.get(i + 1) ?? new Set<string>();
      for (const t of predictedSet) {
        if (expected.has(t)) tp++;
        else fp++;
      }
      for (const t of expected) if (!predictedSet.has(t)) fn++;
      const same = expected.size === predictedSet.size && [...expected].every((t) => predictedSet.has(t));
      if (!same) threadErrors.push({ paragraph: i + 1, expected: [...expected], got: [...predictedSet] });
    });
    docs.push({
      id,
      report,
      label,
      missed: label.statements.filter((_, i) => !goldHit.has(i)),
      spurious: report.statements.filter((_, i) => !predHit.has(i)),
      wrongSpeaker,
      threadErrors,
    });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return {
    docs,
    statementPrecision: ratio(matched, predicted),
    statementRecall: ratio(matched, gold),
    speakerAccuracy: ratio(speakerRight, matched),
    scarePrecision: ratio(sMatched, sPred),
    scareRecall: ratio(sMatched, sGold),
    threadF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    counts: { gold, predicted, matched, speakerRight },
  };
}

/** The figures issue #2 asks for. */
export const TARGETS = { statementPrecision: 0.9, statementRecall: 0.9, speakerAccuracy: 0.7, threadF1: 0.9 } as const;
