import { DateInput, useDatesContext, type DateInputProps } from '@mantine/dates';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateExample, parseLocalDate, type TwoDigitYears } from './local-date';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type DateFieldProps = Omit<DateInputProps, 'valueFormat' | 'dateParser'> & {
  /** How a two-digit year is read: `past` for birth dates (never in the future); see local-date. */
  twoDigitYears?: TwoDigitYears;
};

/**
 * A date shown and typed in the user's locale — 10/05/2022 (en, it), 10-05-2022 (nl), 10.05.2022
 * (de, pl) — or picked from a calendar, kept as `YYYY-MM-DD` as the API wants it. The browser's own
 * date input would follow the browser's language, not the one the user chose.
 *
 * What is no date (31/02/1990, 32/13/2000) is refused on leaving the field: the typed text stays,
 * with a message on the field, and is handed to `onChange` as typed, so that a form's validation
 * (which wants YYYY-MM-DD) refuses to save it instead of silently keeping the previous value.
 */
export function DateField({ twoDigitYears = 'near', onBlur, onInput, onChange, value, error, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const { locale } = useDatesContext();
  const parse = useCallback((input: string) => parseLocalDate(input, locale, { twoDigitYears }), [locale, twoDigitYears]);
  const [typingInvalid, setTypingInvalid] = useState(false);
  const [refused, setRefused] = useState(false);
  // the calendar keeps the last real date while the form holds refused text
  const lastDate = useRef<typeof value>(null);
  const isText = typeof value === 'string' && value !== '' && !ISO_DAY.test(value);
  if (!isText) lastDate.current = value ?? null;

  useEffect(() => {
    // a new value from outside (the card reloaded, the form reset): nothing refused any more
    if (!isText) {
      setRefused(false);
      setTypingInvalid(false);
    }
  }, [value, isText]);

  return (
    <DateInput
      valueFormat="L"
      dateParser={parse}
      clearable={!props.readOnly}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      {...props}
      value={isText ? lastDate.current : value}
      onChange={onChange}
      fixOnBlur={!typingInvalid}
      error={refused ? t('ux.date.invalid', { example: dateExample(locale) }) : error}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setTypingInvalid(text.trim() !== '' && parse(text) === null);
        setRefused(false);
        onInput?.(e);
      }}
      onBlur={(e) => {
        const text = e.currentTarget.value;
        if (text.trim() !== '' && parse(text) === null) {
          setRefused(true);
          (onChange as ((v: string) => void) | undefined)?.(text.trim());
        }
        onBlur?.(e);
      }}
    />
  );
}
