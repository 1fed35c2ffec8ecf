import { useState } from 'react';
import { parseArea, registrySchema } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpdateClientRegistryMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { fromApiEnum } from '../common/client-types';
import { RegistryFields } from '../common/registry-fields';
import { registryFromClient, registryInput, useValidationOptions, type RegistryValues } from '../common/registry-values';
import { DuplicateDialog, duplicatesOf, type DuplicateInfo } from '../create/duplicates';
import { useCanEdit } from '../common/use-can-edit';
import { AreaForm, useAreaSubmit } from './area-form';
import { acceptSaved, useClientForm } from './use-client-form';

/** Registry data (anagrafica) of the card; a change of tax id or VAT number is checked for duplicates. */
export function RegistryTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const canEdit = useCanEdit(client);
  const kind = fromApiEnum(client.kind) as 'person' | 'entity';
  const form = useClientForm<RegistryValues>(registryFromClient(client));
  const [, update] = useMutation(UpdateClientRegistryMutation);
  const [duplicates, setDuplicates] = useState<DuplicateInfo[]>([]);
  const save = async (values: RegistryValues, confirmDuplicate: boolean) => {
    const result = await update({ id: client.id, input: registryInput(values, kind, options.country), confirmDuplicate });
    if (result.data) {
      setDuplicates([]);
      acceptSaved(form, registryFromClient(result.data.updateClientRegistry));
    }
    return result;
  };
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(registrySchema(options), { ...registryInput(v, kind, options.country), kind });
      return parsed.ok ? [] : parsed.errors;
    },
    save: (v) => save(v, false),
    saved: t('clients.panel.saved'),
    onError: (error) => {
      const found = duplicatesOf(error);
      setDuplicates(found);
      return found.length > 0;
    },
  });
  return (
    <>
      <AreaForm title={t('clients.tabs.registry')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="registry-form">
        <RegistryFields bind={binder(form, !canEdit)} values={form.getValues()} kind={kind} readOnly={!canEdit} fill={(v) => form.setValues(v)} />
      </AreaForm>
      <DuplicateDialog
        items={duplicates}
        onClose={() => setDuplicates([])}
        onConfirm={async () => {
          const result = await save(form.getValues(), true);
          if (!result.error) setDuplicates([]);
        }}
      />
    </>
  );
}
