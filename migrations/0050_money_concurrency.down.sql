-- Back to migrations 0028 (closed months checked without a lock) and 0034 (an issue locks its counter row only).
drop trigger if exists ledger_period_close_lock on ledger_period_close;
drop function if exists ledger_period_close_lock();

create or replace function ledger_entries_written() returns trigger language plpgsql security definer set search_path = pg_catalog, public as $$
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

drop function if exists ledger_period_lock_key(uuid, date);

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
