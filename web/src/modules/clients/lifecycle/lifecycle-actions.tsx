import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconChevronDown, IconDownload, IconEye, IconEyeOff, IconFileTypePdf, IconShieldX, IconTrash, IconUserCheck, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ClientStatus, ExportFormat } from '../../../gql/graphql';
import { ExportClientDataMutation, SetClientStatusMutation } from '../mutations';
import { errorText } from '../../../graphql/error-text';
import { useSession } from '../../../session/session-context';
import type { ClientCard } from '../common/client-types';
import { downloadBase64 } from '../../../components/download';
import { HideDialog } from './hide-dialog';
import { DeleteDialog } from './delete-dialog';
import { EraseDialog } from './erase-dialog';
import { MergeDialog } from './merge-dialog';

type Dialog = 'hide' | 'delete' | 'erase' | 'merge' | null;

/** Life cycle of a card (CL-5, CL-7, CL-8): status, hide, merge, GDPR export and erasure, permanent delete — by right. */
export function LifecycleActions({ client }: { client: ClientCard }) {
  const { t } = useTranslation();
  const session = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useMutation(SetClientStatusMutation);
  const [exporting, exportData] = useMutation(ExportClientDataMutation);
  const erased = !!client.erasedAt;
  const canEdit = session.can('clients', 'edit') && !erased;
  const canExport = session.can('clients', 'export');
  const canErase = canEdit && session.can('base', 'edit');
  // Permanent deletion is its own right (BASE-4), not part of edit.
  const canDelete = session.can('clients', 'delete') && !erased;
  if (!canEdit && !canExport && !canDelete) return null;

  async function changeStatus(next: ClientStatus) {
    const result = await setStatus({ id: client.id, status: next, reason: null });
    if (result.error) notifications.show({ color: 'red', title: t('clients.lifecycle.failed'), message: errorText(t, result.error) });
    else notifications.show({ color: 'teal', message: t('clients.lifecycle.statusChanged', { status: t(`clients.enum.status.${next.toLowerCase()}`) }) });
  }

  async function download(format: ExportFormat) {
    const result = await exportData({ id: client.id, format });
    if (result.error || !result.data) {
      notifications.show({ color: 'red', title: t('clients.lifecycle.exportFailed'), message: errorText(t, result.error) });
      return;
    }
    const file = result.data.exportClientData;
    downloadBase64(file.fileName, file.base64, file.contentType);
  }

  return (
    <>
      <Menu position="bottom-end" width={280} withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} />} loading={status.fetching || exporting.fetching} data-testid="client-actions">
            {t('clients.lifecycle.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {canEdit && (
            <>
              <Menu.Label>{t('clients.lifecycle.statusLabel')}</Menu.Label>
              {client.status !== 'ACTIVE' && (
                <Menu.Item leftSection={client.status === 'HIDDEN' ? <IconEye size={16} /> : <IconUserCheck size={16} />} onClick={() => void changeStatus('ACTIVE')} data-testid="action-activate">
                  {t(client.status === 'HIDDEN' ? 'clients.lifecycle.unhide' : 'clients.lifecycle.activate')}
                </Menu.Item>
              )}
              {client.status === 'ACTIVE' && (
                <Menu.Item leftSection={<IconUserQuestion size={16} />} onClick={() => void changeStatus('PROSPECT')} data-testid="action-prospect">
                  {t('clients.lifecycle.prospect')}
                </Menu.Item>
              )}
              {client.status !== 'HIDDEN' && (
                <Menu.Item leftSection={<IconEyeOff size={16} />} onClick={() => setDialog('hide')} data-testid="action-hide">
                  {t('clients.lifecycle.hide')}
                </Menu.Item>
              )}
              <Menu.Item leftSection={<IconArrowMerge size={16} />} onClick={() => setDialog('merge')} data-testid="action-merge">
                {t('clients.lifecycle.merge')}
              </Menu.Item>
            </>
          )}
          {canExport && (
            <>
              <Menu.Label>{t('clients.lifecycle.gdprLabel')}</Menu.Label>
              <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void download('JSON')} data-testid="action-export-json">
                {t('clients.lifecycle.exportJson')}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void download('PDF')} data-testid="action-export-pdf">
                {t('clients.lifecycle.exportPdf')}
              </Menu.Item>
            </>
          )}
          {(canErase || canDelete) && (
            <>
              <Menu.Divider />
              {canErase && (
                <Menu.Item color="red" leftSection={<IconShieldX size={16} />} onClick={() => setDialog('erase')} data-testid="action-erase">
                  {t('clients.lifecycle.erase')}
                </Menu.Item>
              )}
              {canDelete && (
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')} data-testid="action-delete">
                  {t('clients.lifecycle.delete')}
                </Menu.Item>
              )}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <HideDialog client={client} opened={dialog === 'hide'} onClose={() => setDialog(null)} />
      {dialog === 'delete' && <DeleteDialog client={client} onClose={() => setDialog(null)} />}
      {dialog === 'erase' && <EraseDialog client={client} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeDialog client={client} onClose={() => setDialog(null)} />}
    </>
  );
}
