/**
 * Bringing content in the way editors have it: HTML pasted from Word, Word Online, Google Docs,
 * LibreOffice or a web page, and .docx files and saved web pages opened as drafts. Each becomes article
 * JSON (quotes and threads detected as for plain text) with a report of what was kept and left out.
 *
 * Pasted HTML is parsed in an inert document under the `sahifa-import` Trusted Types policy
 * (parse-html.ts) and never inserted into the page; the walker (walk.ts) reads it into blocks, and the
 * article core (src/article/import-blocks.ts) makes the article.
 */
import { DetectionError } from '../../article/detection-error';
import type { OpenResult } from '../open-file';
import { fromWalk, type ImportResult } from './article';
import { parseInert } from './parse-html';
import { walkHtml, type WalkResult } from './walk';

export { fromWalk as importWalked, type ImportResult } from './article';
export { draftFileKind, type DraftFileKind, type ImportFailure } from './kinds';
export { describeImport, importMessage, type ImportMessagePart, type ImportReport, type KeptCounts, type MessageOptions, type Translate } from './report';
export type { DroppedCounts, WalkResult } from './walk';

/**
 * Opens a .docx, .doc or saved web page (.html, .htm) as a draft: `{ ok: true, text, name, report }`, or a
 * failure with its reason (files.ts). readOneDraftFile (open-file.ts) sends such files here itself. The
 * importers are loaded on the first call.
 */
export async function importDraftFile(file: Blob & { name: string; type?: string }): Promise<OpenResult> {
  return (await import('./files')).importDraftFile(file);
}

/** Pasted HTML longer than this is pasted as plain text (a draft is at most 5 MiB of JSON; Word's HTML runs ten times its text). */
export const MAX_CLIPBOARD_HTML = 64 * 1024 * 1024;

/** The `text/html` flavour of a paste parsed inert; null when empty, over MAX_CLIPBOARD_HTML, or refused by the browser's Trusted Types. */
export function parseClipboardHtml(html: string): Document | null {
  if (html.length === 0 || html.length > MAX_CLIPBOARD_HTML) return null;
  try {
    return parseInert(html);
  } catch {
    return null;
  }
}

/**
 * The blocks of parsed clipboard HTML, or null when it carries nothing the plain text would lose, and the
 * editor then pastes the `text/plain` flavour as it does today: no text at all (an image copied with its
 * address), or a single block (a word or a sentence copied from a web page: as the first block it could
 * only be the headline, and a headline is plain text). With `maxBlocks`, only the first blocks (a first
 * look at a long paste, its counts of what was left out partial).
 */
export function walkClipboard(doc: Document, maxBlocks?: number): WalkResult | null {
  const walked = walkHtml(doc, maxBlocks === undefined ? {} : { maxBlocks });
  return walked.blocks.filter((b) => b.text.trim() !== '').length <= 1 ? null : walked;
}

/** Reads the `text/html` flavour of a paste into blocks (parse and walk: the part that needs the DOM); null as above. */
export function readClipboardHtml(html: string): WalkResult | null {
  const doc = parseClipboardHtml(html);
  return doc && walkClipboard(doc);
}

/**
 * Imports the `text/html` flavour of a paste: readClipboardHtml, then the article (importWalked, which
 * needs no DOM and may run in the analysis worker instead). Null as readClipboardHtml, or when detection
 * fails (a bug, which the plain text's analysis then reports).
 */
export function importClipboardHtml(html: string): ImportResult | null {
  const walked = readClipboardHtml(html);
  if (!walked) return null;
  try {
    return fromWalk(walked);
  } catch (error) {
    if (error instanceof DetectionError) return null;
    throw error;
  }
}
