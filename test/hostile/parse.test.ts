/**
 * Hostile input through the article parser, the text importer and the URL loader (issue #5): the
 * committed corpus (test/hostile/), the generated huge cases, every payload in every string
 * field of a real article, a wrong type in every field, and fast-check fuzzing. Nothing here times
 * anything: every input is bounded in size, so every run is bounded in time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { inlineText, textBlocks } from '../../src/article/blocks';
import { CORPUS, corpusBytes, decodeLikeFetch } from './cases';
import { baseArticle, fieldKind, getAt, maxLength, pointer, stringPaths, valuePaths, withValueAt, type Path } from './base-article';
import { isObjectTypeWordingGap, problemDefects } from './checks';
import { GENERATED_CASES, type ExpectedProblem } from './generators';
import { PAYLOADS } from './payloads';
import { importText, splitLines } from '../../src/article/import-text';
import { isSafeHref } from '../../src/article/links';
import { parseArticle, type ParseResult } from '../../src/article/parse';
import { describeProblem } from '../../src/article/problems';
import type { Article } from '../../src/article/schema';
import { loadRemoteArticle } from '../../src/reader/load-remote';

// Bounded by construction (fixed counts and sizes); the cap only keeps a busy machine from failing a slow test.
vi.setConfig({ testTimeout: 120_000 });

const figures = { corpusFiles: 0, generatedCases: 0, parses: 0, crashes: 0, textPlacements: 0, hrefPlacements: 0, structuralPlacements: 0, wrongTypes: 0, fuzzRuns: 0 };

/** parseArticle, counted; a throw is counted as a crash and fails the test. */
function parse(text: string): ParseResult {
  figures.parses++;
  try {
    return parseArticle(text);
  } catch (error) {
    figures.crashes++;
    throw error;
  }
}

const show = (r: ParseResult) =>
  r.ok ? 'ok' : `${r.problems.length} problems: ${r.problems.slice(0, 8).map((p) => `${p.code} ${p.pointer} ${p.line}:${p.column}`).join('; ')}`;

/** Defects of a problem list, less the one known wording gap that has its own failing test below. */
const defectsOf = (text: string, problems: Parameters<typeof problemDefects>[1]) => problemDefects(text, problems).filter((d) => !isObjectTypeWordingGap(d));

/** Asserts the verdict: ok, or every expected problem found, no other kind of problem, all placed sanely. */
function expectVerdict(text: string, result: ParseResult, expected: 'ok' | readonly ExpectedProblem[]): void {
  if (expected === 'ok') {
    expect(result.ok, show(result)).toBe(true);
    return;
  }
  expect(result.ok, 'expected problems').toBe(false);
  if (result.ok) return;
  expect(defectsOf(text, result.problems)).toEqual([]);
  for (const e of expected) expect(result.problems, show(result)).toContainEqual(expect.objectContaining(e.params ? { ...e, params: expect.objectContaining(e.params) } : e));
  const codes = new Set(expected.map((e) => e.code));
  expect(result.problems.filter((p) => !codes.has(p.code)).map((p) => `${p.code} ${p.pointer}`)).toEqual([]);
}

/** The JSON document of an article, as an editor would save it. */
const docOf = (value: unknown) => JSON.stringify(value, null, 2);

/** The fetch of a server that sends `bytes` as JSON, with their length. */
const serving = (bytes: Uint8Array | string) =>
  (async () => new Response(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), { headers: { 'content-type': 'application/json', 'content-length': String(typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length) } })) as unknown as typeof fetch;

/** The URL loader (`/read?src=`) must agree with parseArticle, and never throw. */
async function expectRemoteAgrees(bytes: Uint8Array | string, parsed: ParseResult): Promise<void> {
  const remote = await loadRemoteArticle('https://articles.invalid/a.json', serving(bytes));
  if (parsed.ok) expect(remote.ok).toBe(true);
  else {
    expect(remote.ok).toBe(false);
    if (!remote.ok) {
      expect(['invalid', 'too-large']).toContain(remote.failure.kind);
      if (remote.failure.kind === 'invalid') expect(remote.failure.problems).toEqual(parsed.problems);
    }
  }
}

describe('the corpus', () => {
  it('lists every file in cases/ once, and the README names every case', () => {
    const files = readdirSync(new URL('./cases/', import.meta.url)).sort();
    expect(CORPUS.map((c) => c.file).sort()).toEqual(files);
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const name of [...files, ...GENERATED_CASES.map((g) => g.name)]) expect(readme, name).toContain(`\`${name}\``);
  });

  it('has payloads with unique names in every class', () => {
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
    expect(new Set(PAYLOADS.map((p) => p.class))).toEqual(new Set(['html-tag', 'event-handler', 'url-scheme', 'url-obfuscated', 'svg', 'css', 'template', 'bidi-spoof', 'zero-width', 'text-edge']));
  });

  describe('through parseArticle and the URL loader', () => {
    it.each(CORPUS.filter((c) => !c.file.endsWith('.txt')))('$file: $attacks', async (c) => {
      figures.corpusFiles++;
      const bytes = corpusBytes(c.file);
      const text = decodeLikeFetch(bytes);
      const result = parse(text);
      expectVerdict(text, result, c.parse);
      await expectRemoteAgrees(bytes, result);
    });
  });

  describe('through importText (plain text)', () => {
    it.each(CORPUS.filter((c) => c.file.endsWith('.txt')))('$file: $attacks', (c) => {
      figures.corpusFiles++;
      const source = decodeLikeFetch(corpusBytes(c.file));
      const article = importText(source);
      const doc = docOf(article);
      expectVerdict(doc, parse(doc), c.parse);
      // Every character of the body comes through as text, none dropped or interpreted.
      const { lines } = splitLines(source);
      const rebuilt = textBlocks(article.body).map((b) => inlineText(b.content));
      expect(rebuilt.join('').replace(/\s+/gu, '')).toBe(lines.join('').replace(/\s+/gu, ''));
    });
  });

  it('keeps the last of two duplicate keys, as inert text', () => {
    const result = parse(decodeLikeFetch(corpusBytes('duplicate-keys.json')));
    expect(result.ok && result.article.title).toBe('<script>alert("sahifa-dup")</script>');
  });

  it('keeps NUL, terminal escapes and lone surrogates as they were written', () => {
    const controls = parse(decodeLikeFetch(corpusBytes('escaped-nul-and-controls.json')));
    expect(controls.ok && controls.article.title).toBe('اجتماع\u0000طارئ\u0007\u001b[2J\u001b]8;;https://attacker.invalid\u0007');
    const surrogates = parse(decodeLikeFetch(corpusBytes('escaped-lone-surrogates.json')));
    expect(surrogates.ok && surrogates.article.title).toBe('اجتماع \ud800 طارئ \udfff');
  });

  it('takes prototype names as plain keys and values, changing no prototype', () => {
    for (const file of ['proto-key.json', 'constructor-prototype.json', 'proto-nested.json', 'prototype-names-as-values.json']) parse(decodeLikeFetch(corpusBytes(file)));
    const result = parse(decodeLikeFetch(corpusBytes('prototype-names-as-values.json')));
    expect(result.ok && result.article.body.map((b) => b.id)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(result.ok && Object.getPrototypeOf(result.article)).toBe(Object.prototype);
    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.isAdmin, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')]).toEqual([undefined, undefined, false]);
  });
});

describe('generated huge cases', () => {
  it.each(GENERATED_CASES)('$name: $attacks', async (g) => {
    figures.generatedCases++;
    const source = g.make();
    if (g.kind === 'text') {
      const doc = docOf(importText(source));
      expectVerdict(doc, parse(doc), g.parse);
      return;
    }
    const result = parse(source);
    expectVerdict(source, result, g.parse);
    if (g.name === 'string-30mb' && !result.ok) expect(result.problems[0]!.params.size).toBe(Buffer.byteLength(source));
    await expectRemoteAgrees(source, result);
  });
});

describe('every payload in every string field of a real article', () => {
  const base = baseArticle();
  const paths = stringPaths(base);
  const textPaths = paths.filter((p) => fieldKind(p) === 'text');
  const hrefPaths = paths.filter((p) => fieldKind(p) === 'href');
  // Structural fields: one of each role (the id of a paragraph, of a list item, of a thread tag…);
  // all fields of one role are checked by the same rule.
  const structuralPaths = uniqueRoles(base, paths.filter((p) => fieldKind(p) === 'structural'));

  it('finds every kind of string field in the article built by importText', () => {
    const keys = new Set(paths.map((p) => pointer(p).replace(/\/\d+/gu, '/#')));
    for (const key of ['/title', '/subtitle', '/byline', '/dateline', '/source/name', '/source/credit', '/source/url', '/threads/#/label/ar', '/threads/#/label/en', '/threads/#/keywords/#', '/body/#/content/#/speaker', '/body/#/speaker', '/body/#/content/#/lang', '/body/#/content/#/href', '/body/#/content/#', '/body/#/content/#/content/#', '/body/#/items/#/content/#'])
      expect(keys, key).toContain(key);
    expect(textPaths.length).toBeGreaterThan(40);
  });

  it.each(PAYLOADS)('text fields: $id ($class) is kept as inert text or refused as too long', (payload) => {
    const fits = textPaths.filter((p) => payload.text.length <= maxLength(p));
    const tooLong = textPaths.filter((p) => payload.text.length > maxLength(p));
    figures.textPlacements += textPaths.length;
    const accepted = parse(docOf(fits.reduce((a, p) => withValueAt(a, p, payload.text), base)));
    expect(accepted.ok, show(accepted)).toBe(true);
    if (accepted.ok) for (const p of fits) expect(getAt(accepted.article, p), pointer(p)).toBe(payload.text);
    if (tooLong.length === 0) return;
    const doc = docOf(tooLong.reduce((a, p) => withValueAt(a, p, payload.text), base));
    const refused = parse(doc);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(defectsOf(doc, refused.problems)).toEqual([]);
    expect(refused.problems.map((p) => `${p.code} ${p.pointer}`).sort()).toEqual(tooLong.map((p) => `too-long ${pointer(p)}`).sort());
  });

  it.each(PAYLOADS)('link targets: $id ($class) is linked only when it is http(s) or mailto', (payload) => {
    figures.hrefPlacements += hrefPaths.length;
    // Our own verdict on the payload agrees with the reader's allowlist.
    expect(isSafeHref(payload.text)).toBe(payload.safeHref);
    const doc = docOf(hrefPaths.reduce((a, p) => withValueAt(a, p, payload.text), base));
    const result = parse(doc);
    if (payload.safeHref) {
      expect(result.ok, show(result)).toBe(true);
      if (result.ok) for (const p of hrefPaths) expect(getAt(result.article, p)).toBe(payload.text);
      // What a browser makes of it: an http(s) or mailto URL.
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(payload.text).protocol);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(defectsOf(doc, result.problems)).toEqual([]);
    expect(result.problems.map((p) => `${p.code} ${p.pointer}`).sort()).toEqual(hrefPaths.map((p) => `unsafe-link ${pointer(p)}`).sort());
  });

  it.each(structuralPaths.map((p) => [pointer(p), p] as const))('structural field %s: every payload is refused there, or kept exactly when it fits the format', (_name, path) => {
    for (const payload of PAYLOADS) {
      figures.structuralPlacements++;
      const doc = docOf(withValueAt(base, path, payload.text));
      const result = parse(doc);
      if (result.ok) {
        // Only a payload that happens to be a plain identifier can fit an id, slug or tag.
        expect(payload.text, pointer(path)).toMatch(/^[A-Za-z0-9_.-]+$/u);
        expect(getAt(result.article, path)).toBe(payload.text);
        continue;
      }
      expect(defectsOf(doc, result.problems), `${payload.id} at ${pointer(path)}`).toEqual([]);
      if (!/^[A-Za-z0-9_.-]+$/u.test(payload.text)) expect(result.problems.map((p) => p.pointer), payload.id).toContain(pointer(path));
    }
  });
});

describe('a wrong type in every field', () => {
  const base = baseArticle();
  const paths = uniqueRoles(base, valuePaths(base));
  const wrongFor = (value: unknown): unknown[] => {
    if (typeof value === 'string') return [42, true, null, [], {}];
    if (typeof value === 'number') return [String(value), null, []];
    if (typeof value === 'boolean') return [String(value), 0, null];
    if (Array.isArray(value)) return ['x', 1, null, {}];
    return ['x', 1, null, []];
  };

  it.each(paths.map((p) => [pointer(p), p] as const))('%s', (_name, path) => {
    for (const wrong of wrongFor(getAt(base, path))) {
      figures.wrongTypes++;
      const doc = docOf(withValueAt(base, path, wrong));
      const result = parse(doc);
      const here = pointer(path);
      if (result.ok) {
        // Only two replacements are right: a null speaker (a statement with no named speaker) and text
        // in place of an inline run. Nothing else takes a wrong type.
        const isSpeaker = path[path.length - 1] === 'speaker' && wrong === null;
        const isInlineText = path[path.length - 2] === 'content' && typeof wrong === 'string';
        expect(isSpeaker || isInlineText, `${here} took ${JSON.stringify(wrong)}`).toBe(true);
        continue;
      }
      expect(defectsOf(doc, result.problems)).toEqual([]);
      const placed = result.problems.filter((p) => p.pointer === here || p.pointer.startsWith(`${here}/`));
      expect(placed.length, `${here} = ${JSON.stringify(wrong)}: ${show(result)}`).toBeGreaterThan(0);
      // A problem on the value itself points at exactly that value in the document.
      const exact = result.problems.find((p) => p.pointer === here);
      if (exact) expect(doc.slice(exact.offset, exact.offset + exact.length)).toBe(JSON.stringify(wrong));
    }
  });
});

describe('unknown types given as other values', () => {
  // Was a gap: `received` was String(value), so an object read "[object Object]"; it is JSON now.
  it('words an unknown type given as an object readably', () => {
    const result = parse(docOf({ ...baseArticle(), body: [{ type: { name: 'video' }, id: 'v1', content: [] }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(describeProblem).join('\n')).not.toContain('[object Object]');
  });
});

describe('fuzzing parseArticle (fast-check)', () => {
  const base = baseArticle();
  const baseDoc = docOf(base);
  const hostileFragment = fc.oneof(
    fc.constantFrom(...PAYLOADS.map((p) => p.text)),
    fc.constantFrom('"__proto__":', '{"__proto__":{}}', '"constructor":{"prototype":{}}', '\u0000', '\ud800', '\ufeff', '\u202e', '[[[[[[[[', ']]]]}}}}', '"', '\\', '\\u00', ',', ':', 'null', '1e999', '-0', '{}', '[]'),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );

  const assertSane = (text: string) => {
    figures.fuzzRuns++;
    const result = parse(text);
    if (result.ok) {
      // An accepted article serialises to a document that is accepted again, unchanged.
      const again = parse(JSON.stringify(result.article));
      expect(again.ok && again.article).toEqual(result.article);
    } else expect(defectsOf(text, result.problems)).toEqual([]);
  };

  it('never throws on arbitrary text, and places every problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 }), fc.array(hostileFragment, { maxLength: 12 }).map((parts) => parts.join(''))), assertSane),
      { numRuns: 200 },
    );
  });

  it('never throws on text mutations of a valid article', () => {
    const mutation = fc.tuple(fc.nat(baseDoc.length), fc.nat(40), hostileFragment, fc.boolean());
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = baseDoc;
        for (const [at, cut, insert, duplicate] of edits) {
          const i = at % (text.length + 1);
          text = duplicate ? text.slice(0, i) + text.slice(i, i + cut) + text.slice(i) : text.slice(0, i) + insert + text.slice(i + cut);
        }
        assertSane(text);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws when any value of a valid article is replaced by any JSON value or payload', () => {
    const paths = valuePaths(base);
    const replacement = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...PAYLOADS.map((p) => p.text)), fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown));
    fc.assert(
      fc.property(fc.nat(paths.length - 1), replacement, (i, value) => {
        assertSane(docOf(withValueAt(base, paths[i]!, value)));
      }),
      { numRuns: 150 },
    );
  });
});

/** One path per role: array indices collapsed, but told apart by the type of block or run they lead into. */
function uniqueRoles(article: Article, paths: readonly Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    let value: unknown = article;
    const key = path
      .map((k) => {
        value = (value as Record<string | number, unknown>)[k];
        const type = value && typeof value === 'object' && 'type' in value ? `(${String((value as { type: unknown }).type)})` : '';
        return typeof k === 'number' ? `#${type}` : k;
      })
      .join('/');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

afterAll(() => {
  console.log(
    [
      'Hostile input, parsing (test/hostile/parse.test.ts):',
      `  corpus files ${figures.corpusFiles}, generated cases ${figures.generatedCases}`,
      `  payloads ${PAYLOADS.length}; placements: ${figures.textPlacements} in text fields, ${figures.hrefPlacements} in link targets, ${figures.structuralPlacements} in structural fields`,
      `  wrong types tried ${figures.wrongTypes}; fuzz runs ${figures.fuzzRuns}`,
      `  parses ${figures.parses}, crashes ${figures.crashes}`,
    ].join('\n'),
  );
});
