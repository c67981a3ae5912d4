/**
 * What the preview makes of a draft: its kind (article JSON or plain newsroom text), the article
 * to show, and the problems to list. Pure: no React, no DOM, so it is unit-tested and benchmarked
 * on its own.
 */
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

/** Analyses a draft. Never throws. Plain text goes through the importer and is always a draft. */
export function analyzeDraft(text: string): DraftAnalysis {
  const kind = draftKind(text);
  if (kind === 'empty') return { kind, article: null, problems: [] };
  if (kind === 'text') {
    // The importer validates nothing: put its result through the same parser readers' files go through.
    const imported = importText(text, { status: 'draft' });
    const checked = parseArticle(JSON.stringify(imported));
    // Positions would point into generated JSON, not the editor's text: keep the codes, place them at the start.
    return checked.ok
      ? { kind, article: checked.article, problems: [] }
      : { kind, article: null, problems: checked.problems.map((p) => ({ ...p, offset: 0, length: 0, line: 1, column: 1 })) };
  }
  const parsed = parseArticle(text);
  return parsed.ok ? { kind, article: parsed.article, problems: [] } : { kind, article: null, problems: parsed.problems };
}

/** The draft converted to article JSON (plain text through the importer), pretty-printed for editing. */
export function draftAsJson(text: string): string | null {
  if (draftKind(text) !== 'text') return null;
  return `${JSON.stringify(importText(text, { status: 'draft' }), null, 2)}\n`;
}
