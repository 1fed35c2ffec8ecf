import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, fieldsOf, italianPerson } from './clients-helpers.js';

/** Issue #8 §3: texts in the company's or the reader's language (merge note, role names) and links to another company's card. */

let t: TestPlatform;
let agent: GqlClient;
let elena: GqlClient;
let sanne: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  elena = await signedIn(t, USERS.both);
  sanne = await signedIn(t, USERS.vdbergAgent);
});
afterAll(async () => t?.stop());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MERGE = `mutation($s: ID!, $t: ID!) { mergeClients(sourceId: $s, targetId: $t) { id addresses { kind label } serviceEntries { kind subject body } } }`;
const LOCATE = `query($id: ID!) { clientLocation(id: $id) { code } }`;

describe('merge note', () => {
  it('the merge note is in the company language (Italian) and names the merged card by name and tax code, with no internal id', async () => {
    const target = await createClient(agent, italianPerson());
    const source = await createClient(agent, italianPerson({ taxCode: target.taxCode, firstName: target.firstName, gender: target.gender, birthDate: target.birthDate }), true);
    const merged = (await agent.ok(MERGE, { s: source.id, t: target.id })).mergeClients;
    const note = merged.serviceEntries.find((e: { kind: string }) => e.kind === 'EVENT');
    expect(note.subject).toBe(`Scheda "${source.displayName}" (codice fiscale ${source.taxCode}) unita a questa scheda`);
    expect(note.body).toContain(`codice fiscale ${source.taxCode}`);
    expect(note.body).toContain('residente a Napoli');
    expect(`${note.subject} ${note.body}`).not.toMatch(UUID);
    expect(`${note.subject} ${note.body}`).not.toMatch(/Merged card/);
    // the merged card's residence, kept as another address, is labelled in Italian too
    expect(merged.addresses).toContainEqual({ kind: 'OTHER', label: 'Residenza (scheda unita)' });
  });

  it('the merge note of two cards without tax id or birth date is in Dutch in a Dutch company and tells the card by its city', async () => {
    const base = { ...DUTCH_PERSON, taxCode: null, noLocalTaxId: true, noLocalTaxIdReason: 'Onbekend', birthDate: null, identityDocuments: [], bankAccounts: [], contacts: [] };
    const target = await createClient(sanne, { ...base, firstName: 'Kees', lastName: 'Bakker' }, true);
    const source = await createClient(sanne, { ...base, firstName: 'Kees', lastName: 'Bakker', addresses: [{ kind: 'RESIDENCE', line1: 'Coolsingel 1', postalCode: '3011AD', city: 'Rotterdam', country: 'NL' }] }, true);
    const merged = (await sanne.ok(MERGE, { s: source.id, t: target.id })).mergeClients;
    const note = merged.serviceEntries.find((e: { kind: string }) => e.kind === 'EVENT');
    expect(note.subject).toBe(`Kaart "${source.displayName}" (wonend in Rotterdam) samengevoegd met deze kaart`);
    expect(`${note.subject} ${note.body}`).not.toMatch(UUID);
  });
});

describe('role names', () => {
  it("template roles of the Italian and Dutch companies are named in the company's language; me tells each role's template", async () => {
    const me = (await elena.ok('{ me { roleName roleTemplate companies { company { code } roleName roleTemplate } } }')).me;
    expect(me.companies.map((c: { company: { code: string }; roleName: string; roleTemplate: string }) => `${c.company.code}:${c.roleName}:${c.roleTemplate}`).sort()).toEqual([
      'ROSSI:Agente:agent',
      'VDBERG:Alleen lezen:read_only',
    ]);
    expect(me).toMatchObject({ roleName: 'Agente', roleTemplate: 'agent' });
    const roles = (await signedIn(t, USERS.vdbergAdmin)).ok('{ roles { name template } }');
    expect((await roles).roles.map((r: { name: string }) => r.name).sort()).toEqual(['Agent', 'Alleen lezen', 'Beheerder', 'Boekhouder', 'Schadebehandelaar']);
  });
});

describe('a link to another company’s card', () => {
  it('clientLocation names the holding company only to a user who may enter it; to anyone else it answers as for an id that exists nowhere', async () => {
    const dutch = await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782', contacts: [], bankAccounts: [] }, true);
    const italian = await createClient(agent, italianPerson());
    // elena works in ROSSI and may view clients in VDBERG: both cards are located, wherever she is
    expect((await elena.ok(LOCATE, { id: dutch.id })).clientLocation).toEqual({ code: 'VDBERG' });
    expect((await elena.ok(LOCATE, { id: italian.id })).clientLocation).toEqual({ code: 'ROSSI' });
    // marco (ROSSI only) and sanne (VDBERG only) learn nothing about the other company's card
    expect((await agent.ok(LOCATE, { id: dutch.id })).clientLocation).toBeNull();
    expect((await sanne.ok(LOCATE, { id: italian.id })).clientLocation).toBeNull();
    expect((await agent.ok(LOCATE, { id: '00000000-0000-4000-8000-000000000000' })).clientLocation).toBeNull();
    // the card itself stays out of reach
    expect(await agent.code(`query($id: ID!) { client(id: $id) { id } }`, { id: dutch.id })).toBe('NOT_FOUND');
    // bad input names the field; no session, no answer
    const bad = await agent.gql(LOCATE, { id: 'not-an-id' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['id']);
    expect(await t.client().code(LOCATE, { id: dutch.id })).toBe('UNAUTHENTICATED');
  });

  it('after the look-up the request stays in the active company', async () => {
    const dutch = await createClient(sanne, { ...DUTCH_PERSON, taxCode: '111222333', contacts: [], bankAccounts: [] }, true);
    const r = await elena.ok(`query($id: ID!) { clientLocation(id: $id) { code } me { company { code } } clients(first: 200) { items { id } } }`, { id: dutch.id });
    expect(r.clientLocation).toEqual({ code: 'VDBERG' });
    expect(r.me.company.code).toBe('ROSSI');
    expect(r.clients.items.map((c: { id: string }) => c.id)).not.toContain(dutch.id);
  });
});
