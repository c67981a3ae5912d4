import type { i18n as I18n, TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { digitsFormatter, tWithDigits } from '../i18n';
import { numberingSystem } from './settings';
import { useReaderSettings } from './use-reader-settings';

export interface Formatters {
  /** A count in the reader's digits (Arabic-Indic or Latin). */
  number: (n: number) => string;
  /** A date in the UI language and the reader's digits; null when `iso` is missing or invalid. */
  date: (iso: string | undefined) => string | null;
  /** A time of day (hours and minutes) in the UI language and the reader's digits: "٥:١٦ م". */
  time: (at: number | Date) => string;
}

/**
 * Formatters per locale, made once: creating an Intl formatter loads its locale's data, which took
 * 30-60 ms at 4x CPU slowdown for an Arabic date formatter (profiled on /read?src=), and every panel
 * of the article page asks for them. Each formatter is made on its first use.
 */
const byLocale = new Map<string, Formatters>();

function formattersFor(locale: string): Formatters {
  let made = byLocale.get(locale);
  if (made) return made;
  let numbers: Intl.NumberFormat | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  let times: Intl.DateTimeFormat | undefined;
  made = {
    number: (n) => (numbers ??= new Intl.NumberFormat(locale)).format(n),
    date: (iso) => {
      if (!iso) return null;
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? null : (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(d);
    },
    time: (at) => (times ??= new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(at),
  };
  byLocale.set(locale, made);
  return made;
}

/** Number and date formatting by Intl for the UI language and the numerals setting. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const { settings } = useReaderSettings();
  const nu = numberingSystem(settings, i18n.language);
  return formattersFor(`${i18n.language === 'ar' ? 'ar' : 'en-GB'}-u-nu-${nu}`);
}

/**
 * useTranslation() whose `t` writes every number it interpolates (a line and a column, a count,
 * a size) in the reader's digits, those of {@link Formatters.number}: "السطر ٥، العمود ٤٨" next to
 * "٤ مشكلات" (without grouping: see digitsFormatter). The plural form still follows the number.
 */
export function useNumeralTranslation(): { t: TFunction; i18n: I18n; digits: (n: number) => string } {
  const { t, i18n } = useTranslation();
  const { settings } = useReaderSettings();
  const nu = numberingSystem(settings, i18n.language);
  const digits = useMemo(() => digitsFormatter(i18n.language, nu), [i18n.language, nu]);
  const numeralT = useMemo(() => tWithDigits(t, digits), [t, digits]);
  return { t: numeralT, i18n, digits };
}
