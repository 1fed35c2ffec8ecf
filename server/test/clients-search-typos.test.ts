import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, fieldsOf } from './clients-helpers.js';
import { DICTIONARY_PRUNE_TASK, searchDictionaryJobs } from '../src/modules/clients/search-dictionary.job.js';

/** Issue #8: transposed letters, city and IBAN as search sources, paging of all the hits ("see all results"). */

let t: TestPlatform;
/** The worker's every-minute prune task, run now on a superuser connection. */
const prune = async (su: { query: (q: string) => Promise<unknown> }) => {
  const jobs = searchDictionaryJobs();
  expect(jobs.crontab).toContain(`* * * * * ${DICTIONARY_PRUNE_TASK}`);
  await jobs.tasks[DICTIONARY_PRUNE_TASK]({}, { query: (q: string) => su.query(q) } as never);
};
let agent: GqlClient;
let sanne: GqlClient;
const SEARCH = `query($q: String!, $n: Int! = 20, $o: Int! = 0) { searchClients(query: $q, first: $n, offset: $o) { score client { id displayName } } }`;
const names = async (c: GqlClient, q: string, n = 20, o = 0) =>
  ((await c.ok(SEARCH, { q, n, o })).searchClients as Array<{ client: { displayName: string } }>).map((h) => h.client.displayName);
const person = (firstName: string, lastName: string, extra: Record<string, unknown> = {}) => ({
  kind: 'PERSON',
  firstName,
  lastName,
  noLocalTaxId: true,
  noLocalTaxIdReason: 'Foreign citizen',
  ...extra,
});

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  sanne = await signedIn(t, USERS.vdbergAgent);
  await createClient(agent, person('Mario', 'Rossi'));
  await createClient(agent, person('Ottavio', 'Quintavalle', {
    addresses: [{ kind: 'RESIDENCE', line1: 'Via Roma 1', postalCode: '38068', city: 'Rovereto', province: 'TN' }],
    bankAccounts: [{ iban: 'IT60X0542811101000000123456', holder: 'Ottavio Quintavalle' }],
  }));
  // another company's client with its own city and IBAN
  await createClient(sanne, person('Kees', 'Oosterhout', {
    addresses: [{ kind: 'RESIDENCE', line1: 'Markt 1', postalCode: '8011 AA', city: 'Zwolle' }],
    bankAccounts: [{ iban: 'NL91ABNA0417164300', holder: 'Kees Oosterhout' }],
  }));
  // twelve clients of one surname: more than one page of 5
  for (const first of ['Anna', 'Bruno', 'Carla', 'Dario', 'Elisa', 'Fabio', 'Gina', 'Ivo', 'Lara', 'Nino', 'Olga', 'Pia']) {
    await createClient(agent, person(first, 'Zanardelli'));
  }
});
afterAll(async () => t?.stop());

describe('search: typos and transposed letters (issue #8)', () => {
  it('"Mraio Rossi" (two letters swapped in the first name) finds Mario Rossi first', async () => {
    expect((await names(agent, 'Mraio Rossi'))[0]).toBe('Rossi Mario');
    expect((await names(agent, 'rossi mraio'))[0]).toBe('Rossi Mario');
  });

  it('"Schnieder" (ie for ei) finds Schneider', async () => {
    expect(await names(agent, 'Schnieder')).toContain('Schneider Emma');
    expect((await names(agent, 'Emma Schnieder'))[0]).toBe('Schneider Emma');
  });

  it('a missing, an extra or a wrong letter in a name still finds the client', async () => {
    expect((await names(agent, 'Quintavale Ottavio'))[0]).toBe('Quintavalle Ottavio');
    expect((await names(agent, 'Quinttavalle'))[0]).toBe('Quintavalle Ottavio');
    expect((await names(agent, 'Quintavalla Otavio'))[0]).toBe('Quintavalle Ottavio');
    expect((await names(agent, 'Nicolo Deluka'))[0]).toBe('De Luca Niccolò');
    // a short word that is nobody's ("va" for "van") does not hide the client
    expect((await names(sanne, 'va Dijk Sohpie'))[0]).toBe('Dijk Sophie van');
  });

  it('a renamed client is found at once by a typo of the new name and no longer by the old one, and a name no client has any more leaves the typo dictionary', async () => {
    const c = await createClient(agent, person('Gualtiero', 'Brambillasca'));
    expect((await names(agent, 'Brambilasca Gualtiero'))[0]).toBe('Brambillasca Gualtiero');
    await agent.ok(`mutation($id: ID!, $i: ClientRegistryInput!) { updateClientRegistry(id: $id, input: $i) { id } }`, {
      id: c.id,
      i: { firstName: 'Gualtiero', lastName: 'Finocchiaro', noLocalTaxId: true, noLocalTaxIdReason: 'Foreign citizen' },
    });
    expect((await names(agent, 'Finochiaro Gualtiero'))[0]).toBe('Finocchiaro Gualtiero');
    expect(await names(agent, 'Brambilasca Gualtiero')).not.toContain('Finocchiaro Gualtiero');
    const su = await t.superuser();
    try {
      const dictionary = async (word: string) => (await su.query(`select count(*)::int as n from app_search.word_key where word = $1`, [word])).rows[0].n;
      // the save only notes the old name; the worker's prune, every minute, takes it out
      expect(await dictionary('brambillasca')).toBeGreaterThan(0);
      await prune(su);
      expect(await dictionary('brambillasca')).toBe(0);
      expect(await dictionary('finocchiaro')).toBeGreaterThan(0);
      expect(await dictionary('gualtiero')).toBeGreaterThan(0);
      expect((await su.query(`select count(*)::int as n from app_search.word_orphan`)).rows[0].n).toBe(0);
    } finally {
      await su.end();
    }
  });

  it('a word given to one client while its last other holder loses it stays in the typo dictionary, even when the prune runs in between (no save waits on another)', async () => {
    const holder = await createClient(agent, person('Ermenegildo', 'Sciacchitano'));
    const taker = await createClient(agent, person('Bartolomeo', 'Vitaliano'));
    const giver = await t.superuser();
    const remover = await t.superuser();
    const su = await t.superuser();
    try {
      const { rows: [rossi] } = await su.query<{ id: string }>(`select id from company where code = 'ROSSI'`);
      // 1. a save gives "sciacchitano" to the taker and has not committed yet
      await giver.query('begin');
      await giver.query(`insert into app_search.client_term (company_id, client_id, source, source_id, term) values ($1, $2, 'word', $2, chr(1) || 'sciacchitano')`, [rossi.id, taker.id]);
      // 2. meanwhile another save takes the word from its only committed holder, and commits (no wait)
      await remover.query('begin');
      await remover.query(`delete from app_search.client_term where company_id = $1 and client_id = $2 and source = 'word' and term = chr(1) || 'sciacchitano'`, [rossi.id, holder.id]);
      await remover.query('commit');
      // 3. the prune runs now: the word is being given, so it is left for the next run
      await prune(su);
      expect((await su.query(`select count(*)::int as n from app_search.word_orphan where word = 'sciacchitano'`)).rows[0].n).toBe(1);
      // 4. the giver commits; the next prune sees the taker has the word and keeps it
      await giver.query('commit');
      await prune(su);
      expect((await su.query(`select count(*)::int as n from app_search.word_key where word = 'sciacchitano'`)).rows[0].n).toBeGreaterThan(0);
      expect((await su.query(`select count(*)::int as n from app_search.word_orphan`)).rows[0].n).toBe(0);
    } finally {
      await Promise.all([giver.end(), remover.end(), su.end()]);
    }
    // a typo of the word finds the client that has it now
    expect(await names(agent, 'Sciachitano')).toEqual(['Vitaliano Bartolomeo']);
  });

  it('a name far from every client finds nothing', async () => {
    expect(await names(agent, 'Xylophonist Qwerty')).toEqual([]);
  });
});

describe('search: city and IBAN as sources (issue #8)', () => {
  it('the city of an address finds its client, accents and case ignored', async () => {
    expect(await names(agent, 'Rovereto')).toEqual(['Quintavalle Ottavio']);
    expect(await names(agent, 'rovere')).toEqual(['Quintavalle Ottavio']);
  });

  it('an IBAN finds its client with or without spaces, whole or as a prefix', async () => {
    expect(await names(agent, 'IT60X0542811101000000123456')).toEqual(['Quintavalle Ottavio']);
    expect(await names(agent, 'IT60 X054 2811 1010 0000 0123 456')).toEqual(['Quintavalle Ottavio']);
    expect(await names(agent, 'it60 x054 2811')).toEqual(['Quintavalle Ottavio']);
  });

  it('a changed city or IBAN is searchable at once and the old one no longer is', async () => {
    const c = await createClient(agent, person('Ugo', 'Pellegrini', {
      addresses: [{ kind: 'RESIDENCE', line1: 'Via Po 2', postalCode: '12051', city: 'Alba', province: 'CN' }],
      bankAccounts: [{ iban: 'DE89370400440532013000', holder: 'Ugo Pellegrini' }],
    }));
    expect(await names(agent, 'DE89 3704')).toContain('Pellegrini Ugo');
    await agent.ok(`mutation($id: ID!, $a: [AddressInput!]!) { setClientAddresses(id: $id, addresses: $a) { id } }`, {
      id: c.id,
      a: [{ kind: 'RESIDENCE', line1: 'Via Larga 3', postalCode: '39100', city: 'Bolzano', province: 'BZ' }],
    });
    expect(await names(agent, 'Bolzano')).toEqual(['Pellegrini Ugo']);
    expect(await names(agent, 'Alba')).not.toContain('Pellegrini Ugo');
    await agent.ok(`mutation($id: ID!, $b: [BankAccountInput!]!) { setClientBankAccounts(id: $id, bankAccounts: $b) { id } }`, { id: c.id, b: [] });
    expect(await names(agent, 'DE89 3704')).not.toContain('Pellegrini Ugo');
  });

  it("another company's client is never found, by name, city, IBAN or typo", async () => {
    expect(await names(sanne, 'Zwolle')).toEqual(['Oosterhout Kees']);
    expect(await names(sanne, 'NL91 ABNA')).toEqual(['Oosterhout Kees']);
    expect(await names(agent, 'Zwolle')).toEqual([]);
    expect(await names(agent, 'NL91 ABNA 0417 1643 00')).toEqual([]);
    expect(await names(agent, 'Oosterhuot')).toEqual([]);
    expect(await names(sanne, 'Rovereto')).toEqual([]);
    expect(await names(sanne, 'IT60 X054')).toEqual([]);
    expect(await names(sanne, 'Mraio Rossi')).not.toContain('Rossi Mario');
  });
});

describe('search: paging all the hits ("see all results", issue #8)', () => {
  it('pages through every hit once, in one order, with offset and first', async () => {
    const all = await names(agent, 'Zanardelli', 100);
    expect(all).toHaveLength(12);
    const pages = [await names(agent, 'Zanardelli', 5, 0), await names(agent, 'Zanardelli', 5, 5), await names(agent, 'Zanardelli', 5, 10)];
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat()).toEqual(all);
    expect(await names(agent, 'Zanardelli', 5, 15)).toEqual([]);
    // a typo search pages the same way
    const typo = [await names(agent, 'Zanardeli', 7, 0), await names(agent, 'Zanardeli', 7, 7)];
    expect(typo.map((p) => p.length)).toEqual([7, 5]);
    expect(new Set(typo.flat()).size).toBe(12);
  });

  it('refuses bad paging arguments with BAD_USER_INPUT naming the argument', async () => {
    for (const [n, o, field] of [[20, -1, 'offset'], [20, 1001, 'offset'], [0, 0, 'first'], [101, 0, 'first']] as const) {
      const r = await agent.gql(SEARCH, { q: 'Zanardelli', n, o });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([field]);
    }
    expect(await t.client().code(SEARCH, { q: 'Zanardelli', o: 5 })).toBe('UNAUTHENTICATED');
  });
});
