/** Input that means the reader is scrolling by themselves: holding stops at once. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Frames to hold at most (about a second), and frames the element must stay put to be done. */
const MAX_FRAMES = 60;
const STILL_FRAMES = 3;

let current: (() => void) | null = null;

/**
 * Keeps `el` where a jump to it put it (the top of the viewport, less its scroll margin) for the
 * next frames, until it stays put or the reader scrolls. Chunks of a long body are laid out only
 * near the viewport (`content-visibility: auto`), so the ones a jump lands beside take their real
 * height only after it, and would push the element out of view; a jump into a part of the body
 * rendered just before it settles the same way. The browser does this itself while a page loads,
 * not afterwards.
 */
export function holdInView(el: Element): void {
  current?.();
  let frame = 0;
  let frames = 0;
  let still = 0;
  let last = Number.NaN;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
    if (current === stop) current = null;
  };
  const tick = () => {
    if (!el.isConnected || ++frames > MAX_FRAMES) return stop();
    const top = el.getBoundingClientRect().top;
    if (Math.abs(top - last) < 1) {
      if (++still >= STILL_FRAMES) return stop();
    } else {
      still = 0;
      el.scrollIntoView({ block: 'start' });
      last = el.getBoundingClientRect().top;
    }
    frame = requestAnimationFrame(tick);
  };
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  current = stop;
  frame = requestAnimationFrame(tick);
}
