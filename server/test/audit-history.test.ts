import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, italianPerson } from './clients-helpers.js';

/**
 * BASE-7 read by a person: each audit row names its subject (the client, also for its addresses,
 * contacts, bank accounts…) and lists its changes field by field; a card's History is its own rows
 * only, in its own company, for those who may view clients.
 */

let t: TestPlatform;
let agent: GqlClient; // ROSSI agent: clients:view/edit, no base rights
let admin: GqlClient; // ROSSI administrator
let accountant: GqlClient; // ROSSI accountant: clients:view only
let vdberg: GqlClient; // VDBERG agent
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  admin = await signedIn(t, USERS.rossiAdmin);
  accountant = await signedIn(t, USERS.rossiAccountant);
  vdberg = await signedIn(t, USERS.vdbergAgent);
});
afterAll(async () => t?.stop());

interface Row {
  seq: string;
  action: string;
  entityType: string;
  userEmail: string | null;
  subject: { type: string; id: string; displayName: string | null; deleted: boolean } | null;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}
const ROW = 'seq action entityType userEmail subject { type id displayName deleted } changes { field before after }';
const TRAIL = `query($id: ID!, $first: Int, $after: String) { clientAuditTrail(clientId: $id, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { ${ROW} } } }`;
const CONTACTS = `mutation($id: ID!, $c: [ContactInput!]!) { setClientContacts(id: $id, contacts: $c) { contacts { id kind value preferred } } }`;

async function trail(who: GqlClient, id: string): Promise<Row[]> {
  return (await who.ok<{ clientAuditTrail: { nodes: Row[] } }>(TRAIL, { id, first: 500 })).clientAuditTrail.nodes;
}

/** Changes the client's phone in place (same contact row), as the card's contacts form does. */
async function changePhone(who: GqlClient, card: Record<string, any>, phone: string) {
  const contacts = card.contacts.map((k: { id: string; kind: string; value: string; preferred: boolean }) => ({ id: k.id, kind: k.kind, value: k.kind === 'PHONE' ? phone : k.value, preferred: k.preferred }));
  return (await who.ok(CONTACTS, { id: card.id, c: contacts })).setClientContacts.contacts;
}

describe('what each audit row says (subject and changes)', () => {
  it("an edited phone is one update row of the contact, naming the client and the value before → after", async () => {
    const card = await createClient(agent, italianPerson());
    const oldPhone = card.contacts.find((k: { kind: string }) => k.kind === 'PHONE').value;
    const [phone] = (await changePhone(agent, card, '+39 347 555 0101')).filter((k: { kind: string }) => k.kind === 'PHONE');
    const [latest] = await trail(agent, card.id);
    expect(latest).toMatchObject({ action: 'update', entityType: 'ClientContact', userEmail: USERS.rossiAgent, subject: { type: 'client', id: card.id, displayName: card.displayName, deleted: false } });
    expect(latest.changes).toEqual(expect.arrayContaining([{ field: 'value', before: oldPhone, after: phone.value }]));
    // only what changed: not the kind, the client or the company
    expect(latest.changes.map((c) => c.field)).not.toContain('kind');
    expect(latest.changes.map((c) => c.field)).not.toContain('client');
  });

  it('a creation lists the values set (no before) and names the card; child rows name it too', async () => {
    const card = await createClient(agent, italianPerson());
    const rows = await trail(agent, card.id);
    const created = rows.find((r) => r.entityType === 'Client' && r.action === 'create')!;
    expect(created).toBeTruthy();
    expect(created.subject).toMatchObject({ id: card.id, displayName: card.displayName });
    expect(created.changes).toEqual(expect.arrayContaining([{ field: 'firstName', before: null, after: card.firstName }]));
    expect(created.changes.every((c) => c.before === null && c.after !== null)).toBe(true);
    const types = new Set(rows.map((r) => r.entityType));
    for (const child of ['ClientAddress', 'ClientContact', 'ClientBankAccount', 'IdentityDocument']) expect(types, child).toContain(child);
    expect(rows.every((r) => r.subject?.id === card.id && r.subject?.displayName === card.displayName)).toBe(true);
  });

  it('the company-wide trail names the client of a child row too; rows of other records have no subject', async () => {
    const card = await createClient(agent, italianPerson());
    await changePhone(agent, card, '+39 347 555 0202');
    const r = await admin.ok<{ auditEvents: { nodes: Row[] } }>(`{ auditEvents(first: 50) { nodes { ${ROW} } } }`);
    const contact = r.auditEvents.nodes.find((n) => n.entityType === 'ClientContact' && n.action === 'update')!;
    expect(contact.subject).toMatchObject({ type: 'client', id: card.id, displayName: card.displayName });
    await admin.ok('mutation { createRole(input: { name: "Subjectless", rights: [] }) { id } }');
    const roles = await admin.ok<{ auditEvents: { nodes: Row[] } }>(`{ auditEvents(first: 5, filter: { entityType: "Role" }) { nodes { ${ROW} } } }`);
    expect(roles.auditEvents.nodes[0].subject).toBeNull();
  });

  it('a deleted card keeps its name in the trail and is marked deleted', async () => {
    const card = await createClient(agent, italianPerson());
    expect((await admin.ok(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: card.id })).deleteClient).toBe(true);
    const r = await admin.ok<{ auditEvents: { nodes: Row[] } }>(`query($id: String) { auditEvents(filter: { entityId: $id }) { nodes { ${ROW} } } }`, { id: card.id });
    const deleted = r.auditEvents.nodes.find((n) => n.action === 'delete')!;
    expect(deleted.subject).toEqual({ type: 'client', id: card.id, displayName: card.displayName, deleted: true });
    expect(deleted.changes).toEqual(expect.arrayContaining([{ field: 'displayName', before: card.displayName, after: null }]));
  });
});

describe("a card's History (clientAuditTrail)", () => {
  it("holds the card's rows and its areas' rows only, newest first, paged", async () => {
    const a = await createClient(agent, italianPerson());
    const b = await createClient(agent, italianPerson());
    await changePhone(agent, a, '+39 347 555 0303');
    await changePhone(agent, b, '+39 347 555 0404');
    const rows = await trail(agent, a.id);
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.every((r) => r.subject?.id === a.id)).toBe(true);
    const seqs = rows.map((r) => Number(r.seq));
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
    expect(rows.length).toBe(
      await countRows(t, 'audit_event', `(entity_type = 'Client' and entity_id = $1) or after->>'client' = $1 or before->>'client' = $1 or after->>'clientId' = $1`, [a.id]),
    );
    const p1 = (await agent.ok(TRAIL, { id: a.id, first: 2 })).clientAuditTrail;
    expect(p1).toMatchObject({ totalCount: rows.length, hasNextPage: true });
    const p2 = (await agent.ok(TRAIL, { id: a.id, first: 2, after: p1.endCursor })).clientAuditTrail;
    expect(p2.nodes.map((n: Row) => n.seq)).toEqual(rows.slice(2, 4).map((r) => r.seq));
  });

  it('is readable with clients:view alone (the accountant), refused without it', async () => {
    const card = await createClient(agent, italianPerson());
    expect((await trail(accountant, card.id)).length).toBeGreaterThan(0);
    // the same person once the role loses clients:view
    const { roles } = await admin.ok<{ roles: Array<{ id: string; name: string; template: string | null; rights: string[] }> }>('{ roles { id name template rights } }');
    const role = roles.find((r) => r.template === 'accountant')!;
    await admin.ok('mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }', { id: role.id, n: role.name, r: role.rights.filter((x) => !x.startsWith('clients:')) });
    try {
      expect(await accountant.code(TRAIL, { id: card.id })).toBe('FORBIDDEN');
    } finally {
      await admin.ok('mutation($id: ID!, $n: String!, $r: [String!]!) { updateRole(id: $id, input: { name: $n, rights: $r }) { id } }', { id: role.id, n: role.name, r: role.rights });
    }
    const visitor = t.client();
    expect(await visitor.code(TRAIL, { id: card.id })).toBe('UNAUTHENTICATED');
  });

  it("another company's card answers NOT_FOUND and shows none of its rows", async () => {
    const v = await createClient(vdberg, {
      kind: 'PERSON', firstName: 'Joost', lastName: 'Bakker', noLocalTaxId: true, noLocalTaxIdReason: 'Lives abroad',
      contacts: [{ kind: 'PHONE', value: '020 765 4321' }],
    });
    const r = await agent.gql(TRAIL, { id: v.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.data?.clientAuditTrail ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain('Bakker');
    expect((await trail(vdberg, v.id)).length).toBeGreaterThan(0);
  });

  it('refuses bad paging arguments naming them', async () => {
    const card = await createClient(agent, italianPerson());
    for (const [vars, field] of [
      [{ id: card.id, first: 0 }, 'first'],
      [{ id: card.id, first: 501 }, 'first'],
      [{ id: card.id, after: 'x1' }, 'after'],
    ] as const) {
      const r = await agent.gql(TRAIL, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual([field]);
    }
  });
});

describe("an erased card's History (GDPR, CL-5)", () => {
  it('withholds the values the erasure removed: the old phone and name are not shown again', async () => {
    const card = await createClient(agent, italianPerson());
    const phone = card.contacts.find((k: { kind: string }) => k.kind === 'PHONE').value;
    await admin.ok(`mutation($id: ID!, $r: String!) { eraseClient(id: $id, reason: $r) { id } }`, { id: card.id, r: 'Request 2026/99' });
    const rows = await trail(agent, card.id);
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(card.taxCode);
    expect(text).not.toContain(card.firstName + '"');
    expect(rows.every((r) => r.subject?.id === card.id)).toBe(true);
    const created = rows.find((r) => r.entityType === 'ClientContact' && r.action === 'create')!;
    expect(created.changes.find((c) => c.field === 'value')).toEqual({ field: 'value', before: null, after: '[redacted]' });
  });
});
