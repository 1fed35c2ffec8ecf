import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What found a search hit (a contact, an address, an IBAN, a policy number, a plate), as the server says it. */
export interface SearchMatched {
  source: string;
  text: string;
}

/** "Policy no. P-123", "Vehicle AB123CD · Fiat Panda": the line under a hit saying what matched. */
export function MatchedText({ matched, size = 'xs' }: { matched: SearchMatched | null | undefined; size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  if (!matched) return null;
  const key = i18n.exists(`search.matched.${matched.source}`) ? `search.matched.${matched.source}` : 'search.matched.other';
  return (
    <Text size={size} c="teal.8" truncate="end" data-testid="search-matched" data-source={matched.source}>
      {t(key, { text: matched.text })}
    </Text>
  );
}
