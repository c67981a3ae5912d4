import { describe, expect, it } from 'vitest';
import { LINT_CODES, type LintCode } from '../article/lint';
import type { SaveResult } from './drafts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { OpenFailure } from './open-file';
import type { DecodeResult, ShareResult } from './share-link';

// Only the objects this plumbing owns: other parts of the preview keep their own keys here.
const OWNED = ['file', 'share', 'drafts'] as const;
type Tree = Record<string, Record<string, string>>;
const locales = { en: en as unknown as Tree, ar: ar as unknown as Tree };

/** Every failure reason, with the parameters its message may use (a Record, so a new reason fails to compile until listed). */
const FILE_REASONS: Record<OpenFailure, readonly string[]> = {
  'too-large': ['name', 'size', 'limit', 'bytes', 'limitBytes'],
  binary: ['name'],
  'not-utf8': ['name'],
  unreadable: ['name'],
  empty: ['name'],
  several: ['count'],
  none: [],
};
const SHARE_REASONS: Record<Extract<DecodeResult | ShareResult, { ok: false }>['reason'], readonly string[]> = {
  corrupt: [],
  'too-large': [],
  'too-long': ['length', 'max'],
};
const SAVE_REASONS: Record<Extract<SaveResult, { ok: false }>['reason'], readonly string[]> = { quota: [], unavailable: [] };

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();

describe('preview wording for drafts, files and share links', () => {
  it('has the same keys and placeholders in Arabic and English', () => {
    for (const group of OWNED) {
      expect(Object.keys(locales.ar[group] ?? {}).sort(), group).toEqual(Object.keys(locales.en[group] ?? {}).sort());
      for (const [key, message] of Object.entries(locales.en[group] ?? {})) {
        expect(placeholders(locales.ar[group]![key]!), `${group}.${key}`).toEqual(placeholders(message));
      }
    }
  });

  it('words every failure reason, using only the parameters it gets', () => {
    const groups: [string, Record<string, readonly string[]>][] = [
      ['file', FILE_REASONS],
      ['share', SHARE_REASONS],
      ['drafts', SAVE_REASONS],
    ];
    for (const [lng, tree] of Object.entries(locales)) {
      for (const [group, reasons] of groups) {
        for (const [reason, params] of Object.entries(reasons)) {
          const message = tree[group]?.[reason];
          expect(message, `${lng} ${group}.${reason}`).toBeTruthy();
          for (const name of placeholders(message!)) expect(params, `${lng} ${group}.${reason} {{${name}}}`).toContain(name);
        }
      }
    }
  });

  it('leaves no message empty and writes the Arabic in Arabic', () => {
    for (const group of OWNED) {
      for (const [key, message] of Object.entries(locales.ar[group] ?? {})) {
        expect(message.trim(), `ar ${group}.${key}`).not.toBe('');
        expect(message, `ar ${group}.${key}`).toMatch(/[\u0621-\u064a]/u);
        expect(locales.en[group]![key]!.trim(), `en ${group}.${key}`).not.toBe('');
      }
    }
  });
});

/** The parameters each typography warning gets (lint/types.ts; a Record, so a new code fails to compile until listed). */
const LINT_PARAMS: Record<LintCode, readonly string[]> = {
  'curly-quotes-rtl': ['marks'],
  'bidi-override': ['codepoint'],
  'unbalanced-isolate': ['codepoint'],
  'invisible-character': ['codepoint'],
  'tatweel-justification': ['word'],
  'letter-spacing': ['text'],
  'unmarked-latin': ['text'],
  'mixed-digits': ['number', 'replacement', 'system', 'majority'],
  'unclosed-quote': ['mark'],
  'missing-opening-mark': ['mark'],
  'stray-quote-mark': ['mark'],
  'latin-punctuation': ['mark', 'replacement'],
  'space-before-punctuation': ['mark', 'text'],
  'missing-space-after': ['mark', 'text'],
  'missing-space-before-quote': ['text'],
  'double-space': [],
  'straight-quotes-headline': ['marks'],
};

describe('typography warnings', () => {
  it('words every code in Arabic and English, with the same placeholders, using only the parameters it gets', () => {
    const lint = { en: locales.en.lint!, ar: locales.ar.lint! };
    expect(Object.keys(LINT_PARAMS).sort()).toEqual([...LINT_CODES].sort());
    for (const code of LINT_CODES) {
      const message = lint.en[code];
      expect(message?.trim(), `en lint.${code}`).toBeTruthy();
      expect(lint.ar[code], `ar lint.${code}`).toMatch(/[\u0621-\u064a]/u);
      expect(placeholders(lint.ar[code]!), `lint.${code}`).toEqual(placeholders(message!));
      for (const name of placeholders(message!)) expect(LINT_PARAMS[code], `lint.${code} {{${name}}}`).toContain(name);
    }
  });
});
