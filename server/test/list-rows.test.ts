import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { mapRow } from '../src/core/list-rows.js';
import { Policy } from '../src/modules/policies/policy.entity.js';
import { Client } from '../src/modules/clients/client.entity.js';
import { ClientAddress } from '../src/modules/clients/address.entity.js';
import { Insurer } from '../src/modules/policies/insurer.entity.js';
import { LineOfBusiness } from '../src/modules/policies/line-of-business.entity.js';
import { Membership } from '../src/modules/base/users/membership.entity.js';
import { User } from '../src/modules/base/users/user.entity.js';

/**
 * A list row (core/list-rows.ts `mapRow`) carries the values MikroORM's own result mapper gives the
 * same row — property names, booleans, date-times as Date — for every entity a list page maps, read
 * from the demo data as the driver returns them.
 */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(() => t?.stop());

const ENTITIES: Array<[EntityClass<object>, string]> = [
  [Policy, 'policy'],
  [Client, 'client'],
  [ClientAddress, 'client_address'],
  [Insurer, 'insurer'],
  [LineOfBusiness, 'line_of_business'],
  [Membership, 'membership'],
  [User, 'app_user'],
];

describe('mapRow', () => {
  it.each(ENTITIES)("maps every column of a %s row as MikroORM's result mapper does", async (entity, table) => {
    const em = t.orm.em.fork() as EntityManager;
    // a few rows with every column, as the ORM's connection returns them (dates and date-times as text)
    const su = await t.superuser();
    const text = (s: string) => s;
    const types = { getTypeParser: (oid: number, format?: string) => ([1082, 1114, 1184, 1186].includes(oid) ? text : pg.types.getTypeParser(oid, format as never)) };
    const raw = (await su.query({ text: `select * from ${table} order by 1 limit 5`, types: types as never })).rows as Array<Record<string, unknown>>;
    await su.end();
    expect(raw.length).toBeGreaterThan(0);
    const meta = em.getMetadata().get(entity.name);
    for (const row of raw) {
      const ours = mapRow(em, entity, row) as Record<string, unknown>;
      const theirs = em.getDriver().mapResult({ ...row } as never, meta) as Record<string, unknown>;
      expect(ours).toBeInstanceOf(entity);
      expect({ ...ours }).toEqual(theirs);
      // and with a prefix, as a joined relation's columns come beside another row's
      const prefixed = Object.fromEntries(Object.entries(row).map(([k, v]) => [`r_${k}`, v]));
      expect({ ...(mapRow(em, entity, { ...prefixed, id: 'another row' }, 'r_') as object) }).toEqual(theirs);
    }
  });

  it('turns date-time text into a Date and a boolean into a boolean, and keeps an extra value not named as a column', async () => {
    const em = t.orm.em.fork() as EntityManager;
    const row = mapRow(em, Policy, { id: '00000000-0000-4000-8000-000000000001', created_at: '2026-11-30 10:00:00.5+00', foreign_business: true, tacit_renewal: 0 }, '', { note: 'kept' }) as unknown as Record<string, unknown>;
    expect(row.createdAt).toBeInstanceOf(Date);
    expect((row.createdAt as Date).toISOString()).toBe('2026-11-30T10:00:00.500Z');
    expect(row.foreignBusiness).toBe(true);
    expect(row.tacitRenewal).toBe(false);
    expect(row.note).toBe('kept');
    // an outer join that found nothing
    expect(mapRow(em, Insurer, { i_id: null }, 'i_')).toBeNull();
  });
});
