import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Route } from '@playwright/test';

/** A made-up news site the tests stand in for with page.route. */
export const HOST = 'https://news.example';
export const ARTICLE_URL = `${HOST}/feeds/harbour-talks.json`;

export const readUrl = (src: string, lng?: 'ar' | 'en') => `/read?src=${encodeURIComponent(src)}${lng ? `&lng=${lng}` : ''}`;

/** A small English (left-to-right) article with named and unnamed speakers, in two threads. */
export const ENGLISH_ARTICLE = {
  format: 'sahifa-article/1',
  slug: 'harbour-talks',
  title: 'Harbour talks resume after a week of delays',
  subtitle: 'Negotiators meet again as shipping backs up along the coast',
  byline: 'Staff reporter',
  published: '2026-03-01T10:00:00Z',
  lang: 'en',
  status: 'published',
  threads: [
    { id: 'ukraine', label: { ar: 'أوكرانيا', en: 'Ukraine' } },
    { id: 'middle-east', label: { ar: 'الشرق الأوسط', en: 'Middle East' } },
  ],
  body: [
    { type: 'heading', id: 'h1', level: 2, content: ['Ports in the Middle East wait for an answer'], threads: [{ id: 'middle-east' }] },
    {
      type: 'paragraph',
      id: 'p1',
      content: [
        'Opening the session, the minister said ',
        { type: 'quote', kind: 'statement', speaker: 'Amina Haddad', open: '“', close: '”', content: ['we will reopen the port next week'] },
        ' before taking questions.',
      ],
      threads: [{ id: 'middle-east' }],
    },
    {
      type: 'paragraph',
      id: 'p2',
      content: [
        'Grain from Ukraine is already waiting. ',
        { type: 'quote', kind: 'statement', speaker: 'Omar Said', open: '“', close: '”', content: ['The ships cannot wait much longer'] },
        ', the harbour master said, while Haddad added that ',
        { type: 'quote', kind: 'statement', speaker: 'Amina Haddad', open: '“', close: '”', content: ['every crane will be working by Monday'] },
        '.',
      ],
      threads: [{ id: 'ukraine' }],
    },
    {
      type: 'paragraph',
      id: 'p3',
      content: [{ type: 'quote', kind: 'statement', speaker: null, open: '“', close: '”', content: ['Nothing is settled until it is signed'] }, ', read a note left on the table.'],
    },
  ],
};

export const CORS = { 'access-control-allow-origin': '*' };

/** A reply; `cors: false` leaves out the header that lets other sites read it (the server's cross-origin policy refuses). */
export type Reply =
  | { status: number; contentType?: string; body: string; cors?: boolean }
  | 'abort'
  | 'hang';

/** A JSON article reply. */
export const json = (value: unknown, status = 200): Reply => ({ status, contentType: 'application/json', body: typeof value === 'string' ? value : JSON.stringify(value, null, 2) });

/**
 * Answers requests to the fake host with the given replies in turn (the last one repeats).
 * Returns the number of requests seen so far and a way to release requests left hanging.
 * The reader's reachability probe (a no-cors HEAD, sent after a fetch fails) is not counted and
 * takes no reply: it fails when the last reply was a refused connection and is answered otherwise.
 */
export async function fakeHost(page: Page, replies: Reply[]): Promise<{ requests: () => number; release: (reply: Reply) => Promise<void> }> {
  let count = 0;
  const hanging: Route[] = [];
  const answer = async (route: Route, reply: Reply) => {
    if (reply === 'abort') return route.abort('connectionrefused');
    if (reply === 'hang') {
      hanging.push(route);
      return;
    }
    await route.fulfill({ status: reply.status, headers: { ...(reply.cors === false ? {} : CORS), 'content-type': reply.contentType ?? 'application/json' }, body: reply.body });
  };
  let last: Reply | undefined;
  await page.route(`${HOST}/**`, async (route) => {
    if (route.request().method() === 'HEAD') {
      if (last === 'abort') return route.abort('connectionrefused');
      return route.fulfill({ status: 200, body: '' });
    }
    const reply = replies[Math.min(count, replies.length - 1)]!;
    count++;
    last = reply;
    await answer(route, reply);
  });
  return {
    requests: () => count,
    release: async (reply) => {
      for (const route of hanging.splice(0)) await answer(route, reply).catch(() => {});
    },
  };
}

/**
 * A real local server (another origin than the app's) that serves the article without the header
 * allowing other sites to read it: its cross-origin policy refuses the read. page.route cannot
 * stand in for it, as the browser does not apply CORS to replies made with route.fulfill.
 */
export async function corsRefusingHost(): Promise<{ url: string; requests: () => { method: string; origin?: string }[]; close: () => Promise<void> }> {
  const seen: { method: string; origin?: string }[] = [];
  const server = createServer((request, response) => {
    seen.push({ method: request.method ?? '', origin: request.headers.origin });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(ENGLISH_ARTICLE));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feeds/harbour-talks.json`,
    requests: () => seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
