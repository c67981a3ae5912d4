/**
 * `npm run eval [-- --verbose]`: prints quote and thread detection figures on the labelled corpus:
 * overall, per language, and the number of errors of each class (scripts/corpus.ts, ERROR_CLASSES),
 * so a regression names its class. --verbose lists every error, document by document.
 */
import { corpusDir, ERROR_CLASSES, scoreCorpus, TARGETS } from './corpus';

const dir = corpusDir();
if (!dir) {
  console.log('No corpus found at ../shared/corpus (set SAHIFA_CORPUS): nothing to evaluate.');
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const score = scoreCorpus(dir);
if (verbose) {
  for (const doc of score.docs) {
    const lines = doc.errors.map((e) => `  ${e.kind.padEnd(18)} ${JSON.stringify(e.text)} ${e.detail}`);
    for (const t of doc.threadErrors) lines.push(`  ${'threads'.padEnd(18)} p${t.paragraph}: expected [${t.expected}] got [${t.got}]`);
    if (lines.length) console.log(`${doc.id} (${doc.lang})\n${lines.join('\n')}`);
  }
  console.log('');
}
const pct = (x: number) => x.toFixed(3);
const verdict = (value: number, target: number | null) => (target === null ? '' : value >= target ? `  ok (target ${target})` : `  BELOW target ${target}`);
const rows: [string, number, number | null][] = [
  ['statement precision', score.statementPrecision, TARGETS.statementPrecision],
  ['statement recall', score.statementRecall, TARGETS.statementRecall],
  ['speaker accuracy (matched)', score.speakerAccuracy, TARGETS.speakerAccuracy],
  ['paragraph thread F1', score.threadF1, TARGETS.threadF1],
  ['scare-quote precision', score.scarePrecision, null],
  ['scare-quote recall', score.scareRecall, null],
];
console.log(`Corpus: ${score.docs.length} documents, ${score.counts.gold} labelled statements, ${score.counts.predicted} detected, ${score.counts.matched} matched`);
for (const [name, value, target] of rows) console.log(`${name.padEnd(28)} ${pct(value)}${verdict(value, target)}`);

console.log('\nPer language          docs  labelled  detected  precision  recall  speaker');
let languageBelow = false;
for (const [lang, l] of score.languages) {
  const below = l.precision < TARGETS.languagePrecisionRecall || l.recall < TARGETS.languagePrecisionRecall;
  languageBelow ||= below;
  console.log(
    `  ${lang.padEnd(19)} ${String(l.docs).padStart(4)}  ${String(l.gold).padStart(8)}  ${String(l.predicted).padStart(8)}  ${pct(l.precision).padStart(9)}  ${pct(l.recall).padStart(6)}  ${pct(l.speakerAccuracy).padStart(7)}${below ? `  BELOW target ${TARGETS.languagePrecisionRecall}` : ''}`,
  );
}
console.log('\nErrors by class');
for (const kind of ERROR_CLASSES) console.log(`  ${kind.padEnd(19)} ${String(score.errorCounts[kind]).padStart(4)}`);

const failed = languageBelow || rows.some(([, v, t]) => t !== null && v < t);
process.exit(failed ? 1 : 0);
