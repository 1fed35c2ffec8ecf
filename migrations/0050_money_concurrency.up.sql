-- Concurrency of the money modules (ledger, billing).
--
-- 1. A month closed while an entry is being posted into it. ledger_entries_written (migration 0028)
--    refused an entry dated in a closed month by reading ledger_period_close, and closeLedgerPeriod
--    inserted the close without waiting for anything: under READ COMMITTED neither saw the other's
--    uncommitted row, so an entry committed into a month AFTER its close had committed (the closed month's
--    figures changed once closed). Now a month of a company has an advisory lock
--    (ledger_period_lock_key): every statement writing entries takes it SHARED for each month it writes
--    into, before it reads the closes; closing a month takes it EXCLUSIVE (a BEFORE INSERT trigger on
--    ledger_period_close, and closePeriod before its own checks). A close waits for the entries being
--    posted into the month to commit; an entry posted while the month is being closed waits for the close
--    and is then refused. (The services' own check, isClosed, takes the shared lock too, so the refusal
--    names the field.)
--
-- 2. A receipt issued for one installment twice at once under two counters (a single receipt dated in
--    one year racing a billing run issuing in another): the counter row of (company, 'Q', year) was the
--    only lock, so both staged the installment and one failed on the unique installment_id — a billing
--    run's batch failing (the run FAILED) because someone issued one receipt. Issuing receipts now takes
--    the company's advisory issue lock first (billing_issue_begin), whatever the year: the second waits,
--    then reads the first's receipts and skips them.

-- (no SET clause: a plain SQL expression, inlined where it is called)
create function ledger_period_lock_key(p_company uuid, p_month date) returns bigint
  language sql immutable parallel safe as $$
  select pg_catalog.hashtextextended('ledger_period:' || p_company::text || ':' || (extract(year from p_month)::int * 100 + extract(month from p_month)::int)::text, 0)
$$;

create or replace function ledger_entries_written() returns trigger language plpgsql security definer set search_path = pg_catalog, public as $$
declare d date;
begin
  if exists (select 1 from new_entries n where n.created_txid <> txid_current()) then
    raise exception 'an entry is stamped with the transaction writing it' using errcode = 'check_violation', constraint = 'journal_entry_new_txid';
  end if;
  -- the months written into, locked shared (in a stable order) before their closes are read: a close
  -- under way is waited for and then seen; a close started now waits for this transaction
  perform pg_advisory_xact_lock_shared(ledger_period_lock_key(k.company_id, k.month))
     from (select distinct n.company_id, date_trunc('month', n.entry_date)::date as month from new_entries n order by 1, 2) k;
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

-- closing a month waits for the entries being posted into it (their shared locks), and holds the month
-- exclusively until it commits
create function ledger_period_close_lock() returns trigger language plpgsql set search_path = pg_catalog, public as $$
begin
  perform pg_advisory_xact_lock(ledger_period_lock_key(new.company_id, new.month));
  return new;
end $$;
create trigger ledger_period_close_lock before insert on ledger_period_close for each row execute function ledger_period_close_lock();

-- migration 0034's start of an issue, with the company's issue lock taken before its counter row's
create or replace function billing_issue_begin(p_issue_date date, out o_company uuid, out o_year int, out o_last int, out o_recv uuid, out o_ins uuid, out o_comm uuid, out o_locale text)
  language plpgsql set search_path = pg_catalog, public as $$
begin
  o_company := app_current_company();
  if o_company is null then
    raise exception 'no company scope';
  end if;
  o_year := extract(year from p_issue_date)::int;
  select id into o_recv from ledger_account where company_id = o_company and role = 'clients_receivable';
  select id into o_ins from ledger_account where company_id = o_company and role = 'insurers_payable';
  select id into o_comm from ledger_account where company_id = o_company and role = 'commission_income';
  if o_recv is null or o_ins is null or o_comm is null then
    raise exception 'the chart of accounts has no receivable, insurer or commission account' using errcode = 'P0002';
  end if;
  select split_part(locale, '-', 1) into o_locale from company where id = o_company;
  if o_locale is null or o_locale not in ('en', 'it', 'de', 'nl', 'pl') then
    o_locale := 'en';
  end if;
  -- one issue of receipts at a time per company, whatever the year numbered in: the candidates read
  -- after it (each statement a new snapshot) include the receipts of the issue that held it
  perform pg_advisory_xact_lock(hashtextextended('billing_issue:' || o_company::text, 0));
  insert into billing_counter (company_id, series, year, last_number) values (o_company, 'Q', o_year, 0)
    on conflict (company_id, series, year) do nothing;
  select last_number into o_last from billing_counter where company_id = o_company and series = 'Q' and year = o_year for update;
  create temp table if not exists billing_batch (
    doc_id uuid, entry_id uuid, number int, installment_id uuid, policy_id uuid, policy_number text, seq int, client_id uuid,
    insurer_id uuid, line_id uuid, due_date date, period_start date, period_end date, net numeric, taxes numeric,
    gross numeric, rate numeric, commission numeric, locale text
  ) on commit drop;
  truncate billing_batch;
end $$;
