import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyDay, startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { uploadDocument } from './clients-documents.helpers.js';

let t: TestPlatform;
let agent: GqlClient;
let admin: GqlClient;
let accountant: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  admin = await signedIn(t, USERS.rossiAdmin);
  accountant = await signedIn(t, USERS.rossiAccountant);
});
afterAll(async () => t?.stop());

const STATUS = `mutation($id: ID!, $s: ClientStatus!, $r: String) { setClientStatus(id: $id, status: $s, reason: $r) { status hiddenReason } }`;
const DELETE = `mutation($id: ID!) { deleteClient(id: $id) }`;
const ERASE = `mutation($id: ID!, $r: String!) { eraseClient(id: $id, reason: $r) { id displayName status firstName taxCode erasedAt } }`;
const EXPORT = `mutation($id: ID!, $f: ExportFormat!) { exportClientData(id: $id, format: $f) { fileName contentType base64 } }`;
const MERGE = `mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id displayName taxCode
  addresses { kind label } contacts { value preferred } bankAccounts { iban preferred } identityDocuments { number } household { name memberClient { id } }
  serviceEntries { kind subject } documents { id fileName } } }`;
const ENTRY = `mutation($id: ID!, $i: ServiceEntryInput!) { addServiceEntry(clientId: $id, input: $i) { id kind subject occurredOn createdById } }`;

describe('status (CL-8) and hiding (CL-5)', () => {
  it('a prospect becomes active; hiding needs a reason and takes the card out of lists and search', async () => {
    const c = await createClient(agent, italianPerson({ status: 'PROSPECT' }));
    expect(c.status).toBe('PROSPECT');
    expect((await agent.ok(STATUS, { id: c.id, s: 'ACTIVE' })).setClientStatus.status).toBe('ACTIVE');
    expect(fieldsOf(await agent.gql(STATUS, { id: c.id, s: 'HIDDEN' }))).toEqual(['reason']);
    expect((await agent.ok(STATUS, { id: c.id, s: 'HIDDEN', r: 'Withdrew consent' })).setClientStatus).toEqual({ status: 'HIDDEN', hiddenReason: 'Withdrew consent' });
    const list = await agent.ok(`{ clients(first: 200) { items { id } } }`);
    expect(list.clients.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    const asked = await agent.ok(`{ clients(first: 200, filter: { statuses: [HIDDEN] }) { items { id } } }`);
    expect(asked.clients.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await agent.ok(`query($q: String!) { searchClients(query: $q) { client { id } } }`, { q: c.taxCode })).searchClients).toEqual([]);
    expect((await agent.ok(`query($q: String!) { searchClients(query: $q, includeHidden: true) { client { id } } }`, { q: c.taxCode })).searchClients).toEqual([{ client: { id: c.id } }]);
    expect(await accountant.code(STATUS, { id: c.id, s: 'ACTIVE' })).toBe('FORBIDDEN');
  });
});

describe('service entries (CL-4)', () => {
  it('a note and a complaint on the card; bad input names the field', async () => {
    const c = await createClient(agent, italianPerson());
    expect(fieldsOf(await agent.gql(ENTRY, { id: c.id, i: { kind: 'NOTE', subject: ' ' } }))).toEqual(['subject']);
    expect(fieldsOf(await agent.gql(ENTRY, { id: c.id, i: { kind: 'NOTE', subject: 'x', occurredOn: '2999-01-01' } }))).toEqual(['occurredOn']);
    const e = (await agent.ok(ENTRY, { id: c.id, i: { kind: 'COMPLAINT', subject: 'Late claim payment', body: 'Waiting since March.' } })).addServiceEntry;
    expect(e).toMatchObject({ kind: 'COMPLAINT', subject: 'Late claim payment', occurredOn: companyDay() }); // ROSSI's day, not UTC's
    const card = await agent.ok(`query($id: ID!) { client(id: $id) { serviceEntries { subject } panelTabs { key count } legalHolds { reason count } } }`, { id: c.id });
    expect(card.client.serviceEntries).toEqual([{ subject: 'Late claim payment' }]);
    expect(card.client.panelTabs.find((p: { key: string }) => p.key === 'service').count).toBe(1);
    expect(card.client.legalHolds).toEqual([{ reason: 'complaints', count: 1 }]);
  });
});

describe('permanent delete (CL-5)', () => {
  it('a card added by mistake is deleted with its areas; audited', async () => {
    const c = await createClient(agent, italianPerson());
    await agent.ok(ENTRY, { id: c.id, i: { kind: 'NOTE', subject: 'Typo card' } });
    expect((await admin.ok(DELETE, { id: c.id })).deleteClient).toBe(true);
    expect(await agent.code(`query($id: ID!) { client(id: $id) { id } }`, { id: c.id })).toBe('NOT_FOUND');
    expect(await countRows(t, 'client_contact', 'client_id = $1', [c.id])).toBe(0);
    expect(await countRows(t, 'app_search.client_term', 'client_id = $1', [c.id])).toBe(0);
    expect(await countRows(t, 'audit_event', `entity_type = 'Client' and entity_id = $1 and action = 'delete'`, [c.id])).toBe(1);
  });

  it('refused with CONFLICT naming the holds when a complaint or a contract refers to it; nothing deleted', async () => {
    const c = await createClient(agent, italianPerson());
    await agent.ok(ENTRY, { id: c.id, i: { kind: 'COMPLAINT', subject: 'Complaint' } });
    await uploadDocument(t, agent, { ownerId: c.id, category: 'contract', fileName: 'polizza.pdf' });
    const r = await admin.gql(DELETE, { id: c.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((r.errors?.[0]?.extensions?.holds as Array<{ reason: string }>).map((h) => h.reason).sort()).toEqual(['complaints', 'documents']);
    expect(await countRows(t, 'client', 'id = $1', [c.id])).toBe(1);
    expect(await countRows(t, 'client_contact', 'client_id = $1', [c.id])).toBe(2);
  });

  it('the accountant cannot delete', async () => {
    const c = await createClient(agent, italianPerson());
    expect(await accountant.code(DELETE, { id: c.id })).toBe('FORBIDDEN');
  });
});

describe('GDPR erasure and export (CL-5)', () => {
  it('export: everything held on the client as JSON and as a printable PDF; each export audited', async () => {
    const c = await createClient(agent, italianPerson());
    await agent.ok(ENTRY, { id: c.id, i: { kind: 'NOTE', subject: 'Likes e-mail' } });
    expect(await agent.code(EXPORT, { id: c.id, f: 'JSON' })).toBe('FORBIDDEN'); // clients:export
    const json = (await admin.ok(EXPORT, { id: c.id, f: 'JSON' })).exportClientData;
    expect(json.contentType).toBe('application/json');
    const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));
    expect(data.client).toMatchObject({ id: c.id, taxCode: c.taxCode });
    expect(data.contacts).toHaveLength(2);
    expect(data.bankAccounts[0].iban).toBe('IT60X0542811101000000123456');
    expect(data.serviceEntries[0].subject).toBe('Likes e-mail');
    expect(data.auditTrail.length).toBeGreaterThan(3);
    expect(data.controller.code).toBe('ROSSI');
    const pdf = (await admin.ok(EXPORT, { id: c.id, f: 'PDF' })).exportClientData;
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.fileName).toMatch(/\.pdf$/);
    expect(await countRows(t, 'audit_event', `action = 'export' and entity_id = $1`, [c.id])).toBe(2);
  });

  it('erasure anonymizes personal data, keeps complaints, contracts and the audit trail, and writes no erased value into the trail', async () => {
    const c = await createClient(agent, italianPerson());
    await agent.ok(ENTRY, { id: c.id, i: { kind: 'NOTE', subject: 'Private note about health' } });
    await agent.ok(ENTRY, { id: c.id, i: { kind: 'COMPLAINT', subject: 'Complaint kept by law' } });
    await uploadDocument(t, agent, { ownerId: c.id, category: 'contract', fileName: 'contratto.pdf' });
    await uploadDocument(t, agent, { ownerId: c.id, category: 'identity', fileName: 'carta-identita.pdf' });
    const other = await createClient(agent, italianPerson()); // a card to merge with, below
    const trailBefore = await countRows(t, 'audit_event');
    expect(await agent.code(ERASE, { id: c.id, r: 'Request 2026/17' })).toBe('FORBIDDEN'); // administrators only
    expect(fieldsOf(await admin.gql(ERASE, { id: c.id, r: '' }))).toEqual(['reason']);
    const erased = (await admin.ok(ERASE, { id: c.id, r: 'Request 2026/17' })).eraseClient;
    expect(erased).toMatchObject({ status: 'HIDDEN', firstName: null, taxCode: null });
    expect(erased.displayName).toMatch(/^Erased client /);
    expect(erased.erasedAt).toBeTruthy();
    // an erased card is merged neither way: refused on the argument that names it, nothing written
    expect(fieldsOf(await agent.gql(MERGE, { s: c.id, t: other.id }))).toEqual(['sourceId']);
    expect(fieldsOf(await agent.gql(MERGE, { s: other.id, t: c.id }))).toEqual(['targetId']);
    for (const table of ['client_contact', 'client_address', 'client_bank_account', 'client_identity_document', 'app_search.client_term']) {
      expect(await countRows(t, table, 'client_id = $1', [c.id]), table).toBe(0);
    }
    expect(await countRows(t, 'document', 'client_id = $1', [c.id])).toBe(1); // the contract stays
    expect(await countRows(t, 'client_service_entry', `client_id = $1 and kind = 'complaint' and subject = 'Complaint kept by law'`, [c.id])).toBe(1);
    expect(await countRows(t, 'client_service_entry', `client_id = $1 and subject like '%health%'`, [c.id])).toBe(0);
    // one audit row for the erasure, holding no erased value; earlier rows untouched (append-only)
    expect(await countRows(t, 'audit_event')).toBe(trailBefore + 1);
    const su = await t.superuser();
    try {
      const row = await su.query(`select after::text as after from audit_event where action = 'erase' and entity_id = $1`, [c.id]);
      expect(row.rows[0].after).toContain('Request 2026/17');
      expect(row.rows[0].after).not.toContain(c.taxCode);
      expect(row.rows[0].after).not.toContain(c.firstName);
    } finally {
      await su.end();
    }
    // an erased card is not searchable and cannot be edited again
    expect((await agent.ok(`query($q: String!) { searchClients(query: $q, includeHidden: true) { client { id } } }`, { q: c.taxCode })).searchClients).toEqual([]);
    expect(fieldsOf(await agent.gql(`mutation($id: ID!) { setClientContacts(id: $id, contacts: []) { id } }`, { id: c.id }))).toEqual(['id']);
  });
});

describe('merge (CL-7)', () => {
  it('moves everything attached to the surviving card and deletes the duplicate; audited', async () => {
    const target = await createClient(agent, italianPerson({ identityDocuments: [] }));
    const source = await createClient(
      agent,
      italianPerson({
        taxCode: target.taxCode,
        firstName: target.firstName,
        gender: target.gender,
        birthDate: target.birthDate,
        contacts: [{ kind: 'EMAIL', value: target.contacts[0].value }, { kind: 'EMAIL', value: 'other@example.it' }, { kind: 'PHONE', value: '333 999 8877' }],
        bankAccounts: [{ iban: 'NL91ABNA0417164300', holder: 'X' }],
      }),
      true,
    );
    const relative = await createClient(agent, italianPerson());
    await agent.ok(`mutation($id: ID!, $f: FamilyInput!) { setClientFamily(id: $id, family: $f) { id } }`, { id: relative.id, f: { members: [{ relation: 'SIBLING', memberClientId: source.id }] } });
    await agent.ok(`mutation($id: ID!, $f: FamilyInput!) { setClientFamily(id: $id, family: $f) { id } }`, { id: source.id, f: { members: [{ relation: 'CHILD', name: 'Piccolo' }] } });
    await agent.ok(ENTRY, { id: source.id, i: { kind: 'NOTE', subject: 'Note on the duplicate' } });
    const doc = await uploadDocument(t, agent, { ownerId: source.id, category: 'identity', fileName: 'scan.pdf' });

    expect(fieldsOf(await agent.gql(MERGE, { s: target.id, t: target.id }))).toEqual(['targetId']);
    const m = (await agent.ok(MERGE, { s: source.id, t: target.id })).mergeClients;
    expect(m.id).toBe(target.id);
    expect(m.addresses.map((a: { kind: string }) => a.kind)).toEqual(['RESIDENCE', 'OTHER']);
    expect(m.contacts.map((c: { value: string }) => c.value).sort()).toEqual([target.contacts[0].value, 'other@example.it', target.contacts[1].value, '+393339998877'].sort());
    expect(m.contacts.filter((c: { preferred: boolean }) => c.preferred)).toHaveLength(2);
    expect(m.bankAccounts.map((b: { iban: string; preferred: boolean }) => [b.iban, b.preferred])).toEqual(
      expect.arrayContaining([['IT60X0542811101000000123456', true], ['NL91ABNA0417164300', false]]),
    );
    expect(m.identityDocuments).toHaveLength(1);
    expect(m.household).toEqual([{ name: 'Piccolo', memberClient: null }]);
    expect(m.serviceEntries.map((e: { subject: string }) => e.subject)).toEqual(expect.arrayContaining(['Note on the duplicate', expect.stringMatching(/^Scheda ".*" \(codice fiscale .*\) unita a questa scheda$/)]));
    expect(m.documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);
    const rel = await agent.ok(`query($id: ID!) { client(id: $id) { household { memberClient { id } } } }`, { id: relative.id });
    expect(rel.client.household).toEqual([{ memberClient: { id: target.id } }]);
    expect(await agent.code(`query($id: ID!) { client(id: $id) { id } }`, { id: source.id })).toBe('NOT_FOUND');
    expect(await countRows(t, 'audit_event', `entity_type = 'ClientContact' and action = 'update' and after->>'client' = $1`, [target.id])).toBeGreaterThan(0);
    expect(await countRows(t, 'audit_event', `entity_type = 'Client' and action = 'delete' and entity_id = $1`, [source.id])).toBe(1);
  });
});

describe('contact history (CL-4)', () => {
  async function mailTo(clientId: string, subject: string): Promise<void> {
    const su = await t.superuser();
    try {
      await su.query(
        `insert into outbox_message (company_id, client_id, to_address, subject, text_body, kind, status, sent_at)
         select company_id, id, 'client@example.it', $2, 'Body', 'renewal_notice', 'sent', now() from client where id = $1`,
        [clientId, subject],
      );
    } finally {
      await su.end();
    }
  }

  it('lists every e-mail sent to the client; a merge moves it; a deleted card keeps the mail without the link', async () => {
    const a = await createClient(agent, italianPerson());
    const b = await createClient(agent, italianPerson());
    await mailTo(a.id, 'Your renewal');
    await mailTo(b.id, 'Welcome');
    const card = await agent.ok(`query($id: ID!) { client(id: $id) { sentEmails { subject status clientId } panelTabs { key count } } }`, { id: a.id });
    expect(card.client.sentEmails).toEqual([{ subject: 'Your renewal', status: 'sent', clientId: a.id }]);
    expect(card.client.panelTabs.find((p: { key: string }) => p.key === 'contactHistory').count).toBe(1);
    await agent.ok(`mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id } }`, { s: b.id, t: a.id });
    const merged = await agent.ok(`query($id: ID!) { client(id: $id) { sentEmails { subject } } }`, { id: a.id });
    expect(merged.client.sentEmails.map((m: { subject: string }) => m.subject).sort()).toEqual(['Welcome', 'Your renewal']);
    expect((await admin.ok(DELETE, { id: a.id })).deleteClient).toBe(true);
    expect(await countRows(t, 'outbox_message', `subject in ('Welcome', 'Your renewal') and client_id is null`)).toBe(2);
  });
});
