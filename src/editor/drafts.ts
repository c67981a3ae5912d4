/**
 * The editor's local draft store: every draft lives in `localStorage` so that nothing typed is
 * lost to a reload, a crash or a closed tab. No React and no DOM beyond the `Storage` interface,
 * which tests replace with a fake.
 *
 * Layout (version 1):
 * - `sahifa:draft:<id>`: one key per draft, self-describing: a one-line JSON header
 *   (`{"updatedAt":…,"title":"…"}`), a line break, then the draft's text verbatim. Reading a draft
 *   parses only the short header, so listing twenty long drafts stays cheap; a corrupt or
 *   oversized entry affects that draft alone.
 * - `sahifa:drafts:v1`: the index, `{"current": id | null, "drafts": [{"id", "updatedAt"}…]}`,
 *   newest first. It orders the drafts and names the current one. When it is missing, corrupt
 *   or stale (its write failed after the draft's own write succeeded), drafts are still found by
 *   scanning for the `sahifa:draft:` prefix, so the index can never hide a saved draft.
 *
 * Every method catches storage errors: a full, disabled or missing `localStorage` degrades to
 * "not saved" (reported by `save`), never to an exception in the editor.
 */

/** How many drafts are kept; saving a new one past this drops the oldest (never the current one). */
export const MAX_DRAFTS = 20;
/** Longest derived title, in UTF-16 code units (the ellipsis included). */
export const MAX_TITLE_LENGTH = 80;
/** Prefix of the per-draft keys. */
export const DRAFT_KEY_PREFIX = 'sahifa:draft:';
/** Key of the index (versioned: a future layout gets a new key and can migrate from this one). */
export const DRAFT_INDEX_KEY = 'sahifa:drafts:v1';

export interface Draft {
  id: string;
  text: string;
  /** Derived from the text by `draftTitle`; '' when there is nothing to show (the UI says "Untitled"). */
  title: string;
  /** When the text last changed, in milliseconds since the epoch. */
  updatedAt: number;
}

export type SaveResult = { ok: true; draft: Draft } | { ok: false; reason: 'quota' | 'unavailable' };

export interface DraftStore {
  /** Saved drafts with some text, newest first, at most `MAX_DRAFTS`. Corrupt entries are skipped; never throws. */
  list(): Draft[];
  /** One draft, or null when it is missing, empty or corrupt. */
  get(id: string): Draft | null;
  /**
   * Stores `text` as draft `id`. Saving the same text again writes nothing and keeps `updatedAt`.
   * Saving blank text (only white space) deletes the draft: empty drafts are never listed.
   * Never throws: a full storage gives `quota`, a missing or disabled one `unavailable`.
   */
  save(id: string, text: string): SaveResult;
  remove(id: string): void;
  /** The draft being worked on, restored after a reload; null when none was recorded. */
  currentId(): string | null;
  setCurrentId(id: string): void;
  /** False when drafts cannot be kept at all here (no storage, storage disabled, or private mode refusing writes). */
  readonly available: boolean;
}

interface IndexEntry {
  id: string;
  updatedAt: number;
}

interface Index {
  current: string | null;
  drafts: IndexEntry[];
}

const draftKey = (id: string) => DRAFT_KEY_PREFIX + id;

/** A fresh draft id: a random UUID (`crypto.randomUUID` where available, which needs a secure context). */
export function newDraftId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  // Plain-HTTP pages (a LAN address, say) have getRandomValues but not randomUUID.
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Collapses white space and cuts to `MAX_TITLE_LENGTH`, never inside a surrogate pair. */
function tidyTitle(raw: string): string {
  const title = raw.replace(/\s+/gu, ' ').trim();
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let end = MAX_TITLE_LENGTH - 1;
  const last = title.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${title.slice(0, end).trimEnd()}…`;
}

/**
 * The top-level `"title"` string of a JSON object, found by a forgiving scan that stops at the
 * key: the rest of the document may be invalid (it usually is while being typed). Undefined when
 * there is no such key or its value is not a string.
 */
function jsonTitle(text: string, start: number): string | undefined {
  let depth = 0;
  let i = start;
  // The string literal just read at depth 1, and whether it can be a key (it follows `{` or `,`).
  let expectKey = false;
  let pendingKey: string | null = null;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end, honouring backslash escapes.
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      if (j >= text.length) return undefined; // unterminated
      if (depth === 1) {
        const literal = text.slice(i, j + 1);
        if (pendingKey === 'title') {
          try {
            return JSON.parse(literal) as string;
          } catch {
            return undefined;
          }
        }
        if (expectKey) {
          // Keys are short; decoding them is cheap and handles "\u0074itle" too.
          try {
            pendingKey = JSON.parse(literal) as string;
          } catch {
            pendingKey = null;
          }
          expectKey = false;
        }
      }
      i = j + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (depth === 1 && pendingKey === 'title') return undefined; // an object or array, not a string
      depth++;
      if (depth === 1) expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth <= 0) return undefined;
    } else if (depth === 1) {
      if (c === 0x2c) {
        expectKey = true;
        pendingKey = null;
      } else if (c === 0x3a) {
        // The colon keeps `pendingKey`: the next token is that key's value.
      } else if (c > 0x20 && pendingKey === 'title') return undefined; // a number, true, false or null
    }
    i++;
  }
  return undefined;
}

/**
 * A draft's title for lists and file names. For JSON (text whose first non-blank character is `{`
 * or `[`): the top-level `"title"` string, or '' when there is none. A JSON draft's first line is
 * `{` or a property, which names nothing, so it is not used. For plain newsroom text: the first
 * non-empty line (the import makes it the headline). White space is collapsed and the result cut
 * to `MAX_TITLE_LENGTH` characters with an ellipsis.
 */
export function draftTitle(text: string): string {
  let start = 0;
  while (start < text.length && /[\s\ufeff]/u.test(text[start]!)) start++;
  if (start === text.length) return '';
  const first = text.charCodeAt(start);
  if (first === 0x7b || first === 0x5b) return first === 0x7b ? tidyTitle(jsonTitle(text, start) ?? '') : '';
  const end = text.indexOf('\n', start);
  return tidyTitle(end === -1 ? text.slice(start) : text.slice(start, end));
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium and Safari: QuotaExceededError (legacy code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function parseEntry(id: string, raw: string | null): Draft | null {
  if (raw === null) return null;
  const newline = raw.indexOf('\n');
  if (newline === -1) return null;
  let header: unknown;
  try {
    header = JSON.parse(raw.slice(0, newline));
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null) return null;
  const { updatedAt, title } = header as { updatedAt?: unknown; title?: unknown };
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  const text = raw.slice(newline + 1);
  if (text.trim() === '') return null;
  return { id, text, title: typeof title === 'string' ? title : draftTitle(text), updatedAt };
}

function parseIndex(raw: string | null): Index {
  const empty: Index = { current: null, drafts: [] };
  if (raw === null) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (typeof value !== 'object' || value === null) return empty;
  const { current, drafts } = value as { current?: unknown; drafts?: unknown };
  const seen = new Set<string>();
  const entries: IndexEntry[] = [];
  if (Array.isArray(drafts)) {
    for (const entry of drafts as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { id, updatedAt } = entry as { id?: unknown; updatedAt?: unknown };
      if (typeof id !== 'string' || !id || seen.has(id) || typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) continue;
      seen.add(id);
      entries.push({ id, updatedAt });
    }
  }
  return { current: typeof current === 'string' && current ? current : null, drafts: entries };
}

/** The `localStorage` of this page, or null where reading it throws (cookies blocked, sandboxed frames). */
function defaultStorage(): Storage | null {
  try {
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null;
  }
}

/** Whether this storage accepts a write at all (Safari's old private mode and disabled storage refuse every write). */
function probe(storage: Storage): boolean {
  const key = 'sahifa:probe';
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * A draft store on `storage` (by default this page's `localStorage`; null for none). `now` is
 * injectable for tests.
 */
export function createDraftStore(storage?: Storage | null, now: () => number = Date.now): DraftStore {
  const store = storage === undefined ? defaultStorage() : storage;
  const available = store !== null && probe(store);

  const readRaw = (key: string): string | null => {
    try {
      return store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const readIndex = () => parseIndex(readRaw(DRAFT_INDEX_KEY));
  const writeIndex = (index: Index): boolean => {
    try {
      store?.setItem(DRAFT_INDEX_KEY, JSON.stringify(index));
      return true;
    } catch {
      return false;
    }
  };
  const removeKey = (key: string) => {
    try {
      store?.removeItem(key);
    } catch {
      // Nothing to do: the entry stays and is pruned later.
    }
  };

  /** Ids of all stored drafts: the index's, then any the index misses (found by their key prefix). */
  const allIds = (index: Index): string[] => {
    const ids = index.drafts.map((d) => d.id);
    const known = new Set(ids);
    if (!store) return ids;
    try {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(DRAFT_KEY_PREFIX)) {
          const id = key.slice(DRAFT_KEY_PREFIX.length);
          if (id && !known.has(id)) {
            known.add(id);
            ids.push(id);
          }
        }
      }
    } catch {
      // Listing keys failed; the index alone will do.
    }
    return ids;
  };

  /** Index entries for every stored draft, newest first; drafts missing from the index are read for their date. */
  const entries = (index: Index): IndexEntry[] => {
    const byId = new Map(index.drafts.map((d) => [d.id, d]));
    const result: IndexEntry[] = [];
    for (const id of allIds(index)) {
      const listed = byId.get(id);
      if (listed) result.push(listed);
      else {
        const draft = parseEntry(id, readRaw(draftKey(id)));
        result.push({ id, updatedAt: draft?.updatedAt ?? 0 });
      }
    }
    return result.sort((a, b) => b.updatedAt - a.updatedAt);
  };

  const get = (id: string): Draft | null => (id ? parseEntry(id, readRaw(draftKey(id))) : null);

  /** Deletes a draft and its index entry; `forget` also clears it as the current draft. */
  const drop = (id: string, forget: boolean) => {
    if (!store) return;
    removeKey(draftKey(id));
    const index = readIndex();
    const drafts = index.drafts.filter((d) => d.id !== id);
    const current = forget && index.current === id ? null : index.current;
    if (drafts.length !== index.drafts.length || current !== index.current) writeIndex({ current, drafts });
  };

  return {
    available,

    list() {
      const index = readIndex();
      const drafts: Draft[] = [];
      for (const id of allIds(index)) {
        const draft = get(id);
        if (draft) drafts.push(draft);
      }
      // The entry's own date is the truth; the index's may be stale.
      return drafts.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_DRAFTS);
    },

    get,

    save(id, text) {
      if (!store) return { ok: false, reason: 'unavailable' };
      if (text.trim() === '') {
        // Blank: nothing to keep. It stays the current draft, so a reload shows the same empty editor.
        drop(id, false);
        return { ok: true, draft: { id, text, title: '', updatedAt: now() } };
      }
      const existing = get(id);
      if (existing && existing.text === text) return { ok: true, draft: existing };
      const draft: Draft = { id, text, title: draftTitle(text), updatedAt: now() };
      try {
        store.setItem(draftKey(id), `${JSON.stringify({ updatedAt: draft.updatedAt, title: draft.title })}\n${text}`);
      } catch (error) {
        // The previous version, if any, is untouched: setItem replaces a value entirely or not at all.
        return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
      }
      // The draft is safe; the index is bookkeeping. If writing it fails, the prefix scan still finds the draft.
      const index = readIndex();
      const list = entries(index).filter((e) => e.id !== id);
      list.unshift({ id, updatedAt: draft.updatedAt });
      const keep: IndexEntry[] = [];
      for (const entry of list) {
        const protectedEntry = entry.id === id || entry.id === index.current;
        if (keep.length >= MAX_DRAFTS && !protectedEntry) removeKey(draftKey(entry.id));
        else keep.push(entry);
      }
      // Over the cap only when the current draft is old: drop the oldest unprotected one instead.
      while (keep.length > MAX_DRAFTS) {
        const at = keep.findLastIndex((e) => e.id !== id && e.id !== index.current);
        if (at === -1) break;
        removeKey(draftKey(keep[at]!.id));
        keep.splice(at, 1);
      }
      writeIndex({ current: index.current, drafts: keep });
      return { ok: true, draft };
    },

    remove(id) {
      drop(id, true);
    },

    currentId() {
      return readIndex().current;
    },

    setCurrentId(id) {
      if (!store) return;
      const index = readIndex();
      if (index.current !== id) writeIndex({ ...index, current: id });
    },
  };
}

/**
 * Debounced saving: `schedule` on every change; `save` runs `delayMs` after the last one, and at
 * least every `maxWaitMs` during continuous typing, so a crash loses at most that much. Call
 * `flush` on `pagehide` and when `visibilitychange` hides the page (the last chance on mobile),
 * and before switching drafts; `cancel` drops a pending save.
 */
export function createAutosaver(
  save: (text: string) => void,
  delayMs = 500,
  maxWaitMs = 2000,
): { schedule(text: string): void; flush(): void; cancel(): void; pending(): boolean } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingText: string | undefined;
  let firstChangeAt: number | undefined;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    clear();
    if (pendingText === undefined) return;
    const text = pendingText;
    pendingText = undefined;
    firstChangeAt = undefined;
    save(text);
  };

  return {
    schedule(text) {
      pendingText = text;
      const at = Date.now();
      firstChangeAt ??= at;
      clear();
      timer = setTimeout(flush, Math.max(0, Math.min(delayMs, firstChangeAt + maxWaitMs - at)));
    },
    flush,
    cancel() {
      clear();
      pendingText = undefined;
      firstChangeAt = undefined;
    },
    pending: () => pendingText !== undefined,
  };
}
