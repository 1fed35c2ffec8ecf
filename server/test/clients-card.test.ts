import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { CARD, CREATE, DUTCH_PERSON, countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';

let t: TestPlatform;
let agent: GqlClient;
let accountant: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  accountant = await signedIn(t, USERS.rossiAccountant);
});
afterAll(async () => t?.stop());

describe('creating a card (CL-1, CL-2, CL-3)', () => {
  it('an agent creates a natural person with every area; values come back normalized', async () => {
    const input = italianPerson({ taxCode: undefined });
    const { computeCodiceFiscale } = await import('@agency/shared');
    input.taxCode = computeCodiceFiscale({ firstName: String(input.firstName), lastName: 'Esposito', gender: input.gender as 'M' | 'F', birthDate: String(input.birthDate), birthPlace: 'Napoli', birthProvince: 'NA' }).toLowerCase();
    const c = await createClient(agent, input);
    expect(c).toMatchObject({ kind: 'PERSON', status: 'ACTIVE', displayName: `Esposito ${input.firstName}`, taxCountry: 'IT', taxCode: String(input.taxCode).toUpperCase() });
    expect(c.addresses).toHaveLength(1);
    expect(c.contacts.map((x: { value: string; preferred: boolean }) => [x.value.startsWith('+39333123'), x.preferred])).toEqual([[false, true], [true, true]]);
    expect(c.preferredPhone).toMatch(/^\+39333123\d{4}$/);
    expect(c.bankAccounts[0]).toMatchObject({ iban: 'IT60X0542811101000000123456', preferred: true, sepaMandateDate: '2024-01-15' });
    expect(c.identityDocuments[0]).toMatchObject({ type: 'IDENTITY_CARD', expiryDate: '2031-05-01' });
    expect(c.residence.city).toBe('Napoli');
  });

  it('a legal entity needs legal name, legal form and a VAT number (checked by stdnum and jsvat)', async () => {
    const bad = await agent.gql(CREATE, { input: { kind: 'ENTITY' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['legalForm', 'legalName', 'vatNumber']);
    const wrongVat = await agent.gql(CREATE, { input: { kind: 'ENTITY', legalName: 'Ferramenta Srl', legalForm: 'S.r.l.', vatNumber: '00743110158' } });
    expect(fieldsOf(wrongVat)).toEqual(['vatNumber']);
    const e = await createClient(agent, {
      kind: 'ENTITY',
      legalName: 'Ferramenta Esposito S.r.l.',
      legalForm: 'S.r.l.',
      vatNumber: '00743110157',
      activity: { registryNumber: 'NA-123456', activityCode: '47.52.10', activityDescription: 'Ferramenta' },
    });
    expect(e).toMatchObject({ kind: 'ENTITY', displayName: 'Ferramenta Esposito S.r.l.', vatNumber: 'IT00743110157', activityCode: '47.52.10', firstName: null });
  });

  it('a foreigner without a local tax id is marked explicitly, with a reason (CL-3)', async () => {
    const missing = await agent.gql(CREATE, { input: { kind: 'PERSON', firstName: 'John', lastName: 'Smith' } });
    expect(fieldsOf(missing)).toEqual(['taxCode']);
    const noReason = await agent.gql(CREATE, { input: { kind: 'PERSON', firstName: 'John', lastName: 'Smith', noLocalTaxId: true } });
    expect(fieldsOf(noReason)).toEqual(['noLocalTaxIdReason']);
    const c = await createClient(agent, { kind: 'PERSON', firstName: 'John', lastName: 'Smith', noLocalTaxId: true, noLocalTaxIdReason: 'UK citizen, no codice fiscale yet', citizenship: 'GB' });
    expect(c).toMatchObject({ noLocalTaxId: true, taxCode: null, noLocalTaxIdReason: 'UK citizen, no codice fiscale yet' });
  });

  it('checks the codice fiscale against name, birth date and place, naming each field', async () => {
    const input = italianPerson();
    const r = await agent.gql(CREATE, { input: { ...input, firstName: 'Zeno', birthDate: '1981-03-02', birthPlace: 'Milano', birthProvince: 'MI' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['birthDate', 'birthPlace', 'firstName']);
  });

  it('a bad value deep in an area names its path; nothing is half-saved', async () => {
    const before = await countRows(t, 'client');
    const input = italianPerson({
      bankAccounts: [{ iban: 'IT60X0542811101000000123457', holder: 'X' }],
      contacts: [{ kind: 'EMAIL', value: 'not-an-email' }],
      addresses: [{ kind: 'RESIDENCE', line1: 'Via Roma 1', postalCode: '801', city: 'Napoli' }],
    });
    const r = await agent.gql(CREATE, { input });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['addresses.0.postalCode', 'bankAccounts.0.iban', 'contacts.0.value']);
    expect(r.errors?.[0]?.message).not.toMatch(/select|insert|stack|\.ts/i);
    expect(await countRows(t, 'client')).toBe(before);
  });

  it('Dutch clients: BSN (11-proof), Dutch postal code and phone in a Dutch session', async () => {
    const sanne = await signedIn(t, USERS.vdbergAgent);
    const c = await createClient(sanne, DUTCH_PERSON);
    expect(c).toMatchObject({ taxCountry: 'NL', taxCode: '111222333', preferredPhone: '+31201234567' });
    expect(c.addresses[0].postalCode).toBe('1015 CJ');
    const bad = await sanne.gql(CREATE, { input: { ...DUTCH_PERSON, taxCode: '111222334' } });
    expect(fieldsOf(bad)).toEqual(['taxCode']);
  });

  it('the accountant may view but not create (clients:create)', async () => {
    expect(await accountant.code(CREATE, { input: italianPerson() })).toBe('FORBIDDEN');
    expect((await accountant.ok('{ clients { total } }')).clients.total).toBeGreaterThan(0);
  });
});

describe('duplicates (CL-7)', () => {
  it('warns on the same tax id, VAT or e-mail with the candidates; creates when confirmed', async () => {
    const first = await createClient(agent, italianPerson());
    const again = italianPerson({ taxCode: first.taxCode, firstName: first.firstName, gender: first.gender, birthDate: first.birthDate, contacts: [{ kind: 'EMAIL', value: first.contacts[0].value.toUpperCase() }] });
    const r = await agent.gql(CREATE, { input: again });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0]?.extensions?.duplicates).toEqual([{ id: first.id, displayName: first.displayName, status: 'ACTIVE', matchedOn: ['email', 'taxCode'] }]);
    const hint = await agent.ok('query($i: DuplicateCheckInput!) { clientDuplicates(input: $i) { client { id } matchedOn } }', { i: { taxCode: first.taxCode.toLowerCase() } });
    expect(hint.clientDuplicates).toEqual([{ client: { id: first.id }, matchedOn: ['taxCode'] }]);
    const forced = await createClient(agent, again, true);
    expect(forced.id).not.toBe(first.id);
  });
});

describe('updating area by area', () => {
  let id: string;
  beforeAll(async () => {
    id = (await createClient(agent, italianPerson())).id;
  });

  it('registry: the kind stays; a wrong codice fiscale is refused and nothing changes', async () => {
    const r = await agent.gql(`mutation($id: ID!, $i: ClientRegistryInput!) { updateClientRegistry(id: $id, input: $i) { id } }`, { id, i: { firstName: 'Mario', lastName: 'Esposito', taxCode: 'RSSMRA85T10H501X' } });
    expect(fieldsOf(r)).toEqual(['taxCode']);
    const ok = await agent.ok(`mutation($id: ID!, $i: ClientRegistryInput!) { updateClientRegistry(id: $id, input: $i) { kind displayName noLocalTaxId } }`, {
      id,
      i: { firstName: 'Pierre', lastName: 'Dubois', noLocalTaxId: true, noLocalTaxIdReason: 'French citizen' },
    });
    expect(ok.updateClientRegistry).toEqual({ kind: 'PERSON', displayName: 'Dubois Pierre', noLocalTaxId: true });
  });

  it('addresses: update, add, remove by id; one residence', async () => {
    const card = await agent.ok(`query($id: ID!) { client(id: $id) { addresses { id } } }`, { id });
    const [res] = card.client.addresses;
    const two = await agent.gql(`mutation($id: ID!, $a: [AddressInput!]!) { setClientAddresses(id: $id, addresses: $a) { id } }`, {
      id,
      a: [{ id: res.id, kind: 'RESIDENCE', line1: 'Via Chiaia 5', postalCode: '80121', city: 'Napoli' }, { kind: 'RESIDENCE', line1: 'Via B 1', postalCode: '80121', city: 'Napoli' }],
    });
    expect(fieldsOf(two)).toEqual(['addresses.1.kind']);
    const r = await agent.ok(`mutation($id: ID!, $a: [AddressInput!]!) { setClientAddresses(id: $id, addresses: $a) { addresses { id kind line1 } } }`, {
      id,
      a: [
        { kind: 'RESIDENCE', line1: 'Via Nuova 2', postalCode: '80121', city: 'Napoli' },
        { id: res.id, kind: 'RISK', label: 'Shop', line1: 'Via Chiaia 5', postalCode: '80121', city: 'Napoli' },
      ],
    });
    expect(r.setClientAddresses.addresses.map((a: { kind: string }) => a.kind)).toEqual(['RESIDENCE', 'RISK']);
    expect(r.setClientAddresses.addresses[1].id).toBe(res.id);
  });

  it('contacts: the preferred flag moves from one e-mail to another', async () => {
    const r = await agent.ok(`mutation($id: ID!, $c: [ContactInput!]!) { setClientContacts(id: $id, contacts: $c) { contacts { id value preferred } } }`, {
      id,
      c: [{ kind: 'EMAIL', value: 'uno@example.it', preferred: true }, { kind: 'EMAIL', value: 'due@example.it' }, { kind: 'PEC', value: 'pec@pec.example.it' }],
    });
    const [a, b] = r.setClientContacts.contacts;
    const swapped = await agent.ok(`mutation($id: ID!, $c: [ContactInput!]!) { setClientContacts(id: $id, contacts: $c) { preferredEmail contacts { value preferred } } }`, {
      id,
      c: [{ id: a.id, kind: 'EMAIL', value: a.value }, { id: b.id, kind: 'EMAIL', value: b.value, preferred: true }],
    });
    expect(swapped.setClientContacts.preferredEmail).toBe('due@example.it');
    const two = await agent.gql(`mutation($id: ID!, $c: [ContactInput!]!) { setClientContacts(id: $id, contacts: $c) { id } }`, {
      id,
      c: [{ kind: 'EMAIL', value: 'x@example.it', preferred: true }, { kind: 'EMAIL', value: 'y@example.it', preferred: true }],
    });
    expect(fieldsOf(two)).toEqual(['contacts.1.preferred']);
    const phone = await agent.gql(`mutation($id: ID!, $c: [ContactInput!]!) { setClientContacts(id: $id, contacts: $c) { id } }`, { id, c: [{ kind: 'PHONE', value: '12' }] });
    expect(fieldsOf(phone)).toEqual(['contacts.0.value']);
    const after = await agent.ok(`query($id: ID!) { client(id: $id) { contacts { value } } }`, { id });
    expect(after.client.contacts.map((c: { value: string }) => c.value)).toEqual(['uno@example.it', 'due@example.it']);
  });

  it('bank accounts: IBAN and BIC checked, SEPA mandate needs its date', async () => {
    const r = await agent.gql(`mutation($id: ID!, $b: [BankAccountInput!]!) { setClientBankAccounts(id: $id, bankAccounts: $b) { id } }`, {
      id,
      b: [{ iban: 'DE89370400440532013000', holder: 'P. Dubois', bic: 'XX', sepaMandateRef: 'M-1' }],
    });
    expect(fieldsOf(r)).toEqual(['bankAccounts.0.bic', 'bankAccounts.0.sepaMandateDate']);
    const ok = await agent.ok(`mutation($id: ID!, $b: [BankAccountInput!]!) { setClientBankAccounts(id: $id, bankAccounts: $b) { bankAccounts { iban bic preferred } } }`, {
      id,
      b: [{ iban: 'de89 3704 0044 0532 0130 00', holder: 'P. Dubois', bic: 'COBADEFFXXX', sepaMandateRef: 'M-1', sepaMandateDate: '2025-02-01' }],
    });
    expect(ok.setClientBankAccounts.bankAccounts).toEqual([{ iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', preferred: true }]);
  });

  it('identity documents: dates in order', async () => {
    const r = await agent.gql(`mutation($id: ID!, $d: [IdentityDocumentInput!]!) { setClientIdentityDocuments(id: $id, identityDocuments: $d) { id } }`, {
      id,
      d: [{ type: 'PASSPORT', number: 'YA1234567', issuer: 'Questura di Napoli', issueDate: '2022-01-01', expiryDate: '2021-01-01' }],
    });
    expect(fieldsOf(r)).toEqual(['identityDocuments.0.expiryDate']);
    const ok = await agent.ok(`mutation($id: ID!, $d: [IdentityDocumentInput!]!) { setClientIdentityDocuments(id: $id, identityDocuments: $d) { identityDocuments { type number } } }`, {
      id,
      d: [{ type: 'PASSPORT', number: 'ya1234567', issuer: 'Questura di Napoli', issueDate: '2022-01-01', expiryDate: '2032-01-01' }],
    });
    expect(ok.setClientIdentityDocuments.identityDocuments).toEqual([{ type: 'PASSPORT', number: 'YA1234567' }]);
  });

  it('family: household members may be clients of the same company', async () => {
    const spouse = await createClient(agent, italianPerson());
    const setFamily = `mutation($id: ID!, $f: FamilyInput!) { setClientFamily(id: $id, family: $f) { id } }`;
    expect(fieldsOf(await agent.gql(setFamily, { id, f: { members: [{ relation: 'CHILD' }] } }))).toEqual(['family.members.0.name']);
    expect(fieldsOf(await agent.gql(setFamily, { id, f: { members: [{ relation: 'CHILD', name: 'A' }, { relation: 'SPOUSE', memberClientId: id }] } }))).toEqual(['family.members.1.memberClientId']);
    // Asks for the member's name too: a regression guard — a partially loaded row (the reference check
    // reads only id/kind) must never be served to a field resolver as if it were complete.
    const ok = await agent.ok(`mutation($id: ID!, $f: FamilyInput!) { setClientFamily(id: $id, family: $f) { maritalStatus household { name relation memberClient { id displayName } } } }`, {
      id,
      f: { maritalStatus: 'MARRIED', members: [{ relation: 'SPOUSE', memberClientId: spouse.id }, { relation: 'CHILD', name: 'Luca Dubois', birthDate: '2015-06-01', dependent: true }] },
    });
    expect(ok.setClientFamily.maritalStatus).toBe('MARRIED');
    expect([...ok.setClientFamily.household].sort((a: { relation: string }, b: { relation: string }) => a.relation.localeCompare(b.relation))).toEqual([
      { name: 'Luca Dubois', relation: 'CHILD', memberClient: null },
      { name: null, relation: 'SPOUSE', memberClient: { id: spouse.id, displayName: expect.any(String) } },
    ]);
  });

  it('activity: ATECO / NACE code format; legal representative must be a person', async () => {
    const entity = await createClient(agent, { kind: 'ENTITY', legalName: 'Dubois SAS', legalForm: 'SAS', vatNumber: 'FR40303265045' });
    const setActivity = `mutation($id: ID!, $a: ActivityInput!) { setClientActivity(id: $id, activity: $a) { id } }`;
    expect(fieldsOf(await agent.gql(setActivity, { id: entity.id, a: { activityCode: '6622' } }))).toEqual(['activity.activityCode']);
    expect(fieldsOf(await agent.gql(setActivity, { id: entity.id, a: { legalRepresentativeId: entity.id } }))).toEqual(['activity.legalRepresentativeId']);
    const ok = await agent.ok(`mutation($id: ID!, $a: ActivityInput!) { setClientActivity(id: $id, activity: $a) { activityCode legalRepresentative { id } } }`, {
      id: entity.id,
      a: { activityCode: '66.22', legalRepresentativeId: id },
    });
    expect(ok.setClientActivity).toEqual({ activityCode: '66.22', legalRepresentative: { id } });
  });

  it('the accountant cannot edit (clients:edit)', async () => {
    expect(await accountant.code(`mutation($id: ID!) { setClientContacts(id: $id, contacts: []) { id } }`, { id })).toBe('FORBIDDEN');
  });

  it('every change is in the audit trail', async () => {
    const n = await countRows(t, 'audit_event', `entity_type = 'ClientContact'`);
    expect(n).toBeGreaterThan(0);
  });
});

describe('the list page', () => {
  const LIST = `query($first: Int!, $offset: Int!, $filter: ClientFilterInput) {
    clients(first: $first, offset: $offset, filter: $filter) { total items { id kind status displayName preferredEmail preferredPhone residence { line1 postalCode city } } } }`;

  /** What the page must show, read by the superuser straight from the tables. */
  async function expected(where: string, order: string, limit: number, offset: number) {
    const su = await t.superuser();
    try {
      const { rows: [company] } = await su.query(`select id from company where code = 'ROSSI'`);
      const total = Number((await su.query(`select count(*) from client where company_id = $1 and ${where}`, [company.id])).rows[0].count);
      const page = await su.query(
        `select c.id, c.display_name,
                (select value from client_contact k where k.client_id = c.id and k.kind = 'email' and k.preferred) as email,
                (select value from client_contact k where k.client_id = c.id and k.kind = 'phone' and k.preferred) as phone,
                (select city from client_address a where a.client_id = c.id and a.kind = 'residence' order by position limit 1) as city
           from client c where c.company_id = $1 and ${where} order by ${order} limit $2 offset $3`,
        [company.id, limit, offset],
      );
      return { total, rows: page.rows };
    } finally {
      await su.end();
    }
  }

  it('rows by name with preferred e-mail, phone and residence, and the total, as in the tables', async () => {
    const r = await agent.ok(LIST, { first: 5, offset: 2 });
    const want = await expected(`status in ('prospect', 'active')`, 'display_name, id', 5, 2);
    expect(r.clients.total).toBe(want.total);
    expect(r.clients.items.map((c: any) => [c.id, c.displayName, c.preferredEmail, c.preferredPhone, c.residence?.city ?? null])).toEqual(
      want.rows.map((w) => [w.id, w.display_name, w.email, w.phone, w.city]),
    );
    expect(want.rows.filter((w) => w.email && w.city).length).toBeGreaterThan(0);
  });

  it('filters by kind, sorts newest first, and past the end gives no rows but the total', async () => {
    const entities = await agent.ok(LIST, { first: 50, offset: 0, filter: { kind: 'ENTITY', sort: 'NEWEST' } });
    const want = await expected(`status in ('prospect', 'active') and kind = 'entity'`, 'created_at desc, id desc', 50, 0);
    expect(entities.clients.items.map((c: { id: string }) => c.id)).toEqual(want.rows.map((w) => w.id));
    expect(entities.clients.items.every((c: { kind: string }) => c.kind === 'ENTITY')).toBe(true);
    const past = await agent.ok(LIST, { first: 50, offset: 10_000 });
    expect(past.clients.items).toEqual([]);
    expect(past.clients.total).toBe((await expected(`status in ('prospect', 'active')`, 'id', 1, 0)).total);
  });

  it('reads only what is asked (aliases, fragments), with the same answers as the whole row', async () => {
    const full = await agent.ok(LIST, { first: 10, offset: 0 });
    const narrow = await agent.ok(`{ clients(first: 10) { total items { ...F name: displayName } } } fragment F on Client { id preferredEmail }`);
    expect(narrow.clients.total).toBe(full.clients.total);
    expect(narrow.clients.items).toEqual(full.clients.items.map((c: any) => ({ id: c.id, preferredEmail: c.preferredEmail, name: c.displayName })));
    // a field served by a resolver (not a column) reads whole rows: the answer is still right
    const withHolds = await agent.ok(`{ clients(first: 3) { items { id legalHolds { reason } residence { city } } } }`);
    expect(withHolds.clients.items.map((c: any) => [c.id, c.residence?.city ?? null])).toEqual(full.clients.items.slice(0, 3).map((c: any) => [c.id, c.residence?.city ?? null]));
  });

  it('bad paging names the field', async () => {
    const bad = await agent.gql(`{ clients(first: 1000) { total } }`);
    expect(fieldsOf(bad)).toEqual(['first']);
    const negative = await agent.gql(`{ clients(offset: -1) { total } }`);
    expect(fieldsOf(negative)).toEqual(['offset']);
  });

  it('the card query returns the whole fragment', async () => {
    const list = await agent.ok(`{ clients(first: 1) { items { id } } }`);
    const r = await agent.ok(`query($id: ID!) { client(id: $id) { ${CARD} panelTabs { key count } legalHolds { reason } } }`, { id: list.clients.items[0].id });
    expect(r.client.panelTabs.map((p: { key: string }) => p.key)).toEqual(['data', 'consents', 'service', 'documents', 'contactHistory', 'offers', 'activePolicies', 'archivedPolicies', 'foreignPolicies', 'vehicles', 'claims', 'portalMessages']);
  });
});
