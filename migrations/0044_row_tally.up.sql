-- A company's number of rows of a table, kept as the rows are written (issue #9: the policy list's total).
--
-- The policy list's page shows "1–50 of N". Counting N walked every policy of the company on every page:
-- at 360,000 policies that was 26 of the statement's 32 ms, and it grew with the portfolio. row_tally
-- keeps the count as it changes, exactly and transactionally: each INSERT or DELETE statement on a
-- counted table adds one row with its change per company (AFTER … FOR EACH STATEMENT over the statement's
-- transition table), in the writer's own transaction, so a reader's snapshot always sees the count of the
-- rows it sees. N is the sum of the company's rows for the table.
--
-- Writers never update a shared row, so concurrent writers of one company never wait on each other. The
-- rows of a company are folded into one by the writer that finds more than 32 of them, if it gets the
-- company's advisory lock for the table (otherwise another writer is folding them; it skips).
--
-- A counted row never moves to another company (row_tally_same_company). Bulk loads that switch triggers
-- off (session_replication_role = replica: the benchmark's generators) write the tally themselves.
-- Written only by these trigger functions (SECURITY DEFINER, policy tally_writer); the run-time role
-- may only read it (db/provision.ts), under row-level security like every table.

create table row_tally (
  id bigint generated always as identity primary key,
  company_id uuid not null references company(id) on delete cascade,
  subject text not null,
  n bigint not null,
  unique (company_id, id)
);
create index row_tally_subject_idx on row_tally (company_id, subject);
alter table row_tally enable row level security;
alter table row_tally force row level security;
create policy tenant_isolation on row_tally using (company_id = app_current_company()) with check (company_id = app_current_company());
-- the trigger functions (SECURITY DEFINER: the owner, who runs these migrations) keep every company's
-- tally, whoever writes the rows (a request in its company, a job, a superuser's load)
do $$ begin execute format('create policy tally_writer on row_tally to %I using (true) with check (true)', current_user); end $$;

-- a company's rows of one table folded into one (the caller holds the company's advisory lock for it)
create function row_tally_fold(p_company uuid, p_subject text) returns void language sql security definer set search_path = pg_catalog, public as $$
  with gone as (delete from row_tally where company_id = p_company and subject = p_subject returning n)
  insert into row_tally (company_id, subject, n) select p_company, p_subject, coalesce(sum(n), 0) from gone;
$$;

create function row_tally_written() returns trigger language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  v_companies uuid[];
  c record;
begin
  if TG_OP = 'INSERT' then
    with written as (
      insert into row_tally (company_id, subject, n)
        select r.company_id, TG_TABLE_NAME, count(*) from new_rows r group by r.company_id
        returning company_id)
    select array_agg(company_id) into v_companies from written;
  else
    -- rows deleted with their company (ON DELETE CASCADE) leave no tally behind
    with written as (
      insert into row_tally (company_id, subject, n)
        select r.company_id, TG_TABLE_NAME, -count(*) from old_rows r
         where exists (select 1 from company co where co.id = r.company_id)
         group by r.company_id
        returning company_id)
    select array_agg(company_id) into v_companies from written;
  end if;
  for c in
    select t.company_id from row_tally t
     where t.company_id = any(v_companies) and t.subject = TG_TABLE_NAME
     group by t.company_id having count(*) > 32
  loop
    if pg_try_advisory_xact_lock(hashtextextended('row_tally:' || TG_TABLE_NAME || ':' || c.company_id, 0)) then
      perform row_tally_fold(c.company_id, TG_TABLE_NAME);
    end if;
  end loop;
  return null;
end $$;

create function row_tally_same_company() returns trigger language plpgsql as $$
begin
  raise exception 'a row of % does not move to another company', TG_TABLE_NAME using errcode = 'check_violation', constraint = 'row_tally_same_company';
end $$;

-- the policies (the policy list's total)
create trigger policy_tally_inserted after insert on policy referencing new table as new_rows
  for each statement execute function row_tally_written();
create trigger policy_tally_deleted after delete on policy referencing old table as old_rows
  for each statement execute function row_tally_written();
create trigger policy_same_company before update of company_id on policy
  for each row when (old.company_id is distinct from new.company_id) execute function row_tally_same_company();

-- the policies written so far, company by company: row-level security is forced on policy for the
-- owner too, so each company's rows are counted in its own scope (as migration 0007 does)
do $$
declare v_company uuid;
begin
  for v_company in select id from company loop
    perform set_config('app.company_id', v_company::text, true);
    insert into row_tally (company_id, subject, n)
      select v_company, 'policy', count(*) from policy where company_id = v_company having count(*) > 0;
  end loop;
  perform set_config('app.company_id', '', true);
end $$;
