/**
 * Reading a .docx: mammoth (loaded only here, when a .docx is opened) turns it into HTML, which the walker
 * reads like pasted HTML. Mammoth drops each paragraph's direction (w:bidi in its properties, or from its
 * paragraph style in styles.xml, or the document defaults), so before mammoth reads the file each right-to-left
 * paragraph of word/document.xml gets a run holding a direction marker (U+FDD0) as its first content; the
 * walker reads the marker as the paragraph's direction and removes it. The markers travel with their
 * paragraphs through lists, headings and tables, which matching paragraphs by position would not.
 */
import { RTL_MARKER } from './walk';

/** Longest word/document.xml read, uncompressed: far above any article, far below a zip bomb's. */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

export type DocxCheck = 'ok' | 'corrupt' | 'too-large';

/**
 * Checks a zip's central directory without decompressing anything: that it is a zip, that it has the main
 * part of a Word document, and that the part is not too large once uncompressed.
 */
export function checkDocxZip(bytes: Uint8Array): DocxCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'corrupt';
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let document = -1;
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return 'corrupt';
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return 'corrupt';
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === 'word/document.xml') document = size;
    at += 46 + nameLength + extra + comment;
  }
  if (document < 0) return 'corrupt';
  // 0xffffffff: the size is in a ZIP64 record, so over 4 GiB.
  return document > MAX_DOCUMENT_XML_BYTES ? 'too-large' : 'ok';
}

/** An OLE compound file (old .doc, or any Office file protected with a password): D0 CF 11 E0. */
export function isOleFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Whether an OLE file is an encrypted Office document: it holds a stream named "EncryptedPackage". */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  // Directory entries store names in UTF-16LE.
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** The value of a w:bidi (or any on/off) element's attributes: on unless w:val says 0, false or off. */
function onOff(attributes: string): boolean {
  const m = /\bw:val\s*=\s*["']([^"']*)["']/u.exec(attributes);
  return !m || !/^(?:0|false|off)$/iu.test(m[1]!);
}

/** The w:bidi of a pPr's XML (its own, not a pPrChange's), or null when it has none. */
function bidiIn(pPr: string): boolean | null {
  const own = pPr.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/gu, '');
  const m = /<w:bidi\b([^>]*?)\/?>/u.exec(own);
  return m ? onOff(m[1]!) : null;
}

/** Paragraph direction as word/styles.xml gives it: each paragraph style's own w:bidi, its base, the defaults. */
export class StyleDirections {
  private readonly own = new Map<string, boolean | null>();
  private readonly basedOn = new Map<string, string>();
  private readonly defaultStyle: string | null = null;
  private readonly docDefault: boolean;

  constructor(stylesXml: string) {
    const defaults = /<w:pPrDefault\b[^>]*>([\s\S]*?)<\/w:pPrDefault>/u.exec(stylesXml);
    this.docDefault = defaults ? (bidiIn(defaults[1]!) ?? false) : false;
    for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
      const attrs = m[1]!;
      if (!/\bw:type\s*=\s*["']paragraph["']/u.test(attrs)) continue;
      const id = /\bw:styleId\s*=\s*["']([^"']*)["']/u.exec(attrs)?.[1];
      if (id === undefined) continue;
      const body = m[2]!;
      const pPr = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/u.exec(body);
      this.own.set(id, pPr ? bidiIn(pPr[1]!) : null);
      const base = /<w:basedOn\b[^>]*\bw:val\s*=\s*["']([^"']*)["']/u.exec(body)?.[1];
      if (base !== undefined) this.basedOn.set(id, base);
      if (/\bw:default\s*=\s*["'](?:1|true|on)["']/u.test(attrs)) this.defaultStyle = id;
    }
  }

  /** Whether a paragraph of style `id` (the default paragraph style when null) is right to left. */
  bidi(id: string | null): boolean {
    let style = id ?? this.defaultStyle;
    // A chain of bases is short; the bound only stops a loop in a broken file.
    for (let hops = 0; style !== null && hops < 32; hops++) {
      const value = this.own.get(style);
      if (value !== null && value !== undefined) return value;
      style = this.basedOn.get(style) ?? null;
    }
    return this.docDefault;
  }
}

/** Offset of the </w:pPr> that closes a pPr whose content starts at `from` (a pPrChange holds a pPr of its own). */
function closingPPr(xml: string, from: number): number {
  const tags = /<(\/?)w:pPr(?=[\s/>])[^>]*?(\/?)>/gu;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1] === '/') {
      if (--depth === 0) return m.index;
    } else if (m[2] !== '/') depth++;
  }
  return -1;
}

const MARKER_RUN = `<w:r><w:t>${RTL_MARKER}</w:t></w:r>`;

/**
 * word/document.xml with a direction-marker run at the start of every right-to-left paragraph (after its
 * properties), and how many were marked. A paragraph is right to left by its own w:bidi, else its style's.
 */
export function markRtlParagraphs(documentXml: string, styles: StyleDirections): { xml: string; marked: number } {
  const inserts: number[] = [];
  // Paragraph start tags, with the properties that may follow them.
  const start = /<w:p(?=[\s/>])([^>]*?)(\/?)>/gu;
  for (let m = start.exec(documentXml); m; m = start.exec(documentXml)) {
    if (m[2] === '/') continue;
    const after = m.index + m[0].length;
    let at = after;
    while (at < documentXml.length && /\s/u.test(documentXml[at]!)) at++;
    let bidi: boolean;
    let insertAt = after;
    if (documentXml.startsWith('<w:pPr', at) && /[\s/>]/u.test(documentXml[at + 6] ?? '')) {
      const selfClosed = documentXml.indexOf('>', at);
      if (selfClosed < 0) break;
      if (documentXml[selfClosed - 1] === '/') {
        insertAt = selfClosed + 1;
        bidi = styles.bidi(null);
      } else {
        const end = closingPPr(documentXml, selfClosed + 1);
        if (end < 0) break;
        const pPr = documentXml.slice(selfClosed + 1, end);
        insertAt = end + '</w:pPr>'.length;
        const style = /<w:pStyle\b[^>]*\bw:val\s*=\s*["']([^"']*)["']/u.exec(pPr.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/gu, ''))?.[1] ?? null;
        bidi = bidiIn(pPr) ?? styles.bidi(style);
      }
    } else bidi = styles.bidi(null);
    if (bidi) inserts.push(insertAt);
  }
  if (inserts.length === 0) return { xml: documentXml, marked: 0 };
  let xml = '';
  let from = 0;
  for (const at of inserts) {
    xml += documentXml.slice(from, at) + MARKER_RUN;
    from = at;
  }
  return { xml: xml + documentXml.slice(from), marked: inserts.length };
}

interface JSZipLike {
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, data: string): unknown;
  generateAsync(options: { type: 'arraybuffer'; compression: 'DEFLATE' }): Promise<ArrayBuffer>;
}

interface MammothLike {
  convertToHtml(input: unknown, options: Record<string, unknown>): Promise<{ value: string }>;
  images: { imgElement(f: () => Promise<{ src: string }>): unknown };
}

/** Word's styles that mammoth's default map does not cover, mapped to what the walker understands. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * The HTML of a .docx (checked with checkDocxZip first), right-to-left paragraphs marked. Images become
 * empty <img> elements (counted, never decoded). Throws when the file cannot be read as a Word document.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const [{ default: JSZip }, mammothModule] = await Promise.all([import('jszip'), import('mammoth')]);
  const mammoth = ((mammothModule as { default?: MammothLike }).default ?? mammothModule) as MammothLike;
  const zip = (await (JSZip as unknown as { loadAsync(data: Uint8Array): Promise<JSZipLike> }).loadAsync(bytes)) as JSZipLike;
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new Error('No word/document.xml');
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const { xml, marked } = markRtlParagraphs(documentXml, new StyleDirections(stylesXml));
  let input: ArrayBuffer;
  if (marked > 0) {
    zip.file('word/document.xml', xml);
    input = await zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
  } else input = bytes.slice().buffer;
  // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (the unit tests): both are given.
  const result = await mammoth.convertToHtml(
    { arrayBuffer: input, buffer: input },
    {
      styleMap: STYLE_MAP,
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return result.value;
}
