/**
 * Share links that carry the draft itself: the text, deflated (raw DEFLATE via the browser's
 * `CompressionStream`) and base64url-encoded, in the URL fragment (`#draft=…`). The fragment is
 * never sent in HTTP requests, so the site's server never sees the draft and no server has to
 * accept a long request line.
 *
 * Text goes through UTF-8, so a lone surrogate (half of an emoji pair, which no valid document
 * contains and no file can store) comes back as U+FFFD; every well-formed string round-trips
 * exactly.
 *
 * `deflate-raw` streams exist in every browser that has the CSS `light-dark()` the app already
 * relies on (Safari 16.4 and Firefox 113 were the last to add compression streams), and in
 * Node from 20.12 (the project requires 20.19).
 */
import { MAX_DOCUMENT_BYTES } from '../article/parse';

/** The fragment parameter that carries the draft. */
export const SHARE_PARAM = 'draft';

/**
 * Longest share link offered, in characters.
 *
 * The fragment never travels in an HTTP request, so limits on the request line do not apply
 * (RFC 9110 asks for at least 8,000 octets; nginx and Apache stop at about 8 KB by default).
 * Browsers accept far more: Chromium caps URLs at 2 MB and shows up to 32 KB in the address bar;
 * Firefox and Safari take well over 64 KB. The binding limit is where links get pasted: Slack
 * truncates messages past 40,000 characters, email clients wrap or break very long lines, and
 * some chat apps are much stricter (Telegram allows 4,096 characters a message, Discord 2,000);
 * fitting those would cap drafts at a few kilobytes, so there a downloaded file is the way to
 * share. 16,000 stays well inside Slack's limit and Chromium's address bar and still carries
 * tens of kilobytes of article: the bundled Arabic article deflates to about a quarter of its
 * UTF-8 size, a third once in base64. Longer drafts are better sent as a `.json` file.
 */
export const MAX_SHARE_URL_LENGTH = 16_000;

/** Largest draft a link may unpack to, in bytes: the article core's document limit (5 MiB). */
export const MAX_SHARED_DRAFT_BYTES = MAX_DOCUMENT_BYTES;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'too-large' };
export type ShareResult = { ok: true; url: string } | { ok: false; reason: 'too-long'; length: number; max: number };

const FORMAT = 'deflate-raw';

/** A one-chunk stream (typed as BufferSource, what compression streams take). */
function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Reads a stream to its end, or stops (and cancels it) once more than `limit` bytes came out.
 * Returns null when over the limit.
 */
async function readAll(stream: ReadableStream<Uint8Array>, limit = Infinity): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string (standard base64 and padding tolerated); null when it is not base64. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_+/-]*={0,2}$/.test(text)) return null;
  const bare = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (bare.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(bare + '='.repeat((4 - (bare.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The draft as a fragment-safe string: UTF-8, raw DEFLATE, base64url without padding. */
export async function encodeDraft(text: string): Promise<string> {
  const compressed = await readAll(streamOf(new TextEncoder().encode(text)).pipeThrough(new CompressionStream(FORMAT)));
  return toBase64Url(compressed!);
}

/**
 * The draft carried by `encoded`. `corrupt` for anything that is not our encoding (bad base64,
 * bad DEFLATE data, truncated link, invalid UTF-8); `too-large` when it would unpack past
 * `MAX_SHARED_DRAFT_BYTES`, checked while inflating, so a small link cannot balloon into gigabytes
 * (a "zip bomb": DEFLATE reaches ratios above 1000:1).
 */
export async function decodeDraft(encoded: string): Promise<DecodeResult> {
  // DEFLATE never makes data much bigger, and base64 adds a third: a longer link cannot unpack under the cap.
  if (encoded.length > MAX_SHARED_DRAFT_BYTES * 2) return { ok: false, reason: 'too-large' };
  const bytes = fromBase64Url(encoded.trim());
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'corrupt' };
  let inflated: Uint8Array | null;
  try {
    inflated = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream(FORMAT)), MAX_SHARED_DRAFT_BYTES);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!inflated) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/**
 * A link to `pageUrl` (origin and path; its query and fragment are dropped) that opens `text`,
 * or `too-long` with the link's length and the limit, for the message.
 */
export async function shareUrl(pageUrl: string, text: string): Promise<ShareResult> {
  const page = new URL(pageUrl);
  const url = `${page.origin}${page.pathname}#${SHARE_PARAM}=${await encodeDraft(text)}`;
  if (url.length > MAX_SHARE_URL_LENGTH) return { ok: false, reason: 'too-long', length: url.length, max: MAX_SHARE_URL_LENGTH };
  return { ok: true, url };
}

/**
 * The encoded draft in a location hash (`#draft=…`, possibly among other `&`-separated
 * parameters), or null when there is none or it is empty.
 */
export function draftFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  for (const part of fragment.split('&')) {
    if (!part.startsWith(prefix)) continue;
    const value = part.slice(prefix.length);
    if (!value) return null;
    // Our encoding needs no escaping; a link that went through a tool that escaped it anyway is undone here.
    if (!value.includes('%')) return value;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}
