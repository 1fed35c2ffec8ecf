import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type Action } from '@agency/shared';

export interface CatalogueModule {
  module: string;
  actions: string[];
}

interface RightsMatrixProps {
  catalogue: CatalogueModule[];
  value: string[];
  onChange(rights: string[]): void;
  readOnly?: boolean;
}

/**
 * Modules × actions (BASE-4), from the API's rights catalogue. Granting edit, create, approve or
 * export also grants view; taking view away takes the others with it.
 */
export function RightsMatrix({ catalogue, value, onChange, readOnly }: RightsMatrixProps) {
  const { t } = useTranslation();
  const set = new Set(value);
  const toggle = (module: string, action: string, on: boolean) => {
    const next = new Set(set);
    const actions = catalogue.find((m) => m.module === module)?.actions ?? [];
    if (on) {
      next.add(`${module}:${action}`);
      if (action !== 'view') next.add(`${module}:view`);
    } else if (action === 'view') {
      for (const a of actions) next.delete(`${module}:${a}`);
    } else next.delete(`${module}:${action}`);
    onChange([...next].sort());
  };
  const toggleRow = (module: string, on: boolean) => {
    const next = new Set(set);
    for (const a of catalogue.find((m) => m.module === module)?.actions ?? []) {
      if (on) next.add(`${module}:${a}`);
      else next.delete(`${module}:${a}`);
    }
    onChange([...next].sort());
  };

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder withColumnBorders striped aria-label={t('base.roles.matrix')} data-testid="rights-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('base.roles.module')}</Table.Th>
            {ACTIONS.map((a) => (
              <Table.Th key={a} scope="col" ta="center">
                {t(`rights.action.${a}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="center">
              {t('base.roles.all')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalogue.map(({ module, actions }) => {
            const moduleName = t(`modules.${module}.title`);
            const granted = actions.filter((a) => set.has(`${module}:${a}`)).length;
            return (
              <Table.Tr key={module}>
                <Table.Th scope="row" fw={500}>
                  {moduleName}
                </Table.Th>
                {ACTIONS.map((a: Action) => (
                  <Table.Td key={a} ta="center">
                    {actions.includes(a) ? (
                      <Checkbox
                        aria-label={t('base.roles.cell', { module: moduleName, action: t(`rights.action.${a}`) })}
                        checked={set.has(`${module}:${a}`)}
                        onChange={(e) => toggle(module, a, e.currentTarget.checked)}
                        disabled={readOnly}
                        styles={{ body: { justifyContent: 'center' } }}
                        data-right={`${module}:${a}`}
                      />
                    ) : (
                      <Text c="dimmed" size="xs" aria-label={t('base.roles.notApplicable')}>
                        —
                      </Text>
                    )}
                  </Table.Td>
                ))}
                <Table.Td ta="center">
                  <Checkbox
                    aria-label={t('base.roles.allOf', { module: moduleName })}
                    checked={granted === actions.length}
                    indeterminate={granted > 0 && granted < actions.length}
                    onChange={(e) => toggleRow(module, e.currentTarget.checked)}
                    disabled={readOnly}
                    styles={{ body: { justifyContent: 'center' } }}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
