/**
 * Opening Word documents (.docx) and saved web pages (.html, .htm) as drafts: each becomes article JSON
 * with a report of what was kept and left out. mammoth and Readability are loaded only when such a file is
 * opened. Failures are reason codes with parameters, never exceptions, as for text files (open-file.ts);
 * the new reasons are worded under `import.file.<reason>` (openFailureKey in open-file.ts names the key).
 */
import type { SourceBlock } from '../../article/import-blocks';
import { MAX_DOCUMENT_BYTES } from '../../article/parse';
import { isArticleHref } from '../../article/links';
import { readDraftBytes, type OpenResult } from '../open-file';
import { fromWalk } from './article';
import { docxToHtml, checkDocxZip, isEncryptedOffice, isOleFile } from './docx';
import { parseInert } from './parse-html';
import { draftFileKind, type ImportFailure } from './kinds';
import type { ImportReport } from './report';
import { readSavedPage } from './saved-page';
import { walkHtml } from './walk';

const MIB = 1024 * 1024;
const mib = (bytes: number) => Math.ceil((bytes / MIB) * 10) / 10;

const fail = (reason: ImportFailure | 'too-large' | 'empty' | 'unreadable' | 'binary' | 'not-utf8', params: Record<string, string | number>): OpenResult => ({ ok: false, reason, params });

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), lower-cased. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** A saved page's text: UTF-8 or UTF-16 by their byte-order mark, else the charset it declares (windows-1256 pages are common), else UTF-8. */
function decodePage(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const charset = declaredCharset(bytes);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        // A charset the browser does not know: try UTF-8.
      }
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function finish(name: string, made: { text: string; report: ImportReport } | null): OpenResult {
  if (!made) return fail('import-empty', { name });
  const size = new TextEncoder().encode(made.text).length;
  if (size > MAX_DOCUMENT_BYTES) return fail('import-too-large', { name, size: mib(size), limit: mib(MAX_DOCUMENT_BYTES) });
  return { ok: true, text: made.text, name, report: made.report };
}

async function importDocx(bytes: Uint8Array, name: string): Promise<OpenResult> {
  const check = checkDocxZip(bytes);
  if (check === 'corrupt') return fail('docx-corrupt', { name });
  if (check === 'too-large') return fail('import-too-large', { name, size: mib(bytes.length), limit: mib(MAX_DOCUMENT_BYTES) });
  let html: string;
  try {
    html = await docxToHtml(bytes);
  } catch {
    return fail('docx-corrupt', { name });
  }
  return finish(name, fromWalk(walkHtml(parseInert(html), { directionMarkers: true })));
}

async function importPage(bytes: Uint8Array, name: string): Promise<OpenResult> {
  const html = decodePage(bytes);
  if (html === null) return fail('not-utf8', { name });
  if (html.includes('\0')) return fail('binary', { name });
  const page = await readSavedPage(html);
  const walked = walkHtml(page.root, { dir: page.dir });
  walked.dropped.pageParts += page.pageParts;
  walked.dropped.scripts += page.scripts;
  // Readability takes the title out of the article: it comes back as the headline.
  const first = walked.blocks.find((b) => b.text.trim() !== '');
  if (page.title && first?.text.trim() !== page.title) {
    const headline: SourceBlock = { kind: 'heading', level: 1, text: page.title, marks: [], dir: page.dir };
    walked.blocks.unshift(headline);
  }
  const source = page.url || page.siteName ? { ...(page.siteName ? { name: page.siteName.slice(0, 300) } : {}), ...(page.url && isArticleHref(page.url) ? { url: page.url } : {}) } : undefined;
  return finish(name, fromWalk(walked, { byline: page.byline?.slice(0, 300) ?? undefined, source }));
}

/**
 * Opens a .docx, .doc or saved web page as a draft: `{ ok: true, text, name, report }` with the article
 * JSON, or a failure. The size limit is the one for every draft file (checked before reading); the
 * content decides over the name (a .doc that is really a .docx opens; an encrypted .docx is an OLE file).
 */
export async function importDraftFile(file: Blob & { name: string; type?: string }): Promise<OpenResult> {
  const name = file.name;
  const bytes = await readDraftBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const kind = draftFileKind(file) ?? 'html';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  try {
    if (zip && kind !== 'html') return await importDocx(bytes, name);
    if (isOleFile(bytes)) return fail(isEncryptedOffice(bytes) ? 'docx-encrypted' : kind === 'html' ? 'binary' : 'doc-legacy', { name });
    if (kind === 'doc') return fail('doc-legacy', { name });
    if (kind === 'docx') return fail('docx-corrupt', { name });
    if (zip) return fail('binary', { name });
    return await importPage(bytes, name);
  } catch {
    // A bug in a converter or in detection: the file is not opened, and the draft is left as it was.
    return fail('import-failed', { name });
  }
}
