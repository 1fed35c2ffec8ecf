import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { signedIn, USERS, startTestPlatform, type GqlClient, type GqlResult, type TestPlatform } from './harness.js';
import { MIGRATIONS_DIR } from '../src/db/migrations.js';

/**
 * BASE-4: role names are unique in a company whatever their letter case — in the database too
 * (migration 0051, key on (company_id, lower(name))), so two administrators creating or renaming roles
 * at the same time cannot both get "Claims desk" and "claims DESK". Whoever comes second gets the same
 * answer as when the first role already existed: BAD_USER_INPUT on the field name, reason taken.
 */

let t: TestPlatform;
let su: pg.Client;
let giulia: GqlClient;
let giulia2: GqlClient; // Giulia in a second browser: another request at the same time
let rossi: string;

const CREATE_ROLE = 'mutation($i: RoleInput!) { createRole(input: $i) { id name } }';
const UPDATE_ROLE = 'mutation($id: ID!, $i: RoleInput!) { updateRole(id: $id, input: $i) { id name } }';
const TAKEN = { code: 'BAD_USER_INPUT', fields: [{ field: 'name', reason: 'taken' }] };
const errorOf = (r: GqlResult) => r.errors?.[0]?.extensions;

const namesLike = async (name: string): Promise<string[]> =>
  (await su.query(`select name from role where company_id = $1 and lower(name) = lower($2) order by name`, [rossi, name])).rows.map((r) => r.name);

/**
 * Runs the requests at the same time, each past its name check: the role table is held still
 * (outside the app, SHARE mode: reads pass, writes wait) until every request waits to write it.
 */
async function atOnce(requests: Array<() => Promise<GqlResult<Record<string, any>>>>): Promise<Array<GqlResult<Record<string, any>>>> {
  const hold = await t.superuser();
  await hold.query('begin');
  await hold.query('lock table role in share mode');
  const race = Promise.all(requests.map((r) => r()));
  for (let i = 0; i < 200; i++) {
    const waiting = await su.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'relation'`);
    if (waiting.rows[0].n >= requests.length) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await hold.query('commit');
  await hold.end();
  return race;
}

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
  rossi = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id;
  giulia = await signedIn(t, USERS.rossiAdmin);
  giulia2 = await signedIn(t, USERS.rossiAdmin);
}, 120_000);
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('role names whatever their letter case', () => {
  it('refuses a second name in another letter case, one after the other, on the field name; nothing is saved', async () => {
    expect((await giulia.ok(CREATE_ROLE, { i: { name: 'Claims desk', rights: [] } })).createRole.name).toBe('Claims desk');
    for (const name of ['claims DESK', 'CLAIMS DESK', '  claims desk  ']) {
      expect(errorOf(await giulia.gql(CREATE_ROLE, { i: { name, rights: [] } })), name).toMatchObject(TAKEN);
    }
    expect(await namesLike('claims desk')).toEqual(['Claims desk']);
  });

  it('lets exactly one of two roles created at the same time, named apart only by letter case, be saved; the other gets the field error', async () => {
    const results = await atOnce([
      () => giulia.gql(CREATE_ROLE, { i: { name: 'Sportello sinistri', rights: ['claims:view'] } }),
      () => giulia2.gql(CREATE_ROLE, { i: { name: 'sportello SINISTRI', rights: ['claims:view'] } }),
    ]);
    const ok = results.filter((r) => !r.errors?.length);
    const refused = results.filter((r) => r.errors?.length);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(errorOf(refused[0])).toMatchObject(TAKEN);
    expect(refused[0].data?.createRole ?? null).toBeNull();
    expect(await namesLike('sportello sinistri')).toEqual([ok[0].data!.createRole.name]);
    // the company goes on creating roles
    expect((await giulia.ok(CREATE_ROLE, { i: { name: 'Sportello sinistri 2', rights: [] } })).createRole.name).toBe('Sportello sinistri 2');
  });

  it('lets exactly one of a role created and a role renamed at the same time take the name; the other gets the field error', async () => {
    const other = (await giulia.ok(CREATE_ROLE, { i: { name: 'Ufficio', rights: [] } })).createRole.id;
    const results = await atOnce([
      () => giulia.gql(CREATE_ROLE, { i: { name: 'Front office', rights: [] } }),
      () => giulia2.gql(UPDATE_ROLE, { id: other, i: { name: 'FRONT OFFICE', rights: [] } }),
    ]);
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    const refused = results.find((r) => r.errors?.length)!;
    expect(errorOf(refused)).toMatchObject(TAKEN);
    expect(await namesLike('front office')).toHaveLength(1);
    // a refused rename leaves the role's name as it was
    const kept = (await su.query('select name from role where id = $1', [other])).rows[0].name;
    expect(['Ufficio', 'FRONT OFFICE']).toContain(kept);
  });

  it('is a key of the database: a second name in another letter case is refused whoever writes it', async () => {
    await expect(su.query(`insert into role (company_id, name, rights) values ($1, 'CLAIMS desk', '{}')`, [rossi])).rejects.toMatchObject({ code: '23505', constraint: 'role_company_name_lower_key' });
    // other companies may have the same name
    const vdberg = (await su.query(`select id from company where code = 'VDBERG'`)).rows[0].id;
    await su.query(`insert into role (company_id, name, rights) values ($1, 'claims desk', '{}')`, [vdberg]);
  });
});

describe('migration 0051', () => {
  it('renames the later of two roles whose names differ only in letter case before building the key, and goes back down', async () => {
    const file = (suffix: string) => readFileSync(path.join(MIGRATIONS_DIR, `0051_role_name_case_and_support_grantor.${suffix}.sql`), 'utf8');
    await su.query('begin');
    try {
      await su.query(file('down'));
      // what a race could leave under the exact-case key
      await su.query(`insert into role (company_id, name, rights, created_at) values ($1, 'claims desk', '{}', now() + interval '1 minute'), ($1, 'CLAIMS DESK (2)', '{}', now() + interval '2 minutes')`, [rossi]);
      await su.query(file('up'));
      expect(await namesLike('claims desk')).toEqual(['Claims desk']);
      const renamed = (await su.query(`select name from role where company_id = $1 and lower(name) like 'claims desk (%' order by created_at`, [rossi])).rows.map((r) => r.name);
      expect(renamed).toEqual(['claims desk (3)', 'CLAIMS DESK (2)']);
      const { rows } = await su.query(`select indexdef from pg_indexes where indexname = 'role_company_name_lower_key'`);
      expect(rows[0].indexdef).toContain('lower(name)');
    } finally {
      await su.query('rollback');
    }
  });
});
