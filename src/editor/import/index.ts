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
import type { Article } from '../../article/schema';
import { fromWalk } from './files';
import { parseInert } from './parse-html';
import type { ImportReport } from './report';
import { walkHtml } from './walk';

export { draftFileKind, importDraftFile, type DraftFileKind, type ImportFailure } from './files';
export { describeImport, importMessage, type ImportMessagePart, type ImportReport, type KeptCounts, type MessageOptions, type Translate } from './report';
export type { DroppedCounts } from './walk';

export interface ImportResult {
  /** The article JSON, pretty-printed as the editor shows JSON drafts (as draftAsJson writes it). */
  text: string;
  article: Article;
  report: ImportReport;
}

/** Pasted HTML longer than this is pasted as plain text (a draft is at most 5 MiB of JSON; Word's HTML runs ten times its text). */
export const MAX_CLIPBOARD_HTML = 64 * 1024 * 1024;

/**
 * Imports the `text/html` flavour of a paste. Null when the HTML carries nothing the plain text would
 * lose, and the editor then pastes the `text/plain` flavour as it does today: no text at all (an image
 * copied with its address), or a single block (a word or a sentence copied from a web page: as the first
 * block it could only be the headline, and a headline is plain text). Null too when the HTML cannot be read: over MAX_CLIPBOARD_HTML, a browser that refuses the
 * import's Trusted Types policy, or a failure of detection (a bug, which the plain text's analysis then
 * reports).
 */
export function importClipboardHtml(html: string): ImportResult | null {
  if (html.length === 0 || html.length > MAX_CLIPBOARD_HTML) return null;
  let doc: Document;
  try {
    doc = parseInert(html);
  } catch {
    return null;
  }
  const walked = walkHtml(doc);
  const blocks = walked.blocks.filter((b) => b.text.trim() !== '');
  if (blocks.length <= 1) return null;
  try {
    return fromWalk(walked);
  } catch (error) {
    if (error instanceof DetectionError) return null;
    throw error;
  }
}
