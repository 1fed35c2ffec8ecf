import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PASSWORD, USERS, signedIn, startTestPlatform, type GqlClient, type TestPlatform } from './harness.js';

/**
 * BASE-7: every mutation appends who / channel / role / before / after, secrets redacted; the trail
 * is a hash chain per company that shows an altered or removed row; administrators read and export it.
 */

let t: TestPlatform;
let su: pg.Client;
let giulia: GqlClient;
let rossiId: string;

interface AuditNode {
  seq: string;
  action: string;
  entityType: string;
  entityId: string;
  userEmail: string | null;
  roleName: string | null;
  channel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
const NODE = 'seq action entityType entityId userEmail roleName channel before after';

async function eventsOf(entityId: string): Promise<AuditNode[]> {
  const r = await giulia.ok<{ auditEvents: { nodes: AuditNode[] } }>(`query($id: String) { auditEvents(filter: { entityId: $id }) { nodes { ${NODE} } } }`, { id: entityId });
  return r.auditEvents.nodes.reverse();
}
const count = async (companyId: string) => Number((await su.query('select count(*) as n from audit_event where company_id = $1', [companyId])).rows[0].n);

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  su = await t.superuser();
  giulia = await signedIn(t, USERS.rossiAdmin);
  rossiId = (await su.query(`select id from company where code = 'ROSSI'`)).rows[0].id;
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
});

describe('what is recorded', () => {
  let roleId: string;

  it('records a creation with who, role, channel and the new values', async () => {
    const r = await giulia.ok('mutation { createRole(input: { name: "Auditors", description: "Read the books", rights: ["ledger:view", "billing:view"] }) { id } }');
    roleId = r.createRole.id;
    const [created] = await eventsOf(roleId);
    expect(created).toMatchObject({ action: 'create', entityType: 'Role', userEmail: USERS.rossiAdmin, roleName: 'Amministratore', channel: 'staff', before: null });
    expect(created.after).toMatchObject({ name: 'Auditors', description: 'Read the books', rights: ['billing:view', 'ledger:view'] });
  });

  it('records a change with the values before and after', async () => {
    await giulia.ok('mutation($id: ID!) { updateRole(id: $id, input: { name: "Auditors (external)", rights: ["ledger:view"] }) { id } }', { id: roleId });
    const [, updated] = await eventsOf(roleId);
    expect(updated.action).toBe('update');
    expect(updated.before).toMatchObject({ name: 'Auditors', rights: ['billing:view', 'ledger:view'] });
    expect(updated.after).toMatchObject({ name: 'Auditors (external)', rights: ['ledger:view'] });
  });

  it('records a deletion with the values it had', async () => {
    await giulia.ok('mutation($id: ID!) { deleteRole(id: $id) }', { id: roleId });
    const events = await eventsOf(roleId);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(events[2].before).toMatchObject({ name: 'Auditors (external)' });
    expect(events[2].after).toBeNull();
  });

  it('redacts passwords and second-factor secrets', async () => {
    const marco = await signedIn(t, USERS.rossiAgent);
    await marco.ok('mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "Colosseo-Foro-Palatino-4") }', { p: PASSWORD });
    const { rows: [u] } = await su.query('select id, password_hash from app_user where email = $1', [USERS.rossiAgent]);
    const events = await eventsOf(u.id);
    const change = events.find((e) => e.action === 'update' && e.after && 'passwordHash' in e.after);
    expect(change).toBeTruthy();
    expect(change!.userEmail).toBe(USERS.rossiAgent);
    expect(change!.before?.passwordHash).toBe('[redacted]');
    expect(change!.after?.passwordHash).toBe('[redacted]');
    const leaks = await su.query(
      `select count(*) as n from audit_event where coalesce(before::text, '') || coalesce(after::text, '') ~ '\\$argon2|"totpSecret": "[^[]|"recoveryCodes": \\["'`,
    );
    expect(leaks.rows[0].n).toBe('0');
    expect(JSON.stringify(events)).not.toContain(u.password_hash);
  });

  it('records nothing for a refused mutation (nothing half-saved)', async () => {
    const before = await count(rossiId);
    const r = await giulia.gql('mutation { createRole(input: { name: "Amministratore", rights: [] }) { id } }');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['name']);
    const r2 = await giulia.gql('mutation { createRole(input: { name: "Ok name", rights: ["nope:view"] }) { id } }');
    expect(r2.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(rossiId)).toBe(before);
    expect((await su.query(`select count(*) as n from role where name = 'Ok name'`)).rows[0].n).toBe('0');
  });

  it('keeps the sequence without gaps when mutations run at the same time', async () => {
    const before = await count(rossiId);
    await Promise.all(Array.from({ length: 6 }, (_, i) => giulia.ok(`mutation { createRole(input: { name: "Parallel ${i}", rights: [] }) { id } }`)));
    expect(await count(rossiId)).toBe(before + 6);
    const { rows } = await su.query('select min(seq) as lo, max(seq) as hi, count(*) as n from audit_event where company_id = $1', [rossiId]);
    expect(Number(rows[0].hi) - Number(rows[0].lo) + 1).toBe(Number(rows[0].n));
    expect((await giulia.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);
  });
});

describe('reading the trail', () => {
  it('pages newest first with a cursor', async () => {
    const total = await count(rossiId);
    const p1 = await giulia.ok('{ auditEvents(first: 3) { totalCount hasNextPage endCursor nodes { seq } } }');
    expect(p1.auditEvents.totalCount).toBe(total);
    expect(p1.auditEvents.hasNextPage).toBe(true);
    const seqs1 = p1.auditEvents.nodes.map((n: { seq: string }) => Number(n.seq));
    expect(seqs1).toEqual([total, total - 1, total - 2]);
    const p2 = await giulia.ok('query($a: String) { auditEvents(first: 3, after: $a) { nodes { seq } } }', { a: p1.auditEvents.endCursor });
    expect(p2.auditEvents.nodes.map((n: { seq: string }) => Number(n.seq))).toEqual([total - 3, total - 4, total - 5]);
  });

  it('filters by action, type, channel, person and time', async () => {
    const q = 'query($f: AuditFilterInput) { auditEvents(filter: $f, first: 500) { totalCount nodes { action entityType channel userEmail } } }';
    const deletes = await giulia.ok(q, { f: { action: 'delete' } });
    expect(deletes.auditEvents.nodes.every((n: AuditNode) => n.action === 'delete')).toBe(true);
    expect(deletes.auditEvents.totalCount).toBeGreaterThan(0);
    const system = await giulia.ok(q, { f: { channel: 'system' } });
    expect(system.auditEvents.totalCount).toBeGreaterThan(0); // the seed
    const { rows: [g] } = await su.query('select id from app_user where email = $1', [USERS.rossiAdmin]);
    const byGiulia = await giulia.ok(q, { f: { userId: g.id, entityType: 'Role' } });
    expect(byGiulia.auditEvents.nodes.every((n: AuditNode) => n.userEmail === USERS.rossiAdmin && n.entityType === 'Role')).toBe(true);
    const future = await giulia.ok(q, { f: { from: new Date(Date.now() + 3600_000).toISOString() } });
    expect(future.auditEvents.totalCount).toBe(0);
  });

  it('refuses bad paging arguments, naming them', async () => {
    for (const [query, field] of [
      ['{ auditEvents(first: 0) { totalCount } }', 'first'],
      ['{ auditEvents(first: 501) { totalCount } }', 'first'],
      ['{ auditEvents(after: "abc") { totalCount } }', 'after'],
      ['{ auditEvents(filter: { userId: "someone" }) { totalCount } }', 'userId'],
    ] as const) {
      const r = await giulia.gql(query);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field), query).toEqual([field]);
    }
  });

  it('exports the trail as CSV for those with base:export', async () => {
    const csv = (await giulia.ok<{ exportAuditCsv: string }>('{ exportAuditCsv(filter: { entityType: "Role", action: "delete" }) }')).exportAuditCsv;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('seq,at,user_email,role,channel,action,entity_type,entity_id,before,after,hash');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(',delete,Role,'))).toBe(true);
    const agent = await signedIn(t, USERS.rossiAccountant);
    expect(await agent.code('{ exportAuditCsv }')).toBe('FORBIDDEN');
    expect(await agent.code('{ auditEvents { totalCount } }')).toBe('FORBIDDEN');
  });
});

describe('tamper evidence', () => {
  async function tamper(sql: string, params: unknown[] = []) {
    await su.query('alter table audit_event disable trigger audit_event_no_update');
    try {
      await su.query(sql, params);
    } finally {
      await su.query('alter table audit_event enable trigger audit_event_no_update');
    }
  }

  it('verifies an untouched chain', async () => {
    const r = await giulia.ok('{ verifyAuditChain { ok checked firstBrokenSeq problem } }');
    expect(r.verifyAuditChain).toEqual({ ok: true, checked: await count(rossiId), firstBrokenSeq: null, problem: null });
  });

  it('detects an altered row, and is whole again when it is put back', async () => {
    const { rows: [row] } = await su.query(`select seq, after from audit_event where company_id = $1 and entity_type = 'Role' and action = 'create' order by seq limit 1 offset 2`, [rossiId]);
    await tamper(`update audit_event set after = jsonb_set(after, '{name}', '"Renamed quietly"') where company_id = $1 and seq = $2`, [rossiId, row.seq]);
    const broken = await giulia.ok('{ verifyAuditChain { ok firstBrokenSeq problem } }');
    expect(broken.verifyAuditChain).toEqual({ ok: false, firstBrokenSeq: String(row.seq), problem: 'content_changed' });
    await tamper('update audit_event set after = $3 where company_id = $1 and seq = $2', [rossiId, row.seq, row.after]);
    expect((await giulia.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);
  });

  it('detects an altered row whose own hash was recomputed, at the next link', async () => {
    const { rows: [row] } = await su.query(`select seq, who from (select seq, user_email as who from audit_event where company_id = $1 order by seq limit 1 offset 3) x`, [rossiId]);
    await tamper(`update audit_event set user_email = 'someone.else@example.com' where company_id = $1 and seq = $2`, [rossiId, row.seq]);
    await tamper(`update audit_event e set hash = audit_event_hash(e) where company_id = $1 and seq = $2`, [rossiId, row.seq]);
    const broken = await giulia.ok('{ verifyAuditChain { ok firstBrokenSeq problem } }');
    expect(broken.verifyAuditChain).toEqual({ ok: false, firstBrokenSeq: String(Number(row.seq) + 1), problem: 'broken_link' });
    await tamper(`update audit_event e set user_email = $3 where company_id = $1 and seq = $2`, [rossiId, row.seq, row.who]);
    await tamper(`update audit_event e set hash = audit_event_hash(e) where company_id = $1 and seq = $2`, [rossiId, row.seq]);
    expect((await giulia.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);
  });

  it('detects a removed row, in that company only', async () => {
    const pieter = await signedIn(t, USERS.vdbergAdmin);
    const vdbergId = (await su.query(`select id from company where code = 'VDBERG'`)).rows[0].id;
    expect((await pieter.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);
    await tamper('delete from audit_event where company_id = $1 and seq = 2', [vdbergId]);
    const broken = await pieter.ok('{ verifyAuditChain { ok firstBrokenSeq problem } }');
    expect(broken.verifyAuditChain).toEqual({ ok: false, firstBrokenSeq: '3', problem: 'sequence_gap' });
    // ROSSI's chain is another chain, still whole.
    expect((await giulia.ok('{ verifyAuditChain { ok } }')).verifyAuditChain.ok).toBe(true);
  });
});
