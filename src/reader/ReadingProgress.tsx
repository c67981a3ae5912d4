import { createContext, useContext, useEffect, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';

/**
 * Where reading-progress bars are drawn when the article is not the page itself (the editor's
 * preview): `container` is an element of the frame that holds the article, laid out and kept in
 * view by that frame (a sticky strip at its top), or null until it is mounted. Without a provider
 * (the reader) the bar is fixed at the top of the viewport.
 */
export const ReadingProgressFrame = createContext<{ container: HTMLElement | null } | null>(null);

/**
 * A thin bar showing how far through the article the reader is: at the top of the viewport, or in
 * the frame given by {@link ReadingProgressFrame}. Progress is measured against the viewport,
 * which scrolls the article in either case. It grows from the article's start edge (`dir`), is
 * decorative (hidden from assistive technology) and is updated outside React, once per frame at most.
 */
export function ReadingProgress({ target, dir }: { target: RefObject<HTMLElement | null>; dir?: 'rtl' | 'ltr' }) {
  const frame = useContext(ReadingProgressFrame);
  const bar = useRef<HTMLDivElement>(null);
  const container = frame?.container ?? null;
  useEffect(() => {
    let pending = 0;
    const update = () => {
      pending = 0;
      const el = target.current;
      if (!el || !bar.current) return;
      const rect = el.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const done = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
      bar.current.style.transform = `scaleX(${done})`;
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(update);
    };
    // Measured in the next frame, not now: reading the layout here would force one in the middle of the
    // commit that mounts the article (in the preview, the very task that pasted it).
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(pending);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
    // The container is a dependency: the bar element is new once the frame's container has mounted.
  }, [target, container]);
  const fill = <div ref={bar} className="reading-progress h-full bg-accent" style={{ transform: 'scaleX(0)' }} />;
  if (!frame) {
    return (
      <div aria-hidden="true" dir={dir} className="pointer-events-none fixed inset-x-0 top-0 z-30 h-1 print:hidden">
        {fill}
      </div>
    );
  }
  // In a frame: drawn in its container once that exists, never over the page around the frame.
  return container
    ? createPortal(
        <div aria-hidden="true" dir={dir} data-reading-progress="" className="pointer-events-none h-1 print:hidden">
          {fill}
        </div>,
        container,
      )
    : null;
}
