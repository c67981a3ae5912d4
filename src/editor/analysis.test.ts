import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importText } from '../article/import-text';
import { ANALYSE_HERE_MS, analyzeHere, COSTS_KEPT, DETAILS_AFTER_MS, SMALL_EDIT_CHARS, stagedAnalyzer, type AnalysisResponse } from './analysis';

describe('analyzeHere: where a draft is parsed', () => {
  const cost = (length: number, ms: number) => ({ length, ms });

  it('sends the first draft to the worker: nothing is known of its cost yet', () => {
    expect(analyzeHere(10, [])).toBe(false);
  });

  it('keeps a keystroke on the page when the text before it parsed well within the limit', () => {
    expect(analyzeHere(100_001, [cost(100_000, 2)])).toBe(true);
    expect(analyzeHere(99_999, [cost(100_000, 2)])).toBe(true);
  });

  it('scales the cost to the new length: a keystroke that would take longer than the limit goes to the worker', () => {
    const last = cost(100_000, ANALYSE_HERE_MS);
    expect(analyzeHere(100_000, [last])).toBe(true);
    expect(analyzeHere(100_001, [last])).toBe(false);
    expect(analyzeHere(99_999, [last])).toBe(true);
  });

  it('sends a paste (a change longer than a small edit) to the worker, however fast the text before it was', () => {
    expect(analyzeHere(1_000 + SMALL_EDIT_CHARS, [cost(1_000, 0.1)])).toBe(true);
    expect(analyzeHere(1_000 + SMALL_EDIT_CHARS + 1, [cost(1_000, 0.1)])).toBe(false);
    expect(analyzeHere(0, [cost(1_000, 0.1)])).toBe(false);
  });

  it('goes by the lowest recent cost: slow stages now and then (a garbage collection, a cold start) do not move typing to the worker; a draft slow throughout does', () => {
    const slowOnce = [cost(100_000, 40), cost(100_000, 2), cost(100_000, 35), cost(100_000, 50)];
    expect(analyzeHere(100_000, slowOnce)).toBe(true);
    const slowThroughout = Array.from({ length: COSTS_KEPT }, (_, i) => cost(100_000, 7 + i));
    expect(analyzeHere(100_000, slowThroughout)).toBe(false);
    // Only the latest COSTS_KEPT count: a fast stage long ago is forgotten.
    expect(analyzeHere(100_000, [cost(100_000, 1), ...slowThroughout])).toBe(false);
  });

  it('counts texts of up to 1,024 characters as costing the same: a small draft after an empty one stays on the page', () => {
    // The empty draft's analysis took 0.2 ms: a 2,048-character draft is expected to take 0.4 ms, not 2,048 times that.
    expect(analyzeHere(2_048, [cost(0, 0.2), cost(2_047, 0.3)])).toBe(true);
    expect(analyzeHere(1, [cost(0, ANALYSE_HERE_MS)])).toBe(true);
    expect(analyzeHere(1, [cost(0, ANALYSE_HERE_MS + 0.1)])).toBe(false);
  });
});

describe('stagedAnalyzer', () => {
  const json = JSON.stringify(importText('عنوان المسودة\n\nقال الوزير: "سنواصل العمل" في أوكرانيا.', { status: 'draft' }), null, 2);
  let posted: AnalysisResponse[];
  beforeEach(() => {
    vi.useFakeTimers();
    posted = [];
  });
  afterEach(() => vi.useRealTimers());

  it('answers with the article at once and with lint and review after a pause', () => {
    const analyzer = stagedAnalyzer((r) => posted.push(r));
    analyzer.analyze({ seq: 1, text: json });
    expect(posted.map((r) => r.stage)).toEqual(['article']);
    expect(posted[0]!.stage === 'article' && posted[0]!.result.article?.title).toBe('عنوان المسودة');
    vi.advanceTimersByTime(DETAILS_AFTER_MS);
    expect(posted.map((r) => `${r.stage}:${r.seq}`)).toEqual(['article:1', 'details:1']);
    const details = posted[1]!;
    expect(details.stage === 'details' && details.result.review?.statements.length).toBe(1);
  });

  it('when the page parsed the article itself, answers with lint and review only', () => {
    const analyzer = stagedAnalyzer((r) => posted.push(r));
    analyzer.analyze({ seq: 4, text: json, articleHere: true });
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(DETAILS_AFTER_MS);
    expect(posted.map((r) => `${r.stage}:${r.seq}`)).toEqual(['details:4']);
    expect(posted[0]!.stage === 'details' && posted[0]!.result.review?.statements.length).toBe(1);
  });

  it('drops the pending lint and review of a draft a newer one replaced', () => {
    const analyzer = stagedAnalyzer((r) => posted.push(r));
    analyzer.analyze({ seq: 1, text: json, articleHere: true });
    vi.advanceTimersByTime(DETAILS_AFTER_MS - 1);
    analyzer.analyze({ seq: 2, text: json.replace('عنوان', 'عنوان جديد'), articleHere: true });
    vi.advanceTimersByTime(DETAILS_AFTER_MS);
    expect(posted.map((r) => `${r.stage}:${r.seq}`)).toEqual(['details:2']);
    analyzer.analyze({ seq: 3, text: json });
    analyzer.dispose();
    vi.advanceTimersByTime(DETAILS_AFTER_MS);
    expect(posted.map((r) => `${r.stage}:${r.seq}`)).toEqual(['details:2', 'article:3']);
  });
});
