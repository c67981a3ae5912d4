import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DRAFT_INDEX_KEY,
  DRAFT_KEY_PREFIX,
  MAX_DRAFTS,
  createAutosaver,
  createDraftStore,
  draftTitle,
  newDraftId,
} from './drafts';

/** An in-memory Storage with an optional quota (in UTF-16 code units of keys and values, like browsers count). */
class FakeStorage implements Storage {
  map = new Map<string, string>();
  /** Throw on every access, like storage disabled by the browser's settings. */
  denied = false;
  constructor(public quota = Infinity) {}
  get length() {
    this.check();
    return this.map.size;
  }
  private check() {
    if (this.denied) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  private used() {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  clear() {
    this.check();
    this.map.clear();
  }
  getItem(key: string) {
    this.check();
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    this.check();
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.check();
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.check();
    const before = this.map.get(key);
    const after = this.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (after > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  [name: string]: unknown;
}

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, tick: (ms = 1) => (t += ms) };
}

describe('draftTitle', () => {
  it('takes the top-level "title" of JSON, even while the rest is being typed', () => {
    expect(draftTitle('{"slug": "x", "title": "مباحثات في سيول", "blocks": [')).toBe('مباحثات في سيول');
    expect(draftTitle('  \n{\n  "\\u0074itle": "a\\"b"\n}')).toBe('a"b');
  });

  it('ignores nested titles and non-string values', () => {
    expect(draftTitle('{"meta": {"title": "inner"}, "title": "outer"}')).toBe('outer');
    expect(draftTitle('{"meta": {"title": "inner"}}')).toBe('');
    expect(draftTitle('{"title": 5}')).toBe('');
    expect(draftTitle('{"title": {"ar": "x"}}')).toBe('');
    expect(draftTitle('{"subtitle": "title", "x": 1}')).toBe('');
    expect(draftTitle('[{"title": "in an array"}]')).toBe('');
    expect(draftTitle('{"title": "unterminated')).toBe('');
  });

  it('takes the first non-empty line of plain text', () => {
    expect(draftTitle('\n\n   العنوان الأول  \nالفقرة')).toBe('العنوان الأول');
    expect(draftTitle('one line')).toBe('one line');
    expect(draftTitle('\r\nwindows line\r\nsecond')).toBe('windows line');
  });

  it('is empty for blank text', () => {
    expect(draftTitle('')).toBe('');
    expect(draftTitle(' \n\t\ufeff')).toBe('');
  });

  it('collapses white space and cuts long titles to 80 characters with an ellipsis', () => {
    expect(draftTitle('{"title": "  a \\n\\t b  "}')).toBe('a b');
    const long = draftTitle('ب'.repeat(200));
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });

  it('never cuts inside a surrogate pair', () => {
    const title = draftTitle(`${'x'.repeat(78)}😀😀`);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title).toBe(`${'x'.repeat(78)}…`);
    expect(title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/u);
  });
});

describe('newDraftId', () => {
  it('gives distinct UUIDs', () => {
    const ids = new Set(Array.from({ length: 50 }, newDraftId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('works without crypto.randomUUID (plain-HTTP pages)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(7) });
    try {
      expect(newDraftId()).toMatch(/^07070707-0707-4707-8707-070707070707$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('createDraftStore', () => {
  it('saves, reads back and lists a draft with its derived title', () => {
    const c = clock();
    const store = createDraftStore(new FakeStorage(), c.now);
    const result = store.save('a', '{"title": "خبر"}');
    expect(result).toEqual({ ok: true, draft: { id: 'a', text: '{"title": "خبر"}', title: 'خبر', updatedAt: 1_000 } });
    expect(store.get('a')).toEqual({ id: 'a', text: '{"title": "خبر"}', title: 'خبر', updatedAt: 1_000 });
    expect(store.list().map((d) => d.id)).toEqual(['a']);
    expect(store.available).toBe(true);
  });

  it('keeps text verbatim (line breaks, CR, emoji, a leading header-like line)', () => {
    const store = createDraftStore(new FakeStorage());
    const text = '{"updatedAt": 1}\r\nسطر ثانٍ 👍🏽\n\n';
    store.save('a', text);
    expect(store.get('a')?.text).toBe(text);
  });

  it('lists newest first and caps the list at MAX_DRAFTS, dropping the oldest', () => {
    const c = clock();
    const storage = new FakeStorage();
    const store = createDraftStore(storage, c.now);
    for (let i = 0; i < MAX_DRAFTS + 5; i++) {
      store.save(`d${i}`, `draft ${i}`);
      c.tick();
    }
    const ids = store.list().map((d) => d.id);
    expect(ids).toHaveLength(MAX_DRAFTS);
    expect(ids[0]).toBe(`d${MAX_DRAFTS + 4}`);
    expect(ids.at(-1)).toBe('d5');
    // Dropped drafts are deleted from storage, not just hidden.
    expect(storage.getItem(`${DRAFT_KEY_PREFIX}d0`)).toBeNull();
  });

  it('never drops the current draft, however old', () => {
    const c = clock();
    const store = createDraftStore(new FakeStorage(), c.now);
    store.save('old', 'the oldest draft');
    store.setCurrentId('old');
    for (let i = 0; i < MAX_DRAFTS + 3; i++) {
      c.tick();
      store.save(`d${i}`, `draft ${i}`);
    }
    const ids = store.list().map((d) => d.id);
    expect(store.get('old')?.text).toBe('the oldest draft');
    expect(ids).toHaveLength(MAX_DRAFTS);
    expect(ids.at(-1)).toBe('old');
    expect(store.currentId()).toBe('old');
  });

  it('moves an edited draft to the top; saving unchanged text keeps its date and writes nothing', () => {
    const c = clock();
    const storage = new FakeStorage();
    const store = createDraftStore(storage, c.now);
    store.save('a', 'A');
    c.tick();
    store.save('b', 'B');
    c.tick();
    const spy = vi.spyOn(storage, 'setItem');
    expect(store.save('a', 'A')).toMatchObject({ ok: true, draft: { updatedAt: 1_000 } });
    expect(spy).not.toHaveBeenCalled();
    expect(store.list().map((d) => d.id)).toEqual(['b', 'a']);
    store.save('a', 'A2');
    expect(store.list().map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('does not keep or list blank drafts', () => {
    const storage = new FakeStorage();
    const store = createDraftStore(storage);
    store.save('a', 'text');
    store.setCurrentId('a');
    expect(store.save('a', '  \n ')).toMatchObject({ ok: true });
    expect(store.get('a')).toBeNull();
    expect(store.list()).toEqual([]);
    expect(storage.getItem(`${DRAFT_KEY_PREFIX}a`)).toBeNull();
    // Still the current draft: a reload shows the same (empty) editor.
    expect(store.currentId()).toBe('a');
  });

  it('removes a draft and forgets it as the current one', () => {
    const store = createDraftStore(new FakeStorage());
    store.save('a', 'A');
    store.save('b', 'B');
    store.setCurrentId('a');
    store.remove('a');
    expect(store.get('a')).toBeNull();
    expect(store.currentId()).toBeNull();
    expect(store.list().map((d) => d.id)).toEqual(['b']);
    store.remove('missing');
  });

  it('remembers the current draft across store instances (a reload)', () => {
    const storage = new FakeStorage();
    createDraftStore(storage).setCurrentId('x');
    createDraftStore(storage).save('x', 'typed before the crash');
    const reloaded = createDraftStore(storage);
    expect(reloaded.currentId()).toBe('x');
    expect(reloaded.get(reloaded.currentId()!)?.text).toBe('typed before the crash');
  });

  it('skips corrupt entries without losing the others', () => {
    const c = clock();
    const storage = new FakeStorage();
    const store = createDraftStore(storage, c.now);
    store.save('good', 'kept');
    c.tick();
    store.save('bad1', 'x');
    store.save('bad2', 'x');
    store.save('bad3', 'x');
    storage.map.set(`${DRAFT_KEY_PREFIX}bad1`, 'no header line');
    storage.map.set(`${DRAFT_KEY_PREFIX}bad2`, '{not json\ntext');
    storage.map.set(`${DRAFT_KEY_PREFIX}bad3`, '{"updatedAt": "yesterday"}\ntext');
    storage.map.set(`${DRAFT_KEY_PREFIX}bad4`, '[1]\ntext');
    expect(store.list().map((d) => d.id)).toEqual(['good']);
    expect(store.get('bad1')).toBeNull();
    // Saving still works and repairs nothing it should not.
    c.tick();
    expect(store.save('new', 'N').ok).toBe(true);
    expect(store.list().map((d) => d.id)).toEqual(['new', 'good']);
  });

  it('finds drafts when the index is corrupt or missing, and rewrites it on the next save', () => {
    const c = clock();
    const storage = new FakeStorage();
    const store = createDraftStore(storage, c.now);
    store.save('a', 'A');
    c.tick();
    store.save('b', 'B');
    for (const broken of ['{', 'null', '"x"', '{"current": 5, "drafts": "no"}', '{"drafts": [null, {"id": 3}, {"id": "a"}]}']) {
      storage.map.set(DRAFT_INDEX_KEY, broken);
      expect(store.list().map((d) => d.id)).toEqual(['b', 'a']);
      expect(store.currentId()).toBeNull();
    }
    storage.map.delete(DRAFT_INDEX_KEY);
    expect(store.list().map((d) => d.id)).toEqual(['b', 'a']);
    c.tick();
    store.save('c', 'C');
    expect(JSON.parse(storage.getItem(DRAFT_INDEX_KEY)!).drafts.map((d: { id: string }) => d.id)).toEqual(['c', 'b', 'a']);
  });

  it('reports a full storage as "quota" and keeps the previous version', () => {
    const c = clock();
    const storage = new FakeStorage(2_000);
    const store = createDraftStore(storage, c.now);
    expect(store.save('a', 'short').ok).toBe(true);
    c.tick();
    expect(store.save('a', 'x'.repeat(5_000))).toEqual({ ok: false, reason: 'quota' });
    expect(store.get('a')?.text).toBe('short');
    expect(store.list()).toHaveLength(1);
  });

  it('recognises Firefox’s legacy quota error', () => {
    const storage = new FakeStorage();
    const store = createDraftStore(storage);
    storage.setItem = () => {
      throw Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
    };
    expect(store.save('a', 'A')).toEqual({ ok: false, reason: 'quota' });
  });

  it('keeps a draft whose index update failed, and still lists it', () => {
    const c = clock();
    const storage = new FakeStorage();
    const store = createDraftStore(storage, c.now);
    store.save('a', 'A');
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === DRAFT_INDEX_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    c.tick();
    expect(store.save('b', 'B').ok).toBe(true);
    expect(store.list().map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('is "unavailable" without storage, and never throws', () => {
    const store = createDraftStore(null);
    expect(store.available).toBe(false);
    expect(store.save('a', 'A')).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.list()).toEqual([]);
    expect(store.get('a')).toBeNull();
    expect(store.currentId()).toBeNull();
    store.setCurrentId('a');
    store.remove('a');
  });

  it('is "unavailable" when storage throws on every access (disabled by settings)', () => {
    const storage = new FakeStorage();
    storage.denied = true;
    const store = createDraftStore(storage);
    expect(store.available).toBe(false);
    expect(store.save('a', 'A')).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.list()).toEqual([]);
    expect(store.get('a')).toBeNull();
    expect(store.currentId()).toBeNull();
    store.setCurrentId('a');
    store.remove('a');
  });

  it('is unavailable where every write is refused (Safari’s old private mode: quota 0)', () => {
    const store = createDraftStore(new FakeStorage(0));
    expect(store.available).toBe(false);
    expect(store.save('a', 'A')).toEqual({ ok: false, reason: 'quota' });
  });

  it('falls back to null when localStorage itself throws on access', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const store = createDraftStore();
      expect(store.available).toBe(false);
      expect(store.save('a', 'A')).toEqual({ ok: false, reason: 'unavailable' });
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, delayMs after the last change, with the latest text', () => {
    const save = vi.fn();
    const saver = createAutosaver(save, 500);
    saver.schedule('a');
    vi.advanceTimersByTime(300);
    saver.schedule('ab');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    expect(saver.pending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
    expect(saver.pending()).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at least every maxWaitMs while typing never pauses', () => {
    const save = vi.fn();
    const saver = createAutosaver(save, 500, 2_000);
    for (let t = 0; t < 4_500; t += 100) {
      saver.schedule(`text at ${t}`);
      vi.advanceTimersByTime(100);
    }
    expect(save.mock.calls.map(([text]) => text)).toEqual(['text at 1900', 'text at 3900']);
  });

  it('flush saves the pending text at once, and only once', () => {
    const save = vi.fn();
    const saver = createAutosaver(save);
    saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.schedule('x');
    saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith('x');
    vi.advanceTimersByTime(5_000);
    saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending save', () => {
    const save = vi.fn();
    const saver = createAutosaver(save);
    saver.schedule('x');
    saver.cancel();
    vi.advanceTimersByTime(5_000);
    saver.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('saves within a second of the last keystroke by default', () => {
    const save = vi.fn();
    const saver = createAutosaver(save);
    saver.schedule('x');
    vi.advanceTimersByTime(1_000);
    expect(save).toHaveBeenCalledOnce();
  });
});
