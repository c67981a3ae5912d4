// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDelayedFlag } from './use-delayed-flag';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ flag }: { flag: boolean }) {
  return <output>{String(useDelayedFlag(flag, 400))}</output>;
}

describe('useDelayedFlag', () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });
  const show = (flag: boolean) => act(() => root.render(<Probe flag={flag} />));
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('turns true only after the flag has stayed true for the delay', () => {
    show(true);
    expect(host.textContent).toBe('false');
    wait(399);
    expect(host.textContent).toBe('false');
    wait(1);
    expect(host.textContent).toBe('true');
  });

  it('turns false at once, and a flag true for less than the delay never shows', () => {
    show(true);
    wait(500);
    show(false);
    expect(host.textContent).toBe('false');
    show(true);
    wait(300);
    show(false);
    wait(1000);
    expect(host.textContent).toBe('false');
  });
});
