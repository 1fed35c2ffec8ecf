import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE, isLanguage } from './languages';

export interface Formatters {
  locale: string;
  /** A moment (an ISO instant or a Date) as a medium date in the user's language and time zone; '' for none or an unreadable value. */
  date(value: string | Date | null | undefined): string;
  /** A calendar day (YYYY-MM-DD) in the user's language; '' for none or an unreadable value. */
  day(value: string | null | undefined): string;
  dateTime(value: string | Date | null | undefined): string;
  shortDay(value: string): string;
  number(value: number): string;
  money(value: number, currency: string): string;
  relativeHours(until: string | Date): string;
}

/** Dates, numbers and money in the user's UI language, through Intl. */
export function makeFormatters(language: string): Formatters {
  const locale = isLanguage(language) ? INTL_LOCALE[language] : 'en-GB';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const toDate = (v: string | Date) => (v instanceof Date ? v : new Date(v));
  // Never throws (Intl throws a RangeError on an invalid date): no value or an unreadable one is ''.
  const safe = (f: Intl.DateTimeFormat, v: string | Date | null | undefined) => {
    if (!v) return '';
    const d = toDate(v);
    return Number.isNaN(d.getTime()) ? '' : f.format(d);
  };
  return {
    locale,
    date: (v) => safe(date, v),
    day: (v) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? safe(date, `${v}T12:00:00`) : ''),
    dateTime: (v) => safe(dateTime, v),
    // A day key (YYYY-MM-DD) is a calendar day: read it at noon to stay on the same day in every time zone.
    shortDay: (v) => shortDay.format(new Date(`${v}T12:00:00`)),
    number: (v) => number.format(v),
    money: (v, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(v),
    relativeHours(until) {
      const hours = Math.round((toDate(until).getTime() - Date.now()) / 3_600_000);
      return Math.abs(hours) < 1
        ? relative.format(Math.round((toDate(until).getTime() - Date.now()) / 60_000), 'minute')
        : relative.format(hours, 'hour');
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}
