import type { GqlClient, TestPlatform } from './harness.js';

/** Shared pieces of the consents tests (issue #11). */
export const RECORD = `id seq kind decision channel givenBy staffName stamp sentTo validationString verificationCode textHash prevHash hash pdfUrl
  answers { key accepted } form { id code kind } formVersion { id version textHash }`;

export const FORMS = `query($all: Boolean) { consentForms(includeRetired: $all) { id code kind retired
  current { id version textHash status clauses { key required text { lang text } } }
  draft { id status } versions { id version } } }`;
export const CREATE_FORM = `mutation($input: CreateConsentFormInput!) { createConsentForm(input: $input) { id code kind draft { id status } current { id } } }`;
export const SAVE_DRAFT = `mutation($id: ID!, $input: ConsentDraftInput!) { saveConsentDraft(formId: $id, input: $input) { id status version } }`;
export const PUBLISH = `mutation($id: ID!) { publishConsentForm(formId: $id) { id status version textHash publishedAt title { lang text } } }`;
export const RETIRE = `mutation($id: ID!, $r: Boolean!) { retireConsentForm(formId: $id, retired: $r) { id retired } }`;
export const RECORD_CONSENTS = `mutation($input: RecordConsentsInput!) { recordConsents(input: $input) { ${RECORD} } }`;
export const WITHDRAW = `mutation($input: ConsentEvidenceInput!, $formId: ID!) { withdrawConsent(input: $input, formId: $formId) { ${RECORD} } }`;
export const DELIVER = `mutation($input: ConsentEvidenceInput!, $formId: ID!) { recordConsentDelivery(input: $input, formId: $formId) { ${RECORD} } }`;
export const TIMELINE = `query($id: ID!) { consentRecords(clientId: $id) { ${RECORD} } }`;
export const VERIFY = `query($id: ID) { consentChainVerification(clientId: $id) { ok checked clients breaks { clientId position problem } } }`;
export const PENDING = `query($clientId: ID, $formId: ID) { consentPending(clientId: $clientId, formId: $formId, first: 500) { total items { clientId formId formCode answeredVersion currentVersion } } }`;

/** A draft in the given languages with the given clauses. */
export function draft(lang: string, title: string, body: string, clauses: Array<{ key: string; required: boolean; text: string }>) {
  return {
    title: [{ lang, text: title }],
    body: [{ lang, text: body }],
    clauses: clauses.map((c) => ({ key: c.key, required: c.required, text: [{ lang, text: c.text }] })),
  };
}

/** The company's seeded forms by code: id and current version. */
export async function formsByCode(c: GqlClient): Promise<Record<string, { id: string; kind: string; current: { id: string; version: number; textHash: string; clauses: Array<{ key: string; required: boolean }> } }>> {
  const r = await c.ok(FORMS, { all: true });
  return Object.fromEntries(r.consentForms.map((f: any) => [f.code, f]));
}

/** Every clause answered: required ones yes, optional ones as given (default no). */
export function answersFor(version: { id: string; clauses: Array<{ key: string; required: boolean }> }, yes: string[] = []) {
  return { formVersionId: version.id, answers: version.clauses.map((c) => ({ key: c.key, accepted: c.required || yes.includes(c.key) })) };
}

/** Runs SQL as the superuser of the test database. */
export async function asSuperuser<T = any>(t: TestPlatform, sql: string, params: unknown[] = []): Promise<T[]> {
  const su = await t.superuser();
  try {
    return (await su.query(sql, params)).rows as T[];
  } finally {
    await su.end();
  }
}
