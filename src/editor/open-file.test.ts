import { describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../article/parse';
import { MAX_DOWNLOAD_NAME_BYTES, MAX_DRAFT_FILE_BYTES, downloadName, filesFromDrop, isFileDrag, openFailureKey, readOneDraftFile, readDraftFiles } from './open-file';

const file = (parts: BlobPart[], name = 'draft.json') => new File(parts, name);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('readOneDraftFile', () => {
  it('reads UTF-8 text with its name', async () => {
    const text = '{"title": "مباحثات في سيول 👍🏽"}\r\n';
    expect(await readOneDraftFile(file([text]))).toEqual({ ok: true, text, name: 'draft.json' });
  });

  it('drops a UTF-8 byte-order mark, and only the first', async () => {
    expect(await readOneDraftFile(file([bytes(0xef, 0xbb, 0xbf), 'نص']))).toEqual({ ok: true, text: 'نص', name: 'draft.json' });
    expect(await readOneDraftFile(file([bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), 'x']))).toMatchObject({ ok: true, text: '\ufeffx' });
  });

  it('reads UTF-16 with a byte-order mark (Notepad’s "Unicode")', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص عربي', 'utf16le')]);
    expect(await readOneDraftFile(file([le], 'a.txt'))).toEqual({ ok: true, text: 'نص عربي', name: 'a.txt' });
    const be = Buffer.from('نص عربي', 'utf16le').swap16();
    expect(await readOneDraftFile(file([bytes(0xfe, 0xff), be]))).toMatchObject({ ok: true, text: 'نص عربي' });
    // An odd number of bytes cannot be UTF-16.
    expect(await readOneDraftFile(file([bytes(0xff, 0xfe, 0x41)]))).toMatchObject({ ok: false, reason: 'not-utf8' });
  });

  it('refuses invalid UTF-8, such as Windows-1256 Arabic', async () => {
    // "سلام" in Windows-1256.
    expect(await readOneDraftFile(file([bytes(0xd3, 0xe1, 0xc7, 0xe3)], 'old.txt'))).toEqual({
      ok: false,
      reason: 'not-utf8',
      params: { name: 'old.txt' },
    });
    // A lone continuation byte, an overlong encoding and an encoded surrogate.
    for (const bad of [bytes(0x61, 0x80), bytes(0xc0, 0xaf), bytes(0xed, 0xa0, 0x80)]) {
      expect(await readOneDraftFile(file([bad]))).toMatchObject({ ok: false, reason: 'not-utf8' });
    }
  });

  it('refuses binary files: NUL bytes or a known format', async () => {
    expect(await readOneDraftFile(file(['{"a":', bytes(0), '1}'], 'x.bin'))).toEqual({ ok: false, reason: 'binary', params: { name: 'x.bin' } });
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
    const docx = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
    for (const binary of [png, pdf, docx]) expect(await readOneDraftFile(file([binary]))).toMatchObject({ ok: false, reason: 'binary' });
    // UTF-16 that decodes to NUL characters.
    expect(await readOneDraftFile(file([bytes(0xff, 0xfe, 0x00, 0x00)]))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('calls empty and blank files empty', async () => {
    expect(await readOneDraftFile(file([], 'e.json'))).toEqual({ ok: false, reason: 'empty', params: { name: 'e.json' } });
    expect(await readOneDraftFile(file([' \n\t\r\n']))).toMatchObject({ ok: false, reason: 'empty' });
    expect(await readOneDraftFile(file([bytes(0xef, 0xbb, 0xbf)]))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('sends Word documents and web pages to the importers, with their own failures (src/editor/import/files.test.ts has the rest)', async () => {
    expect(await readOneDraftFile(file([bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)], 'story.docx'))).toEqual({ ok: false, reason: 'docx-corrupt', params: { name: 'story.docx' } });
    expect(await readOneDraftFile(file([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)], 'old.doc'))).toMatchObject({ ok: false, reason: 'doc-legacy' });
    const big = new File([new Uint8Array(MAX_DRAFT_FILE_BYTES + 1)], 'big.docx');
    expect(await readOneDraftFile(big)).toMatchObject({ ok: false, reason: 'too-large', params: { name: 'big.docx', size: 5.1, limit: 5 } });
    expect(await readOneDraftFile(file([], 'empty.html'))).toEqual({ ok: false, reason: 'empty', params: { name: 'empty.html' } });
    // The same bytes as a text file are refused as binary, as before.
    expect(await readOneDraftFile(file([bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)], 'story.txt'))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('names each failure’s message key: the preview’s for text files, the import bundle’s for the importers', () => {
    expect(openFailureKey('not-utf8')).toBe('file.not-utf8');
    for (const reason of ['docx-corrupt', 'docx-encrypted', 'doc-legacy', 'import-empty', 'import-too-large', 'import-failed'] as const) expect(openFailureKey(reason)).toBe(`import.file.${reason}`);
  });

  it('uses the article core’s size limit', () => {
    expect(MAX_DRAFT_FILE_BYTES).toBe(MAX_DOCUMENT_BYTES);
    expect(MAX_DRAFT_FILE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('opens a file of exactly the limit', async () => {
    const result = await readOneDraftFile(file([new Uint8Array(MAX_DRAFT_FILE_BYTES).fill(0x61)]));
    expect(result.ok && result.text.length).toBe(MAX_DRAFT_FILE_BYTES);
  });

  it('refuses a file one byte over the limit, with sizes for the message', async () => {
    const big = file([new Uint8Array(MAX_DRAFT_FILE_BYTES + 1)], 'big.json');
    expect(await readOneDraftFile(big)).toEqual({
      ok: false,
      reason: 'too-large',
      params: { name: 'big.json', size: 5.1, limit: 5, bytes: MAX_DRAFT_FILE_BYTES + 1, limitBytes: MAX_DRAFT_FILE_BYTES },
    });
  });

  it('checks the size before reading anything', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'video.mp4', size: 4 * 1024 ** 3, type: '', arrayBuffer } as unknown as File;
    expect(await readOneDraftFile(huge)).toMatchObject({ ok: false, reason: 'too-large', params: { size: 4096, limit: 5 } });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be read (a folder, or changed since it was chosen)', async () => {
    const gone = { name: 'gone.json', size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as unknown as File;
    expect(await readOneDraftFile(gone)).toEqual({ ok: false, reason: 'unreadable', params: { name: 'gone.json' } });
  });

  it('re-checks the size of what was actually read', async () => {
    const grew = { name: 'log.txt', size: 10, arrayBuffer: async () => new ArrayBuffer(MAX_DRAFT_FILE_BYTES + 10) } as unknown as File;
    expect(await readOneDraftFile(grew)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('readDraftFiles', () => {
  it('opens exactly one file', async () => {
    expect(await readDraftFiles([])).toEqual({ ok: false, reason: 'none', params: {} });
    expect(await readDraftFiles([file(['a']), file(['b']), file(['c'])])).toEqual({ ok: false, reason: 'several', params: { count: 3 } });
    expect(await readDraftFiles([file(['a'], 'a.txt')])).toEqual({ ok: true, text: 'a', name: 'a.txt' });
  });
});

describe('filesFromDrop / isFileDrag', () => {
  const a = file(['a'], 'a.json');
  const b = file(['b'], 'b.json');

  it('takes the dropped files', () => {
    const dt = { files: [a, b], items: [], types: ['Files'] } as unknown as DataTransfer;
    expect(filesFromDrop(dt)).toEqual([a, b]);
    expect(isFileDrag(dt)).toBe(true);
  });

  it('falls back to file items', () => {
    const dt = {
      files: [],
      items: [
        { kind: 'string', getAsFile: () => null },
        { kind: 'file', getAsFile: () => a },
      ],
      types: ['text/plain', 'Files'],
    } as unknown as DataTransfer;
    expect(filesFromDrop(dt)).toEqual([a]);
  });

  it('finds nothing in a text drop or without a transfer', () => {
    const dt = { files: [], items: [{ kind: 'string', getAsFile: () => null }], types: ['text/plain'] } as unknown as DataTransfer;
    expect(filesFromDrop(dt)).toEqual([]);
    expect(isFileDrag(dt)).toBe(false);
    expect(filesFromDrop(null)).toEqual([]);
    expect(isFileDrag(null)).toBe(false);
  });
});

describe('downloadName', () => {
  it('prefers the slug, then the title, then "draft"', () => {
    expect(downloadName('مباحثات في سيول', 'seoul-talks')).toBe('seoul-talks.json');
    expect(downloadName('مباحثات في سيول')).toBe('مباحثات في سيول.json');
    expect(downloadName('مباحثات', '  ')).toBe('مباحثات.json');
    expect(downloadName('')).toBe('draft.json');
    expect(downloadName(' / .. \\ ')).toBe('draft.json');
  });

  it('removes path separators, reserved and control characters', () => {
    expect(downloadName('../../etc/passwd')).toBe('etc passwd.json');
    expect(downloadName('a\\b:c*d?e"f<g>h|i')).toBe('a b c d e f g h i.json');
    expect(downloadName('line\none\ttab\u0000nul\u007f')).toBe('line one tabnul.json');
  });

  it('removes directional overrides that could disguise the extension', () => {
    expect(downloadName('invoice\u202enosj.exe')).toBe('invoicenosj.exe.json');
    expect(downloadName('\u200fعنوان\u200e')).toBe('عنوان.json');
  });

  it('does not double the extension, start with a dot or end with dots', () => {
    expect(downloadName('', 'story.JSON')).toBe('story.json');
    expect(downloadName('.hidden')).toBe('hidden.json');
    expect(downloadName('the end...')).toBe('the end.json');
  });

  it('avoids names Windows reserves for devices', () => {
    expect(downloadName('CON')).toBe('CON_.json');
    expect(downloadName('', 'lpt1')).toBe('lpt1_.json');
    expect(downloadName('Conference')).toBe('Conference.json');
  });

  it('caps the length in bytes without splitting a character', () => {
    const arabic = downloadName('ب'.repeat(500));
    expect(new TextEncoder().encode(arabic.replace(/\.json$/, '')).length).toBe(MAX_DOWNLOAD_NAME_BYTES);
    const emoji = downloadName('👨‍👩‍👧'.repeat(100));
    const base = emoji.replace(/\.json$/, '');
    expect(new TextEncoder().encode(base).length).toBeLessThanOrEqual(MAX_DOWNLOAD_NAME_BYTES);
    // Whole family emoji only (each is 18 bytes): no split surrogate pair or dangling joiner.
    expect(base).toBe('👨‍👩‍👧'.repeat(Math.floor(MAX_DOWNLOAD_NAME_BYTES / 18)));
  });
});
