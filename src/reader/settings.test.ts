import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, numberingSystem, parseSettings } from './settings';

describe('parseSettings', () => {
  it('reads stored settings', () => {
    expect(parseSettings('{"theme":"sepia","size":5,"leading":2,"numerals":"latn","highlights":false}')).toEqual({
      theme: 'sepia',
      size: 5,
      leading: 2,
      numerals: 'latn',
      highlights: false,
    });
  });

  it.each([null, '', 'not json', '[]', '42', '{"theme":"neon","size":99,"leading":-1,"numerals":"roman","highlights":"yes"}', '{"__proto__":{"size":6}}'])(
    'falls back to defaults for %s',
    (stored) => {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps valid fields when others are broken', () => {
    expect(parseSettings('{"theme":"dark","size":"big"}')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});

describe('numberingSystem', () => {
  it('follows the UI language unless chosen', () => {
    expect(numberingSystem({ numerals: 'auto' }, 'ar')).toBe('arab');
    expect(numberingSystem({ numerals: 'auto' }, 'en')).toBe('latn');
    expect(numberingSystem({ numerals: 'latn' }, 'ar')).toBe('latn');
    expect(numberingSystem({ numerals: 'arab' }, 'en')).toBe('arab');
  });
});

describe('prepaintScript', () => {
  it('applies stored settings to the document element exactly as applySettings does', async () => {
    const { applySettings, prepaintScript } = await import('./settings');
    const stored = '{"theme":"dark","size":4,"leading":2,"highlights":false}';
    const attrs = new Map<string, string>();
    const style = new Map<string, string>();
    const root = {
      setAttribute: (k: string, v: string) => attrs.set(k, v),
      removeAttribute: (k: string) => attrs.delete(k),
      style: { setProperty: (k: string, v: string) => style.set(k, v) },
    };
    new Function('document', 'localStorage', 'location', 'addEventListener', prepaintScript())({ documentElement: root }, { getItem: () => stored }, { search: '' }, () => {});
    const viaScript = { attrs: new Map(attrs), style: new Map(style) };
    attrs.clear();
    style.clear();
    applySettings(root as unknown as HTMLElement, parseSettings(stored));
    expect(viaScript).toEqual({ attrs, style });
  });
});

describe('prepaintScript: holding the first paint for the text face', () => {
  /** Runs the script on a page whose <html> carries `hold` (or nothing), with fake fonts and timers. */
  async function run(hold: string | null, load: (url: string) => Promise<void>) {
    const { prepaintScript, TEXT_FACE_HOLD_ATTRIBUTE, TEXT_FACE_STATE_ATTRIBUTE, HELD_TEXT_FACE, TEXT_FACE_WAIT_MS } = await import('./settings');
    const attrs = new Map<string, string>(hold === null ? [] : [[TEXT_FACE_HOLD_ATTRIBUTE, hold]]);
    const root = {
      hasAttribute: (k: string) => attrs.has(k),
      getAttribute: (k: string) => attrs.get(k) ?? null,
      setAttribute: (k: string, v: string) => attrs.set(k, v),
      removeAttribute: (k: string) => attrs.delete(k),
      style: { setProperty: () => {} },
    };
    const added: { family: string; source: string; weight: string; display: string }[] = [];
    class FakeFontFace {
      constructor(
        readonly family: string,
        readonly source: string,
        readonly descriptors: { weight: string; display: string },
      ) {}
      load() {
        return load(this.source);
      }
    }
    const timers: { ms: number; run: () => void }[] = [];
    const fonts = { add: (f: FakeFontFace) => added.push({ family: f.family, source: f.source, ...f.descriptors }) };
    new Function('document', 'localStorage', 'location', 'addEventListener', 'FontFace', 'setTimeout', prepaintScript())(
      { documentElement: root, fonts },
      { getItem: () => null },
      { search: '' },
      () => {},
      FakeFontFace,
      (run: () => void, ms: number) => timers.push({ run, ms }),
    );
    const state = () => attrs.get(TEXT_FACE_STATE_ATTRIBUTE) ?? null;
    return { state, added, timers, HELD_TEXT_FACE, TEXT_FACE_WAIT_MS };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('does nothing on a page that does not ask', async () => {
    const { state, added, timers } = await run(null, async () => {});
    expect(state()).toBeNull();
    expect(added).toEqual([]);
    expect(timers).toEqual([]);
  });

  it('loads the weights asked for and shows the page once they are there', async () => {
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const { state, added, HELD_TEXT_FACE } = await run('400 700', () => arrived);
    expect(state()).toBe('pending');
    expect(added).toEqual([
      { family: HELD_TEXT_FACE, source: 'url(/fonts/naskh-arabic-400.woff2) format("woff2")', weight: '400', display: 'block' },
      { family: HELD_TEXT_FACE, source: 'url(/fonts/naskh-arabic-700.woff2) format("woff2")', weight: '700', display: 'block' },
    ]);
    arrive();
    await settle();
    expect(state()).toBe('ready');
  });

  it('gives up on the face after the wait, for good: a face arriving later changes nothing', async () => {
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const { state, timers, TEXT_FACE_WAIT_MS } = await run('700', () => arrived);
    expect(timers.map((t) => t.ms)).toEqual([TEXT_FACE_WAIT_MS]);
    timers[0]!.run();
    expect(state()).toBe('skipped');
    arrive();
    await settle();
    expect(state()).toBe('skipped');
  });

  it('gives up at once when a file fails to load', async () => {
    const { state } = await run('400 700', (url) => (url.includes('700') ? Promise.reject(new Error('404')) : Promise.resolve()));
    await settle();
    expect(state()).toBe('skipped');
  });
});
