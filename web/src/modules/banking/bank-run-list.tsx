import type { FormEvent, ReactNode } from 'react';
import { Anchor, Badge, Button, Group, Paper, Progress, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/query-state';
import { useFormat } from '../../i18n/format';
import { RUN_COLOR } from '../billing/runs-page';

/** One column of a run list besides the start time (a link to the run), status and progress, which every list has. */
export interface RunColumn<R> {
  header: string;
  cell: (run: R) => ReactNode;
  align?: 'right';
}

/**
 * The runs of a bank-file job (SEPA direct debit, RiBa): started (linking to the run's page), the
 * caller's columns, status, the caller's figures and progress — one table for both pages.
 */
export function BankRunList<R extends { id: string; status: string; percent: number; createdAt: string }>(props: {
  runs: R[];
  /** the columns between the start time and the status */
  columns: Array<RunColumn<R>>;
  /** the figures after the status (count, amount) */
  figures: Array<RunColumn<R>>;
  linkTo: (run: R) => string;
  labels: { empty: string; started: string; status: string; progress: string };
  testId: string;
  rowTestId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { runs, columns, figures, labels } = props;
  if (runs.length === 0) return <EmptyState title={labels.empty} />;
  return (
    <Table striped data-testid={props.testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labels.started}</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.header} ta={c.align}>
              {c.header}
            </Table.Th>
          ))}
          <Table.Th>{labels.status}</Table.Th>
          {figures.map((c) => (
            <Table.Th key={c.header} ta={c.align}>
              {c.header}
            </Table.Th>
          ))}
          <Table.Th>{labels.progress}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((r) => (
          <Table.Tr key={r.id} data-testid={props.rowTestId}>
            <Table.Td>
              <Anchor component={Link} to={props.linkTo(r)}>
                {format.dateTime(r.createdAt)}
              </Anchor>
            </Table.Td>
            {columns.map((c) => (
              <Table.Td key={c.header} ta={c.align}>
                {c.cell(r)}
              </Table.Td>
            ))}
            <Table.Td>
              <Badge variant="light" color={RUN_COLOR[r.status]}>
                {t(`billing.runStatus.${r.status}`)}
              </Badge>
            </Table.Td>
            {figures.map((c) => (
              <Table.Td key={c.header} ta={c.align}>
                {c.cell(r)}
              </Table.Td>
            ))}
            <Table.Td miw={160}>
              <Progress value={r.percent} aria-label={labels.progress} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The "new run" form of a bank-file job: a title, the caller's fields and the start button. */
export function BankRunStartForm({ title, submitLabel, submitTestId, onSubmit, children }: { title: string; submitLabel: string; submitTestId: string; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Group align="start">
        {children}
        <Button type="submit" mt={24} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </Group>
    </Paper>
  );
}
