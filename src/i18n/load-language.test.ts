import { describe, expect, it } from 'vitest';
import { createI18n, loadUiLanguage } from '.';
import en from './locales/en.json';

describe('loadUiLanguage', () => {
  it('adds the app wording of a language to an instance without dropping keys added before (the editor’s)', async () => {
    const i18n = createI18n('ar');
    // As in the browser, where an Arabic page holds no English until it is chosen (tests register all).
    i18n.removeResourceBundle('en', 'translation');
    expect(i18n.exists('settings.open', { lng: 'en' })).toBe(false);
    i18n.addResourceBundle('en', 'translation', { editorOnly: 'From the editor', app: { name: 'Kept' } }, true, false);
    await loadUiLanguage(i18n, 'en');
    await i18n.changeLanguage('en');
    expect(i18n.t('editorOnly')).toBe('From the editor');
    // Added before: kept (the bundle is merged without overwriting).
    expect(i18n.t('app.name')).toBe('Kept');
    expect(i18n.t('settings.open')).toBe(en.settings.open);
    expect(i18n.t('settings.open', { lng: 'ar' })).not.toBe(en.settings.open);
  });

  it('is a no-op for a language the instance already holds', async () => {
    const i18n = createI18n('en');
    await loadUiLanguage(i18n, 'en');
    expect(i18n.t('app.name')).toBe(en.app.name);
  });
});
