import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Statements a request sends again and again (a list page, the account tab), sent as named prepared
 * statements: PostgreSQL parses and plans such a statement once per connection and keeps its plan,
 * instead of planning the text anew on every request.
 *
 * `em.execute` writes the parameters into the text before sending it (MikroORM's formatQuery), so each
 * request's statement is new text that PostgreSQL must parse and plan: for a list page's statement
 * (a CTE, four joins, row-level security on each table) planning took 1.3 ms against 0.2 ms for the
 * same statement prepared (README, "Session 21"). Here the text keeps its `?` placeholders and the
 * values go as parameters, on the entity manager's transaction, under the name of the text's hash.
 *
 * PostgreSQL plans a prepared statement for its first five executions with their values, then keeps
 * a generic plan when it costs no more than those. Row-level security is unchanged: its policies read
 * the transaction's settings when the plan runs, and a plan is re-made when the role changes.
 *
 * Parameters are typed by where they stand (`p.company_id = ?` is a uuid); a value whose type the
 * statement cannot tell needs a cast (`?::text[]`). Texts are named only up to `MAX_NAMED` distinct
 * ones (field selections make a few per list): beyond, a statement runs unnamed, planned each time, so
 * that queries asking for ever new field selections cannot grow every connection's kept plans without
 * bound. A pooled connection's statements end with it (the pool closes idle connections).
 *
 * A kept plan fails with "cached plan must not change result type" if a migration changes a table's
 * columns under a running server; migrations run before the server starts (platform.ts).
 */
const MAX_NAMED = 200;
const names = new Map<string, string>();

function nameOf(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED) {
    name = `q_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

export interface Prepared {
  /** The rows of `sql` with `params` for its `?` placeholders, on the entity manager's transaction. */
  execute<T extends object = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
}

export function prepared(em: EntityManager): Prepared {
  return {
    async execute<T extends object>(sql: string, params: readonly unknown[]): Promise<T[]> {
      const connection = em.getConnection();
      const query = connection.getKnex().raw(sql, params as Knex.RawBinding[]);
      const name = nameOf(sql);
      if (name) query.options({ name });
      const trx = em.getTransactionContext<Knex.Transaction>();
      if (trx) query.transacting(trx);
      const started = Date.now();
      try {
        const result = (await query) as { rows: T[] };
        em.config.getLogger().logQuery({ query: sql, params: params as unknown[], took: Date.now() - started, level: 'info', results: result.rows.length });
        return result.rows;
      } catch (error) {
        throw em.getPlatform().getExceptionConverter().convertException(error as Error);
      }
    },
  };
}
