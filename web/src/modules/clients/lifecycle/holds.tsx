import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorExtension } from '../../../graphql/errors';
import type { CombinedError } from 'urql';

export interface Hold {
  reason: string;
  count: number;
  message: string;
}

/** The legal holds of a CONFLICT answer of deleteClient (`extensions.holds`). */
export function holdsOf(error: CombinedError | undefined): Hold[] {
  const holds = errorExtension<unknown>(error, 'holds');
  return Array.isArray(holds) ? holds.filter((h): h is Hold => !!h && typeof h === 'object' && typeof (h as Hold).reason === 'string') : [];
}

/** What the law keeps that refers to the card, in the user's language (the server's text for other modules' reasons). */
export function HoldList({ holds }: { holds: Hold[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" data-testid="legal-holds">
      {holds.map((h) => (
        <List.Item key={h.reason}>{t(`clients.holds.${h.reason}`, { count: h.count, defaultValue: h.message })}</List.Item>
      ))}
    </List>
  );
}
