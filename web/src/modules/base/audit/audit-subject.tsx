import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export interface AuditSubjectValue {
  type: string;
  id: string;
  displayName?: string | null;
  deleted: boolean;
}

/** Where each kind of subject is opened. */
const PATHS: Record<string, (id: string) => string> = { client: (id) => `/clients/${id}` };

/** The record an audit row concerns, by name, linked to its page while it exists. */
export function AuditSubjectLink({ subject }: { subject: AuditSubjectValue | null | undefined }) {
  const { t } = useTranslation();
  if (!subject) return <Text size="sm" c="dimmed">—</Text>;
  const name = subject.displayName ?? t('audit.unnamed');
  const path = PATHS[subject.type];
  if (subject.deleted || !path) {
    return (
      <Text size="sm" data-testid="audit-subject">
        {name} {subject.deleted && <Text span size="xs" c="dimmed">({t('audit.deleted')})</Text>}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={path(subject.id)} size="sm" data-testid="audit-subject">
      {name}
    </Anchor>
  );
}
