/**
 * `/read?src=` below the browser (docs/decisions/0007-e2e-suite.md): which failure each cause
 * becomes, and what the failure view says for it in both UI languages. The browser suite keeps
 * one run per cause (e2e/failures.spec.ts); the mapping from cause to words is proved here, for
 * every cause and both languages, in milliseconds.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type UiLanguage } from '../i18n';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import { FETCH_TIMEOUT_MS, loadRemoteArticle, type RemoteFailure, type RemoteResult } from './load-remote';
import { RemoteFailureView } from './RemoteFailureView';

const URL_OK = 'https://news.example/feeds/harbour-talks.json';

const ARTICLE = {
  format: 'sahifa-article/1',
  slug: 'harbour-talks',
  title: 'Harbour talks resume',
  lang: 'en',
  status: 'published',
  threads: [],
  body: [{ type: 'paragraph', id: 'p1', content: ['The ships cannot wait much longer.'] }],
};

type Fetch = typeof fetch;

/** A fetch that answers every request with `body`, `status` and `headers`, and records what it was asked. */
function answering(body: string, status = 200, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response(status === 204 || status === 304 ? null : body, { status, headers });
  }) as Fetch;
  return { impl, calls };
}

/** A fetch that rejects as the browser's does when the connection is refused. */
const refusing = (async () => {
  throw new TypeError('Failed to fetch');
}) as Fetch;

/** A fetch that never answers, but honours its abort signal as the browser's does. */
const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error));
  })) as Fetch;

const failureOf = (result: RemoteResult): RemoteFailure => {
  if (result.ok) throw new Error('expected a failure, got an article');
  return result.failure;
};

describe('loadRemoteArticle: each cause becomes its failure', () => {
  it('a valid article is returned, fetched without credentials', async () => {
    const { impl, calls } = answering(JSON.stringify(ARTICLE));
    const result = await loadRemoteArticle(URL_OK, impl);
    expect(result.ok && result.article.title).toBe(ARTICLE.title);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'follow' });
  });

  it.each([
    ['no src at all', null],
    ['an empty src', ''],
  ])('%s: no-source, and nothing is fetched', async (_name, src) => {
    const { impl, calls } = answering('{}');
    expect(failureOf(await loadRemoteArticle(src, impl))).toEqual({ kind: 'no-source' });
    expect(calls).toHaveLength(0);
  });

  it.each(['javascript:alert(document.domain)', 'data:application/json,{}', 'not a url', 'ftp://news.example/a.json', 'file:///etc/passwd'])(
    '%s: bad-source, and nothing is fetched',
    async (src) => {
      const { impl, calls } = answering('{}');
      expect(failureOf(await loadRemoteArticle(src, impl))).toEqual({ kind: 'bad-source' });
      expect(calls).toHaveLength(0);
    },
  );

  it.each([404, 500, 503])('HTTP %i: http with its status', async (status) => {
    const { impl } = answering('<h1>error</h1>', status, { 'content-type': 'text/html' });
    expect(failureOf(await loadRemoteArticle(URL_OK, impl))).toEqual({ kind: 'http', status });
  });

  it.each([
    ['an HTML page', '<!doctype html><title>News</title><p>Hello</p>', { 'content-type': 'text/html; charset=utf-8' }],
    ['text with no content type', 'not json at all', {}],
    ['broken JSON served as text/plain', '{"format": "sahifa-article/1", "title": ', { 'content-type': 'text/plain; charset=utf-8' }],
  ])('%s: not-json', async (_name, body, headers) => {
    const { impl } = answering(body, 200, headers);
    expect(failureOf(await loadRemoteArticle(URL_OK, impl))).toEqual({ kind: 'not-json' });
  });

  it('a refused connection: network', async () => {
    expect(failureOf(await loadRemoteArticle(URL_OK, refusing))).toEqual({ kind: 'network' });
  });

  it('no answer: timeout, after the time given (the browser test runs the real ten seconds on a fake clock)', async () => {
    expect(FETCH_TIMEOUT_MS).toBe(10_000);
    const started = Date.now();
    expect(failureOf(await loadRemoteArticle(URL_OK, hanging, 50))).toEqual({ kind: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('a declared length over the limit: too-large, without reading the body', async () => {
    const { impl } = answering('{}', 200, { 'content-type': 'application/json', 'content-length': String(6 * 1024 * 1024) });
    expect(failureOf(await loadRemoteArticle(URL_OK, impl))).toEqual({ kind: 'too-large' });
  });

  it('broken JSON served as JSON: invalid, with the syntax problem at its line and column', async () => {
    const broken = '{\n  "format": "sahifa-article/1",\n  "slug": "harbour-talks",\n  "title": "Harbour talks\n}\n';
    const failure = failureOf(await loadRemoteArticle(URL_OK, answering(broken).impl));
    expect(failure.kind).toBe('invalid');
    if (failure.kind === 'invalid') expect(failure.problems[0]).toMatchObject({ code: 'json-syntax', line: 4, column: 12 });
  });

  it('a schema problem: invalid, with its JSON pointer', async () => {
    const failure = failureOf(await loadRemoteArticle(URL_OK, answering(JSON.stringify({ ...ARTICLE, status: 'live' }, null, 2)).impl));
    expect(failure.kind).toBe('invalid');
    if (failure.kind === 'invalid') expect(failure.problems.map((p) => p.pointer)).toEqual(['/status']);
  });
});

const CATALOGUES = { ar, en } as const;
const I18N = { ar: createI18n('ar'), en: createI18n('en') };

/** The failure view for `failure` in `lng`, as static HTML. */
const view = (failure: RemoteFailure, lng: UiLanguage) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: I18N[lng] }, createElement(RemoteFailureView, { failure, onRetry: () => {} })));

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

describe('RemoteFailureView: each failure in the UI language, retry only where it can help', () => {
  const cases: { failure: RemoteFailure; message: (c: typeof en) => string; retry: boolean }[] = [
    { failure: { kind: 'no-source' }, message: (c) => c.errors.noSource, retry: false },
    { failure: { kind: 'bad-source' }, message: (c) => c.errors.badSource, retry: false },
    { failure: { kind: 'timeout' }, message: (c) => c.errors.timeout, retry: true },
    { failure: { kind: 'network' }, message: (c) => c.errors.network, retry: true },
    { failure: { kind: 'too-large' }, message: (c) => c.errors.tooLarge, retry: true },
    { failure: { kind: 'not-json' }, message: (c) => c.errors.notJson, retry: true },
    { failure: { kind: 'http', status: 503 }, message: (c) => c.errors.http.replace('{{status}}', '503'), retry: true },
    { failure: { kind: 'invalid', problems: [] }, message: (c) => c.errors.invalidArticle, retry: false },
  ];
  for (const lng of ['ar', 'en'] as const) {
    for (const { failure, message, retry } of cases) {
      it(`${failure.kind} (${lng})`, () => {
        const c = CATALOGUES[lng] as typeof en;
        const html = view(failure, lng);
        expect(html).toContain(`role="alert"`);
        expect(html).toContain(`<h1 class="mb-4 text-2xl font-bold">${escapeHtml(c.errors.loadFailed)}</h1>`);
        expect(html).toContain(`<p class="mb-4">${escapeHtml(message(c))}</p>`);
        expect(html.includes(`>${escapeHtml(c.errors.retry)}</button>`)).toBe(retry);
      });
    }
  }

  it('an invalid article lists its problems with line and column in the UI language, payloads as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const failure = failureOf(await loadRemoteArticle(URL_OK, answering(JSON.stringify({ ...ARTICLE, status: hostile }, null, 2)).impl));
    for (const lng of ['ar', 'en'] as const) {
      const html = view(failure, lng);
      const at = (CATALOGUES[lng] as typeof en).problems.at.replace('{{line}}', '6').replace('{{column}}', '13');
      expect(html).toMatch(new RegExp(`<li>${at}: [^<]*\\(/status\\)</li>`, 'u'));
      // The payload is in the message, as text.
      expect(html).toContain(escapeHtml(hostile));
      expect(html).not.toContain('<img');
    }
  });
});
