import { useState } from 'react';
import { Alert, FileInput, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CombinedError } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { errorCode, errorExtension, fieldErrors } from '../../graphql/errors';
import { postFile } from '../../graphql/post-file';
import { useFormat } from '../../i18n/format';

/** What `POST /files/bank/statements` answers (the fields of `importBankStatement` the page shows). */
export interface StatementImport {
  imported: number;
  duplicates: number;
  proposed: number;
  statements: Array<{ id: string }>;
}
/** What `POST /files/bank/returns` answers (the fields of `importSepaReturns` the page shows). */
export interface ReturnsImport {
  fileId: string;
  messageId: string;
  returned: number;
  alreadyReturned: number;
}

/**
 * Sends a bank file to the import route as multipart (files of any size up to the route's limit, beyond
 * GraphQL's body limit), with the session cookie and the header the server requires against cross-site
 * posts. A refusal comes back in GraphQL's error shape and is handed on as a CombinedError, so it is shown
 * like any other.
 */
export async function postBankFile<T>(kind: 'statements' | 'returns', file: File): Promise<{ data?: T; error?: CombinedError }> {
  const r = await postFile(`/files/bank/${kind}`, file);
  if ('networkError' in r) return { error: new CombinedError({ networkError: r.networkError }) };
  const json = r.json as (T & { errors?: undefined }) | { errors: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
  if (r.ok && json && !json.errors) return { data: json as T };
  if (json?.errors?.length) return { error: new CombinedError({ graphQLErrors: json.errors.map((e) => ({ message: e.message, extensions: e.extensions })) }) };
  return { error: new CombinedError({ networkError: new Error(`HTTP ${r.status}`) }) };
}

/**
 * Uploading a bank file (status reports and returns, bank statements): the chosen XML file handed to
 * `upload` (which sends it with `postBankFile`); a refusal shown with the element it names (reason in words from `reasonPrefix`), a
 * success with the caller's notice. The upload form itself only for people who may import (`canImport`).
 */
export function BankFileUpload({
  title,
  label,
  testId,
  reasonPrefix,
  canImport,
  upload,
}: {
  title: string;
  label: string;
  testId: string;
  reasonPrefix: string;
  canImport: boolean;
  upload: (file: File) => Promise<{ error?: CombinedError; notice?: string }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | null) {
    setMessage(null);
    setNotice(null);
    if (!file) return;
    // a large statement takes seconds to import: say so, and take no second file meanwhile
    setBusy(true);
    const r = await upload(file).finally(() => setBusy(false));
    if (r.error) {
      const importedAt = errorCode(r.error) === 'CONFLICT' ? errorExtension<string>(r.error, 'importedAt') : undefined;
      if (importedAt) {
        setMessage(t('banking.alreadyImported', { date: format.dateTime(importedAt) }));
        return;
      }
      const f = fieldErrors(r.error)[0];
      setMessage(f ? `${errorText(t, r.error)} — ${f.field}: ${t(`${reasonPrefix}.${f.reason}`, { defaultValue: f.reason })}` : errorText(t, r.error));
      return;
    }
    setNotice(r.notice ?? null);
  }

  return (
    <>
      <FormError message={message} onClose={() => setMessage(null)} />
      {notice && (
        <Alert color="teal" data-testid="notice">
          {notice}
        </Alert>
      )}
      {canImport && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {title}
          </Title>
          <FileInput label={label} accept=".xml,application/xml,text/xml" onChange={onFile} disabled={busy} data-testid={testId} />
          {busy && (
            <Group gap="xs" mt="xs" role="status" data-testid="bank-file-importing">
              <Loader size="xs" />
              <Text size="sm">{t('banking.importing')}</Text>
            </Group>
          )}
        </Paper>
      )}
    </>
  );
}
