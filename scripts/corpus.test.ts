import { describe, expect, it } from 'vitest';
import { corpusDir, FLOORS, scoreCorpus, TARGETS } from './corpus';

const dir = corpusDir();
if (!dir) console.warn('SKIPPED corpus evaluation: ../shared/corpus is not beside this checkout (set SAHIFA_CORPUS to run it).');

describe.skipIf(!dir)('labelled corpus (../shared/corpus)', () => {
  const score = dir ? scoreCorpus(dir) : null;

  it(`statement precision and recall stay at or above ${FLOORS.statementPrecision} / ${FLOORS.statementRecall}`, () => {
    expect(score!.statementPrecision).toBeGreaterThanOrEqual(FLOORS.statementPrecision);
    expect(score!.statementRecall).toBeGreaterThanOrEqual(FLOORS.statementRecall);
  });

  it(`speaker accuracy on matched statements stays at or above ${FLOORS.speakerAccuracy}`, () => {
    expect(score!.speakerAccuracy).toBeGreaterThanOrEqual(FLOORS.speakerAccuracy);
  });

  it(`statement precision and recall reach ${TARGETS.languagePrecisionRecall} in every language`, () => {
    for (const [lang, l] of score!.languages) {
      expect(l.precision, `${lang} precision`).toBeGreaterThanOrEqual(TARGETS.languagePrecisionRecall);
      expect(l.recall, `${lang} recall`).toBeGreaterThanOrEqual(TARGETS.languagePrecisionRecall);
    }
    expect([...score!.languages.keys()].sort()).toEqual(['ar', 'fa', 'he', 'ur']);
  });

  it(`paragraph thread F1 stays at or above ${FLOORS.threadF1}`, () => {
    expect(score!.threadF1).toBeGreaterThanOrEqual(FLOORS.threadF1);
  });

  it('every imported corpus text is a valid article whose report lists every body paragraph', () => {
    for (const doc of score!.docs) {
      const paragraphs = new Set(doc.report.blocks.map((b) => Number(/^b(\d+)/u.exec(b.id)?.[1])));
      expect(paragraphs.size, doc.id).toBe(doc.label.paragraph_threads.length);
    }
  });
});
