/** Formats an ISO date for the UI language with Intl; returns null for an unparseable value. */
export function formatDate(iso: string | undefined, uiLang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(uiLang === 'ar' ? 'ar-EG' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
