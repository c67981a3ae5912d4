import { readFileSync } from 'node:fs';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../article/parse';
import {
  MAX_SHARE_URL_LENGTH,
  MAX_SHARED_DRAFT_BYTES,
  SHARE_PARAM,
  decodeDraft,
  draftFromHash,
  encodeDraft,
  shareUrl,
} from './share-link';

const article = readFileSync(new URL('../../public/articles/beijing-moscow-talks.json', import.meta.url), 'utf8');
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

async function roundTrip(text: string) {
  const encoded = await encodeDraft(text);
  expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
  return decodeDraft(encoded);
}

describe('encodeDraft / decodeDraft', () => {
  it('round-trips Arabic text with diacritics, emoji, bidi marks and line breaks', async () => {
    const text = 'قالَ الوزيرُ: «نعم» 👍🏽👨‍👩‍👧\u200f\r\n\tسطر ثانٍ\u0000 and English';
    expect(await roundTrip(text)).toEqual({ ok: true, text });
  });

  it('round-trips the empty draft and a bundled article', async () => {
    expect(await roundTrip('')).toEqual({ ok: true, text: '' });
    expect(await roundTrip(article)).toEqual({ ok: true, text: article });
  });

  it('keeps a leading byte-order mark', async () => {
    expect(await roundTrip('\ufeff{}')).toEqual({ ok: true, text: '\ufeff{}' });
  });

  it('round-trips any well-formed string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(await roundTrip(text)).toEqual({ ok: true, text });
      }),
      { numRuns: 100 },
    );
  });

  it('turns lone surrogates into U+FFFD (UTF-8 cannot carry them)', async () => {
    expect(await roundTrip('a\ud800b\udc00c')).toEqual({ ok: true, text: 'a\ufffdb\ufffdc' });
  });

  it('produces raw DEFLATE that zlib reads', async () => {
    const encoded = await encodeDraft('مرحبا');
    expect(Buffer.from(encoded, 'base64url').length).toBeGreaterThan(0);
    expect(inflateRawSync(Buffer.from(encoded, 'base64url')).toString('utf8')).toBe('مرحبا');
  });

  it('accepts padding and standard base64 characters', async () => {
    const bytes = deflateRawSync(Buffer.from('x?>'.repeat(30)));
    const standard = Buffer.from(bytes).toString('base64');
    expect(await decodeDraft(standard)).toEqual({ ok: true, text: 'x?>'.repeat(30) });
  });

  it('calls anything else corrupt', async () => {
    const good = await encodeDraft('نص المسودة '.repeat(20));
    for (const bad of ['', '!!!!', 'a b', 'A', good.slice(0, -4), `${good.slice(0, 10)}*${good.slice(11)}`, base64url(new Uint8Array([0xff, 0xff, 0xff]))]) {
      expect(await decodeDraft(bad), bad).toEqual({ ok: false, reason: 'corrupt' });
    }
  });

  it('calls valid DEFLATE of invalid UTF-8 corrupt', async () => {
    expect(await decodeDraft(base64url(deflateRawSync(Buffer.from([0x61, 0xc3, 0x28]))))).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('unpacks up to the document limit, the article core’s', async () => {
    expect(MAX_SHARED_DRAFT_BYTES).toBe(MAX_DOCUMENT_BYTES);
    const text = 'ب'.repeat(MAX_SHARED_DRAFT_BYTES / 2);
    expect(await decodeDraft(base64url(deflateRawSync(Buffer.from(text))))).toEqual({ ok: true, text });
  });

  it('refuses a draft one byte over the limit', async () => {
    const encoded = base64url(deflateRawSync(Buffer.alloc(MAX_SHARED_DRAFT_BYTES + 1, 0x61)));
    expect(await decodeDraft(encoded)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops inflating at the limit instead of unpacking the rest', async () => {
    // 8 MiB of zeros (about 36 KB deflated), then a block of the reserved type 3, which no inflater
    // accepts. A decoder that stops at the 5 MiB limit never reaches that block and reports the size;
    // one that unpacked everything would reach it and report corruption.
    const zeros = deflateRawSync(Buffer.alloc(8 * 1024 * 1024), { level: 1, finishFlush: constants.Z_SYNC_FLUSH });
    const badBlock = Buffer.from([0x07, 0xff, 0xff]);
    expect(MAX_SHARED_DRAFT_BYTES).toBeLessThan(8 * 1024 * 1024);
    expect(await decodeDraft(base64url(Buffer.concat([zeros, badBlock])))).toEqual({ ok: false, reason: 'too-large' });
    // The same bad block after a few zeros is reached, and refused: the construction is sound.
    const few = deflateRawSync(Buffer.alloc(1024), { finishFlush: constants.Z_SYNC_FLUSH });
    expect(await decodeDraft(base64url(Buffer.concat([few, badBlock])))).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses a fragment too long to unpack under the limit without reading it', async () => {
    expect(await decodeDraft('A'.repeat(MAX_SHARED_DRAFT_BYTES * 2 + 1))).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('shareUrl', () => {
  it('puts the draft in the fragment of the page’s origin and path', async () => {
    const result = await shareUrl('https://sahifa.example/preview?lng=en#draft=old', 'مسودة');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe('https://sahifa.example/preview');
    expect(url.hash.startsWith(`#${SHARE_PARAM}=`)).toBe(true);
    expect(await decodeDraft(draftFromHash(url.hash)!)).toEqual({ ok: true, text: 'مسودة' });
  });

  it('fits the bundled article', async () => {
    const result = await shareUrl('https://sahifa.example/preview', article);
    expect(result.ok).toBe(true);
  });

  it('reports a link over the limit with its length', async () => {
    // Random text barely compresses.
    const text = fc.sample(fc.string({ unit: 'grapheme', minLength: 20_000, maxLength: 20_000 }), { numRuns: 1, seed: 1 })[0]!;
    const result = await shareUrl('https://sahifa.example/preview', text);
    expect(result).toMatchObject({ ok: false, reason: 'too-long', max: MAX_SHARE_URL_LENGTH });
    if (result.ok) return;
    expect(result.length).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
  });

  it('allows a link of exactly the limit and refuses one character more', async () => {
    const encoded = await encodeDraft('مسودة قصيرة');
    const origin = 'https://sahifa.example';
    const pathFor = (length: number) => `/${'p'.repeat(length - origin.length - `/#draft=${encoded}`.length)}`;
    const exact = await shareUrl(origin + pathFor(MAX_SHARE_URL_LENGTH), 'مسودة قصيرة');
    expect(exact).toEqual({ ok: true, url: `${origin}${pathFor(MAX_SHARE_URL_LENGTH)}#draft=${encoded}` });
    expect(exact.ok && exact.url.length).toBe(MAX_SHARE_URL_LENGTH);
    expect(await shareUrl(origin + pathFor(MAX_SHARE_URL_LENGTH + 1), 'مسودة قصيرة')).toEqual({
      ok: false,
      reason: 'too-long',
      length: MAX_SHARE_URL_LENGTH + 1,
      max: MAX_SHARE_URL_LENGTH,
    });
  });
});

describe('draftFromHash', () => {
  it('finds the draft parameter', () => {
    expect(draftFromHash('#draft=abc-_')).toBe('abc-_');
    expect(draftFromHash('draft=abc')).toBe('abc');
    expect(draftFromHash('#x=1&draft=abc&y=2')).toBe('abc');
  });

  it('undoes percent-escaping added on the way', () => {
    expect(draftFromHash('#draft=ab%3D%3D')).toBe('ab==');
    expect(draftFromHash('#draft=ab%zz')).toBe('ab%zz');
  });

  it('is null without a draft', () => {
    expect(draftFromHash('')).toBeNull();
    expect(draftFromHash('#')).toBeNull();
    expect(draftFromHash('#draft=')).toBeNull();
    expect(draftFromHash('#drafts=abc')).toBeNull();
    expect(draftFromHash('#section-2')).toBeNull();
  });
});
