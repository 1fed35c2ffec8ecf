import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fieldError } from './support/clients';
import { USERS, apiAs, type GqlClient, type TestPlatform } from './support/platform';
import { signedInSuite } from './support/suite';
import { createClient, italianPerson } from '../../server/test/clients-helpers.js';

/**
 * The consent timeline "from the start of the relationship (or from an agreed date)" (CN-6) in the
 * browser: an agent agrees a start date with the client; the Consents tab then lists the records from
 * that day, says how many earlier ones stay in the verified chain, shows the whole chain on request,
 * refuses a date in the future on the field, and goes back to the whole relationship when the date is
 * removed.
 */
const suite = signedInSuite(USERS.rossiAgent);
let t: TestPlatform;
let marco: Page;
let api: GqlClient;
let clientId: string;

/** A day in Rome (the company's time zone), `days` from today, as YYYY-MM-DD. */
const romeDay = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + days * 86_400_000));
const records = () => marco.getByTestId('consent-record');

beforeAll(async () => {
  ({ t, page: marco } = suite);
  api = await apiAs(t, USERS.rossiAgent);
  clientId = (await createClient(api, italianPerson())).id;
  const forms = (await api.ok(`{ consentForms { code current { id clauses { key required } } } }`)).consentForms as Array<{ code: string; current: { id: string; clauses: Array<{ key: string; required: boolean }> } }>;
  const answer = (code: string) => {
    const v = forms.find((f) => f.code === code)!.current;
    return { formVersionId: v.id, answers: v.clauses.map((c) => ({ key: c.key, accepted: true })) };
  };
  await api.ok(`mutation($input: RecordConsentsInput!) { recordConsents(input: $input) { id } }`, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answer('ECONSENT')] } });
  // the e-consent agreement as given 40 days ago: moved back by the owner, its hash recomputed (the chain stays valid)
  const su = await t.superuser();
  try {
    await su.query(`set session_replication_role = replica`);
    await su.query(`update consent_record set recorded_at = recorded_at - interval '40 days' where client_id = $1 and seq = 1`, [clientId]);
    await su.query(`update consent_record r set hash = consent_record_hash(r) where client_id = $1 and seq = 1`, [clientId]);
  } finally {
    await su.end();
  }
  await api.ok(`mutation($input: RecordConsentsInput!) { recordConsents(input: $input) { id } }`, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answer('PRIVACY')] } });
});

describe('the consent timeline from an agreed date', () => {
  it('shows the whole chain from the start of the relationship until a date is agreed', async () => {
    await marco.goto(`/clients/${clientId}?tab=consents`);
    await marco.getByTestId('consent-timeline-start').waitFor();
    await expect.poll(() => records().count(), { timeout: 20_000 }).toBe(2);
    expect(await marco.getByTestId('consent-timeline-from').textContent()).toContain('Timeline from the start of the relationship');
    expect(await marco.getByTestId('consent-chain-status').getAttribute('data-ok')).toBe('true');
  });

  it('refuses an agreed date in the future on the field and keeps the dialog open', async () => {
    await marco.getByTestId('consent-agreed-start-edit').click();
    const dialog = marco.getByRole('dialog');
    await dialog.getByTestId('consent-agreed-date').fill(romeDay(3));
    await dialog.getByTestId('consent-agreed-date').press('Tab');
    await dialog.getByTestId('consent-agreed-save').click();
    await expect.poll(() => fieldError(marco, 'consent-agreed-date')).toContain('Cannot be in the future');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await records().count()).toBe(2);
  });

  it('lists the records from the agreed date, says how many earlier ones stay in the verified chain, and keeps the date for the client', async () => {
    const agreed = romeDay(-10);
    await marco.getByTestId('consent-agreed-start-edit').click();
    const dialog = marco.getByRole('dialog');
    await dialog.getByTestId('consent-agreed-date').fill(agreed);
    await dialog.getByTestId('consent-agreed-date').press('Tab');
    await dialog.getByTestId('consent-agreed-note').fill('Agreed at the desk when the client moved to e-mail');
    await dialog.getByTestId('consent-agreed-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => records().count(), { timeout: 20_000 }).toBe(1);
    expect(await records().first().getAttribute('data-code')).toBe('PRIVACY');
    expect(await marco.getByTestId('consent-timeline-from').getAttribute('data-from')).toBe(agreed);
    expect(await marco.getByTestId('consent-timeline-from').textContent()).toContain('Agreed at the desk when the client moved to e-mail');
    expect(await marco.getByTestId('consent-earlier').textContent()).toBe('1 earlier record is not listed here; it stays in the verified chain.');
    expect(await marco.getByTestId('consent-chain-status').textContent()).toContain('2 records');
    // stored for the client: a new visit starts from the agreed date again
    await marco.reload();
    await marco.getByTestId('consent-timeline-start').waitFor();
    await expect.poll(() => records().count(), { timeout: 20_000 }).toBe(1);
  });

  it('shows the whole chain on request and the agreed start again', async () => {
    await marco.getByTestId('consent-show-all').click();
    await expect.poll(() => records().count(), { timeout: 20_000 }).toBe(2);
    expect(await records().evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(['ECONSENT', 'PRIVACY']);
    await marco.getByTestId('consent-show-agreed').click();
    await expect.poll(() => records().count(), { timeout: 20_000 }).toBe(1);
  });

  it('goes back to the start of the relationship when the agreed date is removed', async () => {
    await marco.getByTestId('consent-agreed-start-edit').click();
    await marco.getByRole('dialog').getByTestId('consent-agreed-remove').click();
    await expect.poll(() => records().count(), { timeout: 20_000 }).toBe(2);
    expect(await marco.getByTestId('consent-timeline-from').textContent()).toContain('Timeline from the start of the relationship');
    expect(suite.pageErrors).toEqual([]);
  });
});
