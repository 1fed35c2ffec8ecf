import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { codeOf } from './payments-helpers.js';
import { AMEND_MANDATE, REVOKE_MANDATE, ROSSI_CREDITOR, SETTINGS, START_SEPA, clientWithMandate, plusDays, waitForSepaRun } from './banking-helpers.js';

/**
 * SEPA mandate changes in the audit trail (issue #14 follow-up): the mandate services write with SQL, and
 * now write their audit rows (entity SepaMandate) — creation, amendment, revocation, the mark for the last
 * collection — which the client's History (clientAuditTrail) shows with before → after, naming the client.
 */
let t: TestPlatform;
let laura: GqlClient; // ROSSI accountant: billing, clients:view
let giulia: GqlClient;
let marco: GqlClient;
let pieter: GqlClient; // VDBERG administrator

interface Row {
  action: string;
  entityType: string;
  entityId: string;
  userEmail: string | null;
  subject: { type: string; id: string; displayName: string | null } | null;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}
const TRAIL = `query($id: ID!) { clientAuditTrail(clientId: $id, first: 200) { nodes { action entityType entityId userEmail subject { type id displayName } changes { field before after } } } }`;
const LAST = `mutation($id: ID!, $by: MandateEndedBy) { setSepaMandateLastCollection(id: $id, by: $by) { id lastCollectionBy } }`;
const mandateRows = async (who: GqlClient, clientId: string): Promise<Row[]> =>
  (await who.ok<{ clientAuditTrail: { nodes: Row[] } }>(TRAIL, { id: clientId })).clientAuditTrail.nodes.filter((r) => r.entityType === 'SepaMandate');
const changed = (r: Row) => Object.fromEntries(r.changes.filter((c) => c.field !== 'client').map((c) => [c.field, [c.before, c.after]]));

beforeAll(async () => {
  t = await startTestPlatform();
  [laura, giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  await laura.ok(SETTINGS, { input: ROSSI_CREDITOR });
});
afterAll(async () => t?.stop());

describe('SEPA mandate changes in the client History', () => {
  it("an accountant creates a mandate, amends its IBAN and revokes it: the client's History shows each, the IBAN and the status before → after, by her, naming the client", async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'MAUD', 1);
    const oldIban = A.mandate.iban;
    await laura.ok(AMEND_MANDATE, { id: A.mandate.id, input: { iban: 'DE89 3704 0044 0532 0130 00' } });
    // a refused amendment writes nothing
    expect(codeOf(await laura.gql(AMEND_MANDATE, { id: A.mandate.id, input: { iban: 'DE00 0000 0000 0000 0000 00' } }))).toBe('BAD_USER_INPUT');
    await laura.ok(REVOKE_MANDATE, { id: A.mandate.id, reason: 'The debtor closed the account' });

    const rows = await mandateRows(laura, A.clientId);
    // newest first: revoked, amended, created
    expect(rows.map((r) => r.action)).toEqual(['update', 'update', 'create']);
    for (const r of rows) {
      expect(r).toMatchObject({ entityId: A.mandate.id, userEmail: USERS.rossiAccountant, subject: { type: 'client', id: A.clientId } });
      expect(r.subject!.displayName).toBeTruthy();
    }
    const [revoked, amended, created] = rows;
    expect(changed(amended)).toEqual({ iban: [oldIban, 'DE89370400440532013000'], bic: [A.mandate.bic, null] });
    expect(changed(revoked)).toMatchObject({ status: ['active', 'revoked'], revokedOn: [null, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)], revokeReason: [null, 'The debtor closed the account'] });
    expect(changed(created)).toMatchObject({ reference: [null, 'MND-MAUD-1'], iban: [null, oldIban], scheme: [null, 'CORE'], recurrence: [null, 'RCUR'], signatureDate: [null, '2025-02-01'] });

    // another company sees neither the card's history nor the rows
    expect(await pieter.code(TRAIL, { id: A.clientId })).toBe('NOT_FOUND');
    expect(await pieter.code(REVOKE_MANDATE, { id: A.mandate.id, reason: 'x' })).toBe('NOT_FOUND');
  });

  it('marking and unmarking the last collection of a mandate is in the History with who ends it, before → after', async () => {
    const A = await clientWithMandate(giulia, marco, laura, 'MAUL', 1);
    const run = await waitForSepaRun(laura, (await laura.ok(START_SEPA, { input: { collectionDate: plusDays(5), dueTo: plusDays(400) } })).startSepaRun.id);
    expect(run.status).toBe('DONE');
    await laura.ok(LAST, { id: A.mandate.id, by: 'DEBTOR' });
    await laura.ok(LAST, { id: A.mandate.id, by: null });
    const [unmarked, marked] = await mandateRows(laura, A.clientId);
    expect(changed(marked)).toEqual({ lastCollectionBy: [null, 'debtor'] });
    expect(changed(unmarked)).toEqual({ lastCollectionBy: ['debtor', null] });
  });
});
