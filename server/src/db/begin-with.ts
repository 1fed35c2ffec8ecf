import type pg from 'pg';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * A transaction begun together with its first statement, in one round trip.
 *
 * A request opens with `BEGIN`, then its opening statement (the session, the company scope, the
 * rights). These are two round trips to PostgreSQL, and on this platform each costs a wake-up of the
 * database's process (README, "Session 14"). Here `BEGIN; <statement>` goes as one simple-protocol
 * message, which PostgreSQL runs as two statements, the second inside the transaction the first opened.
 *
 * The transaction is knex's own, made as `knex.transaction()` makes it, with one difference: its
 * `begin` sends the statement with `BEGIN`. The entity manager is then given it
 * (`em.setTransactionContext`), so the ORM, its flush, `em.commit()` and `em.rollback()` work as after
 * `em.begin()`.
 *
 * Without parameters, the simple protocol takes values only as literals in the text, so
 * `firstStatement` must contain only literals the caller has validated (a hexadecimal hash, an integer).
 * When the statement fails, the transaction is rolled back before the connection goes back to the
 * pool, and the error is thrown.
 *
 * `readOnly`: after the statement, the transaction becomes read-only (`SET TRANSACTION READ ONLY`, in
 * the same message): PostgreSQL refuses every write that follows (SQLSTATE 25006), while what the
 * first statement wrote (a session's last-seen time) stays part of the transaction.
 */
export async function beginWith(em: EntityManager, firstStatement: string, options: { readOnly?: boolean } = {}): Promise<Array<Record<string, unknown>>> {
  const { client } = em.getConnection().getKnex() as unknown as { client: TransactingClient };
  let rows: Array<Record<string, unknown>> = [];
  const trx = await new Promise<Knex.Transaction>((resolve, reject) => {
    // the container receives the transactor once `begin` succeeded; returning nothing leaves the
    // commit or rollback to the caller (knex's `transaction()` without a container does the same)
    const transaction = client.transaction((t) => {
      resolve(t);
    }, { userParams: {}, doNotRejectOnRollback: true });
    transaction.begin = async (connection) => {
      const sql = `BEGIN; ${firstStatement}${options.readOnly ? '; SET TRANSACTION READ ONLY' : ''}`;
      const started = Date.now();
      try {
        const results = (await connection.query(sql)) as unknown as pg.QueryResult[];
        rows = results[1].rows as Array<Record<string, unknown>>;
        // seen as the ORM's and knex's own statements are: the ORM's query log, knex's 'query' event
        em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: 'info', results: rows.length });
        client.emit('query', { sql, bindings: [], method: 'raw' });
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    };
    transaction.catch(reject);
  });
  em.setTransactionContext(trx);
  return rows;
}

/** What of knex's client and transaction this uses: `client.transaction(container, config)`, its 'query' event, and the transaction's `begin(connection)`. */
interface TransactingClient {
  emit(event: 'query', query: { sql: string; bindings: unknown[]; method: string }): void;
  transaction(container: (trx: Knex.Transaction) => void, config: { userParams: object; doNotRejectOnRollback: boolean }): KnexTransaction;
}

interface KnexTransaction {
  begin: (connection: pg.Client) => Promise<void>;
  catch(onRejected: (error: unknown) => void): Promise<unknown>;
}
