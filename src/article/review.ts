/**
 * Review of what was detected (editor preview): the quote mark-ups and thread tags of an article,
 * listed with their JSON pointers, and the editor's decisions written back into the JSON source.
 *
 * The editor keeps the draft as JSON text in their own formatting, so every action is a minimal
 * text edit: only the touched value, property or array element changes, and inserted text copies the
 * separators the surrounding object or array already uses (one-line objects stay on one line,
 * indentation, tabs and CRLF line ends are kept). Values are replaced with jsonc-parser's `modify`
 * (without formatting options, which would reflow whole lines); insertions and removals are computed
 * here from the parse tree, and every edit is applied with `applyEdits`.
 *
 * Whatever an editor decides is marked `origin: "editor"`. JSON drafts are never re-detected (quote
 * detection and thread tagging run only when plain text is imported), so a removed tag or quote
 * stays removed without any "rejected" marker.
 */
import { applyEdits, modify, parseTree, type Edit, type Node, type ParseError } from 'jsonc-parser';
import { inlineText } from './blocks';
import { parseArticle, pointerOf } from './parse';
import type { Article, Inline, ThreadTag } from './schema';

export type ReviewOrigin = 'auto' | 'editor';
export type QuoteKind = 'statement' | 'scare';

/** A quote mark-up (statement or scare quote) inside a block's inline content. */
export interface ReviewStatement {
  /** JSON pointer of the quote object, e.g. `/body/1/content/1`. */
  pointer: string;
  /** Id of the block (or list item) holding it. */
  blockId: string;
  /** The quoted words, without the marks, trimmed. */
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** `editor` when the source says so or says nothing (only the detector writes `auto`). */
  origin: ReviewOrigin;
  /** UTF-16 offset of the quote object in the source as given (-1 when the source does not hold it). */
  offset: number;
}

/** A passage (heading, paragraph, list item or block quote) with its thread tags. */
export interface ReviewPassage {
  /** JSON pointer of the block or list item, e.g. `/body/4/items/0`. */
  pointer: string;
  blockId: string;
  /** Short plain text of the passage (at most {@link PASSAGE_TEXT_MAX} characters). */
  text: string;
  threads: { id: string; origin: ReviewOrigin }[];
  /** UTF-16 offset of the block or item object in the source as given (-1 when the source does not hold it). */
  offset: number;
}

export interface ReviewItems {
  statements: ReviewStatement[];
  passages: ReviewPassage[];
}

export type ReviewAction =
  | { type: 'confirm-quote'; pointer: string }
  | { type: 'set-speaker'; pointer: string; speaker: string | null }
  | { type: 'set-kind'; pointer: string; kind: QuoteKind }
  | { type: 'remove-quote'; pointer: string }
  | { type: 'confirm-thread'; pointer: string; thread: string }
  | { type: 'add-thread'; pointer: string; thread: string }
  | { type: 'remove-thread'; pointer: string; thread: string };

/**
 * `stale`: the pointer (or the thread tag an action names) is no longer in the source.
 * `invalid`: the source is not a valid article, or the action would make it invalid (a thread the
 * article does not define, a speaker over the schema's length limit).
 */
export type ReviewFailure = 'stale' | 'invalid';
export type ReviewResult = { ok: true; source: string } | { ok: false; reason: ReviewFailure };

/** Longest passage text in the review list; longer passages are cut at a word and end in `…`. */
export const PASSAGE_TEXT_MAX = 80;

// ---------------------------------------------------------------------------------------------
// The list

/** A missing origin means a person wrote the mark-up by hand: the detector always writes `auto`. */
const originOf = (origin: ReviewOrigin | undefined): ReviewOrigin => origin ?? 'editor';

/** Plain text with runs of white space collapsed, cut to `max` characters at a word boundary. */
export function shortText(text: string, max = PASSAGE_TEXT_MAX): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.lastIndexOf(' ', max - 1);
  if (cut < max / 2) cut = max - 1;
  // Never split a surrogate pair.
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return flat.slice(0, cut).trimEnd() + '…';
}

type Path = (string | number)[];

/**
 * Every quote mark-up and every passage of the article in reading order, with JSON pointers for
 * {@link applyReview} and offsets into `source` (the text `article` was parsed from) for the editor.
 * Quotes nested in emphasis, links, spans or other quotes are listed too; block quotations are
 * passages only (they carry no kind or origin).
 */
export function reviewItems(source: string, article: Article): ReviewItems {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: Node | undefined;
  try {
    root = parseTree(bom ? source.slice(1) : source, [], { disallowComments: true });
  } catch {
    root = undefined;
  }
  const offsetOf = (path: Path): number => {
    const node = root ? nodeAtPath(root, path) : undefined;
    return node && node.type === 'object' ? node.offset + bom : -1;
  };

  const statements: ReviewStatement[] = [];
  const passages: ReviewPassage[] = [];
  const walk = (content: readonly Inline[], blockId: string, path: Path) => {
    content.forEach((run, i) => {
      if (typeof run === 'string') return;
      const at = [...path, i];
      if (run.type === 'quote') {
        statements.push({
          pointer: pointerOf(at),
          blockId,
          text: inlineText(run.content).trim(),
          kind: run.kind,
          speaker: run.speaker ?? null,
          origin: originOf(run.origin),
          offset: offsetOf(at),
        });
      }
      walk(run.content, blockId, [...at, 'content']);
    });
  };
  const passage = (path: Path, id: string, content: readonly Inline[], threads: readonly ThreadTag[] | undefined) => {
    passages.push({
      pointer: pointerOf(path),
      blockId: id,
      text: shortText(inlineText(content)),
      threads: (threads ?? []).map((t) => ({ id: t.id, origin: originOf(t.origin) })),
      offset: offsetOf(path),
    });
    walk(content, id, [...path, 'content']);
  };
  article.body.forEach((block, b) => {
    if (block.type === 'list') block.items.forEach((item, i) => passage(['body', b, 'items', i], item.id, item.content, item.threads));
    else passage(['body', b], block.id, block.content, block.threads);
  });
  return { statements, passages };
}

// ---------------------------------------------------------------------------------------------
// Reading the source

/** Splits a JSON pointer into its segments; null when it is not a pointer. */
export function pointerSegments(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/gu, '/').replace(/~0/gu, '~'));
}

// A key written twice counts by its last occurrence, as JSON.parse (and so parseArticle) reads it.
const propertyOf = (object: Node, key: string): Node | undefined => object.children?.findLast((p) => p.children?.[0]?.value === key);
const valueOf = (object: Node, key: string): Node | undefined => propertyOf(object, key)?.children?.[1];

/** The node at a path of keys and indices; undefined when absent. */
function nodeAtPath(root: Node, path: Path): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (node?.type === 'array' && typeof segment === 'number') node = node.children?.[segment];
    else if (node?.type === 'object' && typeof segment === 'string') node = valueOf(node, segment);
    else return undefined;
  }
  return node;
}

/** The node a pointer names and its path (array indices as numbers); undefined when absent. */
function nodeAt(root: Node, segments: readonly string[]): { node: Node; path: Path } | undefined {
  let node = root;
  const path: Path = [];
  for (const segment of segments) {
    const key = node.type === 'array' && /^(?:0|[1-9][0-9]{0,8})$/u.test(segment) ? Number(segment) : segment;
    const next = nodeAtPath(node, [key]);
    if (!next) return undefined;
    node = next;
    path.push(key);
  }
  return { node, path };
}

const end = (node: Node) => node.offset + node.length;

/** A parsed working copy of the source, re-parsed after each edit. */
class Doc {
  root: Node;
  constructor(public text: string) {
    this.root = Doc.parse(text)!;
  }
  static parse(text: string): Node | undefined {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return errors.length === 0 && root?.type === 'object' ? root : undefined;
  }
  apply(edits: Edit[]): void {
    this.text = applyEdits(this.text, edits);
    this.root = Doc.parse(this.text)!;
  }
  at(path: Path): Node {
    const node = nodeAtPath(this.root, path);
    if (!node) throw new Error(`review: lost ${pointerOf(path)}`);
    return node;
  }
}

// ---------------------------------------------------------------------------------------------
// Minimal edits in the source's own style

/** The text between a key and its value (`": "`, `":"`, `" : "` …) as the object, or its nearest relative, writes it. */
function colonStyle(doc: Doc, near: Node): string {
  for (let n: Node | undefined = near; n; n = n.parent) {
    const property = n.type === 'object' ? n.children?.[0] : undefined;
    const key = property?.children?.[0];
    const value = property?.children?.[1];
    if (key && value) {
      const gap = doc.text.slice(end(key), value.offset);
      return gap.includes('\n') ? ': ' : gap;
    }
  }
  return ': ';
}

/**
 * The separator between members of an object or array (comma and white space) as the source writes
 * it next to `index`: copied from a neighbouring gap, or built from the space after the opening bracket.
 */
function memberSeparator(doc: Doc, container: Node, index: number, colon: string): string {
  const members = container.children ?? [];
  if (members.length >= 2) {
    const i = Math.min(Math.max(index, 1), members.length - 1);
    return doc.text.slice(end(members[i - 1]!), members[i]!.offset);
  }
  if (members.length === 1) {
    const lead = doc.text.slice(container.offset + 1, members[0]!.offset);
    if (lead.includes('\n')) return ',' + lead;
    return colon === ':' ? ',' : ', ';
  }
  return colon === ':' ? ',' : ', ';
}

/** A thread tag written on one line, spaced like the source. */
function tagText(id: string, colon: string): string {
  const compact = colon === ':';
  const body = `"id"${colon}${JSON.stringify(id)}${compact ? ',' : ', '}"origin"${colon}"editor"`;
  return compact ? `{${body}}` : `{ ${body} }`;
}

/** Canonical key order of the objects the review edits, used to place an inserted key. */
const KEY_ORDER = ['type', 'id', 'kind', 'level', 'ordered', 'speaker', 'open', 'close', 'origin', 'content', 'items', 'threads'];

/** Sets `key` of the object at `path` to the raw JSON `valueText`, replacing it or inserting it in key order. */
function setKey(doc: Doc, path: Path, key: string, value: unknown, valueText = JSON.stringify(value)): void {
  const object = doc.at(path);
  const existing = valueOf(object, key);
  if (existing) {
    if (doc.text.slice(existing.offset, end(existing)) === valueText) return;
    // Without formatting options `modify` replaces just the value's text (it edits a key's first occurrence).
    const once = object.children!.filter((p) => p.children?.[0]?.value === key).length === 1;
    if (value !== undefined && once) doc.apply(modify(doc.text, [...path, key], value, {}));
    else doc.apply([{ offset: existing.offset, length: existing.length, content: valueText }]);
    return;
  }
  const properties = object.children ?? [];
  const rank = KEY_ORDER.indexOf(key);
  const before = properties.findIndex((p) => {
    const r = KEY_ORDER.indexOf(String(p.children?.[0]?.value));
    return r > rank;
  });
  const colon = colonStyle(doc, object);
  const member = `${JSON.stringify(key)}${colon}${valueText}`;
  if (properties.length === 0) {
    doc.apply([{ offset: object.offset + 1, length: 0, content: member }]);
  } else if (before >= 0) {
    const separator = memberSeparator(doc, object, before, colon);
    doc.apply([{ offset: properties[before]!.offset, length: 0, content: member + separator }]);
  } else {
    const separator = memberSeparator(doc, object, properties.length - 1, colon);
    doc.apply([{ offset: end(properties[properties.length - 1]!), length: 0, content: separator + member }]);
  }
}

/** Removes members `from`..`to` (inclusive) of an array or object together with one separator. */
function removeMembers(doc: Doc, container: Node, from: number, to: number): void {
  const members = container.children ?? [];
  const first = members[from]!;
  const last = members[to]!;
  const previous = members[from - 1];
  const next = members[to + 1];
  if (next) doc.apply([{ offset: first.offset, length: next.offset - first.offset, content: '' }]);
  else if (previous) doc.apply([{ offset: end(previous), length: end(last) - end(previous), content: '' }]);
  else doc.apply([{ offset: container.offset + 1, length: container.length - 2, content: '' }]);
}

/** Removes the property `key` of the object at `path`, every occurrence of it (nothing when absent). */
function removeKey(doc: Doc, path: Path, key: string): void {
  for (let property = propertyOf(doc.at(path), key); property; property = propertyOf(doc.at(path), key)) {
    const object = doc.at(path);
    removeMembers(doc, object, object.children!.indexOf(property), object.children!.indexOf(property));
  }
}

/** Body of a JSON string literal as written (escapes kept), so literals can be joined without re-encoding. */
const literalBody = (doc: Doc, node: Node) => doc.text.slice(node.offset + 1, end(node) - 1);

/**
 * Replaces the quote object at `path` by its content, keeping its open and close marks as text and
 * joining strings that end up side by side (the source's escapes are kept as written).
 */
function unwrapQuote(doc: Doc, path: Path): void {
  const quote = doc.at(path);
  const array = quote.parent!;
  const siblings = array.children!;
  const index = siblings.indexOf(quote);
  const pieces: { string: boolean; raw: string }[] = [];
  const add = (node: Node | undefined) => {
    if (!node) return;
    if (node.type !== 'string') {
      pieces.push({ string: false, raw: doc.text.slice(node.offset, end(node)) });
      return;
    }
    const raw = literalBody(doc, node);
    if (raw === '') return;
    const last = pieces[pieces.length - 1];
    if (last?.string) last.raw += raw;
    else pieces.push({ string: true, raw });
  };
  const previous = siblings[index - 1]?.type === 'string' ? siblings[index - 1] : undefined;
  const next = siblings[index + 1]?.type === 'string' ? siblings[index + 1] : undefined;
  add(previous);
  const open = valueOf(quote, 'open');
  add(open?.type === 'string' ? open : undefined);
  for (const run of valueOf(quote, 'content')?.children ?? []) add(run);
  const close = valueOf(quote, 'close');
  add(close?.type === 'string' ? close : undefined);
  add(next);

  const from = previous ? index - 1 : index;
  const to = next ? index + 1 : index;
  if (pieces.length === 0) {
    removeMembers(doc, array, from, to);
    return;
  }
  const separator = memberSeparator(doc, array, index, colonStyle(doc, array));
  const content = pieces.map((p) => (p.string ? `"${p.raw}"` : p.raw)).join(separator);
  const start = siblings[from]!.offset;
  doc.apply([{ offset: start, length: end(siblings[to]!) - start, content }]);
}

// ---------------------------------------------------------------------------------------------
// Actions

/** Where a pointer names an inline quote object: `…/content/<n>` holding `"type": "quote"`. */
function quoteAt(doc: Doc, pointer: string): Path | undefined {
  const segments = pointerSegments(pointer);
  if (!segments || segments.length < 4 || segments[0] !== 'body' || segments[segments.length - 2] !== 'content') return undefined;
  const found = nodeAt(doc.root, segments);
  if (!found || found.node.type !== 'object' || valueOf(found.node, 'type')?.value !== 'quote') return undefined;
  return found.path;
}

/** Where a pointer names a passage: a non-list block `/body/<n>` or a list item `/body/<n>/items/<k>`. */
function passageAt(doc: Doc, pointer: string): Path | undefined {
  const segments = pointerSegments(pointer);
  if (!segments || segments[0] !== 'body' || (segments.length !== 2 && (segments.length !== 4 || segments[2] !== 'items'))) return undefined;
  const found = nodeAt(doc.root, segments);
  if (!found || found.node.type !== 'object') return undefined;
  if (segments.length === 2 && valueOf(found.node, 'type')?.value === 'list') return undefined;
  return found.path;
}

/** Indices of the tags with id `thread` in the passage's `threads` array. */
function tagIndices(doc: Doc, path: Path, thread: string): number[] {
  const threads = valueOf(doc.at(path), 'threads');
  const out: number[] = [];
  threads?.children?.forEach((tag, i) => {
    if (tag.type === 'object' && valueOf(tag, 'id')?.value === thread) out.push(i);
  });
  return out;
}

function confirmTags(doc: Doc, path: Path, indices: readonly number[]): void {
  for (const i of indices) setKey(doc, [...path, 'threads', i], 'origin', 'editor');
}

/** Runs the action on the working copy; false when its target is gone. */
function run(doc: Doc, action: ReviewAction): boolean {
  switch (action.type) {
    case 'confirm-quote':
    case 'set-speaker':
    case 'set-kind':
    case 'remove-quote': {
      const path = quoteAt(doc, action.pointer);
      if (!path) return false;
      if (action.type === 'remove-quote') unwrapQuote(doc, path);
      else {
        if (action.type === 'set-speaker') {
          const speaker = action.speaker?.trim() || null;
          setKey(doc, path, 'speaker', speaker);
        } else if (action.type === 'set-kind') setKey(doc, path, 'kind', action.kind);
        setKey(doc, path, 'origin', 'editor');
      }
      return true;
    }
    case 'confirm-thread':
    case 'add-thread':
    case 'remove-thread': {
      const path = passageAt(doc, action.pointer);
      if (!path) return false;
      const indices = tagIndices(doc, path, action.thread);
      if (action.type === 'confirm-thread') {
        if (indices.length === 0) return false;
        confirmTags(doc, path, indices);
      } else if (action.type === 'remove-thread') {
        if (indices.length === 0) return false;
        // From the last, so the indices still hold after each removal.
        for (const i of [...indices].reverse()) {
          const threads = doc.at([...path, 'threads']);
          if (threads.children!.length === 1) removeKey(doc, path, 'threads');
          else removeMembers(doc, threads, i, i);
        }
      } else if (indices.length > 0) confirmTags(doc, path, indices);
      else {
        const threads = valueOf(doc.at(path), 'threads');
        const colon = colonStyle(doc, threads?.children?.[0] ?? doc.at(path));
        const tag = tagText(action.thread, colon);
        if (!threads) setKey(doc, path, 'threads', undefined, `[${tag}]`);
        else if (threads.type !== 'array') return false;
        else if (!threads.children?.length) doc.apply([{ offset: threads.offset, length: threads.length, content: `[${tag}]` }]);
        else {
          const last = threads.children[threads.children.length - 1]!;
          doc.apply([{ offset: end(last), length: 0, content: memberSeparator(doc, threads, threads.children.length - 1, colon) + tag }]);
        }
      }
      return true;
    }
  }
}

/**
 * Applies an editor's decision to the JSON source, changing only the text it concerns (formatting,
 * key order and escapes elsewhere stay byte-identical; a leading BOM is kept). Quote actions other
 * than removal, and confirming or adding a thread tag, set `origin` to `editor`. A speaker is trimmed
 * and an empty one becomes null. Removing the last tag of a passage removes its `threads` field.
 * The source must be a valid article and the result always is one; otherwise `invalid` is returned.
 */
export function applyReview(source: string, action: ReviewAction): ReviewResult {
  const bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const text = bom ? source.slice(1) : source;
  if (!parseArticle(text).ok || !Doc.parse(text)) return { ok: false, reason: 'invalid' };
  const doc = new Doc(text);
  try {
    if (!run(doc, action)) return { ok: false, reason: 'stale' };
  } catch {
    // A tree the edits did not expect (not reachable for a valid article); never corrupt the draft.
    return { ok: false, reason: 'invalid' };
  }
  if (doc.text === text) return { ok: true, source };
  return parseArticle(doc.text).ok ? { ok: true, source: bom + doc.text } : { ok: false, reason: 'invalid' };
}
