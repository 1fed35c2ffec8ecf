import { DateInput, useDatesContext, type DateInputProps } from '@mantine/dates';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLocalDate } from './local-date';

/**
 * A date shown and typed in the user's locale — 10/05/2022 (en, it), 10-05-2022 (nl), 10.05.2022
 * (de, pl) — or picked from a calendar, kept as `YYYY-MM-DD` as the API wants it. The browser's own
 * date input would follow the browser's language, not the one the user chose.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation();
  const { locale } = useDatesContext();
  const parse = useCallback((input: string) => parseLocalDate(input, locale), [locale]);
  return <DateInput valueFormat="L" dateParser={parse} clearable={!props.readOnly} clearButtonProps={{ 'aria-label': t('common.clearDate') }} {...props} />;
}
