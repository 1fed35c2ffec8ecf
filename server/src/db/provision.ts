import pg from 'pg';

export const OWNER_ROLE = 'agency_owner';
export const APP_ROLE = 'agency_app';

export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
}

function withCredentials(base: string, user: string, password: string, database: string): string {
  const u = new URL(base);
  u.username = user;
  u.password = password;
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a role unless it exists; the run-time role is explicitly NOSUPERUSER NOBYPASSRLS. */
export async function ensureRole(client: pg.Client, role: string, password: string, extra = ''): Promise<void> {
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const pw = client.escapeLiteral(password);
  if (!rowCount) await client.query(`create role ${role} login password ${pw} nosuperuser nobypassrls ${extra}`);
  else await client.query(`alter role ${role} login password ${pw} nosuperuser nobypassrls ${extra}`);
}

/**
 * With a superuser connection (embedded PostgreSQL, tests): creates the owner role, the run-time
 * role and the database owned by the owner.
 */
export async function provisionDatabase(superuserUrl: string, database: string, appPassword: string): Promise<DatabaseUrls> {
  const ownerPassword = 'agency_owner_dev';
  await withClient(superuserUrl, async (c) => {
    // Several processes may provision at once (test files, instances starting together): roles are
    // cluster-wide, so one at a time, or two "create role" race into a duplicate key.
    await c.query('select pg_advisory_lock(hashtext($1))', ['agency:provision']);
    try {
      await ensureRole(c, OWNER_ROLE, ownerPassword, 'createrole');
      await ensureRole(c, APP_ROLE, appPassword);
      const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [database]);
      if (!rowCount) await c.query(`create database ${database} owner ${OWNER_ROLE}`);
    } finally {
      await c.query('select pg_advisory_unlock(hashtext($1))', ['agency:provision']);
    }
  });
  // citext needs a superuser (or a trusted extension); create it here so migrations run as the owner.
  await withClient(withCredentials(superuserUrl, 'postgres', 'postgres', database), async (c) => {
    await c.query('create extension if not exists citext');
  });
  return {
    ownerUrl: withCredentials(superuserUrl, OWNER_ROLE, ownerPassword, database),
    appUrl: withCredentials(superuserUrl, APP_ROLE, appPassword, database),
  };
}

/**
 * With an external PostgreSQL: DATABASE_URL is the owner. DATABASE_APP_URL is the run-time role; when
 * unset, the role `agency_app` is created by the owner (which then needs CREATEROLE).
 */
export async function externalDatabase(ownerUrl: string, appUrl: string | undefined, appPassword: string): Promise<DatabaseUrls> {
  if (appUrl) return { ownerUrl, appUrl };
  await withClient(ownerUrl, (c) => ensureRole(c, APP_ROLE, appPassword));
  const u = new URL(ownerUrl);
  return { ownerUrl, appUrl: withCredentials(ownerUrl, APP_ROLE, appPassword, u.pathname.slice(1)) };
}

/** Run-time privileges: data access only; the audit trail is insert-only. Re-applied after every migration. */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<void> {
  const appRole = decodeURIComponent(new URL(appUrl).username);
  await withClient(ownerUrl, async (c) => {
    await c.query(`grant usage on schema public to ${appRole}`);
    await c.query(`grant select, insert, update, delete on all tables in schema public to ${appRole}`);
    await c.query(`grant usage, select on all sequences in schema public to ${appRole}`);
    await c.query(`revoke update, delete, truncate on audit_event from ${appRole}`);
    await c.query(`revoke update, delete, truncate on consent_record from ${appRole}`);
    // the books are append-only (migration 0018): entries, lines, closed months and issued premium documents
    await c.query(`do $$ begin if to_regclass('public.journal_line') is not null then execute 'revoke update, delete, truncate on journal_entry, journal_line, ledger_period_close, premium_document from ${appRole}'; end if; end $$`);
    // the ledger's pending checks (migration 0028) are written and read only by its trigger functions
    await c.query(`do $$ begin if to_regclass('public.ledger_entry_check') is not null then execute 'revoke all on ledger_entry_check, ledger_line_check from ${appRole}'; end if; end $$`);
    // row_tally (migration 0044): written only by its trigger functions, read by the lists' totals
    await c.query(`do $$ begin if to_regclass('public.row_tally') is not null then execute 'revoke insert, update, delete, truncate on row_tally from ${appRole}'; end if; end $$`);
    // payments and their allocations are append-only too (migration 0020): an undo is a new row
    await c.query(`do $$ begin if to_regclass('public.payment_allocation') is not null then execute 'revoke update, delete, truncate on payment, payment_allocation from ${appRole}'; execute 'revoke delete, truncate on remittance, remittance_item from ${appRole}'; end if; end $$`);
    await c.query(`revoke all on mikro_orm_migrations from ${appRole}`);
    await c.query(`grant execute on function app_queue_job(text, json, int) to ${appRole}`);
  });
}
