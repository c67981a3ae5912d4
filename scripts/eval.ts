/** `npm run eval [-- --verbose]`: prints quote and thread detection figures on the labelled corpus. */
import { corpusDir, scoreCorpus, TARGETS } from './corpus';

const dir = corpusDir();
if (!dir) {
  console.log('No corpus found at ../shared/corpus (set SAHIFA_CORPUS): nothing to evaluate.');
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const score = scoreCorpus(dir);
if (verbose) {
  for (const doc of score.docs) {
    const lines: string[] = [];
    for (const m of doc.missed) lines.push(`  missed     ${JSON.stringify(m.text)} (${m.speaker})`);
    for (const s of doc.spurious) lines.push(`  spurious   ${JSON.stringify(s.text)} (${s.speaker}) [${s.blockId}]`);
    for (const w of doc.wrongSpeaker) lines.push(`  speaker    ${JSON.stringify(w.text)}: expected ${w.expected}, got ${w.got}`);
    for (const t of doc.threadErrors) lines.push(`  threads p${t.paragraph}: expected [${t.expected}] got [${t.got}]`);
    if (lines.length) console.log(`${doc.id}\n${lines.join('\n')}`);
  }
}
const pct = (x: number) => x.toFixed(3);
const rows: [string, number, number | null][] = [
  ['statement precision', score.statementPrecision, TARGETS.statementPrecision],
  ['statement recall', score.statementRecall, TARGETS.statementRecall],
  ['speaker accuracy (matched)', score.speakerAccuracy, TARGETS.speakerAccuracy],
  ['paragraph thread F1', score.threadF1, TARGETS.threadF1],
  ['scare-quote precision', score.scarePrecision, null],
  ['scare-quote recall', score.scareRecall, null],
];
console.log(`Corpus: ${score.docs.length} documents, ${score.counts.gold} labelled statements, ${score.counts.predicted} detected, ${score.counts.matched} matched`);
for (const [name, value, target] of rows) {
  const verdict = target === null ? '' : value >= target ? `  ok (target ${target})` : `  BELOW target ${target}`;
  console.log(`${name.padEnd(28)} ${pct(value)}${verdict}`);
}
const failed = rows.some(([, v, t]) => t !== null && v < t);
process.exit(failed ? 1 : 0);
