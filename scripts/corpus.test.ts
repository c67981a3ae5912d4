import { describe, expect, it } from 'vitest';
import { corpusDir, scoreCorpus, TARGETS } from './corpus';

const dir = corpusDir();
if (!dir) console.warn('SKIPPED corpus evaluation: ../shared/corpus is not beside this checkout (set SAHIFA_CORPUS to run it).');

describe.skipIf(!dir)('labelled corpus (../shared/corpus)', () => {
  const score = dir ? scoreCorpus(dir) : null;

  it(`statement precision and recall reach ${TARGETS.statementPrecision} / ${TARGETS.statementRecall}`, () => {
    expect(score!.statementPrecision).toBeGreaterThanOrEqual(TARGETS.statementPrecision);
    expect(score!.statementRecall).toBeGreaterThanOrEqual(TARGETS.statementRecall);
  });

  it(`speaker accuracy on matched statements reaches ${TARGETS.speakerAccuracy}`, () => {
    expect(score!.speakerAccuracy).toBeGreaterThanOrEqual(TARGETS.speakerAccuracy);
  });

  it(`paragraph thread F1 reaches ${TARGETS.threadF1}`, () => {
    expect(score!.threadF1).toBeGreaterThanOrEqual(TARGETS.threadF1);
  });

  it('every imported corpus text is a valid article whose report lists every body paragraph', () => {
    for (const doc of score!.docs) {
      const paragraphs = new Set(doc.report.blocks.map((b) => Number(/^b(\d+)/u.exec(b.id)?.[1])));
      expect(paragraphs.size, doc.id).toBe(doc.label.paragraph_threads.length);
    }
  });
});
