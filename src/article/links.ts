/**
 * Whether a URL is one the reader may make clickable: http(s) with a host, or mailto. Everything
 * else (javascript:, data:, vbscript:, relative and protocol-relative URLs) is refused, as are
 * control characters that browsers strip before parsing.
 */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href.trim()) && !/[\u0000-\u001f\u007f]/.test(href);
}

/** Longest link address an article may hold (the schema's limit). */
export const MAX_HREF_LENGTH = 2048;

/** Whether an article may hold `href` as a link: safe (isSafeHref) and no longer than MAX_HREF_LENGTH. */
export function isArticleHref(href: string): boolean {
  return href.length <= MAX_HREF_LENGTH && isSafeHref(href);
}
