/** Largest document accepted, in UTF-8 bytes (5 MiB). Larger input is refused before any parsing. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
