import 'reflect-metadata';
import { FlushMode, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type pg from 'pg';
import { ENTITIES } from './entities.js';
import { chainQueries } from './query-chain.js';
import { sqlMigrations } from './migrations.js';
import { AuditSubscriber } from '../modules/base/audit/audit.subscriber.js';
import { TenantGuardSubscriber } from '../core/tenant-guard.subscriber.js';

function baseOptions(url: string): Options {
  return {
    clientUrl: url,
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Services flush explicitly (and the request plugin flushes mutations). The default AUTO mode
    // computes change sets over every managed entity before each query: a list page paid for that
    // once per DataLoader query.
    flushMode: FlushMode.COMMIT,
    debug: process.env.ORM_DEBUG === 'true',
    pool: {
      min: 0,
      max: Number(process.env.DB_POOL_MAX ?? 10),
      // one query at a time per connection (a request's resolvers ask at once): query-chain.ts
      afterCreate: (connection: pg.Client, done: (err: Error | null, connection: pg.Client) => void) => {
        chainQueries(connection);
        done(null, connection);
      },
    },
  };
}

/** The run-time ORM: connects as the role that row-level security applies to. */
export async function initOrm(appUrl: string): Promise<MikroORM> {
  return MikroORM.init({
    ...baseOptions(appUrl),
    subscribers: [new TenantGuardSubscriber(), new AuditSubscriber()],
  });
}

/** Applies pending migrations as the tables' owner. */
export async function migrate(ownerUrl: string): Promise<void> {
  const orm = await MikroORM.init({
    ...baseOptions(ownerUrl),
    pool: { min: 0, max: 1 },
    extensions: [Migrator],
    migrations: { migrationsList: sqlMigrations(), transactional: true, allOrNothing: true, snapshot: false },
  });
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
}
