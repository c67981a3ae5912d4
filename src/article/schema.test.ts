import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSafeHref } from './links';
import { articleJsonSchema } from './schema';

describe('published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(readFileSync('public/schema/article-v1.json', 'utf8'));
    expect(published).toEqual(articleJsonSchema());
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.com/a?b=c', true],
    ['http://example.com', true],
    ['mailto:desk@example.com', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['//example.com', false],
    ['https://exa\u0000mple.com', false],
    ['', false],
  ])('%s -> %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});
