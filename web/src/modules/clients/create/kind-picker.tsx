import { Radio, SimpleGrid, Stack, Text, ThemeIcon, Group } from '@mantine/core';
import { IconBuilding, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The first choice of a new card: a natural person or a legal entity (CL-1). */
export function KindPicker({ value, onChange }: { value: 'person' | 'entity' | null; onChange(kind: 'person' | 'entity'): void }) {
  const { t } = useTranslation();
  const cards = [
    { kind: 'person' as const, icon: IconUser, title: t('clients.enum.kind.person'), hint: t('clients.create.personHint') },
    { kind: 'entity' as const, icon: IconBuilding, title: t('clients.enum.kind.entity'), hint: t('clients.create.entityHint') },
  ];
  return (
    <Radio.Group value={value ?? ''} onChange={(v) => onChange(v as 'person' | 'entity')} label={t('clients.create.kindQuestion')} withAsterisk>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="xs">
        {cards.map(({ kind, icon: Icon, title, hint }) => (
          <Radio.Card key={kind} value={kind} radius="md" p="md" data-testid={`kind-${kind}`}>
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator />
              <ThemeIcon variant="light" size={36} radius="md" aria-hidden>
                <Icon size={20} />
              </ThemeIcon>
              <Stack gap={2}>
                <Text fw={600}>{title}</Text>
                <Text size="sm" c="dimmed">
                  {hint}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
