import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { authenticator } from 'otplib';
import { type GraphQLInputType, type GraphQLSchema, getNamedType, isInputObjectType } from 'graphql';
import { Role } from '../src/modules/base/roles/role.entity.js';
import { Membership } from '../src/modules/base/users/membership.entity.js';
import { Company } from '../src/modules/base/companies/company.entity.js';
import { withSystemContext } from '../src/core/system-context.js';
import { buildBareSchema } from '../src/core/schema.js';
import { APP_ROLE } from '../src/db/provision.js';
import { authRules } from '../src/modules/base/auth/auth.rules.js';
import { usersRules } from '../src/modules/base/users/users.rules.js';
import { rolesRules } from '../src/modules/base/roles/roles.rules.js';
import { companiesRules } from '../src/modules/base/companies/companies.rules.js';
import { supportRules } from '../src/modules/base/support/support.rules.js';
import { auditRules } from '../src/modules/base/audit/audit.rules.js';
import { dashboardRules } from '../src/modules/base/dashboard/dashboard.rules.js';
import { mailRules } from '../src/modules/mail/mail.rules.js';
import { demo, freshTotp, signedIn, USERS, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/**
 * Q-8 / BASE-1: no company can read or change another company's data — in the application (the ORM
 * filter fails closed), in the database (row-level security, company-scoped foreign keys, a run-time
 * role that cannot skip them), and through every operation of the API that takes an id.
 */

let t: TestPlatform;
let su: pg.Client;
let ids: { rossi: string; vdberg: string };

/** Documented exceptions: tables with a company_id that are platform tables, and why. */
const PLATFORM_TABLES_WITH_COMPANY: Record<string, string> = {
  outbox_message: 'account mail (password reset) has no company: company_id is nullable; company mail is under RLS (tested below)',
};

async function appConnection(): Promise<pg.Client> {
  const url = new URL(t.urls.appUrl);
  url.username = APP_ROLE;
  url.password = 'agency_app_dev';
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  return c;
}

/** Runs `fn` as the run-time role inside a transaction with the given scope settings, then rolls back. */
async function asApp<T>(settings: Record<string, string>, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = await appConnection();
  try {
    await c.query('begin');
    for (const [k, v] of Object.entries(settings)) await c.query('select set_config($1, $2, true)', [k, v]);
    return await fn(c);
  } finally {
    await c.query('rollback').catch(() => undefined);
    await c.end();
  }
}

async function pgError(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected the database to refuse');
}

/** Relations of the public schema with a company_id column: tables ('r', 'p') or views ('v', 'm'). */
async function withCompanyColumn(kinds: string[]): Promise<string[]> {
  const r = await su.query<{ relname: string }>(
    `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attname = 'company_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind::text = any($1) order by c.relname`,
    [kinds],
  );
  return r.rows.map((x) => x.relname);
}

async function tenantTables(): Promise<string[]> {
  return (await withCompanyColumn(['r', 'p'])).filter((name) => !(name in PLATFORM_TABLES_WITH_COMPANY) && !CLOSED_TO_THE_RUN_TIME_ROLE.includes(name));
}

/**
 * Tenant tables the run-time role may not read at all (written and read only by SECURITY DEFINER
 * trigger functions): nothing to show it, so the row checks below skip them — and a test checks that
 * the role has indeed no privilege on them.
 */
const CLOSED_TO_THE_RUN_TIME_ROLE = ['ledger_entry_check', 'ledger_line_check'];

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
  const companies = await su.query<{ id: string; code: string }>('select id, code from company');
  const byCode = Object.fromEntries(companies.rows.map((c) => [c.code, c.id]));
  ids = { rossi: byCode.ROSSI, vdberg: byCode.VDBERG };
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('the outbox', () => {
  it('keeps company mail under row-level security: the run-time role sees only its company’s mail and account mail', async () => {
    await su.query(
      `insert into outbox_message (company_id, to_address, subject, text_body, kind) values
         ($1, 'a@rossi.example', 'ROSSI mail', 'x', 'test'), ($2, 'b@vdberg.example', 'VDBERG mail', 'x', 'test'), (null, 'c@x.example', 'account mail', 'x', 'test')`,
      [ids.rossi, ids.vdberg],
    );
    const seen = (settings: Record<string, string>) =>
      asApp(settings, async (c) => (await c.query<{ subject: string }>(`select subject from outbox_message where kind = 'test' order by subject`)).rows.map((r) => r.subject));
    expect(await seen({ 'app.company_id': ids.rossi })).toEqual(['ROSSI mail', 'account mail']);
    expect(await seen({})).toEqual(['account mail']);
    expect(await seen({ 'app.system': 'on' })).toEqual(['ROSSI mail', 'VDBERG mail', 'account mail']);
    // Writing another company's mail, or marking mail as sent outside the worker, is refused.
    const e1 = await asApp({ 'app.company_id': ids.rossi }, (c) =>
      pgError(c.query(`insert into outbox_message (company_id, to_address, subject, text_body, kind) values ($1, 'x@y.example', 's', 't', 'test')`, [ids.vdberg])),
    );
    expect(e1.message).toMatch(/row-level security/);
    const updated = await asApp({ 'app.company_id': ids.rossi }, async (c) => (await c.query(`update outbox_message set status = 'sent' where kind = 'test'`)).rowCount);
    expect(updated).toBe(0);
    await su.query(`delete from outbox_message where kind = 'test'`);
  });
});

describe('in the application', () => {
  it('refuses a tenant query with no company set instead of returning every company’s rows', async () => {
    const em = t.orm.em.fork();
    // A fresh entity manager has no filter arguments at all: MikroORM refuses the filter.
    const refused = /Tenant scope missing|No arguments provided for filter 'tenant'/;
    await expect(em.find(Role, {})).rejects.toThrow(refused);
    await expect(em.findOne(Membership, { id: randomUUID() })).rejects.toThrow(refused);
    await expect(em.count(Role, {})).rejects.toThrow(refused);
    // With the company explicitly undefined, the filter's own condition refuses.
    em.setFilterParams('tenant', { companyId: undefined });
    await expect(em.find(Role, {})).rejects.toThrow(/Tenant scope missing/);
  });

  it('refuses a tenant query in a context whose company was cleared', async () => {
    await expect(withSystemContext(t.orm, t.config, (ctx) => ctx.em.find(Role, {}))).rejects.toThrow(/Tenant scope missing/);
  });

  it('scopes a tenant query to the active company even when the query names none', async () => {
    const roles = await withSystemContext(t.orm, t.config, async (ctx) => {
      await ctx.applyScope(ids.vdberg);
      return ctx.em.find(Role, {});
    });
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles.map((r) => r.company.id))).toEqual(new Set([ids.vdberg]));
  });

  it('refuses to write a tenant row without an active company, or into another company', async () => {
    const before = Number((await su.query('select count(*) as n from role')).rows[0].n);
    await expect(
      withSystemContext(t.orm, t.config, async (ctx) => {
        ctx.em.create(Role, { company: ctx.em.getReference(Company, ids.rossi), name: 'No scope', rights: [], createdAt: new Date() });
        await ctx.em.flush();
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      withSystemContext(t.orm, t.config, async (ctx) => {
        await ctx.applyScope(ids.rossi);
        ctx.em.create(Role, { company: ctx.em.getReference(Company, ids.vdberg), name: 'Smuggled', rights: [], createdAt: new Date() });
        await ctx.em.flush();
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(Number((await su.query('select count(*) as n from role')).rows[0].n)).toBe(before);
  });
});

describe('in the database', () => {
  it('runs the platform as a role that is not superuser, not BYPASSRLS, owns nothing and cannot become the owner', async () => {
    const [{ current_user }] = await t.orm.em.fork().getConnection().execute<Array<{ current_user: string }>>('select current_user');
    expect(current_user).toBe(APP_ROLE);
    const r = await su.query(`select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = $1`, [APP_ROLE]);
    expect(r.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await su.query(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where pg_get_userbyid(c.relowner) = $1 and n.nspname not in ('pg_catalog', 'information_schema')`,
      [APP_ROLE],
    );
    expect(owned.rows).toEqual([]);
    const memberOf = await su.query(
      `select r.rolname from pg_roles r where r.rolname <> $1 and pg_has_role($1, r.oid, 'MEMBER') and (r.rolsuper or r.rolbypassrls or exists (select 1 from pg_class c where c.relowner = r.oid and c.relrowsecurity))`,
      [APP_ROLE],
    );
    expect(memberOf.rows).toEqual([]);
  });

  it('gives every table with a company_id the column NOT NULL, row-level security enabled and forced, and a policy', async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(expect.arrayContaining(['audit_event', 'membership', 'role', 'support_grant']));
    const r = await su.query<{ relname: string; not_null: boolean; rls: boolean; forced: boolean; policies: string }>(
      `select c.relname, a.attnotnull as not_null, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and a.attname = 'company_id'
        where n.nspname = 'public' and c.relname = any($1)`,
      [tables],
    );
    const problems = r.rows.filter((x) => !x.not_null || !x.rls || !x.forced || Number(x.policies) < 1);
    expect(problems).toEqual([]);
    expect(r.rows.length).toBe(tables.length);
  });

  it('keeps the documented exceptions as they are described (company_id optional, no tenant policy)', async () => {
    for (const table of Object.keys(PLATFORM_TABLES_WITH_COMPANY)) {
      const r = await su.query(
        `select a.attnotnull from pg_attribute a join pg_class c on c.oid = a.attrelid where c.relname = $1 and a.attname = 'company_id'`,
        [table],
      );
      expect(r.rows[0]?.attnotnull, table).toBe(false);
    }
  });

  it('makes every foreign key between two tenant tables include the company', async () => {
    const tables = await tenantTables();
    const r = await su.query<{ name: string; from_table: string; to_table: string; cols: string[]; ref_cols: string[] }>(
      `select con.conname as name, c.relname as from_table, rc.relname as to_table,
              array(select attname::text from pg_attribute where attrelid = con.conrelid and attnum = any(con.conkey)) as cols,
              array(select attname::text from pg_attribute where attrelid = con.confrelid and attnum = any(con.confkey)) as ref_cols
         from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class rc on rc.oid = con.confrelid
        where con.contype = 'f' and c.relname = any($1) and rc.relname = any($1)`,
      [tables],
    );
    expect(r.rows.length).toBeGreaterThan(0);
    const loose = r.rows.filter((fk) => !fk.cols.includes('company_id') || !fk.ref_cols.includes('company_id')).map((fk) => `${fk.from_table}.${fk.name}`);
    expect(loose).toEqual([]);
  });

  it('runs views over tenant rows with the policies of the caller or of an owner under them', async () => {
    const views = await withCompanyColumn(['v', 'm']);
    const r = await su.query<{ relname: string; relkind: string; invoker: boolean; owner_bypasses: boolean }>(
      `select c.relname, c.relkind, coalesce('security_invoker=true' = any(c.reloptions), false) as invoker,
              (o.rolsuper or o.rolbypassrls) as owner_bypasses
         from pg_class c join pg_roles o on o.oid = c.relowner where c.relname = any($1)`,
      [views],
    );
    // A materialized view keeps a copy without policies: none may carry tenant rows.
    expect(r.rows.filter((v) => v.relkind === 'm').map((v) => v.relname)).toEqual([]);
    expect(r.rows.filter((v) => !v.invoker && v.owner_bypasses).map((v) => v.relname)).toEqual([]);
  });

  it('shows the run-time role no row of any tenant table or view while app.company_id is unset', async () => {
    const tables = [...(await tenantTables()), ...(await withCompanyColumn(['v']))];
    const total = Object.fromEntries(
      await Promise.all(tables.map(async (tb) => [tb, Number((await su.query(`select count(*) as n from ${tb}`)).rows[0].n)] as const)),
    );
    expect(total.role).toBeGreaterThan(0);
    expect(total.membership).toBeGreaterThan(0);
    expect(total.audit_event).toBeGreaterThan(0);
    for (const settings of [{}, { 'app.company_id': '' }] as Array<Record<string, string>>) {
      await asApp(settings, async (c) => {
        for (const tb of tables) expect(Number((await c.query(`select count(*) as n from ${tb}`)).rows[0].n), tb).toBe(0);
      });
    }
  });

  it('gives the run-time role no privilege at all on the tenant tables closed to it', async () => {
    await asApp({ 'app.company_id': ids.rossi }, async (c) => {
      for (const tb of CLOSED_TO_THE_RUN_TIME_ROLE) {
        const { rows: [p] } = await c.query(
          `select has_table_privilege(current_user, $1, 'select') as s, has_table_privilege(current_user, $1, 'insert') as i,
                  has_table_privilege(current_user, $1, 'update') as u, has_table_privilege(current_user, $1, 'delete') as d`,
          [tb],
        );
        expect(p, tb).toEqual({ s: false, i: false, u: false, d: false });
      }
    });
  });

  it('shows the run-time role exactly the rows of the company set in app.company_id', async () => {
    const tables = await tenantTables();
    await asApp({ 'app.company_id': ids.rossi }, async (c) => {
      for (const tb of tables) {
        const seen = await c.query<{ company_id: string; n: string }>(`select company_id, count(*) as n from ${tb} group by company_id`);
        const expected = Number((await su.query(`select count(*) as n from ${tb} where company_id = $1`, [ids.rossi])).rows[0].n);
        expect(seen.rows.every((row) => row.company_id === ids.rossi), tb).toBe(true);
        expect(seen.rows.reduce((s, row) => s + Number(row.n), 0), tb).toBe(expected);
      }
    });
  });

  it('lets a signed-in user see only their own memberships and roles across companies', async () => {
    const { rows: [elena] } = await su.query('select id from app_user where email = $1', [USERS.both]);
    await asApp({ 'app.user_id': elena.id }, async (c) => {
      const m = await c.query('select user_id, company_id from membership');
      expect(m.rows.length).toBe(2);
      expect(m.rows.every((r) => r.user_id === elena.id)).toBe(true);
      const roles = await c.query('select name from role order by name');
      expect(roles.rows.map((r) => r.name)).toEqual(['Agente', 'Alleen lezen']);
      expect((await c.query('select * from support_grant')).rows).toEqual([]);
      expect((await c.query('select * from audit_event')).rows).toEqual([]);
    });
  });

  it('refuses the run-time role to write into another company than the one set', async () => {
    const { rows: [vRole] } = await su.query(`select id, name from role where company_id = $1 limit 1`, [ids.vdberg]);
    await asApp({ 'app.company_id': ids.rossi }, async (c) => {
      const e = await pgError(c.query(`insert into role (company_id, name) values ($1, 'Smuggled')`, [ids.vdberg]));
      expect(e.code).toBe('42501');
      expect(e.message).toMatch(/row-level security/);
    });
    await asApp({ 'app.company_id': ids.rossi }, async (c) => {
      expect((await c.query(`update role set name = 'Renamed' where id = $1`, [vRole.id])).rowCount).toBe(0);
      expect((await c.query(`delete from role where id = $1`, [vRole.id])).rowCount).toBe(0);
      // Moving one's own row into the other company is refused too.
      const e = await pgError(c.query(`update role set company_id = $1 where company_id = $2`, [ids.vdberg, ids.rossi]));
      expect(e.code).toBe('42501');
    });
    await asApp({ 'app.company_id': ids.rossi }, async (c) => {
      const e = await pgError(
        c.query(`insert into audit_event (company_id, channel, action, entity_type, seq, prev_hash, hash) values ($1, 'staff', 'create', 'X', 0, '', '')`, [ids.vdberg]),
      );
      expect(e.code).toBe('42501');
    });
    expect((await su.query('select name from role where id = $1', [vRole.id])).rows[0].name).toBe(vRole.name);
  });

  it('refuses a row of one company pointing at a role of another, even for a superuser past row-level security', async () => {
    const { rows: [vRole] } = await su.query(`select id from role where company_id = $1 limit 1`, [ids.vdberg]);
    const { rows: [rMembership] } = await su.query(`select id, role_id from membership where company_id = $1 limit 1`, [ids.rossi]);
    const { rows: [user] } = await su.query(`insert into app_user (email, display_name) values ($1, 'Fk Test') returning id`, [`fk-${randomUUID()}@example.com`]);
    const e1 = await pgError(su.query(`insert into membership (company_id, user_id, role_id) values ($1, $2, $3)`, [ids.rossi, user.id, vRole.id]));
    expect(e1.code).toBe('23503');
    const e2 = await pgError(su.query(`update membership set role_id = $1 where id = $2`, [vRole.id, rMembership.id]));
    expect(e2.code).toBe('23503');
    expect((await su.query('select role_id from membership where id = $1', [rMembership.id])).rows[0].role_id).toBe(rMembership.role_id);
  });

  it('keeps the audit trail append-only for the run-time role', async () => {
    await asApp({ 'app.company_id': ids.rossi }, async (c) => {
      expect(Number((await c.query('select count(*) as n from audit_event')).rows[0].n)).toBeGreaterThan(0);
    });
    for (const sql of [`update audit_event set action = 'tampered'`, `delete from audit_event`, `truncate audit_event`]) {
      await asApp({ 'app.company_id': ids.rossi }, async (c) => {
        const e = await pgError(c.query(sql));
        expect(e.code, sql).toBe('42501');
        expect(e.message).toMatch(/permission denied/);
      });
    }
    // The owner (who runs migrations) is under forced row-level security with no UPDATE or DELETE policy.
    const owner = new pg.Client({ connectionString: t.urls.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`select set_config('app.company_id', $1, false)`, [ids.rossi]);
      expect((await owner.query(`update audit_event set action = 'tampered'`)).rowCount).toBe(0);
      expect((await owner.query(`delete from audit_event`)).rowCount).toBe(0);
    } finally {
      await owner.end();
    }
    // A superuser skips row-level security, and is stopped by the trigger.
    const e = await pgError(su.query(`update audit_event set action = 'tampered'`));
    expect(e.message).toMatch(/append-only/);
    expect((await pgError(su.query(`delete from audit_event`))).message).toMatch(/append-only/);
    expect(Number((await su.query(`select count(*) as n from audit_event where action = 'tampered'`)).rows[0].n)).toBe(0);
  });
});

describe('through the API', () => {
  let a: GqlClient; // ROSSI's administrator
  let b: GqlClient; // VDBERG's administrator
  let bData: {
    memberships: Array<{ id: string; user: { id: string; email: string } }>;
    roleIds: string[];
    spareRoleId: string;
    grantId: string;
    sessionId: string;
    pieterId: string;
    auditIds: string[];
  };
  let rossiRoleId: string;
  let marcoMembership: { id: string; role: { id: string } };

  /** Everything of VDBERG that a leak would change: compared before and after company A's attempts. */
  async function vdbergState() {
    const q = async (sql: string) => (await su.query(sql, [ids.vdberg])).rows;
    return {
      roles: await q('select id, name, description, rights from role where company_id = $1 order by id'),
      memberships: await q('select id, user_id, role_id, active from membership where company_id = $1 order by id'),
      grants: await q('select id, revoked_at, expires_at from support_grant where company_id = $1 order by id'),
      users: await q(
        'select u.id, u.email, u.display_name, u.password_hash, u.totp_enabled, u.totp_secret, u.disabled from app_user u join membership m on m.user_id = u.id where m.company_id = $1 order by u.id',
      ),
      sessions: await q(
        'select s.id, s.revoked_at, s.active_company_id from user_session s join membership m on m.user_id = s.user_id where m.company_id = $1 order by s.id',
      ),
      audit: await q('select count(*) as n from audit_event where company_id = $1'),
    };
  }

  beforeAll(async () => {
    a = await signedIn(t, USERS.rossiAdmin);
    b = await signedIn(t, USERS.vdbergAdmin);
    const users = await b.ok<{ users: Array<{ id: string; user: { id: string; email: string } }> }>('{ users { id user { id email } } }');
    const roles = await b.ok<{ roles: Array<{ id: string }> }>('{ roles { id } }');
    const spare = await b.ok<{ createRole: { id: string } }>('mutation { createRole(input: { name: "Spare", rights: ["clients:view"] }) { id } }');
    const grant = await b.ok<{ grantSupportAccess: { id: string } }>('mutation($c: String!) { grantSupportAccess(input: { hours: 2, reason: "Checking invoices", totpCode: $c }) { id } }', {
      c: await freshTotp(USERS.vdbergAdmin),
    });
    const sessions = await b.ok<{ mySessions: Array<{ id: string }> }>('{ mySessions { id } }');
    const audit = await b.ok<{ auditEvents: { nodes: Array<{ id: string }> } }>('{ auditEvents(first: 20) { nodes { id } } }');
    bData = {
      memberships: users.users,
      roleIds: [...roles.roles.map((r) => r.id), spare.createRole.id],
      spareRoleId: spare.createRole.id,
      grantId: grant.grantSupportAccess.id,
      sessionId: sessions.mySessions[0].id,
      pieterId: users.users.find((m) => m.user.email === USERS.vdbergAdmin)!.user.id,
      auditIds: audit.auditEvents.nodes.map((n) => n.id),
    };
    expect(bData.auditIds.length).toBeGreaterThan(0);
    const aRoles = await a.ok<{ roles: Array<{ id: string; name: string }> }>('{ roles { id name } }');
    rossiRoleId = aRoles.roles.find((r) => r.name === 'Agente')!.id;
    const aUsers = await a.ok<{ users: Array<{ id: string; user: { email: string }; role: { id: string } }> }>('{ users { id user { email } role { id } } }');
    marcoMembership = aUsers.users.find((m) => m.user.email === USERS.rossiAgent)!;
  });

  const membershipOf = (email: string) => bData.memberships.find((m) => m.user.email === email)!.id;

  it('covers every base operation that takes an id (a new one must be added here)', async () => {
    const schema: GraphQLSchema = await buildBareSchema();
    const covered = new Set([
      'Query.userMembership', 'Mutation.updateMembership', 'Mutation.resetUserTotp', 'Query.role', 'Mutation.updateRole', 'Mutation.deleteRole',
      'Mutation.inviteUser', 'Mutation.revokeSupportAccess', 'Mutation.switchCompany', 'Mutation.revokeSession', 'Query.auditEvents', 'Query.exportAuditCsv',
    ]);
    const hasId = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
      const named = getNamedType(type);
      if (named.name === 'ID') return true;
      if (!isInputObjectType(named) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((f) => hasId(f.type, seen));
    };
    const baseFields: string[] = [];
    for (const rules of [authRules, usersRules, rolesRules, companiesRules, supportRules, auditRules, dashboardRules, mailRules]) {
      for (const root of ['Query', 'Mutation'] as const) {
        const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
        for (const name of Object.keys(rules[root] ?? {})) {
          if (type.getFields()[name].args.some((arg) => hasId(arg.type))) baseFields.push(`${root}.${name}`);
        }
      }
    }
    expect(baseFields.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('cannot read, change, reset or reference another company’s users', async () => {
    const before = await vdbergState();
    const sanne = membershipOf(USERS.vdbergAgent);
    const pieter = membershipOf(USERS.vdbergAdmin);
    expect(await a.code('query($id: ID!) { userMembership(id: $id) { id user { email } } }', { id: sanne })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id } }', { id: sanne })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: sanne, r: rossiRoleId })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!) { resetUserTotp(id: $id) { id } }', { id: pieter })).toBe('NOT_FOUND');
    // A role of the other company cannot be given to one's own user.
    const r = await a.gql('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: marcoMembership.id, r: bData.roleIds[0] });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['roleId']);
    expect((await su.query('select role_id from membership where id = $1', [marcoMembership.id])).rows[0].role_id).toBe(marcoMembership.role.id);
    // Nor used in an invitation.
    const email = `stranger-${randomUUID()}@example.com`;
    const inv = await a.gql('mutation($r: ID!, $e: String!) { inviteUser(input: { email: $e, displayName: "Stranger", roleId: $r }) { id } }', { r: bData.spareRoleId, e: email });
    expect(inv.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inv.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['roleId']);
    expect((await su.query('select count(*) as n from app_user where email = $1', [email])).rows[0].n).toBe('0');
    expect(await vdbergState()).toEqual(before);
    // The other administrator is still signed in with a second factor.
    expect((await b.ok('{ me { company { code } } }')).me.company.code).toBe('VDBERG');
  });

  it('cannot read, change or delete another company’s roles', async () => {
    const before = await vdbergState();
    for (const id of bData.roleIds) {
      expect(await a.code('query($id: ID!) { role(id: $id) { id name } }', { id })).toBe('NOT_FOUND');
      expect(await a.code('mutation($id: ID!) { updateRole(id: $id, input: { name: "Hijacked", rights: [] }) { id } }', { id })).toBe('NOT_FOUND');
    }
    expect(await a.code('mutation($id: ID!) { deleteRole(id: $id) }', { id: bData.spareRoleId })).toBe('NOT_FOUND');
    expect(await vdbergState()).toEqual(before);
  });

  it('cannot revoke another company’s support grant or another user’s session', async () => {
    const before = await vdbergState();
    expect(await a.code('mutation($id: ID!) { revokeSupportAccess(id: $id) { id } }', { id: bData.grantId })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!) { revokeSession(id: $id) }', { id: bData.sessionId })).toBe('NOT_FOUND');
    expect(await vdbergState()).toEqual(before);
    expect((await b.ok('{ supportGrants { id active } }')).supportGrants).toEqual([{ id: bData.grantId, active: true }]);
  });

  it('cannot switch into a company it is not a member of', async () => {
    const r = await a.gql('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: ids.vdberg });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await a.ok('{ me { company { code } rights } }');
    expect(me.me.company.code).toBe('ROSSI');
    expect(me.me.rights).toContain('base:edit');
    expect(await a.code('{ roles { id } }')).toBeUndefined();
    const roles = await a.ok<{ roles: Array<{ id: string }> }>('{ roles { id } }');
    expect(roles.roles.some((r) => bData.roleIds.includes(r.id))).toBe(false);
  });

  it('sees nothing of the other company in its lists, filters and exports', async () => {
    const users = await a.ok<{ users: Array<{ id: string; user: { email: string } }> }>('{ users { id user { email } } }');
    const ownEmails = (await su.query('select u.email from app_user u join membership m on m.user_id = u.id where m.company_id = $1', [ids.rossi])).rows.map((r) => r.email);
    expect(users.users.map((u) => u.user.email).sort()).toEqual(ownEmails.sort());
    expect(users.users.some((u) => bData.memberships.some((m) => m.id === u.id))).toBe(false);
    expect((await a.ok('{ supportGrants { id } }')).supportGrants).toEqual([]);
    const mail = await a.ok<{ outboxMessages: Array<{ kind: string; subject: string }> }>('{ outboxMessages { kind subject } }');
    expect(mail.outboxMessages.filter((m) => /Van den Berg|VDBERG/.test(m.subject))).toEqual([]);
    // B's trail has events by its admin and on its roles; A's filters on those ids find nothing.
    const bByUser = await b.ok<{ auditEvents: { totalCount: number } }>('query($u: ID!) { auditEvents(filter: { userId: $u }) { totalCount } }', { u: bData.pieterId });
    expect(bByUser.auditEvents.totalCount).toBeGreaterThan(0);
    for (const filter of [{ userId: bData.pieterId }, { entityId: bData.spareRoleId }, { entityType: 'SupportGrant' }]) {
      const r = await a.ok<{ auditEvents: { totalCount: number; nodes: Array<{ id: string }> } }>(
        'query($f: AuditFilterInput) { auditEvents(filter: $f) { totalCount nodes { id } } }',
        { f: filter },
      );
      expect(r.auditEvents, JSON.stringify(filter)).toEqual({ totalCount: 0, nodes: [] });
    }
    const all = await a.ok<{ auditEvents: { totalCount: number; nodes: Array<{ id: string }> } }>('{ auditEvents(first: 500) { totalCount nodes { id } } }');
    const rossiAudit = Number((await su.query('select count(*) as n from audit_event where company_id = $1', [ids.rossi])).rows[0].n);
    expect(all.auditEvents.totalCount).toBe(rossiAudit);
    expect(all.auditEvents.nodes.some((n) => bData.auditIds.includes(n.id))).toBe(false);
    const csv = await a.ok<{ exportAuditCsv: string }>('query($id: String) { exportAuditCsv(filter: { entityId: $id }) }', { id: bData.spareRoleId });
    expect(csv.exportAuditCsv.trim().split('\n')).toHaveLength(1);
    const chain = await a.ok('{ verifyAuditChain { ok checked } }');
    expect(chain.verifyAuditChain).toEqual({ ok: true, checked: rossiAudit });
    const dash = await a.ok('{ baseDashboard { activeUsers openSupportGrants } }');
    expect(dash.baseDashboard).toEqual({ activeUsers: ownEmails.length, openSupportGrants: 0 });
  });

  it('keeps an administrator who is also a member elsewhere out of her own rows of the other company', async () => {
    // The database lets a user read her own memberships and roles in every company (to list and switch
    // companies); the application must still keep A's administration to A.
    const readOnly = (await b.ok<{ roles: Array<{ id: string; name: string }> }>('{ roles { id name } }')).roles.find((r) => r.name === 'Alleen lezen')!.id;
    const added = await b.ok('mutation($r: ID!, $e: String!) { inviteUser(input: { email: $e, displayName: "Giulia Rossi", roleId: $r }) { id } }', { r: readOnly, e: USERS.rossiAdmin });
    const own = added.inviteUser.id;
    const companies = (await a.ok('{ me { companies { company { code } } } }')).me.companies.map((c: { company: { code: string } }) => c.company.code);
    expect(companies.sort()).toEqual(['ROSSI', 'VDBERG']);
    expect((await a.ok('{ me { company { code } } }')).me.company.code).toBe('ROSSI');
    expect(await a.code('query($id: ID!) { userMembership(id: $id) { id } }', { id: own })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id } }', { id: own })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }', { id: own, r: bData.roleIds[0] })).toBe('NOT_FOUND');
    expect(await a.code('query($id: ID!) { role(id: $id) { id } }', { id: readOnly })).toBe('NOT_FOUND');
    expect(await a.code('mutation($id: ID!) { updateRole(id: $id, input: { name: "Read-write", rights: ["clients:edit"] }) { id } }', { id: readOnly })).toBe('NOT_FOUND');
    const users = await a.ok<{ users: Array<{ id: string }> }>('{ users { id } }');
    expect(users.users.map((u) => u.id)).not.toContain(own);
    const { rows: [m] } = await su.query('select active, role_id from membership where id = $1', [own]);
    expect(m).toEqual({ active: true, role_id: readOnly });
    const { rows: [r] } = await su.query('select name, rights from role where id = $1', [readOnly]);
    expect(r.name).toBe('Alleen lezen');
    expect(r.rights).not.toContain('clients:edit');
  });

  it('takes a company away at once when the membership ends', async () => {
    const marco = await signedIn(t, USERS.rossiAgent);
    expect((await marco.ok('{ me { company { code } } }')).me.company.code).toBe('ROSSI');
    await a.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: false }) { id active } }', { id: marcoMembership.id });
    const me = await marco.ok('{ me { company { code } rights companies { company { code } } } }');
    expect(me.me).toEqual({ company: null, rights: [], companies: [] });
    expect(await marco.code('mutation($id: ID!) { switchCompany(companyId: $id) { company { code } } }', { id: ids.rossi })).toBe('FORBIDDEN');
    await a.ok('mutation($id: ID!) { updateMembership(id: $id, input: { active: true }) { id } }', { id: marcoMembership.id });
    await marco.switchTo('ROSSI');
    expect((await marco.ok('{ me { company { code } } }')).me.company.code).toBe('ROSSI');
  });
});
