import { describe, expect, it, inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { provisionDatabase } from '../src/db/provision.js';

/** Provisioning runs in several processes at once (test files, instances): the shared roles must not race. */
describe('provisioning', () => {
  it('provisions databases side by side without racing on the cluster-wide roles', async () => {
    const superuserUrl = inject('superuserUrl');
    const names = Array.from({ length: 4 }, () => `t_prov_${randomBytes(4).toString('hex')}`);
    const results = await Promise.allSettled(names.map((n) => provisionDatabase(superuserUrl, n, 'agency_app_dev')));
    const su = new pg.Client({ connectionString: superuserUrl });
    await su.connect();
    try {
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      const { rows } = await su.query('select datname from pg_database where datname = any($1)', [names]);
      expect(rows).toHaveLength(names.length);
      const roles = await su.query(`select rolname, rolsuper, rolbypassrls from pg_roles where rolname in ('agency_owner', 'agency_app') order by rolname`);
      expect(roles.rows).toEqual([
        { rolname: 'agency_app', rolsuper: false, rolbypassrls: false },
        { rolname: 'agency_owner', rolsuper: false, rolbypassrls: false },
      ]);
    } finally {
      for (const n of names) await su.query(`drop database if exists ${n}`);
      await su.end();
    }
    // four databases created and migrated at once: minutes on a loaded machine, and the point is the race, not the time
  }, 300_000);
});
