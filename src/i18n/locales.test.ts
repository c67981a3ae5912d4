import { describe, expect, it } from 'vitest';
import { createI18n } from '.';
import ar from './locales/ar.json';
import en from './locales/en.json';

const PLURAL = /_(zero|one|two|few|many|other)$/u;

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const base = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL, '')))].sort();

describe('locales', () => {
  it('have the same keys in Arabic and English', () => {
    expect(base(keys(ar))).toEqual(base(keys(en)));
  });

  it('give Arabic every plural form its rules use', () => {
    const arKeys = new Set(keys(ar));
    const plurals = base(keys(en).filter((k) => PLURAL.test(k)));
    const forms = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    for (const key of plurals) for (const form of forms) expect(arKeys, `${key}_${form}`).toContain(`${key}_${form}`);
  });

  it('choose Arabic plural forms by count', () => {
    const t = createI18n('ar').t;
    expect(t('article.readingTime', { count: 1, n: '١' })).toBe('دقيقة قراءة واحدة');
    expect(t('article.readingTime', { count: 2, n: '٢' })).toBe('دقيقتا قراءة');
    expect(t('article.readingTime', { count: 5, n: '٥' })).toBe('٥ دقائق قراءة');
    expect(t('article.readingTime', { count: 11, n: '١١' })).toBe('١١ دقيقة قراءة');
    expect(t('threads.passages', { count: 3, n: '3' })).toBe('3 مقاطع');
  });

  it('leave no value empty', () => {
    for (const tree of [ar, en]) for (const key of keys(tree)) expect(key.split('.').reduce<any>((o, k) => o[k], tree)).not.toBe('');
  });
});
