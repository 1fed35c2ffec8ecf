import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, fieldsOf, italianPerson } from './clients-helpers.js';

/**
 * The client list's column filters (issue #8 §3): free text, residence city, created between — each
 * answer compared with the tables read directly (superuser, outside the app), never another
 * company's rows, bad days and inverted ranges refused naming the argument.
 */
let t: TestPlatform;
let marco: GqlClient;
let sanne: GqlClient;
let rossiId: string;

const LIST = `query($f: ClientFilterInput) { clients(first: 200, filter: $f) { total items { id displayName residence { city } } } }`;

interface Row {
  id: string;
  company_id: string;
  display_name: string;
  tax_code: string | null;
  vat_number: string | null;
  status: string;
  created_at: Date;
  city: string | null;
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Every card of a company with its residence city, as the tables hold them. */
async function tableRows(companyId: string): Promise<Row[]> {
  const su = await t.superuser();
  try {
    const r = await su.query<Row>(
      `select c.id, c.company_id, c.display_name, c.tax_code, c.vat_number, c.status, c.created_at,
              (select a.city from client_address a where a.client_id = c.id and a.kind = 'residence' order by a.position limit 1) as city
         from client c where c.company_id = $1`,
      [companyId],
    );
    return r.rows;
  } finally {
    await su.end();
  }
}

async function listed(c: GqlClient, filter: Record<string, unknown>): Promise<string[]> {
  const r = await c.ok(LIST, { f: filter });
  expect(r.clients.total).toBe(r.clients.items.length);
  return r.clients.items.map((x: { id: string }) => x.id).sort();
}

const visible = (r: Row) => r.status === 'prospect' || r.status === 'active';
const ids = (rows: Row[]) => rows.map((r) => r.id).sort();

async function setCreated(id: string, at: string) {
  const su = await t.superuser();
  try {
    await su.query('update client set created_at = $2 where id = $1', [id, at]);
  } finally {
    await su.end();
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  marco = await signedIn(t, USERS.rossiAgent);
  sanne = await signedIn(t, USERS.vdbergAgent);
  const su = await t.superuser();
  rossiId = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id;
  await su.end();
  // the same city in both companies: ROSSI must never see VDBERG's Amsterdam clients
  await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782', contacts: [{ kind: 'EMAIL', value: 'filters@example.nl' }] }, true);
  const a = await createClient(marco, italianPerson({ addresses: [{ kind: 'RESIDENCE', line1: 'Prinsengracht 1', postalCode: '1015DV', city: 'Amsterdam', country: 'NL' }] }));
  const b = await createClient(marco, italianPerson({ addresses: [{ kind: 'RESIDENCE', line1: 'Corso Garibaldi 3', postalCode: '47121', city: 'Forlì', province: 'FC' }] }));
  const c = await createClient(marco, italianPerson());
  await setCreated(a.id, '2024-01-10T09:00:00Z');
  await setCreated(b.id, '2024-02-15T23:30:00Z');
  await setCreated(c.id, '2024-03-01T00:00:00Z');
});
afterAll(async () => t?.stop());

describe('client list filters (issue #8 §3)', () => {
  it('the text filter lists the cards whose name (case and accents ignored), tax code or VAT number contain the text', async () => {
    const rows = (await tableRows(rossiId)).filter(visible);
    const seeded = rows.find((r) => !r.display_name.includes('Esposito'))!.display_name.slice(1, 5).toUpperCase();
    for (const text of ['esposito', 'ESPÒSITO', seeded, rows.find((r) => r.tax_code)!.tax_code!.slice(0, 8).toLowerCase()]) {
      const expected = rows.filter((r) => norm(r.display_name).includes(norm(text)) || (r.tax_code ?? '').toUpperCase().includes(text.toUpperCase()) || (r.vat_number ?? '').toUpperCase().includes(text.toUpperCase()));
      expect(expected.length, text).toBeGreaterThan(0);
      expect(await listed(marco, { text }), text).toEqual(ids(expected));
    }
    // typed wildcards are literal: nobody is called "%"
    expect(await listed(marco, { text: '%' })).toEqual([]);
  });

  it("the city filter lists the cards residing in a city starting with the text, never another company's", async () => {
    const rows = (await tableRows(rossiId)).filter(visible);
    for (const city of ['amsterdam', 'FORLI', 'nap']) {
      const expected = rows.filter((r) => r.city && norm(r.city).startsWith(norm(city)));
      expect(expected.length, city).toBeGreaterThan(0);
      expect(await listed(marco, { city }), city).toEqual(ids(expected));
    }
    const su = await t.superuser();
    const vdbergAmsterdam = (await su.query(`select count(*)::int as n from client_address a join company co on co.id = a.company_id where co.code = 'VDBERG' and a.city = 'Amsterdam'`)).rows[0].n;
    await su.end();
    expect(vdbergAmsterdam).toBeGreaterThan(0);
    const seen = await marco.ok(LIST, { f: { city: 'Amsterdam' } });
    expect(seen.clients.items.every((x: { id: string }) => ids((rows)).includes(x.id))).toBe(true);
    expect(seen.clients.items.map((x: { residence: { city: string } }) => x.residence.city)).toEqual(['Amsterdam']);
    expect((await marco.ok(LIST, { f: { text: 'de Vries' } })).clients.items).toEqual([]);
  });

  it('the created-between filter lists the cards created on those days, both ends included', async () => {
    const rows = (await tableRows(rossiId)).filter(visible);
    const day = (r: Row) => r.created_at.toISOString().slice(0, 10);
    const between = (from: string, to: string) => ids(rows.filter((r) => day(r) >= from && day(r) <= to));
    expect(between('2024-02-01', '2024-02-15')).toHaveLength(1);
    expect(await listed(marco, { createdFrom: '2024-02-01', createdTo: '2024-02-15' })).toEqual(between('2024-02-01', '2024-02-15'));
    expect(await listed(marco, { createdFrom: '2024-01-10', createdTo: '2024-03-01' })).toEqual(between('2024-01-10', '2024-03-01'));
    expect(await listed(marco, { createdTo: '2024-01-10' })).toEqual(between('0000-01-01', '2024-01-10'));
    expect(await listed(marco, { createdFrom: '2024-03-01', city: 'nap' })).toEqual(ids(rows.filter((r) => day(r) >= '2024-03-01' && r.city && norm(r.city).startsWith('nap'))));
  });

  it('bad days and a created-from after created-to are refused as BAD_USER_INPUT naming the argument', async () => {
    for (const [filter, field] of [
      [{ createdFrom: '2024-02-30' }, 'filter.createdFrom'],
      [{ createdFrom: '31/01/2024' }, 'filter.createdFrom'],
      [{ createdTo: 'yesterday' }, 'filter.createdTo'],
      [{ createdFrom: '2024-03-02', createdTo: '2024-03-01' }, 'filter.createdTo'],
      [{ text: 'x'.repeat(101) }, 'filter.text'],
    ] as const) {
      const r = await marco.gql(LIST, { f: filter });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), JSON.stringify(filter)).toEqual([field]);
      expect(r.data?.clients ?? null).toBeNull();
    }
  });
});
