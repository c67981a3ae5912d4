import { afterEach, describe, expect, it, vi } from 'vitest';
import { SW_URL } from '../sw/offline-facts';
import { admitServiceWorkerUrl, SW_POLICY_NAME } from './trusted-sw-url';
import { contentSecurityPolicy } from './security-policy';

describe("the 'sahifa-sw' Trusted Types policy", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('admits /sw.js and nothing else', () => {
    expect(admitServiceWorkerUrl('/sw.js')).toBe('/sw.js');
    for (const other of ['/sw.js?x=1', 'https://evil.example/sw.js', '//evil.example/sw.js', '/assets/app.js', '/sw.js#', 'sw.js', '/SW.JS', 'data:text/javascript,1', '']) {
      expect(() => admitServiceWorkerUrl(other), other).toThrow(TypeError);
    }
  });

  it('is created once, under its name, and the CSP names it', async () => {
    const createPolicy = vi.fn((_name: string, rules: { createScriptURL(url: string): string }) => ({ createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }) }));
    vi.stubGlobal('trustedTypes', { createPolicy });
    const { trustedServiceWorkerUrl } = await import('./trusted-sw-url');
    expect(trustedServiceWorkerUrl()).toEqual({ trusted: SW_URL });
    expect(() => trustedServiceWorkerUrl('/other.js')).toThrow(TypeError);
    expect(createPolicy).toHaveBeenCalledTimes(1);
    expect(createPolicy.mock.calls[0]![0]).toBe(SW_POLICY_NAME);
    expect(contentSecurityPolicy([])).toMatch(new RegExp(`trusted-types [^;]*\\b${SW_POLICY_NAME}\\b`, 'u'));
  });
});
