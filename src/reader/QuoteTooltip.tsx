import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { uiDirection } from '../i18n';

interface Shown {
  /** The quote's speaker; null when it names none. */
  speaker: string | null;
  mark: HTMLElement;
  rect: { top: number; bottom: number; left: number; right: number };
}

const MARGIN = 8;

/**
 * Shows who said a highlighted statement, above it, on hover, keyboard focus and tap. One
 * tooltip for the whole article (event delegation), positioned in the viewport and clamped to it
 * so it never causes sideways scrolling on a narrow phone.
 */
export function QuoteTooltip({ container }: { container: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const tip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const show = (target: EventTarget | null) => {
      const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-quote]') : null;
      if (!mark || document.documentElement.dataset.highlights === 'off') return;
      const speaker = mark.dataset.speaker;
      const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
      setShown({ speaker: speaker ?? null, mark, rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right } });
    };
    const hide = () => setShown(null);
    // Scrolling moves the quote: a focused one keeps its tooltip (focusing it may be what scrolled),
    // anything else hides it.
    const onScroll = () => {
      const focused = document.activeElement instanceof HTMLElement && document.activeElement.matches('mark[data-quote]') ? document.activeElement : null;
      if (focused) show(focused);
      else hide();
    };
    const onOver = (e: PointerEvent) => e.pointerType === 'mouse' && show(e.target);
    const onOut = (e: PointerEvent) => e.pointerType === 'mouse' && document.activeElement?.closest('mark[data-quote]') === null && hide();
    const onFocus = (e: FocusEvent) => show(e.target);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    const onClick = (e: MouseEvent) => show(e.target);
    root.addEventListener('pointerover', onOver);
    root.addEventListener('pointerout', onOut);
    root.addEventListener('focusin', onFocus);
    root.addEventListener('focusout', hide);
    root.addEventListener('click', onClick);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('pointerover', onOver);
      root.removeEventListener('pointerout', onOut);
      root.removeEventListener('focusin', onFocus);
      root.removeEventListener('focusout', hide);
      root.removeEventListener('click', onClick);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', onKey);
    };
  }, [container, t]);

  useLayoutEffect(() => {
    const el = tip.current;
    if (!el || !shown) return;
    const { width, height } = el.getBoundingClientRect();
    const rtl = getComputedStyle(el).direction === 'rtl';
    const anchor = rtl ? shown.rect.right - width : shown.rect.left;
    const left = Math.min(Math.max(MARGIN, anchor), window.innerWidth - width - MARGIN);
    const top = shown.rect.top - height - 6 >= MARGIN ? shown.rect.top - height - 6 : shown.rect.bottom + 6;
    el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    el.style.visibility = 'visible';
  }, [shown]);

  if (!shown) return null;
  // Placed with viewport coordinates from getClientRects, which are physical: hence left/top here.
  return (
    <div ref={tip} role="tooltip" lang={i18n.language} dir={uiDirection(i18n.language)} className="pointer-events-none fixed top-0 left-0 z-40 max-w-[min(20rem,calc(100vw-1rem))] rounded bg-ink px-3 py-1.5 font-ui text-sm text-paper shadow-lg" style={{ visibility: 'hidden' }}>
      {shown.speaker === null ? t('article.unattributed') : <SpeakerLine speaker={shown.speaker} />}
    </div>
  );
}

/** "Said by NAME" in the UI language, the name in its own isolate (it is content, in any direction). */
function SpeakerLine({ speaker }: { speaker: string }) {
  const { t } = useTranslation();
  const [before = '', after = ''] = t('article.speaker', { name: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <bdi>{speaker}</bdi>
      {after}
    </>
  );
}
