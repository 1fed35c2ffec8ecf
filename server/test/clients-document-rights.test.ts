import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { uploadDocument, PNG } from './clients-documents.helpers.js';
import { CREATE_POLICY, UPDATE_POLICY, policyInput, referenceData } from './policies-helpers.js';
import { REPORT, UPDATE, claimInput } from './claims-helpers.js';
import { RECORD_CONSENTS, answersFor, formsByCode } from './consents-helpers.js';

/**
 * The documents of a card and who may see, erase and move them: a claim's photo and a policy's
 * schedule stay with the claim and the policy through a GDPR erasure (and follow them to another
 * client); a paper consent's scan stays with its record; the accountant (clients:view, policies:view,
 * no claims rights) sees on the card neither the claim's photo nor its trail nor the claim hold.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator: every right
let marco: GqlClient; // ROSSI agent
let laura: GqlClient; // ROSSI accountant: clients:view, policies:view, no claims rights
let refs: Awaited<ReturnType<typeof referenceData>>;
let F: Awaited<ReturnType<typeof formsByCode>>;

const ERASE = `mutation($id: ID!, $r: String!) { eraseClient(id: $id, reason: $r) { id status erasedAt } }`;
const DOCS = `query($id: ID!) { client(id: $id) { documents { id fileName } } }`;
const HOLDS = `query($id: ID!) { client(id: $id) { legalHolds { reason count } } }`;
const TRAIL = `query($id: ID!) { clientAuditTrail(clientId: $id, first: 200) { nodes { entityType entityId action } } }`;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco, laura] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAccountant)]);
  refs = await referenceData(giulia, 'DRGT');
  F = await formsByCode(marco);
});
afterAll(async () => t?.stop());

const newClient = async () => (await createClient(marco, italianPerson())).id as string;
const newPolicy = async (clientId: string) =>
  (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId: refs.insurerId, lineId: refs.lines.motor_liability }) })).createPolicy;

describe('GDPR erasure and the documents the law keeps', () => {
  it("keeps a claim's photo and a policy's document (whatever their category) and removes the card's own", async () => {
    const c = await newClient();
    const claim = (await marco.ok(REPORT, { input: claimInput(c) })).reportClaim;
    const policy = await newPolicy(c);
    const photo = await uploadDocument(t, giulia, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'danno.png', content: PNG });
    const schedule = await uploadDocument(t, giulia, { ownerType: 'policy', ownerId: policy.id, category: 'other', fileName: 'appendice.pdf' });
    const own = await uploadDocument(t, marco, { ownerId: c, category: 'identity', fileName: 'carta-identita.pdf' });
    await giulia.ok(ERASE, { id: c, r: 'Request 2026/42' });
    expect(await countRows(t, 'document', 'id = $1', [photo.id])).toBe(1);
    expect(await countRows(t, 'document', 'id = $1', [schedule.id])).toBe(1);
    expect(await countRows(t, 'document', 'id = $1', [own.id])).toBe(0);
    // the claims handler still finds the photo on the claim
    const onClaim = (await giulia.ok(`query($id: ID!) { documents(ownerType: "claim", ownerId: $id) { id } }`, { id: claim.id })).documents;
    expect(onClaim).toEqual([{ id: photo.id }]);
  });

  it("keeps a paper consent's scan even when it is no longer in category consent (no INTERNAL error on erasure)", async () => {
    const c = (await createClient(marco, italianPerson({ contacts: [] }))).id as string;
    const scan = await uploadDocument(t, marco, { ownerId: c, category: 'consent', fileName: 'privacy-firmata.pdf' });
    await marco.ok(RECORD_CONSENTS, { input: { clientId: c, channel: 'PAPER', paperDocumentId: scan.id, forms: [answersFor(F.PRIVACY.current)] } });
    const su = await t.superuser();
    try {
      await su.query(`update document set category = 'other' where id = $1`, [scan.id]);
    } finally {
      await su.end();
    }
    const r = await giulia.gql(ERASE, { id: c, r: 'Request 2026/43' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.eraseClient?.status).toBe('HIDDEN');
    expect(await countRows(t, 'document', 'id = $1', [scan.id])).toBe(1);
  });
});

describe('the signed scan of paper consents', () => {
  it('is taken only from the consent documents of the card, refused on paperDocumentId otherwise', async () => {
    const c = (await createClient(marco, italianPerson({ contacts: [] }))).id as string;
    const photo = await uploadDocument(t, marco, { ownerId: c, category: 'other', fileName: 'foto.pdf' });
    const r = await marco.gql(RECORD_CONSENTS, { input: { clientId: c, channel: 'PAPER', paperDocumentId: photo.id, forms: [answersFor(F.PRIVACY.current)] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['paperDocumentId']);
    expect(await countRows(t, 'consent_record', 'client_id = $1', [c])).toBe(0);
  });
});

describe('what the accountant (no claims rights) sees on the card', () => {
  it("lists the card's and the policy's documents but not the claim's photo; the administrator sees all three", async () => {
    const c = await newClient();
    const claim = (await marco.ok(REPORT, { input: claimInput(c) })).reportClaim;
    const policy = await newPolicy(c);
    const photo = await uploadDocument(t, giulia, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'danno.png', content: PNG });
    const schedule = await uploadDocument(t, giulia, { ownerType: 'policy', ownerId: policy.id, category: 'contract', fileName: 'polizza.pdf' });
    const own = await uploadDocument(t, marco, { ownerId: c, category: 'identity', fileName: 'carta-identita.pdf' });
    const seen = (await laura.ok(DOCS, { id: c })).client.documents.map((d: { id: string }) => d.id).sort();
    expect(seen).toEqual([schedule.id, own.id].sort());
    const all = (await giulia.ok(DOCS, { id: c })).client.documents.map((d: { id: string }) => d.id).sort();
    expect(all).toEqual([photo.id, schedule.id, own.id].sort());
    // the document itself stays refused to her, as before
    expect(await laura.code(`query($id: ID!) { document(id: $id) { id } }`, { id: photo.id })).toBe('FORBIDDEN');
  });

  it("shows no row of the claim's photo in the card's history", async () => {
    const c = await newClient();
    const claim = (await marco.ok(REPORT, { input: claimInput(c) })).reportClaim;
    const photo = await uploadDocument(t, giulia, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'danno.png', content: PNG });
    const own = await uploadDocument(t, marco, { ownerId: c, category: 'identity', fileName: 'carta-identita.pdf' });
    const ids = async (who: GqlClient) => (await who.ok(TRAIL, { id: c })).clientAuditTrail.nodes.filter((e: { entityType: string }) => e.entityType === 'StoredDocument').map((e: { entityId: string }) => e.entityId);
    expect(await ids(laura)).toEqual([own.id]);
    expect((await ids(giulia)).sort()).toEqual([photo.id, own.id].sort());
  });

  it("pages the card's history in full pages without the claim's rows: no gaps, no duplicates, a count of what she sees", async () => {
    const c = await newClient();
    const claim = (await marco.ok(REPORT, { input: claimInput(c) })).reportClaim;
    const photo = (name: string) => uploadDocument(t, giulia, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: name, content: PNG });
    const own = (name: string) => uploadDocument(t, marco, { ownerId: c, category: 'identity', fileName: name });
    // newest rows first: the claim's rows (created and deleted, so `after` and `before` both count) among the card's own
    const kept = await own('carta-1.pdf');
    await photo('danno-1.png');
    const gone = await own('carta-2.pdf');
    const removed = await photo('danno-2.png');
    await giulia.ok(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: gone.id });
    await giulia.ok(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: removed.id });
    await photo('danno-3.png');
    await photo('danno-4.png');
    const PAGE = `query($id: ID!, $first: Int!, $after: String) {
      clientAuditTrail(clientId: $id, first: $first, after: $after) { nodes { seq entityType entityId action after before } totalCount hasNextPage endCursor }
    }`;
    type Row = { seq: string; entityType: string; entityId: string; action: string; after: { ownerType?: string } | null; before: { ownerType?: string } | null };
    const all: Row[] = (await laura.ok(PAGE, { id: c, first: 200 })).clientAuditTrail.nodes;
    const docs = all.filter((e) => e.entityType === 'StoredDocument');
    expect(docs.map((e) => `${e.action} ${e.entityId}`)).toEqual([`delete ${gone.id}`, `create ${gone.id}`, `create ${kept.id}`]);
    expect(docs.every((e) => (e.after ?? e.before)?.ownerType === 'client')).toBe(true);
    const size = 3;
    expect(all.length).toBeGreaterThan(size);
    const seen: Row[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: Row[]; totalCount: number; hasNextPage: boolean; endCursor: string | null } = (await laura.ok(PAGE, { id: c, first: size, after })).clientAuditTrail;
      expect(page.nodes.length).toBe(page.hasNextPage ? size : all.length - seen.length);
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.nodes);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen.map((e) => e.seq)).toEqual(all.map((e) => e.seq));
    // the administrator pages through every row, the claim's photos included
    expect((await giulia.ok(PAGE, { id: c, first: 200 })).clientAuditTrail.totalCount).toBe(all.length + 5);
  });

  it('does not name the claims among the legal holds, only that something she may not view holds the card', async () => {
    const c = await newClient();
    await marco.ok(REPORT, { input: claimInput(c) });
    const hers = (await laura.ok(HOLDS, { id: c })).client.legalHolds.map((h: { reason: string }) => h.reason);
    expect(hers).not.toContain('claims');
    expect(hers).toContain('restricted');
    expect((await giulia.ok(HOLDS, { id: c })).client.legalHolds.map((h: { reason: string }) => h.reason)).toContain('claims');
  });
});

describe('moving a claim or a policy to another client', () => {
  it("moves the claim's documents to the new client, audited", async () => {
    const a = await newClient();
    const b = await newClient();
    const claim = (await marco.ok(REPORT, { input: claimInput(a) })).reportClaim;
    const photo = await uploadDocument(t, giulia, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'danno.png', content: PNG });
    await giulia.ok(UPDATE, { id: claim.id, input: claimInput(b) });
    expect(await countRows(t, 'document', 'id = $1 and client_id = $2', [photo.id, b])).toBe(1);
    expect((await giulia.ok(DOCS, { id: a })).client.documents).toEqual([]);
    expect((await giulia.ok(DOCS, { id: b })).client.documents.map((d: { id: string }) => d.id)).toEqual([photo.id]);
    expect(await countRows(t, 'audit_event', `entity_type = 'StoredDocument' and entity_id = $1 and action = 'update' and after->>'clientId' = $2`, [photo.id, b])).toBe(1);
  });

  it("moves the policy's documents to the new client, audited", async () => {
    const a = await newClient();
    const b = await newClient();
    const input = policyInput({ clientId: a, insurerId: refs.insurerId, lineId: refs.lines.motor_liability });
    const policy = (await marco.ok(CREATE_POLICY, { input })).createPolicy;
    const doc = await uploadDocument(t, giulia, { ownerType: 'policy', ownerId: policy.id, category: 'contract', fileName: 'polizza.pdf' });
    const { status: _status, ...rest } = input;
    await marco.ok(UPDATE_POLICY, { id: policy.id, input: { ...rest, clientId: b } });
    expect(await countRows(t, 'document', 'id = $1 and client_id = $2', [doc.id, b])).toBe(1);
    expect((await giulia.ok(DOCS, { id: a })).client.documents).toEqual([]);
    expect(await countRows(t, 'audit_event', `entity_type = 'StoredDocument' and entity_id = $1 and action = 'update' and after->>'clientId' = $2`, [doc.id, b])).toBe(1);
  });
});

describe('the client of a policy or a claim, for someone without clients:view', () => {
  it("shows whose policy and claim it is (id, name) but refuses the card's personal areas with FORBIDDEN", async () => {
    const person = italianPerson();
    const c = (await createClient(marco, person)).id as string;
    const policy = await newPolicy(c);
    const claim = (await marco.ok(REPORT, { input: claimInput(c) })).reportClaim;
    const email = person.contacts[0].value;
    const { roles } = await giulia.ok<{ roles: Array<{ id: string; name: string; template: string | null; rights: string[] }> }>('{ roles { id name template rights } }');
    const role = roles.find((r) => r.template === 'accountant')!;
    const setRights = (rights: string[]) =>
      giulia.ok('mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }', { id: role.id, n: role.name, r: rights });
    await setRights([...role.rights.filter((x) => !x.startsWith('clients:')), 'claims:view']);
    try {
      const names = await laura.ok(`query($p: ID!, $c: ID!) { policy(id: $p) { client { id displayName fullName } } claim(id: $c) { client { id displayName } } }`, { p: policy.id, c: claim.id });
      expect(names.policy.client.id).toBe(c);
      expect(names.claim.client.id).toBe(c);
      expect(names.policy.client.displayName).toBeTruthy();
      for (const field of ['addresses { line1 }', 'contacts { value }', 'bankAccounts { iban }', 'identityDocuments { number }', 'documents { id }', 'sentEmails { id }', 'serviceEntries { id }', 'legalHolds { reason }']) {
        const r = await laura.gql(`query($p: ID!) { policy(id: $p) { client { id ${field} } } }`, { p: policy.id });
        expect(r.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
        expect(JSON.stringify(r), field).not.toContain('Via Toledo');
        expect(JSON.stringify(r), field).not.toContain('IT60X0542811101000000123456');
      }
      // the card's personal columns too: birth, tax id, family and working life, legal representative, why hidden
      for (const field of ['taxCode', 'birthDate', 'birthPlace', 'birthProvince', 'birthCountry', 'gender', 'citizenship', 'noLocalTaxIdReason', 'maritalStatus', 'occupation', 'employer', 'legalRepresentativeName', 'hiddenReason']) {
        const r = await laura.gql(`query($c: ID!) { claim(id: $c) { client { id displayName ${field} } } }`, { c: claim.id });
        expect(r.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
        expect(r.errors?.[0]?.path, field).toEqual(['claim', 'client', field]);
        expect(JSON.stringify(r), field).not.toContain(person.taxCode);
        expect(JSON.stringify(r), field).not.toContain(person.birthDate);
      }
      const mail = await laura.gql(`query($c: ID!) { claim(id: $c) { client { id preferredEmail } } }`, { c: claim.id });
      expect(mail.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(mail)).not.toContain(email);
    } finally {
      await setRights(role.rights);
    }
    // with clients:view again she reads them
    expect((await laura.ok(`query($p: ID!) { policy(id: $p) { client { contacts { value } } } }`, { p: policy.id })).policy.client.contacts.map((k: { value: string }) => k.value)).toContain(email);
    expect((await laura.ok(`query($p: ID!) { policy(id: $p) { client { taxCode birthDate } } }`, { p: policy.id })).policy.client).toEqual({ taxCode: person.taxCode, birthDate: person.birthDate });
  });
});
