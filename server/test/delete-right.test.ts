import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../src/db/migrations.js';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, countRows, createClient, italianPerson } from './clients-helpers.js';
import { PNG, download, uploadDocument } from './clients-documents.helpers.js';
import { DAAN, REPORT, claimInput } from './claims-helpers.js';

/**
 * BASE-4: permanent deletion is its own right (`delete`), held by administrators by default; `edit`
 * no longer includes it. Migration 0008 gives it to existing roles that hold `base:edit` only.
 */

let t: TestPlatform;
let agent: GqlClient;
let admin: GqlClient;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  admin = await signedIn(t, USERS.rossiAdmin);
});
afterAll(async () => t?.stop());

const DELETE = `mutation($id: ID!) { deleteClient(id: $id) }`;
const CLIENT = `query($id: ID!) { client(id: $id) { id displayName } }`;

describe('the delete right (BASE-4)', () => {
  it("an agent's permanent delete of a card is FORBIDDEN and the card stays with its areas", async () => {
    const c = await createClient(agent, italianPerson());
    const r = await agent.gql(DELETE, { id: c.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain('clients:delete');
    expect((await agent.ok(CLIENT, { id: c.id })).client.id).toBe(c.id);
    expect(await countRows(t, 'client_contact', 'client_id = $1', [c.id])).toBe(2);
    expect(await countRows(t, 'audit_event', `entity_type = 'Client' and entity_id = $1 and action = 'delete'`, [c.id])).toBe(0);
  });

  it('the agent still edits the card: edit no longer includes permanent delete', async () => {
    const { me } = await agent.ok(`{ me { rights } }`);
    expect(me.rights).toContain('clients:edit');
    expect(me.rights).not.toContain('clients:delete');
  });

  it('an administrator deletes a card for good', async () => {
    const c = await createClient(agent, italianPerson());
    expect((await admin.ok(DELETE, { id: c.id })).deleteClient).toBe(true);
    expect(await admin.code(CLIENT, { id: c.id })).toBe('NOT_FOUND');
    expect(await countRows(t, 'client', 'id = $1', [c.id])).toBe(0);
  });

  it('the rights catalogue offers delete for clients (not for statistics) and a role holding it can delete', async () => {
    const { rightsCatalogue } = await admin.ok(`{ rightsCatalogue { module actions } }`);
    const actions = (m: string) => rightsCatalogue.find((x: { module: string }) => x.module === m).actions;
    expect(actions('clients')).toContain('delete');
    expect(actions('statistics')).not.toContain('delete');
    const bad = await admin.gql(`mutation { createRole(input: { name: "Stats cleaner", rights: ["statistics:delete"] }) { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countRows(t, 'role', `name = 'Stats cleaner'`)).toBe(0);
  });
});

describe("a document's permanent delete needs its owner module's delete right", () => {
  it("a claim's photo: the claims handler (claims:edit, no claims:delete) is FORBIDDEN and it stays; the administrator deletes it", async () => {
    const [sanne, daan, pieter] = await Promise.all([signedIn(t, USERS.vdbergAgent), signedIn(t, DAAN), signedIn(t, USERS.vdbergAdmin)]);
    const { me } = await daan.ok(`{ me { rights } }`);
    expect(me.rights).toContain('claims:edit');
    expect(me.rights).not.toContain('claims:delete');
    const clientId = (await createClient(sanne, DUTCH_PERSON, true)).id as string;
    const claim = (await daan.ok(REPORT, { input: claimInput(clientId) })).reportClaim;
    const photo = await uploadDocument(t, daan, { ownerType: 'claim', ownerId: claim.id, category: 'photo', fileName: 'schade.png', content: PNG });
    const DELETE_DOCUMENT = `mutation($id: ID!) { deleteDocument(id: $id) }`;
    const deletes = () => countRows(t, 'audit_event', `entity_type = 'StoredDocument' and action = 'delete' and entity_id = $1`, [photo.id]);
    const refused = await daan.gql(DELETE_DOCUMENT, { id: photo.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('claims:delete');
    // ROSSI's administrator holds claims:delete in her company; VDBERG's photo does not exist for her
    expect(await admin.code(DELETE_DOCUMENT, { id: photo.id })).toBe('NOT_FOUND');
    expect(await countRows(t, 'document', 'id = $1', [photo.id])).toBe(1);
    expect(await deletes()).toBe(0);
    expect((await download(t, daan, photo.id)).status).toBe(200);
    expect((await pieter.ok(DELETE_DOCUMENT, { id: photo.id })).deleteDocument).toBe(true);
    expect(await countRows(t, 'document', 'id = $1', [photo.id])).toBe(0);
    expect(await deletes()).toBe(1);
  });
});

describe('migration 0008: who receives the delete right', () => {
  /** The migration runs as the tables' owner (not superuser, no BYPASSRLS), as in production. */
  async function asOwner<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const su = await t.superuser();
    const url = new URL(`postgres://x@${su.host}:${su.port}/${t.databaseName}`);
    await su.end();
    url.username = 'agency_owner';
    url.password = 'agency_owner_dev';
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }
  const sql = (direction: 'up' | 'down') => readFileSync(path.join(MIGRATIONS_DIR, `0008_delete_right_audit_subject.${direction}.sql`), 'utf8');

  it('gives clients:delete only to roles holding base:edit (and clients:edit); agents and others get nothing', async () => {
    const rightsOf = async (c: pg.Client, name: string) => (await c.query<{ rights: string[] }>(`select r.rights from role r join company co on co.id = r.company_id where co.code = 'ROSSI' and r.name = $1`, [name])).rows[0].rights;
    await asOwner(async (c) => {
      await c.query('begin');
      try {
        await c.query(sql('down'));
        const { rows: [company] } = await c.query(`select id from company where code = 'ROSSI'`);
        // reads and inserts of the test go through row-level security as ROSSI; the migration runs without a company
        const enter = (id: string) => c.query(`select set_config('app.company_id', $1, true)`, [id]);
        await enter(company.id);
        await c.query(`insert into role (company_id, name, rights) values ($1, 'Office manager', '{base:edit,base:view,clients:edit,clients:view}'), ($1, 'Senior agent', '{clients:create,clients:edit,clients:view}')`, [company.id]);
        const admin = (await c.query<{ name: string }>(`select name from role where company_id = $1 and template = 'administrator'`, [company.id])).rows[0].name;
        expect(await rightsOf(c, admin)).not.toContain('clients:delete');
        await enter('');
        await c.query(sql('up'));
        await enter(company.id);
        const adminRights = await rightsOf(c, admin);
        expect(adminRights).toContain('clients:delete');
        expect(adminRights).toContain('ledger:delete');
        expect(adminRights).toEqual([...adminRights].sort());
        expect(await rightsOf(c, 'Office manager')).toEqual(['base:edit', 'base:view', 'clients:delete', 'clients:edit', 'clients:view']);
        expect(await rightsOf(c, 'Senior agent')).toEqual(['clients:create', 'clients:edit', 'clients:view']);
        const agentRole = (await c.query<{ rights: string[] }>(`select rights from role where company_id = $1 and template = 'agent'`, [company.id])).rows[0].rights;
        expect(agentRole.filter((r) => r.endsWith(':delete'))).toEqual([]);
        expect((await c.query(`select relforcerowsecurity as forced from pg_class where relname = 'role'`)).rows[0].forced).toBe(true);
      } finally {
        await c.query('rollback');
      }
    });
  });
});
