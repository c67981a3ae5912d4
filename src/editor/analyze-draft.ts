/**
 * What the preview makes of a draft: its kind (article JSON or plain newsroom text), the article
 * to show, and the problems to list. Pure: no React, no DOM, so it is unit-tested and benchmarked
 * on its own.
 */
import { DetectionError } from '../article/detection-error';
import { importText } from '../article/import-text';
import { parseArticle } from '../article/parse';
import type { Problem } from '../article/problems';
import type { Article } from '../article/schema';

export type DraftKind = 'empty' | 'json' | 'text';

export interface DraftAnalysis {
  kind: DraftKind;
  /** The article as readers would get it; null when the draft is empty or invalid. */
  article: Article | null;
  /** Problems from the article core, with line and column in the draft. */
  problems: Problem[];
}

/** A draft is JSON when its first non-blank character opens an object or array; anything else is newsroom text. */
export function draftKind(text: string): DraftKind {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    return c === 0x7b || c === 0x5b ? 'json' : 'text';
  }
  return 'empty';
}

/** Analyzes a draft. Never throws for a bad draft; a failure of the detectors becomes a 'detection-failed' problem. Plain text goes through the importer and is always a draft. */
export function analyzeDraft(text: string): DraftAnalysis {
  const kind = draftKind(text);
  if (kind === 'empty') return { kind, article: null, problems: [] };
  if (kind === 'text') {
    let imported;
    try {
      imported = importText(text, { status: 'draft' });
    } catch (error) {
      // A bug in the detectors, not in the draft: say so, and keep the draft as it is.
      if (error instanceof DetectionError) return { kind, article: null, problems: [detectionProblem(error)] };
      throw error;
    }
    // The importer validates nothing: put its result through the same parser readers' files go through.
    const checked = parseArticle(JSON.stringify(imported));
    // Positions would point into generated JSON, not the editor's text: keep the codes, place them at the start.
    return checked.ok
      ? { kind, article: checked.article, problems: [] }
      : { kind, article: null, problems: checked.problems.map((p) => ({ ...p, offset: 0, length: 0, line: 1, column: 1 })) };
  }
  const parsed = parseArticle(text);
  return parsed.ok ? { kind, article: parsed.article, problems: [] } : { kind, article: null, problems: parsed.problems };
}

function detectionProblem(error: DetectionError): Problem {
  return { code: 'detection-failed', params: { stage: error.stage, paragraph: error.paragraph + 1 }, pointer: '', offset: 0, length: 0, line: 1, column: 1 };
}

/** The draft converted to article JSON (plain text through the importer), pretty-printed for editing; null for a JSON or empty draft, or when detection failed. */
export function draftAsJson(text: string): string | null {
  if (draftKind(text) !== 'text') return null;
  try {
    return `${JSON.stringify(importText(text, { status: 'draft' }), null, 2)}\n`;
  } catch (error) {
    // The problems list already says that detection failed (analyzeDraft); the text stays as it is.
    if (error instanceof DetectionError) return null;
    throw error;
  }
}
