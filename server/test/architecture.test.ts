import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { TENANT_BYPASS_ALLOWED } from '../src/core/tenant-bypass.js';
import { TENANT_FILTER } from '../src/core/tenant.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

/**
 * The tenancy choke point stays one (STYLE "Tenancy"): only the files listed in core/tenant-bypass.ts
 * may switch the ORM's tenant filter off or run raw SQL; and the ORM's picture of the database (the
 * entities) agrees with the database the migrations build.
 */

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Comments out: a comment that names `em.execute` is not a call. */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

/** The expression a `.execute` is called on, read backwards over balanced brackets: `ctx.em`, `qb`, `em.createQueryBuilder(X).where(…)`. */
function receiverOf(src: string, dot: number): string {
  let i = dot - 1;
  let depth = 0;
  while (i >= 0) {
    const ch = src[i];
    if (ch === ')' || ch === ']' || (ch === '>' && src[i - 1] !== '=')) depth++;
    else if (ch === '(' || ch === '[' || ch === '<') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !/[\w$.\s?!]/.test(ch)) break;
    i--;
  }
  return src
    .slice(i + 1, dot)
    .trim()
    .replace(/^(?:(?:await|return|yield|void)\s+)+/, '');
}

export interface Bypass {
  line: number;
  kind: 'filter-off' | 'raw-sql';
  text: string;
}

/** Every place in a source text that turns the tenant filter off or runs raw SQL. */
export function findBypasses(source: string): Bypass[] {
  const src = stripComments(source);
  const out: Bypass[] = [];
  const lineOf = (index: number) => src.slice(0, index).split('\n').length;
  const filterOff = [/\[\s*TENANT_FILTER\s*\]\s*:\s*false/g, /\btenant['"]?\s*:\s*false/g, /\bfilters\s*:\s*false/g, /['"]tenant['"]\s*:\s*false/g];
  for (const re of filterOff) for (const m of src.matchAll(re)) out.push({ line: lineOf(m.index!), kind: 'filter-off', text: m[0] });
  // Names bound to a query builder: `const qb = em.createQueryBuilder(…)`.
  const builders = new Set([...src.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*[^;]*?\bcreateQueryBuilder\s*\(/g)].map((m) => m[1]));
  // a type argument may hold an object type with `;` (`execute<Array<{ a: string; b: number }>>(`)
  for (const m of src.matchAll(/\.\s*execute\s*(?:<[^()]*?>)?\s*\(/g)) {
    const receiver = receiverOf(src, m.index!);
    const root = /^[\w$]+/.exec(receiver)?.[0] ?? '';
    if (/\bcreateQueryBuilder\s*\(/.test(receiver) || /\.qb\s*\(/.test(receiver) || builders.has(root)) continue;
    out.push({ line: lineOf(m.index!), kind: 'raw-sql', text: `${receiver}.execute(` });
  }
  for (const m of src.matchAll(/\b(?:getKnex|getConnection)\s*\(/g)) out.push({ line: lineOf(m.index!), kind: 'raw-sql', text: m[0] });
  return out.sort((a, b) => a.line - b.line);
}

describe('the tenant bypass list', () => {
  it('recognizes bypasses and query builders (the detector itself)', () => {
    const cases: Array<[string, Bypass['kind'][]]> = [
      ['await ctx.em.execute(`select 1`, [])', ['raw-sql']],
      ['const rows = await em.execute<Array<{ n: string }>>("select 1");', ['raw-sql']],
      ['const rows = await ctx.em.execute<Array<{ id: string; n: number }>>(`select 1`, []);', ['raw-sql']],
      ['await em.getConnection().execute("insert …", [], "run", em.getTransactionContext());', ['raw-sql', 'raw-sql']],
      ['em.find(Role, {}, { filters: { [TENANT_FILTER]: false } })', ['filter-off']],
      ['em.find(Role, {}, { filters: { tenant: false } })', ['filter-off']],
      ['em.find(Role, {}, { filters: false })', ['filter-off']],
      ["await ctx.em.createQueryBuilder(Membership, 'm').select(['m.role']).where({ a: 1 }).groupBy('m.role').execute<Array<{ role: string }>>();", []],
      ["const qb = em.createQueryBuilder(Role, 'r'); qb.where({ name: 'x' }); const rows = await qb.execute();", []],
      ['// em.execute("select 1") in a comment\nconst a = 1;', []],
      ['em.find(Role, {}, { filters: { [TENANT_FILTER]: true } })', []],
    ];
    for (const [code, kinds] of cases) expect(findBypasses(code).map((b) => b.kind), code).toEqual(kinds);
  });

  it('allows filter bypasses and raw SQL only in the listed files', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(SERVER_DIR, 'src'))) {
      const rel = path.relative(SERVER_DIR, file).split(path.sep).join('/');
      if (TENANT_BYPASS_ALLOWED.includes(rel)) continue;
      for (const b of findBypasses(readFileSync(file, 'utf8'))) offenders.push(`${rel}:${b.line} ${b.kind} ${b.text}`);
    }
    expect(offenders).toEqual([]);
  });

  it('lists only files that exist and still need the exception', () => {
    for (const rel of TENANT_BYPASS_ALLOWED) {
      const file = path.join(SERVER_DIR, rel);
      expect(existsSync(file), `${rel} exists`).toBe(true);
      expect(findBypasses(readFileSync(file, 'utf8')).length, `${rel} still bypasses`).toBeGreaterThan(0);
    }
  });

  it('names the tenant filter the way the detector looks for it', () => {
    expect(TENANT_FILTER).toBe('tenant');
  });
});

// --- entities vs database ------------------------------------------------------------------------

/** A type family, so that `varchar(255)` and `text` agree and `uuid` and `int` do not. */
function family(type: string): string {
  const t = type.toLowerCase().replace(/\(.*\)/, '').trim();
  if (t.endsWith('[]') || t.startsWith('_')) return `array:${family(t.replace(/\[\]$/, '').replace(/^_/, ''))}`;
  if (['varchar', 'text', 'character varying', 'character', 'char', 'bpchar', 'citext', 'string'].includes(t)) return 'text';
  if (['timestamptz', 'timestamp', 'timestamp with time zone', 'datetime'].includes(t)) return 'timestamp';
  if (['int', 'int4', 'integer', 'smallint', 'int2', 'tinyint', 'serial'].includes(t)) return 'int';
  if (['bigint', 'int8', 'bigserial'].includes(t)) return 'bigint';
  if (['bool', 'boolean'].includes(t)) return 'bool';
  if (['json', 'jsonb'].includes(t)) return 'json';
  if (['numeric', 'decimal'].includes(t)) return 'numeric';
  return t;
}

interface Column {
  table: string;
  column: string;
  nullable: boolean;
  udt: string;
}

describe('entities and migrations agree', () => {
  let t: TestPlatform;
  let columns: Map<string, Column>;
  let tables: Map<string, { rls: boolean; force: boolean; policies: number }>;
  let metas: EntityMetadata[];

  beforeAll(async () => {
    t = await startTestPlatform({ worker: false });
    const su = await t.superuser();
    try {
      const cols = await su.query<{ table_name: string; column_name: string; is_nullable: string; udt_name: string }>(
        `select table_name, column_name, is_nullable, udt_name from information_schema.columns where table_schema = 'public'`,
      );
      columns = new Map(cols.rows.map((c) => [`${c.table_name}.${c.column_name}`, { table: c.table_name, column: c.column_name, nullable: c.is_nullable === 'YES', udt: c.udt_name }]));
      const rel = await su.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: string }>(
        `select c.relname, c.relrowsecurity, c.relforcerowsecurity, (select count(*) from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
           from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')`,
      );
      tables = new Map(rel.rows.map((r) => [r.relname, { rls: r.relrowsecurity, force: r.relforcerowsecurity, policies: Number(r.policies) }]));
    } finally {
      await su.end();
    }
    metas = Object.values(t.orm.getMetadata().getAll()).filter((m) => !m.embeddable && !m.virtual && !m.abstract && m.tableName);
  });
  afterAll(async () => t?.stop());

  const persisted = (meta: EntityMetadata): EntityProperty[] =>
    Object.values(meta.properties).filter(
      (p) =>
        p.persist !== false &&
        !p.embedded &&
        (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
    );

  it('knows every entity of the platform', () => {
    expect(metas.map((m) => m.className)).toEqual(expect.arrayContaining(['Company', 'User', 'Membership', 'Role', 'UserSession', 'SupportGrant', 'AuditEvent', 'OutboxMessage']));
  });

  it('maps every entity to an existing table', () => {
    expect(metas.filter((m) => !tables.has(m.tableName)).map((m) => `${m.className} → ${m.tableName}`)).toEqual([]);
  });

  it('maps every property to an existing column of the same nullability and type', () => {
    const problems: string[] = [];
    for (const meta of metas) {
      for (const prop of persisted(meta)) {
        prop.fieldNames.forEach((fieldName, i) => {
          const col = columns.get(`${meta.tableName}.${fieldName}`);
          const where = `${meta.className}.${prop.name} → ${meta.tableName}.${fieldName}`;
          if (!col) return problems.push(`${where}: no such column`);
          const nullable = !!prop.nullable && !prop.primary;
          if (col.nullable !== nullable) problems.push(`${where}: entity ${nullable ? 'nullable' : 'required'}, column ${col.nullable ? 'nullable' : 'NOT NULL'}`);
          const entityType = prop.columnTypes?.[i] ?? prop.type;
          if (family(entityType) !== family(col.udt)) problems.push(`${where}: entity ${entityType}, column ${col.udt}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('maps every column of an entity table to a property (no column the ORM cannot write)', () => {
    const problems: string[] = [];
    for (const meta of metas) {
      const mapped = new Set(persisted(meta).flatMap((p) => p.fieldNames));
      for (const col of columns.values()) if (col.table === meta.tableName && !mapped.has(col.column)) problems.push(`${meta.tableName}.${col.column}`);
    }
    expect(problems).toEqual([]);
  });

  it('puts every entity under the tenant filter on a table with company_id NOT NULL and forced row-level security', () => {
    const tenant = metas.filter((m) => m.filters?.[TENANT_FILTER]);
    expect(tenant.map((m) => m.className)).toEqual(expect.arrayContaining(['Membership', 'Role', 'SupportGrant', 'AuditEvent']));
    const problems: string[] = [];
    for (const meta of tenant) {
      const col = columns.get(`${meta.tableName}.company_id`);
      const rel = tables.get(meta.tableName);
      if (!col) problems.push(`${meta.tableName}: no company_id`);
      else if (col.nullable) problems.push(`${meta.tableName}.company_id is nullable`);
      if (!rel?.rls) problems.push(`${meta.tableName}: row-level security off`);
      if (!rel?.force) problems.push(`${meta.tableName}: row-level security not forced`);
      if (!rel?.policies) problems.push(`${meta.tableName}: no policy`);
      const company = meta.properties.company as EntityProperty | undefined;
      if (!company || company.nullable) problems.push(`${meta.className}.company missing or nullable`);
    }
    expect(problems).toEqual([]);
  });
});
