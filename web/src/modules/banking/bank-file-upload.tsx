import { useState } from 'react';
import { Alert, FileInput, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/**
 * Uploading a bank file (status reports and returns, bank statements): the XML file read as base64 and
 * sent by `upload`; a refusal shown with the element it names (reason in words from `reasonPrefix`), a
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
  upload: (fileName: string, base64: string) => Promise<{ error?: CombinedError; notice?: string }>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function onFile(file: File | null) {
    setMessage(null);
    setNotice(null);
    if (!file) return;
    const r = await upload(file.name, await toBase64(file));
    if (r.error) {
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
          <FileInput label={label} accept=".xml,application/xml,text/xml" onChange={onFile} data-testid={testId} />
        </Paper>
      )}
    </>
  );
}
