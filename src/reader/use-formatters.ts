import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberingSystem } from './settings';
import { useReaderSettings } from './use-reader-settings';

export interface Formatters {
  /** A count in the reader's digits (Arabic-Indic or Latin). */
  number: (n: number) => string;
  /** A date in the UI language and the reader's digits; null when `iso` is missing or invalid. */
  date: (iso: string | undefined) => string | null;
}

/** Number and date formatting by Intl for the UI language and the numerals setting. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const { settings } = useReaderSettings();
  const nu = numberingSystem(settings, i18n.language);
  return useMemo(() => {
    const locale = `${i18n.language === 'ar' ? 'ar' : 'en-GB'}-u-nu-${nu}`;
    const numbers = new Intl.NumberFormat(locale);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      number: (n) => numbers.format(n),
      date: (iso) => {
        if (!iso) return null;
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? null : dates.format(d);
      },
    };
  }, [i18n.language, nu]);
}
