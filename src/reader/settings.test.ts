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
    new Function('document', 'localStorage', prepaintScript())({ documentElement: root }, { getItem: () => stored });
    const viaScript = { attrs: new Map(attrs), style: new Map(style) };
    attrs.clear();
    style.clear();
    applySettings(root as unknown as HTMLElement, parseSettings(stored));
    expect(viaScript).toEqual({ attrs, style });
  });
});
