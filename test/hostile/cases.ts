/**
 * The committed hostile corpus (files in ./cases) and what Sahifa must do with each file. The same
 * list drives test/hostile/parse.test.ts, test/hostile/cli.test.ts and the README beside this file.
 *
 * `parse` is parseArticle's verdict on the file's bytes decoded as UTF-8 the way a browser's
 * `fetch(...).text()` decodes them (one BOM dropped, invalid bytes replaced by U+FFFD); for `.txt`
 * files it is the verdict on the article that importText makes of the text. Expected problems
 * must all be found, and every problem found must have one of the expected codes.
 * `check` is the exit code `article check FILE` must give.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExpectedProblem } from './generators';

export interface CorpusCase {
  file: string;
  attacks: string;
  parse: 'ok' | readonly ExpectedProblem[];
  check: 0 | 1 | 2;
  /** For exit 2: what the one line must say. */
  reason?: RegExp;
}

const EMPTY = /the file is empty/u;
const NUL = /not a text file \(it contains NUL bytes\)/u;
const NOT_UTF8 = /not a text file \(it is not valid UTF-8\)/u;

export const CORPUS: readonly CorpusCase[] = [
  // Control.
  { file: 'valid-article.json', attacks: 'nothing: the valid article most cases are cut from', parse: 'ok', check: 0 },

  // Empty, blank and byte-order marks.
  { file: 'empty.json', attacks: 'a zero-byte document', parse: [{ code: 'empty', line: 1, column: 1 }], check: 2, reason: EMPTY },
  { file: 'whitespace-only.json', attacks: 'only spaces, tabs and CR/LF', parse: [{ code: 'empty', line: 1, column: 1 }], check: 2, reason: EMPTY },
  { file: 'bom-only.json', attacks: 'a UTF-8 BOM and nothing else', parse: [{ code: 'empty', line: 1, column: 1 }], check: 2, reason: EMPTY },
  { file: 'bom-article.json', attacks: 'a valid article after a UTF-8 BOM (accepted)', parse: 'ok', check: 0 },
  { file: 'double-bom.json', attacks: 'two BOMs: the decoder drops one and parseArticle the other (accepted)', parse: 'ok', check: 0 },

  // Broken JSON.
  {
    file: 'truncated-in-string.json',
    attacks: 'a document cut off inside the title string',
    parse: [{ code: 'json-syntax', line: 4, column: 12, params: { error: 'UnexpectedEndOfString' } }, { code: 'json-syntax' }],
    check: 1,
  },
  { file: 'truncated-after-comma.json', attacks: 'a document cut off after a comma', parse: [{ code: 'json-syntax', line: 5, column: 3 }], check: 1 },
  { file: 'missing-closing-brace.json', attacks: 'the final } missing', parse: [{ code: 'json-syntax', line: 11, column: 1, params: { error: 'CloseBraceExpected' } }], check: 1 },
  { file: 'html-document.json', attacks: 'an HTML page with a script where JSON is expected', parse: [{ code: 'json-syntax', line: 1, column: 1 }], check: 1 },
  {
    file: 'comments-trailing-commas.json',
    attacks: 'JavaScript comments and a trailing comma (JSON5-style leniency must not be assumed)',
    parse: [{ code: 'json-syntax', line: 6, column: 22, params: { error: 'InvalidCommentToken' } }, { code: 'json-syntax', line: 9, column: 3 }],
    check: 1,
  },
  { file: 'single-quoted.json', attacks: "single-quoted keys and strings", parse: [{ code: 'json-syntax', line: 2, column: 3 }], check: 1 },
  { file: 'raw-control-in-string.json', attacks: 'raw U+0001 and TAB inside a string', parse: [{ code: 'json-syntax', line: 4, column: 12, params: { error: 'InvalidCharacter' } }], check: 1 },

  // Not an object.
  { file: 'root-array.json', attacks: 'an array as the document', parse: [{ code: 'invalid-type', pointer: '', line: 1, column: 1 }], check: 1 },
  { file: 'root-string.json', attacks: 'a string holding a script as the document', parse: [{ code: 'invalid-type', pointer: '', line: 1, column: 1 }], check: 1 },
  { file: 'root-null.json', attacks: 'null as the document', parse: [{ code: 'invalid-type', pointer: '', line: 1, column: 1 }], check: 1 },

  // Prototype pollution.
  { file: 'proto-key.json', attacks: 'a top-level "__proto__" key', parse: [{ code: 'unknown-field', pointer: '/__proto__', line: 2, column: 3 }], check: 1 },
  { file: 'constructor-prototype.json', attacks: 'a top-level "constructor": {"prototype": …}', parse: [{ code: 'unknown-field', pointer: '/constructor', line: 2, column: 3 }], check: 1 },
  {
    file: 'proto-nested.json',
    attacks: '"__proto__" keys inside a thread label, a block and an inline quote',
    parse: [
      { code: 'unknown-field', pointer: '/threads/0/label/__proto__', line: 8, column: 62 },
      { code: 'unknown-field', pointer: '/body/0/__proto__', line: 14, column: 7 },
      { code: 'unknown-field', pointer: '/body/0/content/1/__proto__', line: 17, column: 91 },
    ],
    check: 1,
  },
  { file: 'prototype-names-as-values.json', attacks: 'ids, thread ids, speakers and keywords named constructor, toString, __proto__… (accepted as plain values)', parse: 'ok', check: 0 },
  { file: 'duplicate-keys.json', attacks: 'the title key twice, the second holding a script (the last wins, as inert text)', parse: 'ok', check: 0 },

  // Characters that break naive handling.
  { file: 'escaped-nul-and-controls.json', attacks: 'escaped NUL, BEL, terminal escape sequences and C1 controls in strings (accepted as text)', parse: 'ok', check: 0 },
  { file: 'escaped-lone-surrogates.json', attacks: 'escaped lone surrogates in strings (accepted as text)', parse: 'ok', check: 0 },
  {
    file: 'control-chars-in-keys.json',
    attacks: 'unknown keys holding ESC, CR, LF, a forged "FILE:1:1:" line and U+202E: must not reach the terminal raw',
    parse: [
      { code: 'unknown-field', line: 7, column: 3 },
      { code: 'unknown-field', pointer: '/\u202Etxt.exe', line: 8, column: 3 },
    ],
    check: 1,
  },

  // Types and vocabularies.
  { file: 'unknown-block-type.json', attacks: 'a "video" block with a script URL', parse: [{ code: 'unknown-type', pointer: '/body/1/type', line: 10, column: 15 }], check: 1 },
  { file: 'unknown-inline-type.json', attacks: 'a "script" inline run', parse: [{ code: 'unknown-type', pointer: '/body/0/content/1/type', line: 9, column: 78 }], check: 1 },
  { file: 'type-wrong-case.json', attacks: '"Paragraph" for "paragraph"', parse: [{ code: 'unknown-type', pointer: '/body/0/type', line: 9, column: 15 }], check: 1 },
  {
    file: 'wrong-types-everywhere.json',
    attacks: 'a wrong type in every top-level field at once',
    parse: [
      { code: 'invalid-value', pointer: '/format', line: 2, column: 13 },
      { code: 'invalid-type', pointer: '/slug', line: 3, column: 11 },
      { code: 'invalid-type', pointer: '/title', line: 4, column: 12 },
      { code: 'invalid-type', pointer: '/lang', line: 5, column: 11 },
      { code: 'invalid-value', pointer: '/status', line: 6, column: 13 },
      { code: 'invalid-type', pointer: '/threads', line: 7, column: 14 },
      { code: 'invalid-type', pointer: '/body', line: 8, column: 11 },
    ],
    check: 1,
  },
  {
    file: 'weird-numbers.json',
    attacks: 'heading levels 1e400 (Infinity), 2.5 and -0, and 1 for a boolean',
    parse: [
      { code: 'invalid-value', pointer: '/body/0/level', line: 9, column: 47 },
      { code: 'invalid-value', pointer: '/body/1/level', line: 10, column: 47 },
      { code: 'invalid-value', pointer: '/body/2/level', line: 11, column: 47 },
      { code: 'invalid-type', pointer: '/body/3/ordered', line: 12, column: 46 },
    ],
    check: 1,
  },
  {
    file: 'unsafe-links.json',
    attacks: 'javascript:, data: and space-prefixed mixed-case vbscript: links, and a javascript: source URL',
    parse: [
      { code: 'unsafe-link', pointer: '/source/url', line: 7, column: 38 },
      { code: 'unsafe-link', pointer: '/body/0/content/0/href', line: 14, column: 35 },
      { code: 'unsafe-link', pointer: '/body/0/content/1/href', line: 15, column: 35 },
      { code: 'unsafe-link', pointer: '/body/0/content/2/href', line: 16, column: 35 },
    ],
    check: 1,
  },
  { file: 'nesting-over-limit.json', attacks: '60 nested emphasis runs: over the depth limit of 48', parse: [{ code: 'too-deep', line: 9, column: 668 }], check: 1 },

  // Binary and mis-encoded bytes.
  { file: 'raw-nul.bin', attacks: 'a raw NUL byte inside the title', parse: [{ code: 'json-syntax', line: 4, column: 12, params: { error: 'InvalidCharacter' } }], check: 2, reason: NUL },
  { file: 'png-header.bin', attacks: 'the start of a PNG image', parse: [{ code: 'json-syntax', line: 1, column: 1 }], check: 2, reason: NUL },
  { file: 'gzip-header.bin', attacks: 'a gzip stream (a compressed article served without decoding)', parse: [{ code: 'json-syntax', line: 1, column: 1 }], check: 2, reason: NUL },
  { file: 'utf16le-article.bin', attacks: 'a valid article saved as UTF-16LE with a BOM', parse: [{ code: 'json-syntax', line: 1, column: 1 }], check: 2, reason: NUL },
  { file: 'invalid-utf8.bin', attacks: 'an overlong encoding, a stray continuation byte, 0xFE and a cut sequence in the title', parse: 'ok', check: 2, reason: NOT_UTF8 },
  { file: 'utf8-encoded-surrogate.bin', attacks: 'surrogates encoded as UTF-8 bytes (CESU-8)', parse: 'ok', check: 2, reason: NOT_UTF8 },
  { file: 'latin1.bin', attacks: 'a French article saved as Latin-1', parse: 'ok', check: 2, reason: NOT_UTF8 },

  // Plain text for `article import`.
  { file: 'empty.txt', attacks: 'an empty text', parse: [{ code: 'too-short', pointer: '/title' }], check: 2, reason: EMPTY },
  { file: 'whitespace-only.txt', attacks: 'blank lines only', parse: [{ code: 'too-short', pointer: '/title' }], check: 2, reason: EMPTY },
  { file: 'bom-only.txt', attacks: 'a BOM and a newline', parse: [{ code: 'too-short', pointer: '/title' }], check: 2, reason: EMPTY },
  { file: 'headline-only.txt', attacks: 'a headline and no body', parse: 'ok', check: 0 },
  { file: 'mixed-newlines.txt', attacks: 'CRLF, CR, LF, U+2028, U+2029 and NEL in one text', parse: 'ok', check: 0 },
  { file: 'html-and-scripts.txt', attacks: 'HTML, script, SVG, CSS and template payloads in a headline, a quote and paragraphs', parse: 'ok', check: 0 },
  { file: 'bidi-spoofing.txt', attacks: 'RLO, LRO, RLI, zero-width space, RLM and ALM in the headline, speakers and quotes', parse: 'ok', check: 0 },
  { file: 'unbalanced-quotes.txt', attacks: 'quotes never closed, nested, mixed and reversed', parse: 'ok', check: 0 },
  { file: 'punctuation-only.txt', attacks: 'lines of quotation marks and punctuation only', parse: 'ok', check: 0 },
  { file: 'long-headline.txt', attacks: 'a 600-character headline: longer than a title may be', parse: [{ code: 'too-long', pointer: '/title' }], check: 1 },
  { file: 'nul-in-text.bin', attacks: 'a NUL byte in plain text', parse: [{ code: 'json-syntax', line: 1, column: 1 }], check: 2, reason: NUL },
];

/** The bytes of a corpus file. */
export function corpusBytes(file: string): Uint8Array {
  return readFileSync(corpusPath(file));
}

/** Absolute path of a corpus file. */
export function corpusPath(file: string): string {
  return fileURLToPath(new URL(`./cases/${file}`, import.meta.url));
}

/** How a browser decodes a response body: one BOM dropped, invalid bytes replaced. */
export function decodeLikeFetch(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
