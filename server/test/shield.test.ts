import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isAbstractType,
} from 'graphql';
import { buildBareSchema, ruleMap } from '../src/core/schema.js';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';

/**
 * Deny by default (Q-9): every Query and Mutation field has an explicit rule; the rule map is
 * snapshotted so that every permission change shows in review; and through the real server, a
 * visitor and a user without the right are refused on every operation, before anything runs.
 */

type Root = 'Query' | 'Mutation';

/** A rule as a stable, readable string: `and(isSignedIn, can_base_view)`. */
function describeRule(rule: unknown): string {
  const r = rule as { constructor: { name: string }; name?: string; getRules?: () => unknown[] };
  switch (r.constructor.name) {
    case 'RuleTrue':
      return 'allow';
    case 'RuleFalse':
      return 'deny';
    case 'RuleAnd':
    case 'RuleOr':
    case 'RuleChain':
    case 'RuleRace':
    case 'RuleNot': {
      const op = r.constructor.name.slice(4).toLowerCase();
      return `${op}(${r.getRules!().map(describeRule).join(', ')})`;
    }
    case 'Rule':
    case 'InputRule':
      return r.name!;
    default:
      throw new Error(`unknown rule type ${r.constructor.name}`);
  }
}

let schema: GraphQLSchema;
let rules: Record<Root, Record<string, unknown>>;

function rootFields(root: Root): Array<GraphQLField<unknown, unknown>> {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {});
}

function ruleOf(root: Root, field: string): string {
  return describeRule(rules[root][field]);
}

describe('the rule map', () => {
  beforeAll(async () => {
    schema = await buildBareSchema();
    rules = ruleMap(schema) as Record<Root, Record<string, unknown>>;
  });

  it('gives every Query and Mutation field an explicit rule', () => {
    const missing: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of rootFields(root)) if (!rules[root][field.name]) missing.push(`${root}.${field.name}`);
    }
    expect(missing).toEqual([]);
    expect(schema.getSubscriptionType()).toBeFalsy();
  });

  it('has no rule for a field that does not exist (a renamed operation keeps no stale rule)', () => {
    const stale: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      const names = new Set(rootFields(root).map((f) => f.name));
      for (const field of Object.keys(rules[root])) if (!names.has(field)) stale.push(`${root}.${field}`);
    }
    expect(stale).toEqual([]);
  });

  it('lists the public operations by name, and only these', () => {
    const open: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of rootFields(root)) if (ruleOf(root, field.name) === 'allow') open.push(`${root}.${field.name}`);
    }
    expect(open.sort()).toEqual(['Mutation.login', 'Mutation.logout', 'Mutation.requestPasswordReset', 'Mutation.resetPassword', 'Query.me']);
  });

  it('matches the reviewed permission snapshot', () => {
    const map: Record<string, string> = {};
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of rootFields(root).sort((a, b) => a.name.localeCompare(b.name))) map[`${root}.${field.name}`] = ruleOf(root, field.name);
    }
    expect(map).toMatchSnapshot();
  });
});

// --- through the server --------------------------------------------------------------------------

/** A value of the right shape for an argument, so that only the permission rule can refuse it. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'String':
        return 'x';
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return new Date().toISOString();
      case 'JSON':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(root: Root, field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args as GraphQLArgument[];
  const decl = args.map((a, i) => `$a${i}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a, i) => `${a.name}: $a${i}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  const query = `${root === 'Query' ? 'query' : 'mutation'}${decl ? `(${decl})` : ''} { ${field.name}${call}${selection} }`;
  return { query, variables: Object.fromEntries(args.map((a, i) => [`a${i}`, sample(a.type)])) };
}

/** The rights a rule asks for (`can_base_edit` → `base:edit`), and whether it needs the operator. */
function needs(root: Root, field: string): { rights: string[]; operator: boolean } {
  const text = ruleOf(root, field);
  return { rights: [...text.matchAll(/can_([a-z]+)_([a-z]+)/g)].map((m) => `${m[1]}:${m[2]}`), operator: text.includes('isOperator') };
}

describe('through the server', () => {
  let t: TestPlatform;
  let su: Awaited<ReturnType<TestPlatform['superuser']>>;
  const auditRows = async () => Number((await su.query('select count(*) as n from audit_event')).rows[0].n);
  beforeAll(async () => {
    schema ??= await buildBareSchema();
    rules ??= ruleMap(schema) as Record<Root, Record<string, unknown>>;
    t = await startTestPlatform({ worker: false });
    su = await t.superuser();
  });
  afterAll(async () => {
    await su?.end();
    await t?.stop();
  });

  async function walk(client: GqlClient, pick: (root: Root, field: string) => boolean) {
    const results: Record<string, string | undefined> = {};
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of rootFields(root)) {
        if (!pick(root, field.name)) continue;
        const { query, variables } = operationFor(root, field);
        const r = await client.gql(query, variables);
        results[`${root}.${field.name}`] = r.errors?.[0]?.extensions?.code;
        expect(r.data?.[field.name] ?? null, `${root}.${field.name} returned data`).toBeNull();
      }
    }
    return results;
  }

  it('refuses a visitor with UNAUTHENTICATED on every operation that is not public, before it runs', async () => {
    const before = await auditRows();
    const results = await walk(t.client(), (root, field) => ruleOf(root, field) !== 'allow');
    expect(Object.keys(results).length).toBeGreaterThan(20);
    const wrong = Object.entries(results).filter(([, code]) => code !== 'UNAUTHENTICATED');
    expect(wrong).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('refuses an agent with FORBIDDEN on every operation needing a right their role lacks', async () => {
    const agent = await signedIn(t, USERS.rossiAgent);
    const { me } = await agent.ok<{ me: { rights: string[] } }>('{ me { rights } }');
    expect(me.rights).not.toContain('base:view');
    const before = await auditRows();
    const results = await walk(agent, (root, field) => {
      const n = needs(root, field);
      return n.operator || n.rights.some((r) => !me.rights.includes(r));
    });
    expect(Object.keys(results)).toEqual(expect.arrayContaining(['Query.users', 'Mutation.inviteUser', 'Mutation.createRole', 'Query.auditEvents', 'Mutation.createCompany']));
    const wrong = Object.entries(results).filter(([, code]) => code !== 'FORBIDDEN');
    expect(wrong).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('refuses a session still waiting for its second factor on everything but the second factor', async () => {
    const admin = t.client();
    const r = await admin.ok<{ login: { status: string } }>('mutation { login(input: { email: "giulia.rossi@rossi-assicurazioni.example", password: "Demo-Password-2026" }) { status } }');
    expect(r.login.status).toBe('SECOND_FACTOR_REQUIRED');
    const results = await walk(admin, (root, field) => ruleOf(root, field) !== 'allow' && field !== 'verifySecondFactor');
    const wrong = Object.entries(results).filter(([, code]) => code !== 'UNAUTHENTICATED');
    expect(wrong).toEqual([]);
    expect((await admin.ok('{ me { user { email } } }')).me).toBeNull();
  });
});
