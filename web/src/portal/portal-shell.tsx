import { Anchor, Box, Container, Group, NativeSelect, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../i18n/languages';
import { graphql } from './gql';

export const PortalMeQuery = graphql(`
  query PortalMe {
    portalMe {
      id
      email
      displayName
      companyName
      companyCode
      companyCurrency
      readOnly
    }
  }
`);

/** Mobile-first frame: the agency's name, the language, the page. */
export function PortalShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: PortalMeQuery });
  const me = data?.portalMe;
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="blue.8" c="white" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Box>
            <Title order={1} size="h4" data-testid="portal-company">
              {me?.companyName ?? t('portal.title')}
            </Title>
            {me && <Text size="sm">{me.displayName}</Text>}
          </Box>
          <NativeSelect
            aria-label={t('language.choose')}
            size="xs"
            value={i18n.language}
            onChange={(e) => void i18n.changeLanguage(e.currentTarget.value)}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
          />
        </Group>
      </Box>
      {me?.readOnly && (
        <Box bg="orange.1" px="md" py="xs" role="status" data-testid="portal-read-only">
          <Text size="sm" fw={600}>
            {t('portal.readOnly')}
          </Text>
        </Box>
      )}
      <Container size="sm" px="md" py="lg" component="main">
        {children}
      </Container>
      <Box component="footer" px="md" py="sm">
        <Anchor href="/portal/" size="sm">
          {t('portal.title')}
        </Anchor>
      </Box>
    </Box>
  );
}
