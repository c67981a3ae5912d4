/**
 * The page's only script before its first paint. A prerendered page reads without any script (its
 * text, the stored settings applied by the inline prepaint script, native <details> for the
 * threads), so the app (React, the router, the wording: about 110 KB compressed) is requested once
 * the page is on screen instead of sharing a slow connection with the HTML and the text face while
 * the reader waits for the first paint. Controls that need the app stay hidden until it runs
 * (`.needs-script`, html[data-ready]). An empty shell (the SPA fallback, /preview) has nothing to
 * show without the app, so it starts at once. docs/decisions/0010-initial-js.md.
 */
// The style sheet is part of the first paint: imported here, it is linked from (and, in prerendered
// pages, inlined into) the page itself rather than fetched with the app.
import './app.css';

// A page with content of its own. The /preview shell holds only a <noscript> notice, which paints
// nothing in a browser that runs this script.
const prerendered = [...(document.getElementById('root')?.children ?? [])].some((el) => el.tagName !== 'NOSCRIPT');

/** How long to wait for the first paint's timing entry before starting anyway (a browser without it). */
const PAINT_WAIT_MS = 5000;

/**
 * Calls `next` once the browser reports the page's first contentful paint (presented on screen, not
 * only drawn: a task queued from a frame callback can run some 80 ms before that), or after
 * PAINT_WAIT_MS when it reports none. A page held for its text face paints once the face is settled.
 */
function afterFirstPaint(next: () => void): void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    setTimeout(next, 0);
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  setTimeout(go, PAINT_WAIT_MS);
}

function startApp(): void {
  void import('./main');
}

// A tab opened in the background paints nothing until shown: do not wait for it.
if (prerendered && document.visibilityState === 'visible') afterFirstPaint(startApp);
else startApp();
