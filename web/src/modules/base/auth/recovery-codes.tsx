import { useState } from 'react';
import { Alert, Button, Checkbox, CopyButton, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../components/download';

/** The recovery codes, shown once: copy, download, and confirm they are stored before going on. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone(): void; doneLabel: string }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const text = codes.join('\n');
  return (
    <Stack>
      <Alert color="orange" icon={<IconAlertTriangle />}>
        {t('recovery.once')}
      </Alert>
      <Paper withBorder p="md" radius="md" bg="gray.0">
        <SimpleGrid cols={2} spacing="xs" component="ol" aria-label={t('recovery.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="recovery-codes">
          {codes.map((code) => (
            <Text component="li" key={code} className="mono" size="sm" ta="center">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group grow>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? t('common.copied') : t('recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => downloadText('recovery-codes.txt', `${t('recovery.fileHeader')}\n\n${text}\n`)}>
          {t('recovery.download')}
        </Button>
      </Group>
      <Checkbox label={t('recovery.stored')} checked={stored} onChange={(e) => setStored(e.currentTarget.checked)} data-testid="recovery-stored" />
      <Button disabled={!stored} onClick={onDone} data-testid="recovery-done">
        {doneLabel}
      </Button>
    </Stack>
  );
}
