import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, italianPerson } from './clients-helpers.js';
import { CREATE_FORM, PUBLISH, RECORD_CONSENTS, SAVE_DRAFT, TIMELINE, VERIFY, WITHDRAW, answersFor, asSuperuser, draft, formsByCode } from './consents-helpers.js';

/**
 * Consents under concurrent requests (review of the consents module): the checks a request makes
 * before appending — "the last answer is an acceptance" for a withdrawal, "this is the current version"
 * for an answer — hold until its record is in the chain, so two agents (or an agent and the client on
 * the portal) acting at the same time cannot produce two withdrawals of one consent, nor an answer to
 * a version that was no longer current when it was recorded.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent: consents view, edit, create
let giulia: GqlClient; // ROSSI administrator
let F: Awaited<ReturnType<typeof formsByCode>>;

const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

async function onboardedClient(): Promise<string> {
  const clientId = (await createClient(marco, italianPerson())).id;
  await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.PRIVACY.current), answersFor(F.ECONSENT.current)] } });
  return clientId;
}

/** Holds the client's chain lock (the one the append trigger takes) in a superuser transaction until released. */
async function holdChainLock(clientId: string): Promise<{ release: () => Promise<void> }> {
  const su = await t.superuser();
  await su.query('begin');
  await su.query(`select pg_advisory_xact_lock(hashtextextended('consent_record:' || $1::text, 0))`, [clientId]);
  return {
    release: async () => {
      await su.query('commit');
      await su.end();
    },
  };
}

/** Waits until `n` sessions wait for an advisory lock (the requests reached the lock), or for a row lock. */
async function waitForAdvisoryWaiters(n: number, event = 'advisory'): Promise<void> {
  const su: pg.Client = await t.superuser();
  try {
    for (let i = 0; i < 200; i++) {
      const { rows } = await su.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and wait_event = any($1::text[])`, [event === 'row' ? ['transactionid', 'tuple'] : [event]]);
      if (rows[0].n >= n) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the requests never reached the lock');
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAdmin)]);
  F = await formsByCode(marco);
});
afterAll(async () => t?.stop());

describe('consents under concurrent requests', () => {
  it('records one withdrawal when two agents withdraw the same consent at the same time; the other is told there is nothing to withdraw', async () => {
    const clientId = await onboardedClient();
    const [mkt] = (await marco.ok(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [answersFor(F.MARKETING.current, ['marketing_email'])] } })).recordConsents;
    const lock = await holdChainLock(clientId);
    const pending = [marco, giulia, marco].map((who) => who.gql(WITHDRAW, { input: { clientId, channel: 'STAFF_SCREEN' }, formId: F.MARKETING.id }));
    await waitForAdvisoryWaiters(3);
    await lock.release();
    const results = await Promise.all(pending);
    const outcomes = results.map((r) => (r.errors ? `${r.errors[0].extensions?.code}:${r.errors[0].extensions?.reason}` : r.data!.withdrawConsent.decision)).sort();
    expect(outcomes).toEqual(['CONFLICT:nothing_to_withdraw', 'CONFLICT:nothing_to_withdraw', 'WITHDRAWN']);
    const chain = (await marco.ok(TIMELINE, { id: clientId })).consentRecords;
    expect(chain.map((r: any) => `${r.seq}:${r.form.code}:${r.decision}`)).toEqual(['1:ECONSENT:ACCEPTED', '2:PRIVACY:ACCEPTED', '3:MARKETING:ACCEPTED', '4:MARKETING:WITHDRAWN']);
    expect(chain[3].prevHash).toBe(mkt.hash);
    expect((await marco.ok(VERIFY, { id: clientId })).consentChainVerification).toMatchObject({ ok: true, checked: 4 });
  });

  it('never records an answer to a version after a newer one was published: an answer caught by the publication is refused as not current, saving nothing', async () => {
    const clientId = await onboardedClient();
    const texts = (body: string) => draft('it', 'Comunicazione a terzi', body, [{ key: 'transfer', required: true, text: 'Acconsento alla comunicazione.' }]);
    const form = (await marco.ok(CREATE_FORM, { input: { code: 'TERZI-RACE', kind: 'THIRD_PARTY_TRANSFER', draft: texts('Versione uno.') } })).createConsentForm;
    const v1 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    await marco.ok(SAVE_DRAFT, { id: form.id, input: texts('Versione due, con un partner in più.') });
    const v1Answers = { formVersionId: v1.id, answers: [{ key: 'transfer', accepted: true }] };

    const lock = await holdChainLock(clientId);
    const answer = marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [v1Answers] } });
    await waitForAdvisoryWaiters(1);
    // the agency publishes version 2 while the answer to version 1 is on its way
    const publish = giulia.gql(PUBLISH, { id: form.id });
    await new Promise((r) => setTimeout(r, 300));
    await lock.release();
    const [a, p] = await Promise.all([answer, publish]);
    expect(p.errors).toBeUndefined();
    expect(p.data!.publishConsentForm.version).toBe(2);
    // either the answer was refused as not current (nothing saved) or it was recorded before version 2 existed
    const late = await asSuperuser(
      t,
      `select r.seq from consent_record r join consent_form_version v2 on v2.form_id = r.form_id and v2.version = 2
        where r.client_id = $1 and r.form_version_id = $2 and r.recorded_at >= v2.published_at`,
      [clientId, v1.id],
    );
    expect(late).toEqual([]);
    if (a.errors) {
      expect(a.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(a)).toEqual(['forms.0.formVersionId:not_current']);
      expect(await countRows(t, 'consent_record', 'client_id = $1 and form_id = $2', [clientId, form.id])).toBe(0);
    }
  });

  it('lets a publication wait for an answer already checked against the current version: once version 2 is out, no answer to version 1 appears', async () => {
    const clientId = await onboardedClient();
    const texts = (body: string) => draft('it', 'Profilazione', body, [{ key: 'profiling', required: true, text: 'Acconsento alla profilazione.' }]);
    const form = (await marco.ok(CREATE_FORM, { input: { code: 'PROF-RACE', kind: 'PROFILING', draft: texts('Versione uno.') } })).createConsentForm;
    const v1 = (await marco.ok(PUBLISH, { id: form.id })).publishConsentForm;
    await marco.ok(SAVE_DRAFT, { id: form.id, input: texts('Versione due.') });
    // the answer passes its checks, then waits to be written (its client row held by another transaction)
    const su = await t.superuser();
    await su.query('begin');
    await su.query('select 1 from client where id = $1 for update', [clientId]);
    const answer = marco.gql(RECORD_CONSENTS, { input: { clientId, channel: 'STAFF_SCREEN', forms: [{ formVersionId: v1.id, answers: [{ key: 'profiling', accepted: true }] }] } });
    await waitForAdvisoryWaiters(1, 'row');
    let answersToV1WhenPublished = -1;
    const publish = giulia.gql(PUBLISH, { id: form.id }).then(async (r) => {
      answersToV1WhenPublished = await countRows(t, 'consent_record', 'form_version_id = $1', [v1.id]);
      return r;
    });
    await new Promise((r) => setTimeout(r, 500));
    await su.query('commit');
    await su.end();
    const [a, p] = await Promise.all([answer, publish]);
    expect(a.errors).toBeUndefined();
    expect(p.data!.publishConsentForm.version).toBe(2);
    // the answer to version 1 was in before version 2 was published, not after
    expect(answersToV1WhenPublished).toBe(1);
    expect(await countRows(t, 'consent_record', 'form_version_id = $1', [v1.id])).toBe(1);
  });
});
