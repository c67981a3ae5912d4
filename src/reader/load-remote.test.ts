/**
 * `/read?src=` below the browser (docs/decisions/0007-e2e-suite.md): which failure each cause
 * becomes, and what the failure view says for it in both UI languages. The browser suite keeps
 * one run per cause (e2e/failures.spec.ts); the mapping from cause to words is proved here, for
 * every cause and both languages, in milliseconds.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n, type UiLanguage } from '../i18n';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import { canRetry, classifyFetchError, FETCH_TIMEOUT_MS, httpFailure, loadRemoteArticle, MAX_MEGABYTES, shortAddress, type RemoteFailure, type RemoteResult } from './load-remote';
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

  it.each([404, 410])('HTTP %i: not-found with its status', async (status) => {
    const { impl } = answering('<h1>error</h1>', status, { 'content-type': 'text/html' });
    expect(failureOf(await loadRemoteArticle(URL_OK, impl))).toEqual({ kind: 'not-found', status });
  });

  it.each([403, 500, 503])('HTTP %i: http with its status', async (status) => {
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

  it('a refused connection (the no-cors probe fails too): network', async () => {
    expect(failureOf(await loadRemoteArticle(URL_OK, refusing))).toEqual({ kind: 'network' });
  });

  it('a server that answers without allowing cross-origin reads (the no-cors probe resolves): cors', async () => {
    const modes: (RequestMode | undefined)[] = [];
    const corsRefusing = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      modes.push(init?.mode);
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as Fetch;
    expect(failureOf(await loadRemoteArticle(URL_OK, corsRefusing))).toEqual({ kind: 'cors' });
    expect(modes).toEqual([undefined, 'no-cors']);
  });

  it('no answer: timeout, after the time given (the browser test runs the real ten seconds on a fake clock)', async () => {
    expect(FETCH_TIMEOUT_MS).toBe(10_000);
    const started = Date.now();
    expect(failureOf(await loadRemoteArticle(URL_OK, hanging, 50))).toEqual({ kind: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('no answer: timeout when the signal given is aborted as timed out (the worker: the page keeps the clock)', async () => {
    const controller = new AbortController();
    const pending = loadRemoteArticle(URL_OK, hanging, controller.signal);
    controller.abort(new DOMException('late', 'TimeoutError'));
    expect(failureOf(await pending)).toEqual({ kind: 'timeout' });
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

describe('the classification (pure)', () => {
  it('httpFailure: 404 and 410 are not-found, other statuses keep theirs', () => {
    expect(httpFailure(404)).toEqual({ kind: 'not-found', status: 404 });
    expect(httpFailure(410)).toEqual({ kind: 'not-found', status: 410 });
    expect(httpFailure(403)).toEqual({ kind: 'http', status: 403 });
    expect(httpFailure(502)).toEqual({ kind: 'http', status: 502 });
  });

  it('classifyFetchError: timeout, offline, cors (reachable) and network (not)', () => {
    const failed = new TypeError('Failed to fetch');
    expect(classifyFetchError(new DOMException('late', 'TimeoutError'), { online: true, reachable: false })).toEqual({ kind: 'timeout' });
    expect(classifyFetchError(failed, { online: false, reachable: false })).toEqual({ kind: 'offline' });
    expect(classifyFetchError(failed, { online: true, reachable: true })).toEqual({ kind: 'cors' });
    expect(classifyFetchError(failed, { online: true, reachable: false })).toEqual({ kind: 'network' });
  });

  it('canRetry: only where trying again can help', () => {
    const retryable: RemoteFailure[] = [{ kind: 'timeout' }, { kind: 'network' }, { kind: 'offline' }, { kind: 'http', status: 500 }, { kind: 'http', status: 503 }, { kind: 'http', status: 429 }, { kind: 'http', status: 408 }];
    const final: RemoteFailure[] = [
      { kind: 'no-source' }, { kind: 'bad-source' }, { kind: 'cors' }, { kind: 'not-found', status: 404 }, { kind: 'not-found', status: 410 },
      { kind: 'http', status: 403 }, { kind: 'not-json' }, { kind: 'too-large' }, { kind: 'invalid', problems: [] },
    ];
    for (const f of retryable) expect(canRetry(f), JSON.stringify(f)).toBe(true);
    for (const f of final) expect(canRetry(f), JSON.stringify(f)).toBe(false);
  });

  it('shortAddress: without https://, long ones as host/…/file', () => {
    expect(shortAddress(URL_OK)).toBe('news.example/feeds/harbour-talks.json');
    expect(shortAddress('http://news.example/a.json')).toBe('http://news.example/a.json');
    const long = `https://news.example/${'section/'.repeat(12)}harbour-talks.json?utm_source=${'x'.repeat(40)}`;
    expect(shortAddress(long)).toBe('news.example/…/harbour-talks.json');
    expect(shortAddress(long).length).toBeLessThanOrEqual(64);
    const longName = `https://news.example/${'a'.repeat(200)}.json`;
    expect(shortAddress(longName).length).toBeLessThanOrEqual(64);
    expect(shortAddress(longName)).toMatch(/^news\.example\/…\/a+…$/u);
  });
});

const CATALOGUES = { ar, en } as const;
const I18N = { ar: createI18n('ar'), en: createI18n('en') };

/** The failure view for `failure` in `lng`, as static HTML. */
const view = (failure: RemoteFailure, lng: UiLanguage, src: string | null = URL_OK) =>
  renderToStaticMarkup(
    createElement(MemoryRouter, null, createElement(I18nextProvider, { i18n: I18N[lng] }, createElement(RemoteFailureView, { failure, src, onRetry: () => {} }))),
  );

/** A number as the Arabic UI writes it by default (Arabic-Indic digits), or as the English one does. */
const digits = (lng: UiLanguage, n: number) => (lng === 'ar' ? new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false }).format(n) : String(n));

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

describe('RemoteFailureView: each failure in the UI language, retry only where it can help', () => {
  const cases: { failure: RemoteFailure; message: (c: typeof en, lng: UiLanguage) => string; retry: boolean }[] = [
    { failure: { kind: 'no-source' }, message: (c) => c.errors.noSource, retry: false },
    { failure: { kind: 'bad-source' }, message: (c) => c.errors.badSource, retry: false },
    { failure: { kind: 'timeout' }, message: (c) => c.errors.timeout, retry: true },
    { failure: { kind: 'network' }, message: (c) => c.errors.unreachable, retry: true },
    { failure: { kind: 'offline' }, message: (c) => c.errors.offline, retry: true },
    { failure: { kind: 'cors' }, message: (c) => c.errors.cors, retry: false },
    { failure: { kind: 'too-large' }, message: (c, l) => c.errors.tooLarge.replace('{{size}}', digits(l, MAX_MEGABYTES)), retry: false },
    { failure: { kind: 'not-json' }, message: (c) => c.errors.notJson, retry: false },
    { failure: { kind: 'not-found', status: 404 }, message: (c, l) => c.errors.notFound.replace('{{status}}', digits(l, 404)), retry: false },
    { failure: { kind: 'http', status: 503 }, message: (c, l) => c.errors.httpServer.replace('{{status}}', digits(l, 503)), retry: true },
    { failure: { kind: 'http', status: 403 }, message: (c, l) => c.errors.http.replace('{{status}}', digits(l, 403)), retry: false },
    { failure: { kind: 'invalid', problems: [] }, message: (c) => c.errors.invalidArticle, retry: false },
  ];
  for (const lng of ['ar', 'en'] as const) {
    for (const { failure, message, retry } of cases) {
      it(`${failure.kind}${'status' in failure ? ` ${failure.status}` : ''} (${lng})`, () => {
        const c = CATALOGUES[lng] as typeof en;
        const html = view(failure, lng);
        expect(html).toContain(`role="alert"`);
        expect(html).toContain(`<h1 class="mb-4 text-2xl font-bold">${escapeHtml(c.errors.loadFailed)}</h1>`);
        expect(html).toContain(`<p class="mb-4">${escapeHtml(message(c, lng))}</p>`);
        // The address that failed, isolated as a left-to-right run, whole in its title, and data rather than wording (translate="no").
        if (failure.kind !== 'no-source') expect(html).toContain(`${escapeHtml(c.errors.address)} <bdi dir="ltr" translate="no" title="${URL_OK}" class="break-all">news.example/feeds/harbour-talks.json</bdi>`);
        expect(html.includes(`>${escapeHtml(c.errors.retry)}</button>`)).toBe(retry);
      });
    }
  }

  it('an invalid article lists its problems with line and column in the UI language, payloads as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const failure = failureOf(await loadRemoteArticle(URL_OK, answering(JSON.stringify({ ...ARTICLE, status: hostile }, null, 2)).impl));
    for (const lng of ['ar', 'en'] as const) {
      const html = view(failure, lng);
      const at = (CATALOGUES[lng] as typeof en).problems.at.replace('{{line}}', digits(lng, 6)).replace('{{column}}', digits(lng, 13));
      expect(html).toMatch(new RegExp(`<li>${at}: [^<]*\\(/status\\)</li>`, 'u'));
      // The payload is in the message, as text.
      expect(html).toContain(escapeHtml(hostile));
      expect(html).not.toContain('<img');
    }
  });
});
