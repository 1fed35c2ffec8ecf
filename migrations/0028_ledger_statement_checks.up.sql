-- The ledger's checks once per statement instead of once per row (issue #13, Q-6 speed).
--
-- Migration 0018 checked the books with row-level triggers: every journal entry looked up its month in
-- ledger_period_close, every line looked up its entry, and every entry queued a deferred balance check
-- that summed its lines at COMMIT — 4·N look-ups for a billing batch of N receipts, each planned on the
-- company-wide indexes (on a young ledger one look-up could scan all of the company's entries, so a
-- batch grew quadratically). The same rules now run set-based, over each statement's transition table:
--   * journal_entry, AFTER INSERT FOR EACH STATEMENT (ledger_entries_written): no entry in a closed
--     month (ledger_period_closed); every entry stamped with the transaction writing it (created_txid =
--     txid_current(), the column's default; journal_entry_new_txid); the statement's entries (ids and
--     dates) are registered as pending in ledger_entry_check;
--   * journal_line, AFTER INSERT FOR EACH STATEMENT (ledger_lines_written): every line joins an entry
--     pending in this transaction (journal_line_new_entry) on the entry's date (journal_line_entry_date);
--     the statement's sums per entry (debit, credit, lines) are registered in ledger_line_check;
--   * balance, deferred to COMMIT: the constraint trigger journal_entry_balanced fires once per INSERT
--     statement of entries (its ledger_entry_check row) and checks all of them at once against the sums
--     registered by the lines' statements: Σ debit = Σ credit > 0, at least two lines. A checked entry is
--     no longer pending: no line joins it afterwards (`set constraints journal_entry_balanced immediate`
--     closes the entries written so far, as posting.service.ts does after each entry and batch).
-- Both helper tables hold only the rows of transactions in flight (removed when checked), are written and
-- read only by these trigger functions (SECURITY DEFINER) and give the run-time role no privilege
-- (db/provision.ts). The append-only triggers are unchanged.

drop trigger journal_entry_open_period on journal_entry;
drop trigger journal_line_new_entry on journal_line;
drop trigger journal_entry_balanced on journal_entry;

create table ledger_entry_check (
  id bigint generated always as identity primary key,
  company_id uuid not null references company(id),
  txid bigint not null default txid_current(),
  entry_ids uuid[] not null,
  entry_dates date[] not null,
  unique (company_id, id)
);
create index ledger_entry_check_txid_idx on ledger_entry_check (company_id, txid);

create table ledger_line_check (
  id bigint generated always as identity primary key,
  company_id uuid not null references company(id),
  txid bigint not null default txid_current(),
  entry_ids uuid[] not null,
  debits numeric[] not null,
  credits numeric[] not null,
  counts int[] not null,
  unique (company_id, id)
);
create index ledger_line_check_txid_idx on ledger_line_check (company_id, txid);

do $$
declare t text;
begin
  foreach t in array array['ledger_entry_check', 'ledger_line_check'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;

-- entries: closed months, the writing transaction, pending for the balance check ------------------------
create function ledger_entries_written() returns trigger language plpgsql security definer set search_path = pg_catalog, public as $$
declare d date;
begin
  if exists (select 1 from new_entries n where n.created_txid <> txid_current()) then
    raise exception 'an entry is stamped with the transaction writing it' using errcode = 'check_violation', constraint = 'journal_entry_new_txid';
  end if;
  select n.entry_date into d
    from new_entries n join ledger_period_close c on c.company_id = n.company_id and c.month = date_trunc('month', n.entry_date)::date
   order by n.entry_date limit 1;
  if found then
    raise exception 'ledger period % is closed', to_char(d, 'YYYY-MM') using errcode = 'check_violation', constraint = 'ledger_period_closed';
  end if;
  insert into ledger_entry_check (company_id, entry_ids, entry_dates)
    select n.company_id, array_agg(n.id order by n.id), array_agg(n.entry_date order by n.id) from new_entries n group by n.company_id;
  return null;
end $$;
create trigger journal_entry_written after insert on journal_entry referencing new table as new_entries
  for each statement execute function ledger_entries_written();

-- lines: only into an entry pending in this transaction, on its date; their sums registered ---------------
create function ledger_lines_written() returns trigger language plpgsql security definer set search_path = pg_catalog, public set enable_nestloop = off as $$
declare v_missing boolean; v_wrong_date boolean;
begin
  with pending as (
    select k.company_id, u.id, u.entry_date
      from ledger_entry_check k, unnest(k.entry_ids, k.entry_dates) as u(id, entry_date)
     where k.txid = txid_current() and k.company_id in (select distinct l.company_id from new_lines l)
  )
  select bool_or(p.id is null), bool_or(p.entry_date <> l.entry_date) into v_missing, v_wrong_date
    from new_lines l left join pending p on p.company_id = l.company_id and p.id = l.entry_id;
  if v_missing then
    raise exception 'lines are added only to an entry written in the same transaction' using errcode = 'check_violation', constraint = 'journal_line_new_entry';
  end if;
  if v_wrong_date then
    raise exception 'a line carries its entry''s date' using errcode = 'check_violation', constraint = 'journal_line_entry_date';
  end if;
  insert into ledger_line_check (company_id, entry_ids, debits, credits, counts)
    select s.company_id, array_agg(s.entry_id), array_agg(s.d), array_agg(s.c), array_agg(s.n)
      from (select l.company_id, l.entry_id, sum(l.debit) as d, sum(l.credit) as c, count(*)::int as n from new_lines l group by l.company_id, l.entry_id) s
     group by s.company_id;
  return null;
end $$;
create trigger journal_line_written after insert on journal_line referencing new table as new_lines
  for each statement execute function ledger_lines_written();

-- every entry balances, checked at COMMIT (or at SET CONSTRAINTS … IMMEDIATE), per statement of entries ----
create function ledger_entries_balanced() returns trigger language plpgsql security definer set search_path = pg_catalog, public set enable_nestloop = off as $$
declare b record;
begin
  with s as (
    select u.id, sum(u.d) as d, sum(u.c) as c, sum(u.n) as n
      from ledger_line_check k, unnest(k.entry_ids, k.debits, k.credits, k.counts) as u(id, d, c, n)
     where k.company_id = new.company_id and k.txid = new.txid
     group by u.id
  )
  select e.id, coalesce(s.d, 0) as d, coalesce(s.c, 0) as c, coalesce(s.n, 0) as n into b
    from unnest(new.entry_ids) as e(id) left join s on s.id = e.id
   where s.n is null or s.n < 2 or s.d <> s.c or s.d = 0
   limit 1;
  if found then
    raise exception 'journal entry % does not balance (debit %, credit %, % lines)', b.id, b.d, b.c, b.n
      using errcode = 'check_violation', constraint = 'journal_entry_balanced';
  end if;
  delete from ledger_entry_check where company_id = new.company_id and id = new.id;
  -- nothing pending any more in this transaction: the lines' sums are spent
  if not exists (select 1 from ledger_entry_check k where k.company_id = new.company_id and k.txid = new.txid) then
    delete from ledger_line_check where company_id = new.company_id and txid = new.txid;
  end if;
  return null;
end $$;
create constraint trigger journal_entry_balanced after insert on ledger_entry_check
  deferrable initially deferred for each row execute function ledger_entries_balanced();
