import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, fieldsOf, italianPerson, CREATE } from './clients-helpers.js';
import { download, postDocument, uploadDocument } from './clients-documents.helpers.js';

/**
 * Q-8 for the clients module: every operation tried from a ROSSI session with VDBERG's ids is
 * refused as NOT_FOUND (or, for an id inside an input, BAD_USER_INPUT naming the field), and nothing
 * of VDBERG changes. The database refuses a cross-company reference on its own, too.
 */
let t: TestPlatform;
let marco: GqlClient;
let giulia: GqlClient;
let sanne: GqlClient;
let V: Record<string, any>;
let R: Record<string, any>;
let D: { id: string };

async function vdbergSnapshot(): Promise<string> {
  const su = await t.superuser();
  try {
    const company = `(select id from company where code = 'VDBERG')`;
    const parts: string[] = [];
    for (const table of ['client', 'client_address', 'client_contact', 'client_bank_account', 'client_identity_document', 'client_household_member', 'client_service_entry', 'document', 'app_search.client_term', 'audit_event']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = ${company}`);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  marco = await signedIn(t, USERS.rossiAgent);
  giulia = await signedIn(t, USERS.rossiAdmin);
  sanne = await signedIn(t, USERS.vdbergAgent);
  V = await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782', contacts: [{ kind: 'EMAIL', value: 'isolated@example.nl' }] }, true);
  await sanne.ok(`mutation($id: ID!, $i: ServiceEntryInput!) { addServiceEntry(clientId: $id, input: $i) { id } }`, { id: V.id, i: { kind: 'NOTE', subject: 'VDBERG note' } });
  D = await uploadDocument(t, sanne, { ownerId: V.id, category: 'identity' });
  R = await createClient(marco, italianPerson());
});
afterAll(async () => t?.stop());

describe("ROSSI cannot reach VDBERG's clients (Q-8)", () => {
  it('every query and mutation with a VDBERG id answers NOT_FOUND and changes nothing', async () => {
    const before = await vdbergSnapshot();
    const ops: Array<[string, GqlClient, string, Record<string, unknown>]> = [
      ['client', marco, `query($id: ID!) { client(id: $id) { id } }`, { id: V.id }],
      ['clientAuditTrail', marco, `query($id: ID!) { clientAuditTrail(clientId: $id) { totalCount } }`, { id: V.id }],
      ['updateClientRegistry', marco, `mutation($id: ID!) { updateClientRegistry(id: $id, input: { firstName: "X", lastName: "Y", noLocalTaxId: true, noLocalTaxIdReason: "xyz" }) { id } }`, { id: V.id }],
      ['setClientAddresses', marco, `mutation($id: ID!) { setClientAddresses(id: $id, addresses: []) { id } }`, { id: V.id }],
      ['setClientContacts', marco, `mutation($id: ID!) { setClientContacts(id: $id, contacts: []) { id } }`, { id: V.id }],
      ['setClientBankAccounts', marco, `mutation($id: ID!) { setClientBankAccounts(id: $id, bankAccounts: []) { id } }`, { id: V.id }],
      ['setClientIdentityDocuments', marco, `mutation($id: ID!) { setClientIdentityDocuments(id: $id, identityDocuments: []) { id } }`, { id: V.id }],
      ['setClientFamily', marco, `mutation($id: ID!) { setClientFamily(id: $id, family: { members: [] }) { id } }`, { id: V.id }],
      ['setClientActivity', marco, `mutation($id: ID!) { setClientActivity(id: $id, activity: { occupation: "x" }) { id } }`, { id: V.id }],
      ['setClientStatus', marco, `mutation($id: ID!) { setClientStatus(id: $id, status: HIDDEN, reason: "gone") { id } }`, { id: V.id }],
      ['addServiceEntry', marco, `mutation($id: ID!) { addServiceEntry(clientId: $id, input: { kind: NOTE, subject: "x" }) { id } }`, { id: V.id }],
      ['mergeClients (source)', marco, `mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: V.id, t: R.id }],
      ['mergeClients (target)', marco, `mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: R.id, t: V.id }],
      ['deleteClient', giulia, `mutation($id: ID!) { deleteClient(id: $id) }`, { id: V.id }],
      ['eraseClient', giulia, `mutation($id: ID!) { eraseClient(id: $id, reason: "GDPR request") { id } }`, { id: V.id }],
      ['exportClientData', giulia, `mutation($id: ID!) { exportClientData(id: $id, format: PDF) { base64 } }`, { id: V.id }],
      ['document', marco, `query($id: ID!) { document(id: $id) { id } }`, { id: D.id }],
      ['documents', marco, `query($id: ID!) { documents(ownerType: "client", ownerId: $id) { id } }`, { id: V.id }],
      ['deleteDocument', marco, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id: D.id }],
    ];
    const codes: Record<string, string | undefined> = {};
    for (const [name, who, q, vars] of ops) codes[name] = await who.code(q, vars);
    expect(codes).toEqual(Object.fromEntries(ops.map(([name]) => [name, 'NOT_FOUND'])));
    expect((await download(t, marco, D.id)).status).toBe(404);
    expect((await postDocument(t, marco, { ownerId: V.id })).status).toBe(404);
    expect(await vdbergSnapshot()).toBe(before);
  });

  it("a VDBERG id inside a ROSSI input is refused naming the field; nothing is saved", async () => {
    const before = await vdbergSnapshot();
    const family = await marco.gql(`mutation($id: ID!, $m: ID!) { setClientFamily(id: $id, family: { members: [{ relation: SPOUSE, memberClientId: $m }] }) { id } }`, { id: R.id, m: V.id });
    expect(fieldsOf(family)).toEqual(['family.members.0.memberClientId']);
    const rep = await marco.gql(`mutation($id: ID!, $m: ID!) { setClientActivity(id: $id, activity: { legalRepresentativeId: $m }) { id } }`, { id: R.id, m: V.id });
    expect(fieldsOf(rep)).toEqual(['activity.legalRepresentativeId']);
    const address = await marco.gql(`mutation($id: ID!, $a: ID!) { setClientAddresses(id: $id, addresses: [{ id: $a, kind: RESIDENCE, line1: "Via X 1", postalCode: "00100", city: "Roma" }]) { id } }`, { id: R.id, a: V.addresses[0].id });
    expect(fieldsOf(address)).toEqual(['addresses.0.id']);
    const scan = await marco.gql(`mutation($id: ID!, $d: ID!) { setClientIdentityDocuments(id: $id, identityDocuments: [{ type: PASSPORT, number: "YA1", issuer: "Q", issueDate: "2020-01-01", expiryDate: "2030-01-01", scanDocumentId: $d }]) { id } }`, { id: R.id, d: D.id });
    expect(fieldsOf(scan)).toEqual(['identityDocuments.0.scanDocumentId']);
    const created = await marco.gql(CREATE, { input: { ...italianPerson(), kind: 'ENTITY', legalName: 'X Srl', legalForm: 'S.r.l.', vatNumber: '00743110157', taxCode: null, activity: { legalRepresentativeId: V.id } } });
    expect(fieldsOf(created)).toEqual(['activity.legalRepresentativeId']);
    const card = await marco.ok(`query($id: ID!) { client(id: $id) { addresses { id } household { id } legalRepresentative { id } } }`, { id: R.id });
    expect(card.client.household).toEqual([]);
    expect(card.client.addresses[0].id).toBe(R.addresses[0].id);
    expect(await vdbergSnapshot()).toBe(before);
  });

  it('lists, search, duplicates and the dashboard never show VDBERG data', async () => {
    const list = await marco.ok(`{ clients(first: 200, filter: { includeHidden: true }) { items { id } } }`);
    expect(list.clients.items.map((c: { id: string }) => c.id)).not.toContain(V.id);
    expect((await marco.ok(`{ searchClients(query: "de Vries") { client { id } } }`)).searchClients.map((h: { client: { id: string } }) => h.client.id)).not.toContain(V.id);
    expect((await marco.ok(`{ searchClients(query: "isolated@example.nl") { client { id } } }`)).searchClients).toEqual([]);
    expect((await marco.ok(`{ clientDuplicates(input: { taxCode: "123456782", emails: ["isolated@example.nl"] }) { client { id } } }`)).clientDuplicates).toEqual([]);
    const dup = await marco.gql(CREATE, { input: { kind: 'PERSON', firstName: 'A', lastName: 'B', noLocalTaxId: true, noLocalTaxIdReason: 'Dutch', contacts: [{ kind: 'EMAIL', value: 'isolated@example.nl' }] } });
    expect(dup.errors).toBeUndefined();
    const dash = JSON.stringify(await marco.ok(`{ clientsDashboard { expiringDocuments { clientId } missingScanSample { clientId } } }`));
    expect(dash).not.toContain(V.id);
  });

  it('the database itself refuses a row of one company pointing at a client of the other', async () => {
    const su = await t.superuser();
    try {
      const rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id;
      await expect(
        su.query(`insert into client_address (company_id, client_id, kind, line1, postal_code, city, country) values ($1, $2, 'other', 'x', '00100', 'Roma', 'IT')`, [rossi, V.id]),
      ).rejects.toThrow(/foreign key/);
      await expect(
        su.query(`insert into client_household_member (company_id, client_id, member_client_id, relation) values ($1, $2, $3, 'spouse')`, [rossi, R.id, V.id]),
      ).rejects.toThrow(/foreign key/);
      await expect(
        su.query(`insert into document (company_id, owner_type, owner_id, client_id, category, file_name, content_type, size_bytes, sha256, storage_key) values ($1, 'client', $2, $2, 'other', 'x.pdf', 'application/pdf', 1, repeat('0', 64), 'k-x')`, [rossi, V.id]),
      ).rejects.toThrow(/foreign key/);
    } finally {
      await su.end();
    }
  });

  it('row-level security hides VDBERG rows from the run-time role even without the ORM filter', async () => {
    const pg = await import('pg');
    const app = new pg.default.Client({ connectionString: t.urls.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      const rossi = (await app.query(`select id from company where code = 'ROSSI'`)).rows[0].id;
      await app.query(`select set_config('app.company_id', $1, true)`, [rossi]);
      for (const table of ['client', 'client_contact', 'client_address', 'client_bank_account', 'client_identity_document', 'document', 'client_service_entry']) {
        const r = await app.query(`select count(*)::int as n from ${table} where company_id <> $1`, [rossi]);
        expect(r.rows[0].n, table).toBe(0);
      }
      await expect(app.query(`update client set display_name = 'x' where id = $1 returning id`, [V.id]).then((r) => r.rowCount)).resolves.toBe(0);
      // the search terms are out of the run-time role's reach; client_search() answers for the set company only
      const hits = await app.query(`select client_id from client_search('de vries', 100, true)`);
      expect(hits.rows.map((r) => r.client_id)).not.toContain(V.id);
      await app.query('savepoint s');
      await expect(app.query(`select count(*) from app_search.client_term`)).rejects.toThrow(/permission denied/);
      await app.query('rollback to savepoint s');
      await expect(app.query(`select client_search_refresh($1)`, [V.id])).rejects.toThrow(/permission denied/);
      await app.query('rollback');
      await app.query('begin');
      expect((await app.query(`select client_id from client_search('de vries', 100, true)`)).rows).toEqual([]); // no company set: nothing
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });
});
