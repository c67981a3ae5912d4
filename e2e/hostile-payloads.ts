/**
 * Hostile strings for the browser battery (issue #5), written for these tests. Every payload that
 * would run script if it ever became markup, a handler or a followed link calls
 * `window.__pwned('<id>')`; the specs define `__pwned` as a binding that records the call, so one
 * recorded call anywhere fails the test. A few also call `alert`, caught by a dialog handler.
 *
 * `hostileArticle` puts one payload into every free-text string field of a valid article (cut to
 * the field's length limit); `refusedDocument` puts it into the fields the schema constrains
 * (slug, language tags, ids, dates, link targets, keys, types), which must be refused with a
 * problem list that shows the payload as text.
 *
 * `ALL_PAYLOADS` adds the unit battery's list (test/hostile/payloads.ts, whose payloads call
 * `alert`) to these.
 */
import { PAYLOADS as UNIT_PAYLOADS } from '../test/hostile/payloads';

export type PayloadClass = 'html' | 'handler' | 'url' | 'svg' | 'css' | 'template' | 'bidi' | 'invisible' | 'edge' | (typeof UNIT_PAYLOADS)[number]['class'];

export interface HostilePayload {
  id: string;
  cls: PayloadClass;
  text: string;
  /** The payload is an absolute http(s) or mailto address: the article may use it as a link target. */
  linkable?: true;
}

const pwn = (id: string) => `__pwned('${id}')`;

function payload(id: string, cls: PayloadClass, text: string, linkable?: true): HostilePayload {
  return linkable ? { id, cls, text, linkable } : { id, cls, text };
}

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [
  // Markup that runs script or changes the page when parsed as HTML.
  payload('script', 'html', `<script>${pwn('script')}</script>`),
  payload('script-src', 'html', '<script src="https://evil.example/p.js"></script>'),
  payload('script-nested-close', 'html', `<scr<script>ipt>${pwn('script-nested-close')}</scr</script>ipt>`),
  payload('img-onerror', 'html', `<img src="/nope.png" onerror="${pwn('img-onerror')}">`),
  payload('img-bare', 'html', `<img src=x onerror=${pwn('img-bare')}>`),
  payload('iframe-srcdoc', 'html', `<iframe srcdoc="<script>parent.${pwn('iframe-srcdoc')}</script>"></iframe>`),
  payload('iframe-javascript', 'html', `<iframe src="javascript:${pwn('iframe-javascript')}"></iframe>`),
  payload('object-data', 'html', `<object data="javascript:${pwn('object-data')}"></object>`),
  payload('break-out-of-paragraph', 'html', `</p></article></main><script>${pwn('break-out-of-paragraph')}</script>`),
  payload('break-out-of-json-script', 'html', `</script><script>${pwn('break-out-of-json-script')}</script>`),
  payload('attribute-double-quote', 'html', `"><img src=x onerror="${pwn('attribute-double-quote')}">`),
  payload('attribute-single-quote', 'html', `'><svg onload=${pwn('attribute-single-quote')}>`),
  payload('base-href', 'html', '<base href="https://evil.example/">'),
  payload('meta-refresh', 'html', '<meta http-equiv="refresh" content="0;url=javascript:__pwned(\'meta-refresh\')">'),
  payload('form-action', 'html', `<form action="javascript:${pwn('form-action')}"><button>أرسل</button></form>`),
  payload('details-ontoggle', 'html', `<details open ontoggle="${pwn('details-ontoggle')}">`),
  payload('input-autofocus', 'html', `<input autofocus onfocus="${pwn('input-autofocus')}">`),
  payload('comment-smuggle', 'html', `<!--<img src="--><img src=x onerror=${pwn('comment-smuggle')}//">`),
  payload('template-innerhtml', 'html', `<template><img src=x onerror=${pwn('template-innerhtml')}></template>`),
  payload('math-style-confusion', 'html', `<math><mi><style><img src=x onerror=${pwn('math-style-confusion')}></style></mi></math>`),
  payload('entities', 'html', '&lt;script&gt;__pwned(&#39;entities&#39;)&lt;/script&gt; &#x3C;b&#x3E;'),
  payload('alert-script', 'html', '<script>alert("sahifa-battery")</script>'),

  // Text meant to end an attribute value and add an event handler.
  payload('handler-double-quote', 'handler', `" onmouseover="${pwn('handler-double-quote')}" x="`),
  payload('handler-single-quote', 'handler', `' onfocus='${pwn('handler-single-quote')}' autofocus='`),
  payload('handler-unquoted', 'handler', `x onclick=${pwn('handler-unquoted')} y`),
  payload('handler-newline', 'handler', `"\nonpointerover="${pwn('handler-newline')}`),

  // Link targets: only http, https and mailto may ever become clickable.
  payload('javascript-url', 'url', `javascript:${pwn('javascript-url')}`),
  payload('javascript-case', 'url', `JavaScript:${pwn('javascript-case')}`),
  payload('javascript-space', 'url', `  javascript:${pwn('javascript-space')}`),
  payload('javascript-tab', 'url', `java\tscript:${pwn('javascript-tab')}`),
  payload('javascript-entity', 'url', `javascript&#58;${pwn('javascript-entity')}`),
  payload('javascript-after-newline', 'url', `javascript://news.example/%0A${pwn('javascript-after-newline')}`),
  payload('data-html', 'url', `data:text/html,<script>parent.${pwn('data-html')}</script>`),
  payload('data-html-base64', 'url', `data:text/html;base64,${Buffer.from(`<script>parent.${pwn('data-html-base64')}</script>`).toString('base64')}`),
  payload('data-svg', 'url', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${pwn('data-svg')}"/>`),
  payload('vbscript', 'url', 'vbscript:MsgBox("sahifa")'),
  payload('protocol-relative', 'url', '//evil.example/steal'),
  payload('https-quote-in-path', 'url', `https://news.example/a"onmouseover="${pwn('https-quote-in-path')}`, true),
  payload('https-markup-in-path', 'url', `https://news.example/<script>${pwn('https-markup-in-path')}</script>`, true),
  payload('https-plain', 'url', 'https://news.example/2026/11/harbour?ref=battery#top', true),
  payload('mailto', 'url', 'mailto:desk@news.example?subject=%3Cscript%3E', true),

  // SVG islands with script, handlers, animation and links.
  payload('svg-onload', 'svg', `<svg onload="${pwn('svg-onload')}"></svg>`),
  payload('svg-script', 'svg', `<svg><script>${pwn('svg-script')}</script></svg>`),
  payload('svg-animate', 'svg', `<svg><animate onbegin="${pwn('svg-animate')}" attributeName="x" dur="1s"/></svg>`),
  payload('svg-link', 'svg', `<svg><a href="javascript:${pwn('svg-link')}"><text y="20">اقرأ</text></a></svg>`),
  payload('svg-set-href', 'svg', `<svg><a><set attributeName="href" to="javascript:${pwn('svg-set-href')}"/><text y="9">x</text></a></svg>`),

  // CSS: legacy expressions, script URLs in url(), style-element breakouts.
  payload('css-expression', 'css', `<div style="width:expression(${pwn('css-expression')})">`),
  payload('css-url-javascript', 'css', `<p style="background:url('javascript:${pwn('css-url-javascript')}')">`),
  payload('css-declarations', 'css', `color:red;background-image:url("javascript:${pwn('css-declarations')}");width:expression(${pwn('css-declarations')})`),
  payload('css-style-element', 'css', `<style>@import "https://evil.example/x.css";body{display:none}</style>`),
  payload('css-style-breakout', 'css', `</style><script>${pwn('css-style-breakout')}</script>`),

  // Interpolation syntaxes: shown literally, never evaluated or translated.
  payload('mustache', 'template', `{{constructor.constructor("${pwn('mustache')}")()}}`),
  payload('template-literal', 'template', `\${${pwn('template-literal')}}`),
  payload('i18next-keys', 'template', '{{name}} {{count}} $t(errors.loading)'),

  // Direction controls and invisible characters (spoofing is checked apart in security.spec.ts).
  payload('rlo', 'bidi', '\u202Eخبر عاجل'),
  payload('rlo-filename', 'bidi', 'report\u202Efdp.exe'),
  payload('lro', 'bidi', '\u202DReuters'),
  payload('isolate-left-open', 'bidi', '\u2067مصدر'),
  payload('stray-closers', 'bidi', '\u202C\u2069خبر\u202C\u2069'),
  payload('zero-width', 'invisible', 'Reu\u200Bters\u200C\u200D\u2060\uFEFF'),

  // Text that breaks naive handling.
  payload('controls', 'edge', 'a\u0000b\u0007c\u001B[31md\u007F'),
  payload('lone-surrogates', 'edge', '\uD800x\uDFFFy'),
  payload('line-separators', 'edge', 'سطر\u2028سطر\u2029فقرة\r\nآخر'),
  payload('proto', 'edge', '__proto__'),
  payload('long-word', 'edge', 'ك'.repeat(1200)),
];

/** These payloads and the unit battery's, the latter with ids prefixed `unit:`. */
export const ALL_PAYLOADS: readonly HostilePayload[] = [
  ...HOSTILE_PAYLOADS,
  ...UNIT_PAYLOADS.map((p) => payload(`unit:${p.id}`, p.class, p.text, p.safeHref ? true : undefined)),
];

const FORMAT = 'sahifa-article/1';

/** The first `max` UTF-16 units of `text`. */
const cut = (text: string, max: number) => text.slice(0, max);

/** Field length limits of format v1 (src/article/schema.ts) for the free-text fields. */
export const LIMITS = { title: 500, subtitle: 1000, byline: 300, dateline: 120, sourceName: 300, sourceCredit: 300, speaker: 300, mark: 8, label: 80, keyword: 80 } as const;

/**
 * A valid article with `p` in every free-text string field: title, subtitle, byline, dateline,
 * source name and credit, a thread's labels and keyword, heading, paragraph, list item and block
 * quote text, a block quote's speaker, a statement's speaker, open and close marks and words, a
 * scare quote, an emphasis, a link's words (and its target when the payload is an http(s) or
 * mailto address), and a span.
 */
export function hostileArticle(p: HostilePayload, slug: string): Record<string, unknown> {
  const t = p.text;
  const tag = [{ id: 'battery' }];
  return {
    format: FORMAT,
    slug,
    title: cut(t, LIMITS.title),
    subtitle: cut(t, LIMITS.subtitle),
    byline: cut(t, LIMITS.byline),
    dateline: cut(t, LIMITS.dateline),
    published: '2026-11-20T09:00:00Z',
    updated: '2026-11-20T11:30:00+03:00',
    lang: 'ar',
    status: 'published',
    source: { name: cut(t, LIMITS.sourceName), credit: cut(t, LIMITS.sourceCredit), url: p.linkable ? t : 'https://news.example/source' },
    threads: [{ id: 'battery', label: { ar: cut(t, LIMITS.label), en: cut(t, LIMITS.label) }, keywords: [cut(t, LIMITS.keyword)] }],
    body: [
      { type: 'heading', id: 'h1', level: 2, content: [t], threads: tag },
      { type: 'paragraph', id: 'p1', content: ['قبل النص ', t, ' بعد النص.'], threads: tag },
      {
        type: 'paragraph',
        id: 'p2',
        content: [
          'وقال المتحدث: ',
          { type: 'quote', kind: 'statement', speaker: cut(t, LIMITS.speaker), open: cut(t, LIMITS.mark), close: cut(t, LIMITS.mark), content: [t] },
          ' ثم ',
          { type: 'quote', kind: 'scare', open: '"', close: '"', content: [t] },
          ' و',
          { type: 'em', content: [t] },
          ' و',
          { type: 'strong', content: [t] },
          ' و',
          { type: 'link', href: p.linkable ? t : 'https://news.example/ref', content: [t] },
          ' و',
          { type: 'span', lang: 'en', dir: 'ltr', content: [t] },
          '.',
        ],
        threads: tag,
      },
      { type: 'list', id: 'l1', items: [{ id: 'l1-a', content: [t], threads: tag }] },
      { type: 'quote', id: 'q1', speaker: cut(t, LIMITS.speaker), content: [t], threads: tag },
    ],
  };
}

/**
 * A document with `p` in the fields the schema constrains (slug, language tags, dates, ids, thread
 * ids, a link target, a block type, a property name): it must be refused, its problems listed as
 * text. The link target is the payload only when it is not an http(s)/mailto address (otherwise
 * it would be valid there).
 */
export function refusedDocument(p: HostilePayload): Record<string, unknown> {
  const t = p.text;
  return {
    format: FORMAT,
    slug: t,
    title: 'وثيقة مرفوضة',
    lang: t,
    dir: t,
    status: t,
    published: t,
    threads: [{ id: t, label: { ar: 'خيط', en: 'Thread' } }],
    body: [
      {
        type: 'paragraph',
        id: t,
        content: [{ type: 'link', href: p.linkable ? 'javascript:__pwned("refused-link")' : t, content: ['رابط'] }, { type: 'span', lang: t, content: ['نص'] }],
        threads: [{ id: t }],
      },
      { type: t, id: 'b2', content: [t] },
    ],
    [t]: t,
  };
}

/**
 * One valid article carrying every payload of a class: each payload in the fields of
 * {@link hostileArticle}'s body (a heading, paragraphs with a statement, a scare quote, an emphasis,
 * a link and a span, a list item, a block quote) and in a thread of its own (labels, keyword); the
 * metadata (title, subtitle, byline, dateline, source) holds them all, joined and cut to the
 * field's limit. The body's level-2 headings are the payloads, in order, and nothing else.
 */
export function hostileClassArticle(cls: string, payloads: readonly HostilePayload[]): Record<string, unknown> {
  const joined = (max: number) => cut(`${cls}: ${payloads.map((p) => p.text).join(' · ')}`, max);
  const linkable = payloads.find((p) => p.linkable);
  const threads = payloads.map((p, i) => ({ id: `battery-${i}`, label: { ar: cut(p.text, LIMITS.label), en: cut(p.text, LIMITS.label) }, keywords: [cut(p.text, LIMITS.keyword)] }));
  const body = payloads.flatMap((p, i) => {
    const single = hostileArticle(p, `battery-${i}`) as { body: Record<string, unknown>[] };
    // Ids made unique per payload, and tags pointing at the payload's own thread.
    return JSON.parse(JSON.stringify(single.body).replace(/"id":"(h1|p1|p2|l1|l1-a|q1|battery)"/gu, (_m, id: string) => `"id":"${id === 'battery' ? `battery-${i}` : `${id}-${i}`}"`)) as Record<string, unknown>[];
  });
  return {
    format: FORMAT,
    slug: `battery-${cls}`,
    title: joined(LIMITS.title),
    subtitle: joined(LIMITS.subtitle),
    byline: joined(LIMITS.byline),
    dateline: joined(LIMITS.dateline),
    published: '2026-11-20T09:00:00Z',
    updated: '2026-11-20T11:30:00+03:00',
    lang: 'ar',
    status: 'published',
    source: { name: joined(LIMITS.sourceName), credit: joined(LIMITS.sourceCredit), url: linkable ? linkable.text : 'https://news.example/source' },
    threads,
    body,
  };
}

/**
 * One document the schema must refuse, carrying every payload of a class in the constrained
 * fields of {@link refusedDocument}: each payload as a thread id, a block id, a link target (unless
 * it is a valid one), a span's language, a block type and a property name; the top-level slug,
 * lang, dir, status and published take the payloads in turn.
 */
export function refusedClassDocument(payloads: readonly HostilePayload[]): Record<string, unknown> {
  const at = (i: number) => payloads[i % payloads.length]!.text;
  const doc: Record<string, unknown> = {
    format: FORMAT,
    slug: at(0),
    title: 'وثيقة مرفوضة',
    lang: at(1),
    dir: at(2),
    status: at(3),
    published: at(4),
    threads: payloads.map((p) => ({ id: p.text, label: { ar: 'خيط', en: 'Thread' } })),
    body: payloads.flatMap((p, i) => [
      {
        type: 'paragraph',
        id: p.text,
        content: [{ type: 'link', href: p.linkable ? 'javascript:__pwned("refused-link")' : p.text, content: ['رابط'] }, { type: 'span', lang: p.text, content: ['نص'] }],
        threads: [{ id: p.text }],
      },
      { type: p.text, id: `b${i}`, content: [p.text] },
    ]),
  };
  // As own properties: assigning to doc['__proto__'] would set the prototype instead of adding a key.
  for (const p of payloads) Object.defineProperty(doc, p.text, { value: p.text, enumerable: true, writable: true, configurable: true });
  return doc;
}
