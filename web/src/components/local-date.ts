import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import localizedFormat from 'dayjs/plugin/localizedFormat';

// parsing typed dates in a given format; the `L` display format of each locale
dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);

/** A typed date in the locale's short format (or ISO, or with single digits) as `YYYY-MM-DD`; null when it is no date. */
export function parseLocalDate(input: string, locale: string): string | null {
  const formats = [dayjs.Ls[locale]?.formats?.L ?? 'DD/MM/YYYY', 'YYYY-MM-DD', 'D/M/YYYY', 'D-M-YYYY', 'D.M.YYYY'];
  const date = dayjs(input.trim(), formats, locale, true);
  return date.isValid() ? date.format('YYYY-MM-DD') : null;
}

