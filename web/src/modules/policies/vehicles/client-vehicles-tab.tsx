import { useState } from 'react';
import { Anchor, Badge, Button, Card, Grid, Group, Modal, Select as MantineSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { Fuel, LineOfBusinessCode, VehicleRowFragment, VehicleUse } from '../../../gql/graphql';
import { EmptyState, FormError, Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { useSession } from '../../../session/session-context';
import { placeServerErrors } from '../../clients/common/field-errors';
import { binder } from '../../clients/common/bind';
import { DateField, Select, TextInput } from '../../clients/common/view-fields';
import type { ClientTabProps } from '../../clients/panel-tabs';
import { policyPath } from '../common/policy-types';
import { ClientVehiclesQuery, CreateVehicleMutation, LinkVehiclePolicyMutation, UpdateVehicleMutation } from './documents';

const FUELS = ['PETROL', 'DIESEL', 'HYBRID', 'PLUG_IN_HYBRID', 'ELECTRIC', 'LPG', 'CNG', 'HYDROGEN', 'OTHER'] as const;
const USES = ['PRIVATE', 'BUSINESS', 'GOODS', 'TAXI', 'RENTAL', 'AGRICULTURAL', 'OTHER'] as const;
/** The motor lines (the server's MOTOR_LINES): only their policies cover vehicles. */
const MOTOR_LINES = new Set<string>(['MOTOR_LIABILITY', 'MOTOR_OWN_DAMAGE'] satisfies LineOfBusinessCode[]);

interface VehicleValues {
  plate: string;
  vin: string;
  make: string;
  model: string;
  year: string;
  fuel: string;
  use: string;
  soldOn: string;
  _form?: string;
}

/** The client card's Vehicles tab (issue #9 item 7): the client's vehicles, add one, link one to a motor policy. */
export function ClientVehiclesTab({ clientId }: ClientTabProps) {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = session.can('policies', 'edit');
  const [{ data, error }, refetch] = useQuery({ query: ClientVehiclesQuery, variables: { clientId }, requestPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const motor = data.client.policies.items.filter((p) => MOTOR_LINES.has(p.line.code));
  return (
    <Stack gap="md" data-testid="client-vehicles">
      {canEdit && (
        <Group justify="flex-end">
          <Button leftSection={<IconCar size={16} />} variant="light" onClick={() => setAdding(true)} data-testid="vehicle-add">
            {t('policies.vehicles.add')}
          </Button>
        </Group>
      )}
      {data.vehicles.length === 0 ? (
        <EmptyState title={t('policies.vehicles.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {data.vehicles.map((v) => (
            <VehicleCard key={v.id} vehicle={v} clientId={clientId} motor={motor} canEdit={canEdit} />
          ))}
        </SimpleGrid>
      )}
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={adding} onClose={() => setAdding(false)} title={t('policies.vehicles.add')} size="lg">
        {adding && <VehicleForm clientId={clientId} onDone={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
}

function VehicleCard({ vehicle: v, clientId, motor, canEdit }: { vehicle: VehicleRowFragment; clientId: string; motor: Array<{ id: string; number: string }>; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [choice, setChoice] = useState<string | null>(null);
  const [linkState, link] = useMutation(LinkVehiclePolicyMutation);
  const [linkError, setLinkError] = useState<string | null>(null);
  const linked = new Set(v.policies.map((p) => p.id));
  const linkable = motor.filter((p) => !linked.has(p.id));
  return (
    <Card withBorder radius="md" padding="sm" data-testid="vehicle-card" data-plate={v.plate}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} className="mono" data-testid="vehicle-plate">
          {v.plateDisplay}
        </Text>
        {v.sold && (
          <Badge color="gray" data-testid="vehicle-sold">
            {t('policies.vehicles.soldOn', { date: format.day(v.soldOn) })}
          </Badge>
        )}
      </Group>
      <Text size="sm">{[v.make, v.model, v.year ?? ''].filter(Boolean).join(' ')}</Text>
      <Text size="xs" c="dimmed">
        {[v.vin ? `${t('policies.vehicles.vin')} ${v.vin}` : '', v.fuel ? t(`policies.vehicles.fuel.${v.fuel.toLowerCase()}`) : '', v.use ? t(`policies.vehicles.use.${v.use.toLowerCase()}`) : ''].filter(Boolean).join(' · ')}
      </Text>
      <Group gap="xs" mt={4} data-testid="vehicle-policies">
        {v.policies.map((p) => (
          <Anchor key={p.id} component={Link} to={policyPath(p.id)} size="sm" className="mono" data-testid="vehicle-policy-link">
            {p.number}
          </Anchor>
        ))}
      </Group>
      {canEdit && !v.sold && <SellVehicle vehicle={v} clientId={clientId} />}
      {canEdit && linkable.length > 0 && (
        <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
          <MantineSelect
            label={t('policies.vehicles.linkPolicy')}
            size="xs"
            data={linkable.map((p) => ({ value: p.id, label: p.number }))}
            value={choice}
            onChange={setChoice}
            error={linkError}
            data-testid="vehicle-link-policy"
          />
          <Button
            size="xs"
            disabled={!choice}
            loading={linkState.fetching}
            data-testid="vehicle-link"
            onClick={async () => {
              if (!choice) return;
              const r = await link({ vehicleId: v.id, policyId: choice }, { additionalTypenames: ['Policy'] });
              setLinkError(r.error ? (r.error.graphQLErrors[0]?.message ?? r.error.message) : null);
              if (!r.error) setChoice(null);
            }}
          >
            {t('policies.vehicles.link')}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** Marks a vehicle sold on a day (`updateVehicle` with soldOn; the plate then no longer finds the owner). */
function SellVehicle({ vehicle: v, clientId }: { vehicle: VehicleRowFragment; clientId: string }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateVehicleMutation);
  return (
    <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
      <DateField label={t('policies.vehicles.soldOnLabel')} size="xs" clearable value={day} onChange={(d: string | null) => setDay(d)} error={error} data-testid="vehicle-sold-on" />
      <Button
        size="xs"
        variant="default"
        disabled={!day}
        loading={state.fetching}
        data-testid="vehicle-sell"
        onClick={async () => {
          if (!day) return;
          const input = { clientId, plate: v.plateDisplay, plateCountry: v.plateCountry, vin: v.vin ?? null, make: v.make, model: v.model, year: v.year ?? null, fuel: v.fuel ?? null, use: v.use ?? null, soldOn: day };
          const r = await update({ id: v.id, input }, { additionalTypenames: ['Vehicle', 'Client'] });
          setError(r.error ? (r.error.graphQLErrors[0]?.message ?? r.error.message) : null);
        }}
      >
        {t('policies.vehicles.markSold')}
      </Button>
    </Group>
  );
}

function VehicleForm({ clientId, onDone }: { clientId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateVehicleMutation);
  const form = useForm<VehicleValues>({ initialValues: { plate: '', vin: '', make: '', model: '', year: '', fuel: '', use: '', soldOn: '' } });
  const bind = binder(form);

  async function submit(v: VehicleValues) {
    const issues: Record<string, string> = {};
    for (const f of ['plate', 'make', 'model'] as const) if (!v[f].trim()) issues[f] = t('validation.required');
    if (v.year.trim() && !/^\d{4}$/.test(v.year.trim())) issues.year = t('policies.vehicles.yearInvalid');
    if (Object.keys(issues).length) return form.setErrors(issues);
    const r = await create(
      {
        input: {
          clientId,
          plate: v.plate.trim(),
          vin: v.vin.trim() || null,
          make: v.make.trim(),
          model: v.model.trim(),
          year: v.year.trim() ? Number(v.year.trim()) : null,
          fuel: (v.fuel || null) as Fuel | null,
          use: (v.use || null) as VehicleUse | null,
          soldOn: v.soldOn || null,
        },
      },
      { additionalTypenames: ['Vehicle', 'Client'] },
    );
    if (r.error) {
      const unplaced = placeServerErrors(form, r.error, t, (p) => (p === 'plateCountry' ? 'plate' : p), (p) => p in form.getValues());
      if (unplaced === null || unplaced.length) form.setFieldError('_form', unplaced?.[0]?.message ?? r.error.graphQLErrors[0]?.message ?? r.error.message);
      return;
    }
    notifications.show({ color: 'teal', message: t('policies.vehicles.added') });
    onDone();
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="vehicle-form">
      <Stack gap="sm">
        <FormError message={form.errors._form as string | undefined} onClose={() => form.clearFieldError('_form')} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('policies.vehicles.plate')} withAsterisk {...form.getInputProps('plate')} data-testid="vehicle-plate-input" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('policies.vehicles.vin')} {...form.getInputProps('vin')} data-testid="vehicle-vin" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('policies.vehicles.make')} withAsterisk {...form.getInputProps('make')} data-testid="vehicle-make" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('policies.vehicles.model')} withAsterisk {...form.getInputProps('model')} data-testid="vehicle-model" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={t('policies.vehicles.year')} inputMode="numeric" {...form.getInputProps('year')} data-testid="vehicle-year" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select label={t('policies.vehicles.fuelLabel')} clearable data={FUELS.map((f) => ({ value: f, label: t(`policies.vehicles.fuel.${f.toLowerCase()}`) }))} {...bind('fuel', { type: 'select' })} data-testid="vehicle-fuel" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select label={t('policies.vehicles.useLabel')} clearable data={USES.map((u) => ({ value: u, label: t(`policies.vehicles.use.${u.toLowerCase()}`) }))} {...bind('use', { type: 'select' })} data-testid="vehicle-use" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label={t('policies.vehicles.soldOnLabel')} clearable {...bind('soldOn', { type: 'date' })} data-testid="vehicle-soldOn" />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} data-testid="vehicle-save">
            {t('policies.vehicles.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
