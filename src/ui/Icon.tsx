/** A chevron pointing to the inline end (mirrored in right-to-left text); `.chevron-open` turns it down. */
export function ChevronIcon({ className = '' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" className={`icon-mirror shrink-0 ${className}`}>
      <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A link-back arrow pointing to the inline start (mirrored in right-to-left text). */
export function BackIcon({ className = '' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className={`icon-mirror inline shrink-0 ${className}`}>
      <path d="M12 4l-6 6 6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
