/**
 * Opening a draft from a file (picker or drag and drop) and naming one for download. Every
 * failure is a reason code with parameters for the message (openFailureKey names its key: `file.<reason>`
 * in the preview locales, `import.file.<reason>` for the importers' own), never an exception. Word
 * documents and saved web pages go through the importers (src/editor/import/files.ts).
 */
import { MAX_DOCUMENT_BYTES } from '../article/parse';
import { draftFileKind, type ImportFailure } from './import/kinds';
import type { ImportReport } from './import/report';

/** Largest file opened, in bytes: the article core's document limit (5 MiB). Checked before reading. */
export const MAX_DRAFT_FILE_BYTES = MAX_DOCUMENT_BYTES;

/** Longest download name before `.json`, in UTF-8 bytes: well under the 255 bytes file systems allow. */
export const MAX_DOWNLOAD_NAME_BYTES = 120;

export type OpenFailure = 'too-large' | 'binary' | 'not-utf8' | 'unreadable' | 'empty' | 'several' | 'none';

export type OpenResult =
  /** `report` for an imported Word document or web page: what was kept and what was left out. */
  | { ok: true; text: string; name: string; report?: ImportReport }
  | { ok: false; reason: OpenFailure | ImportFailure; params: Record<string, string | number> };

const IMPORT_FAILURES: ReadonlySet<string> = new Set<ImportFailure>(['docx-corrupt', 'docx-encrypted', 'doc-legacy', 'import-empty', 'import-too-large', 'import-failed']);

/** The message key of a failure reason: `file.<reason>`, or `import.file.<reason>` for an importer's (import.*.json). */
export function openFailureKey(reason: OpenFailure | ImportFailure): string {
  return IMPORT_FAILURES.has(reason) ? `import.file.${reason}` : `file.${reason}`;
}

const MIB = 1024 * 1024;

/** Megabytes with one decimal, rounded up, so a file just over the limit never reads as "5 MB". */
const mib = (bytes: number) => Math.ceil((bytes / MIB) * 10) / 10;

const fail = (reason: OpenFailure, params: Record<string, string | number>): OpenResult => ({ ok: false, reason, params });

/** Leading bytes of common binary formats people may pick by mistake (so they are not reported as a text encoding problem). */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP: .docx, .odt, .xlsx, .zip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: old .doc and .xls
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf: RTF is ASCII but not a draft
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV, AVI
  [0x1f, 0x8b], // gzip
];

function looksBinary(bytes: Uint8Array): boolean {
  if (SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  return bytes.includes(0);
}

/**
 * The bytes of a chosen or dropped file, or why it cannot be opened: `too-large` (checked before
 * anything is read, and again after, for a file that grew on disk since it was chosen), `empty`,
 * `unreadable`. Every file the editor opens is read through here.
 */
export async function readDraftBytes(file: Blob & { name: string }): Promise<Uint8Array | OpenResult> {
  const name = file.name;
  const tooLarge = (bytes: number) =>
    fail('too-large', { name, size: mib(bytes), limit: mib(MAX_DRAFT_FILE_BYTES), bytes, limitBytes: MAX_DRAFT_FILE_BYTES });
  if (file.size > MAX_DRAFT_FILE_BYTES) return tooLarge(file.size);
  if (file.size === 0) return fail('empty', { name });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('unreadable', { name });
  }
  return bytes.length > MAX_DRAFT_FILE_BYTES ? tooLarge(bytes.length) : bytes;
}

/**
 * Reads a chosen or dropped file as draft text. The size is checked before anything is read.
 * UTF-8 is expected (a byte-order mark is dropped); UTF-16 with a byte-order mark, as Windows
 * Notepad's "Unicode" writes it, is read too. Nothing else is guessed: a legacy Arabic encoding
 * (Windows-1256) is reported as `not-utf8`, so the editor never shows mojibake.
 *
 * Failures and their parameters (all include `name`):
 * `too-large` (`size`, `limit` in MB with one decimal; `bytes`, `limitBytes`), `empty`, `binary`
 * (NUL bytes or a known binary format), `not-utf8`, `unreadable` (a folder, or a file that moved
 * or changed since it was chosen).
 *
 * A .docx, .doc or .html/.htm file (by name, or by MIME type when the name says nothing) is imported
 * instead (importDraftFile): the text is then article JSON, with a `report`, and the importers' failures
 * (ImportFailure) are possible too.
 */
export async function readOneDraftFile(file: Blob & { name: string; type?: string }): Promise<OpenResult> {
  // The importers (and through them mammoth or Readability) are loaded only when such a file is opened.
  if (draftFileKind(file)) return (await import('./import/files')).importDraftFile(file);
  const name = file.name;
  const bytes = await readDraftBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;

  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    try {
      text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      return fail('not-utf8', { name });
    }
    if (text.includes('\0')) return fail('binary', { name });
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return fail('binary', { name });
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return fail('not-utf8', { name });
    }
  }
  if (text.trim() === '') return fail('empty', { name });
  return { ok: true, text, name };
}

/**
 * Opens the one file of a drop or a picker: `none` when there is no file (text or a link was
 * dropped), `several` (with `count`) when there is more than one, else `readOneDraftFile`.
 */
export async function readDraftFiles(files: readonly (Blob & { name: string; type?: string })[]): Promise<OpenResult> {
  if (files.length === 0) return fail('none', {});
  if (files.length > 1) return fail('several', { count: files.length });
  return readOneDraftFile(files[0]!);
}

/** The files of a drop (empty when text or a link was dropped instead). */
export function filesFromDrop(dt: DataTransfer | null): File[] {
  if (!dt) return [];
  const files = Array.from(dt.files ?? []);
  if (files.length > 0) return files;
  const fromItems: File[] = [];
  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== 'file') continue;
    const file = item.getAsFile();
    if (file) fromItems.push(file);
  }
  return fromItems;
}

/** Whether a drag carries files: the check for `dragover`, when the files themselves are not readable yet. */
export function isFileDrag(dt: DataTransfer | null): boolean {
  return !!dt && Array.from(dt.types ?? []).includes('Files');
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** Cuts `name` to `max` UTF-8 bytes at a character (grapheme where supported) boundary. */
function cutToBytes(name: string, max: number): string {
  if (utf8Bytes(name) <= max) return name;
  const pieces =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name), (s) => s.segment)
      : Array.from(name);
  let out = '';
  let used = 0;
  for (const piece of pieces) {
    const size = utf8Bytes(piece);
    if (used + size > max) break;
    out += piece;
    used += size;
  }
  return out;
}

/** Makes one piece of text safe as a file name; '' when nothing usable is left. */
function cleanName(raw: string): string {
  let name = raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    // Control characters, and directional controls that could disguise the extension ("…nosj.exe").
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, '')
    // Path separators and the other characters Windows forbids.
    .replace(/[\\/:*?"<>|]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\.json$/iu, '');
  name = cutToBytes(name, MAX_DOWNLOAD_NAME_BYTES)
    // No hidden files or "..", no trailing dots or spaces (Windows drops them).
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  // Device names Windows reserves, with any extension.
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu.test(name)) name = `${name}_`;
  return name;
}

/**
 * A safe download name, `<slug or title>.json`: the slug when there is one, else the title
 * (Arabic and any other script kept), else `draft`. Path separators, characters Windows forbids,
 * control and directional-override characters are removed, and the name is cut to
 * `MAX_DOWNLOAD_NAME_BYTES` bytes without splitting a character.
 */
export function downloadName(title: string, slug?: string): string {
  return `${cleanName(slug ?? '') || cleanName(title) || 'draft'}.json`;
}
