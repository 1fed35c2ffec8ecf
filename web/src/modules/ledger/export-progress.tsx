import { useEffect, useRef } from 'react';
import { Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { downloadBase64 } from '../../components/download';
import { LedgerExportFileQuery, LedgerExportQuery } from './queries';

/**
 * A general-ledger export built by a job on the server (EX-4): its stored progress, polled every second;
 * the file is downloaded once when it is done.
 */
export function ExportProgress({ exportId, onDone, onError }: { exportId: string; onDone(): void; onError(message: string): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const downloaded = useRef(false);
  const [{ data }, refetch] = useQuery({ query: LedgerExportQuery, variables: { id: exportId }, requestPolicy: 'network-only' });
  const e = data?.ledgerExport;
  useEffect(() => {
    if (e?.status === 'DONE' || e?.status === 'FAILED') return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [e?.status, refetch]);
  useEffect(() => {
    if (!e || downloaded.current || (e.status !== 'DONE' && e.status !== 'FAILED')) return;
    downloaded.current = true;
    if (e.status === 'FAILED') return onError(e.error ?? t('ledger.export.failed'));
    void client
      .query(LedgerExportFileQuery, { id: exportId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        if (r.data) downloadBase64(r.data.ledgerExportFile.fileName, r.data.ledgerExportFile.base64, r.data.ledgerExportFile.contentType);
        onDone();
      });
  }, [e, exportId, client, onDone, onError, t]);
  if (!e) return null;
  return (
    <Paper withBorder p="sm" data-testid="ledger-export-progress" data-status={e.status}>
      <Text size="sm" mb={4}>
        {t('ledger.export.progress', { processed: e.processed, total: e.total, percent: e.percent })}
      </Text>
      <Progress value={e.percent} aria-label={t('ledger.export.progressLabel')} />
    </Paper>
  );
}
