import { describe, expect, it } from 'vitest';
import { isEditorPath, isUrlReaderPath, prerenderedPage } from './offline-facts';

describe('prerenderedPage: the precached page for a navigation', () => {
  it.each([
    ['/', '/index.html'],
    ['/index.html', '/index.html'],
    ['/read/some-slug', '/read/some-slug/index.html'],
    ['/read/some-slug/', '/read/some-slug/index.html'],
    ['/read/some-slug/full/', '/read/some-slug/full/index.html'],
    ['/read/some-slug/full', '/read/some-slug/full/index.html'],
    ['/read', null],
    ['/read/', null],
    ['/preview', null],
    ['/read/a/b', null],
    ['/no/such/page', null],
  ])('%s → %s', (path, page) => {
    expect(prerenderedPage(path)).toBe(page);
  });

  it('knows the routes the app renders from its shell', () => {
    expect(isUrlReaderPath('/read')).toBe(true);
    expect(isUrlReaderPath('/read/x')).toBe(false);
    expect(isEditorPath('/preview')).toBe(true);
    expect(isEditorPath('/preview/')).toBe(true);
    expect(isEditorPath('/previewer')).toBe(false);
  });
});
