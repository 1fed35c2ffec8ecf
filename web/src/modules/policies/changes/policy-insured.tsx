import { useState } from 'react';
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import type { InsuredPersonRole } from '../../../gql/graphql';
import { FormError } from '../../../components/query-state';
import { fieldErrors } from '../../../graphql/errors';
import { useFormat } from '../../../i18n/format';
import { ClientPicker, type PickedClient } from '../../clients/common/client-picker';
import { issueText } from '../../clients/common/field-errors';
import { Select, TextInput } from '../../clients/common/view-fields';
import { normaliseAmount } from '../common/money';
import { useMoney, type PolicyDetail } from '../common/policy-types';
import { AddInsuredObjectMutation, AddInsuredPersonMutation, RemoveInsuredPersonMutation } from './documents';

const ROLES = ['INSURED', 'DRIVER', 'BENEFICIARY'] as const;
const REFRESH = { additionalTypenames: ['Policy', 'PolicyInsuredPerson', 'PolicyInsuredObject'] };

/** Insured persons, objects and vehicles of a policy (issue #9 items 5, 7); changes with policies:edit. */
export function PolicyInsured({ policy, canEdit, onChanged }: { policy: PolicyDetail; canEdit: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const [person, setPerson] = useState<PickedClient | null>(null);
  const [role, setRole] = useState<string>('INSURED');
  const [description, setDescription] = useState('');
  const [sum, setSum] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [, addPerson] = useMutation(AddInsuredPersonMutation);
  const [, removePerson] = useMutation(RemoveInsuredPersonMutation);
  const [, addObject] = useMutation(AddInsuredObjectMutation);

  const failed = (error: CombinedError, fields: string[]) => {
    const next: Record<string, string> = {};
    for (const issue of fieldErrors(error)) {
      const f = issue.field.replace(/^input\./, '');
      if (fields.includes(f) && !next[f]) next[f] = issueText(t, issue);
    }
    if (!Object.keys(next).length) next._form = error.graphQLErrors[0]?.message ?? error.message;
    setErrors(next);
  };

  return (
    <Stack gap="md" data-testid="policy-insured">
      <FormError message={errors._form} onClose={() => setErrors({})} />
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('policies.insured.persons')}
        </Title>
        {policy.insuredPersons.length === 0 ? (
          <Text size="sm" c="dimmed">{t('policies.insured.noPersons')}</Text>
        ) : (
          <Stack gap={4}>
            {policy.insuredPersons.map((p) => (
              <Group key={p.id} justify="space-between" data-testid="insured-person">
                <Text size="sm">
                  <Anchor component={Link} to={`/clients/${p.client.id}`}>{p.client.displayName}</Anchor>
                  {` · ${t(`policies.insured.role.${p.role.toLowerCase()}`)}`}
                </Text>
                {canEdit && (
                  <ActionIcon variant="subtle" color="red" aria-label={t('policies.insured.remove')} data-testid="insured-person-remove"
                    onClick={async () => {
                      const r = await removePerson({ id: p.id }, REFRESH);
                      if (r.error) failed(r.error, []);
                      else onChanged();
                    }}>
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {canEdit && (
          <Group align="flex-end" mt="sm" wrap="wrap">
            <ClientPicker label={t('policies.insured.person')} value={person} onChange={setPerson} error={errors.clientId} testId="insured-person-picker" />
            <Select label={t('policies.insured.roleLabel')} allowDeselect={false} data={ROLES.map((r) => ({ value: r, label: t(`policies.insured.role.${r.toLowerCase()}`) }))} value={role} onChange={(v) => setRole(v ?? 'INSURED')} error={errors.role} data-testid="insured-person-role" />
            <Button variant="light" disabled={!person} data-testid="insured-person-add"
              onClick={async () => {
                if (!person) return;
                const r = await addPerson({ policyId: policy.id, input: { clientId: person.id, role: role as InsuredPersonRole } }, REFRESH);
                if (r.error) return failed(r.error, ['clientId', 'role']);
                setErrors({});
                setPerson(null);
                onChanged();
              }}>
              {t('policies.insured.add')}
            </Button>
          </Group>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('policies.insured.objects')}
        </Title>
        {policy.insuredObjects.length === 0 ? (
          <Text size="sm" c="dimmed">{t('policies.insured.noObjects')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={t('policies.insured.objects')}>
              <Table.Tbody>
                {policy.insuredObjects.map((o) => (
                  <Table.Tr key={o.id} data-testid="insured-object" c={o.removedOn ? 'dimmed' : undefined}>
                    <Table.Td>{o.description}</Table.Td>
                    <Table.Td>{o.insuredSum ? money(o.insuredSum) : '—'}</Table.Td>
                    <Table.Td>{o.removedOn ? t('policies.insured.removedOn', { date: format.day(o.removedOn) }) : t('policies.insured.addedOn', { date: format.day(o.addedOn) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canEdit && (
          <Group align="flex-end" mt="sm" wrap="wrap">
            <TextInput label={t('policies.insured.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} data-testid="insured-object-description" />
            <TextInput label={t('policies.insured.insuredSum')} inputMode="decimal" value={sum} onChange={(e) => setSum(e.currentTarget.value)} error={errors.insuredSum} data-testid="insured-object-sum" />
            <Button variant="light" data-testid="insured-object-add"
              onClick={async () => {
                const amount = sum.trim() ? normaliseAmount(sum) : null;
                if (sum.trim() && amount === null) return setErrors({ insuredSum: t('policies.form.amountInvalid') });
                const r = await addObject({ policyId: policy.id, input: { kind: 'FREE', description: description.trim(), insuredSum: amount } }, REFRESH);
                if (r.error) return failed(r.error, ['description', 'insuredSum']);
                setErrors({});
                setDescription('');
                setSum('');
                onChanged();
              }}>
              {t('policies.insured.add')}
            </Button>
          </Group>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="policy-vehicles">
        <Title order={4} mb="sm">
          {t('policies.vehicles.title')}
        </Title>
        {policy.vehicles.length === 0 ? (
          <Text size="sm" c="dimmed">{t('policies.vehicles.noneOnPolicy')}</Text>
        ) : (
          policy.vehicles.map((v) => (
            <Text key={v.id} size="sm" data-testid="policy-vehicle">
              <Anchor component={Link} to={`/clients/${policy.client.id}?tab=vehicles`} className="mono">{v.plateDisplay}</Anchor>
              {` · ${v.make} ${v.model}`}
            </Text>
          ))
        )}
      </Paper>
    </Stack>
  );
}
