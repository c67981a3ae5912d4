import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A browser with Trusted Types whose policy names, as under the app's CSP, can each be created once. */
function stubTrustedTypes() {
  const created: string[] = [];
  vi.stubGlobal('location', new URL('https://sahifa.example/read?src=x'));
  vi.stubGlobal('trustedTypes', {
    createPolicy(name: string, rules: { createScriptURL(url: string): string }) {
      if (created.includes(name)) throw new TypeError(`Policy ${name} exists`);
      created.push(name);
      return { createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }) };
    },
  });
  return created;
}

describe('trustedWorkerUrl', () => {
  it('both workers share one policy, created once: the second worker does not create it again', async () => {
    const created = stubTrustedTypes();
    const { trustedWorkerUrl } = await import('./trusted-worker-url');
    expect(trustedWorkerUrl('/assets/analysis.worker-abc.js')).toEqual({ trusted: '/assets/analysis.worker-abc.js' });
    expect(trustedWorkerUrl('/assets/remote-article.worker-def.js')).toEqual({ trusted: '/assets/remote-article.worker-def.js' });
    expect(created).toEqual(['sahifa-worker']);
  });

  it('admits only addresses of this site', async () => {
    stubTrustedTypes();
    const { trustedWorkerUrl } = await import('./trusted-worker-url');
    expect(() => trustedWorkerUrl('https://elsewhere.example/worker.js')).toThrow(TypeError);
  });

  it('without Trusted Types, the address as it is', async () => {
    const { trustedWorkerUrl } = await import('./trusted-worker-url');
    expect(trustedWorkerUrl('/assets/w.js')).toBe('/assets/w.js');
  });
});
