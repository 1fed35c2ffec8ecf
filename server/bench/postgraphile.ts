import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import ConnectionFilterPlugin from 'postgraphile-plugin-connection-filter';
import { freePort } from '../src/db/embedded.js';

// required, not imported: PostGraphile's CommonJS re-exports graphile-utils with `export *`, which
// Node's ES module loader cannot see as named exports
const { postgraphile, makeJSONPgSmartTagsPlugin, makeAddPgTableOrderByPlugin, orderByAscDesc } = createRequire(import.meta.url)('postgraphile') as typeof import('postgraphile');

/**
 * Our schema is not written for PostGraphile: the audit chain's `audit_event_hash(audit_event)` and
 * the consent chain's `consent_record_hash(consent_record)` would become computed columns `hash` that
 * clash with the column of that name. A smart tag kept here
 * (not a COMMENT in the database) leaves it out.
 */
const SmartTags = makeJSONPgSmartTagsPlugin({
  version: 1,
  config: { procedure: { audit_event_hash: { tags: { omit: true } }, consent_record_hash: { tags: { omit: true } } } },
});

/**
 * Names in the company's ICU collation (`NAME_ASC`), as the server sorts them (client-sort.ts) and as
 * the list index of that collation is ordered (migration 0006) — PostGraphile's DISPLAY_NAME_ASC sorts
 * in byte order, which neither gives the same page nor has an index any more.
 */
function collatedNameOrder(collation: string) {
  return makeAddPgTableOrderByPlugin('public', 'client', ({ pgSql: sql }) =>
    orderByAscDesc('NAME', ({ queryBuilder }: { queryBuilder: { getTableAlias(): unknown } }) =>
      sql.fragment`${queryBuilder.getTableAlias()}.display_name collate ${sql.identifier(collation)}`) as never,
  );
}

/**
 * PostGraphile v4 over the same database, as the reference the clients list page is compared with
 * (SPEC: "a staff list page … beats PostGraphile on the same database and query").
 *
 * It connects as the run-time role `agency_app`, so the same FORCE row-level security applies: every
 * request runs in a transaction with `app.company_id` set (pgSettings), which is what the tenant
 * policies read. One company per server — enough for a benchmark, and no JWT machinery to measure.
 * Production-like: no watch, no GraphiQL, no extended errors, no query log.
 */
export async function startPostGraphile(appUrl: string, companyId: string, collation: string): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: appUrl });
  const handler = postgraphile(pool, 'public', {
    appendPlugins: [ConnectionFilterPlugin, SmartTags, collatedNameOrder(collation)],
    disableDefaultMutations: true,
    ignoreRBAC: false,
    // PostGraphile's default. With false it offers order and conditions only on the first column of
    // an index, and ours lead with company_id: no DISPLAY_NAME_ASC, no status filter, no kind condition,
    // so the list query could not be written. It only shapes the schema, not the SQL it runs.
    ignoreIndexes: true,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    graphiql: false,
    enableQueryBatching: false,
    disableQueryLog: true,
    watchPg: false,
    pgSettings: { 'app.company_id': companyId },
    // a schema that cannot be built rejects here instead of PostGraphile's default process.exit(34)
    retryOnInitFail: () => false,
  });
  try {
    await handler.getGraphQLSchema();
  } catch (error) {
    await pool.end();
    throw error;
  }
  const server = http.createServer(handler);
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      server.closeAllConnections(); // keep-alive clients would hold close() open
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.release();
      await pool.end();
    },
  };
}

/**
 * The list page of clients.bench.ts as a PostGraphile client writes it, same variables (`$o`): clients
 * with status prospect or active ordered by name (in the company's collation) then id, 50 at offset $o, the filter's total, and
 * per client the preferred e-mail and phone and the residence (lowest position). The relation fields
 * are PostGraphile's names for the composite foreign keys (company_id, client_id) → client.
 */
export const POSTGRAPHILE_LIST_QUERY = `query($o: Int!) {
  allClients(first: 50, offset: $o, orderBy: [NAME_ASC, ID_ASC], filter: { status: { in: ["prospect", "active"] } }) {
    totalCount
    nodes {
      id kind status displayName taxCode
      emails: clientContactsByCompanyIdAndClientId(condition: { kind: "email", preferred: true }, first: 1) { nodes { value } }
      phones: clientContactsByCompanyIdAndClientId(condition: { kind: "phone", preferred: true }, first: 1) { nodes { value } }
      residence: clientAddressesByCompanyIdAndClientId(condition: { kind: "residence" }, orderBy: [POSITION_ASC], first: 1) { nodes { line1 postalCode city } }
    }
  }
}`;

interface PostGraphileListData {
  allClients: {
    totalCount: number;
    nodes: Array<{
      id: string;
      displayName: string;
      emails: { nodes: Array<{ value: string }> };
      phones: { nodes: Array<{ value: string }> };
      residence: { nodes: Array<{ city: string }> };
    }>;
  };
}

/** PostGraphile's answer to POSTGRAPHILE_LIST_QUERY flattened to what the server's list returns, to compare. */
export function postGraphileRows(data: unknown): Array<{ id: string; displayName: string; preferredEmail: string | null; preferredPhone: string | null; city: string | null }> {
  return (data as PostGraphileListData).allClients.nodes.map((n) => ({
    id: n.id,
    displayName: n.displayName,
    preferredEmail: n.emails.nodes[0]?.value ?? null,
    preferredPhone: n.phones.nodes[0]?.value ?? null,
    city: n.residence.nodes[0]?.city ?? null,
  }));
}

/** The filter's total in PostGraphile's answer to POSTGRAPHILE_LIST_QUERY. */
export function postGraphileTotal(data: unknown): number {
  return (data as PostGraphileListData).allClients.totalCount;
}
