-- Ledger and premium billing (issue #13 §1–§2; SPEC LE-1, BI-1, EX-4).
--
-- Ledger: a chart of accounts per company (from a country template, written by the server on first
-- use), journal entries and their lines. The books are kept by the database, not only the service:
--   * append-only: no UPDATE, DELETE or TRUNCATE of entries, lines, closed periods or issued documents
--     (trigger here; the run-time role also loses the privileges in db/provision.ts);
--   * every entry balances (Σ debit = Σ credit > 0, at least two lines) — a constraint trigger deferred
--     to COMMIT, so the lines of one entry may be written one by one inside its transaction;
--   * lines join their entry only in the transaction that created it (created_txid), so a balanced
--     pair of lines cannot be slipped into an old entry or a closed month;
--   * corrections only by reversal: an entry referencing the original, each entry reversed at most once
--     (unique reverses_id);
--   * closed months (ledger_period_close) refuse any entry dated in them.
-- Billing: premium receipts ("quietanze") and credit notes numbered without gaps per company, series
-- and year (billing_counter, its row locked until the issuing transaction ends), each installment billed
-- at most once (unique installment_id), each receipt credited at most once (unique credits_id); billing
-- runs with their progress; commission rates per insurer and line of business.
-- Money is numeric(14,2); every tenant table has company_id NOT NULL, forced row-level security and
-- company-keyed references.

create table ledger_account (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  code text not null check (code ~ '^[0-9A-Za-z.]{1,20}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  type text not null check (type in ('asset', 'liability', 'equity', 'income', 'expense')),
  -- sub-ledger: lines on this account name a party of this kind
  subledger text check (subledger in ('clients', 'insurers', 'producers', 'bank', 'premium')),
  -- the account billing and payments post to (one per company and role)
  role text check (role in ('clients_receivable', 'insurers_payable', 'producers_payable', 'bank', 'premium_account',
                            'cash', 'commission_income', 'producer_commission_expense', 'equity')),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, code),
  unique (company_id, role)
);

create table ledger_period_close (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  month date not null check (extract(day from month) = 1),
  closed_by uuid references app_user(id),
  closed_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, month)
);

create table journal_entry (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  entry_date date not null,
  description text not null check (length(btrim(description)) between 1 and 500),
  source text not null check (source in ('manual', 'receipt', 'credit_note', 'reversal')),
  reverses_id uuid,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  created_txid bigint not null default txid_current(),
  unique (company_id, id),
  unique (reverses_id),
  foreign key (company_id, reverses_id) references journal_entry(company_id, id),
  constraint journal_entry_reversal check ((source in ('reversal', 'credit_note')) = (reverses_id is not null))
);
create index journal_entry_date_idx on journal_entry (company_id, entry_date, created_at);

create table journal_line (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  entry_id uuid not null,
  line_no int not null check (line_no >= 1),
  entry_date date not null,
  account_id uuid not null,
  debit numeric(14,2) not null default 0 check (debit >= 0),
  credit numeric(14,2) not null default 0 check (credit >= 0),
  client_id uuid,
  insurer_id uuid,
  producer_id uuid references app_user(id),
  description text check (length(description) <= 500),
  unique (company_id, id),
  unique (entry_id, line_no),
  foreign key (company_id, entry_id) references journal_entry(company_id, id),
  foreign key (company_id, account_id) references ledger_account(company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, insurer_id) references insurer(company_id, id),
  constraint journal_line_one_side check ((debit > 0 and credit = 0) or (credit > 0 and debit = 0))
);
create index journal_line_account_idx on journal_line (company_id, account_id, entry_date, entry_id, line_no) include (debit, credit);
create index journal_line_entry_idx on journal_line (company_id, entry_id, line_no);
create index journal_line_client_idx on journal_line (company_id, client_id) where client_id is not null;
create index journal_line_insurer_idx on journal_line (company_id, insurer_id) where insurer_id is not null;

-- append-only ---------------------------------------------------------------------------------------
create function ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: corrections are made by a reversal entry or a credit note', tg_table_name
    using errcode = 'restrict_violation';
end $$;

-- a closed month refuses entries ---------------------------------------------------------------------
create function ledger_entry_open_period() returns trigger language plpgsql as $$
begin
  if exists (select 1 from ledger_period_close c where c.company_id = new.company_id and c.month = date_trunc('month', new.entry_date)::date) then
    raise exception 'ledger period % is closed', to_char(new.entry_date, 'YYYY-MM') using errcode = 'check_violation', constraint = 'ledger_period_closed';
  end if;
  new.created_txid := txid_current();
  return new;
end $$;
create trigger journal_entry_open_period before insert on journal_entry for each row execute function ledger_entry_open_period();

-- a line belongs to an entry written in this transaction, on the entry's date --------------------------
create function ledger_line_joins_new_entry() returns trigger language plpgsql as $$
declare e record;
begin
  select entry_date, created_txid into e from journal_entry where company_id = new.company_id and id = new.entry_id;
  if not found or e.created_txid <> txid_current() then
    raise exception 'lines are added only to an entry written in the same transaction' using errcode = 'check_violation', constraint = 'journal_line_new_entry';
  end if;
  if e.entry_date <> new.entry_date then
    raise exception 'a line carries its entry''s date' using errcode = 'check_violation', constraint = 'journal_line_entry_date';
  end if;
  return new;
end $$;
create trigger journal_line_new_entry before insert on journal_line for each row execute function ledger_line_joins_new_entry();

-- every entry balances, checked at COMMIT ---------------------------------------------------------
create function ledger_entry_balanced() returns trigger language plpgsql as $$
declare d numeric; c numeric; n int;
begin
  select coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) into d, c, n
    from journal_line where company_id = new.company_id and entry_id = new.id;
  if n < 2 or d <> c or d = 0 then
    raise exception 'journal entry % does not balance (debit %, credit %, % lines)', new.id, d, c, n
      using errcode = 'check_violation', constraint = 'journal_entry_balanced';
  end if;
  return null;
end $$;
create constraint trigger journal_entry_balanced after insert on journal_entry
  deferrable initially deferred for each row execute function ledger_entry_balanced();

create trigger journal_entry_append_only before update or delete on journal_entry for each row execute function ledger_append_only();
create trigger journal_entry_no_truncate before truncate on journal_entry for each statement execute function ledger_append_only();
create trigger journal_line_append_only before update or delete on journal_line for each row execute function ledger_append_only();
create trigger journal_line_no_truncate before truncate on journal_line for each statement execute function ledger_append_only();
create trigger ledger_period_close_append_only before update or delete on ledger_period_close for each row execute function ledger_append_only();

-- billing ---------------------------------------------------------------------------------------------
create table billing_commission_rate (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  insurer_id uuid not null,
  line_id uuid not null,
  rate numeric(5,2) not null check (rate >= 0 and rate <= 100),
  unique (company_id, id),
  unique (company_id, insurer_id, line_id),
  foreign key (company_id, insurer_id) references insurer(company_id, id),
  foreign key (company_id, line_id) references line_of_business(company_id, id)
);

-- the last number issued per company, series and year; its row is locked by the issuing transaction
create table billing_counter (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  series text not null check (series in ('Q', 'NC')),
  year int not null check (year between 2000 and 2999),
  last_number int not null check (last_number >= 0),
  unique (company_id, id),
  unique (company_id, series, year)
);

create table billing_run (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  due_from date not null,
  due_to date not null,
  issue_date date not null,
  status text not null check (status in ('queued', 'running', 'done', 'failed')),
  total int not null default 0 check (total >= 0),
  processed int not null default 0 check (processed >= 0),
  issued int not null default 0 check (issued >= 0),
  error text,
  started_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  unique (company_id, id),
  constraint billing_run_range check (due_to >= due_from)
);
-- one run at a time per company
create unique index billing_run_active on billing_run (company_id) where status in ('queued', 'running');
create index billing_run_list_idx on billing_run (company_id, created_at);

create table premium_document (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  kind text not null check (kind in ('receipt', 'credit_note')),
  series text not null check (series in ('Q', 'NC')),
  year int not null check (year between 2000 and 2999),
  number int not null check (number >= 1),
  issue_date date not null,
  client_id uuid not null,
  policy_id uuid not null,
  insurer_id uuid not null,
  line_id uuid not null,
  installment_id uuid,
  credits_id uuid,
  due_date date not null,
  period_start date not null,
  period_end date not null,
  net numeric(14,2) not null check (net >= 0),
  taxes numeric(14,2) not null check (taxes >= 0),
  gross numeric(14,2) not null,
  commission numeric(14,2) not null default 0 check (commission >= 0),
  commission_rate numeric(5,2) check (commission_rate >= 0 and commission_rate <= 100),
  entry_id uuid not null,
  run_id uuid,
  locale text not null check (locale in ('en', 'it', 'de', 'nl', 'pl')),
  reason text check (length(reason) <= 500),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, series, year, number),
  -- an installment is billed at most once; a receipt is credited at most once
  unique (installment_id),
  unique (credits_id),
  unique (entry_id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, policy_id) references policy(company_id, id),
  foreign key (company_id, insurer_id) references insurer(company_id, id),
  foreign key (company_id, line_id) references line_of_business(company_id, id),
  foreign key (company_id, installment_id) references policy_installment(company_id, id),
  foreign key (company_id, credits_id) references premium_document(company_id, id),
  foreign key (company_id, entry_id) references journal_entry(company_id, id),
  foreign key (company_id, run_id) references billing_run(company_id, id),
  constraint premium_document_sum check (gross = net + taxes),
  constraint premium_document_commission check (commission <= gross),
  constraint premium_document_kind check (
    (kind = 'receipt' and series = 'Q' and installment_id is not null and credits_id is null) or
    (kind = 'credit_note' and series = 'NC' and installment_id is null and credits_id is not null))
);
create index premium_document_list_idx on premium_document (company_id, issue_date, series, number);
create index premium_document_client_idx on premium_document (company_id, client_id);
create index premium_document_policy_idx on premium_document (company_id, policy_id);
create index premium_document_run_idx on premium_document (company_id, run_id) where run_id is not null;
create trigger premium_document_append_only before update or delete on premium_document for each row execute function ledger_append_only();

do $$
declare t text;
begin
  foreach t in array array['ledger_account', 'ledger_period_close', 'journal_entry', 'journal_line', 'billing_commission_rate',
                           'billing_counter', 'billing_run', 'premium_document'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;

-- Issues premium receipts, set-based, in the caller's transaction and company scope (row-level security
-- applies: SECURITY INVOKER). Candidates: the given installments (p_ids), or those due in
-- [p_due_from, p_due_to]; of policies in force written by the agency (not foreign business); not yet
-- billed; at most p_limit. The counter row of (company, 'Q', year of p_issue_date) is locked first, so
-- concurrent issuers wait for each other and numbers run 1..N without gaps; the candidates are read
-- after the lock, so nothing is billed twice (and the unique installment_id backs it). Each receipt
-- posts one entry: clients receivable (the client) debit gross; insurers payable (the insurer) credit
-- gross − commission; commission income credit the commission (net × rate, where a rate is known).
-- Returns the new documents' ids in number order.
create function billing_issue_receipts(p_ids uuid[], p_due_from date, p_due_to date, p_limit int, p_issue_date date, p_run uuid, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  v_company uuid := app_current_company();
  v_year int := extract(year from p_issue_date)::int;
  v_last int;
  v_count int;
  v_recv uuid;
  v_ins uuid;
  v_comm uuid;
  v_locale text;
begin
  if v_company is null then
    raise exception 'no company scope';
  end if;
  select id into v_recv from ledger_account where company_id = v_company and role = 'clients_receivable';
  select id into v_ins from ledger_account where company_id = v_company and role = 'insurers_payable';
  select id into v_comm from ledger_account where company_id = v_company and role = 'commission_income';
  if v_recv is null or v_ins is null or v_comm is null then
    raise exception 'the chart of accounts has no receivable, insurer or commission account' using errcode = 'P0002';
  end if;
  select split_part(locale, '-', 1) into v_locale from company where id = v_company;

  insert into billing_counter (company_id, series, year, last_number) values (v_company, 'Q', v_year, 0)
    on conflict (company_id, series, year) do nothing;
  select last_number into v_last from billing_counter where company_id = v_company and series = 'Q' and year = v_year for update;

  create temp table if not exists billing_batch (
    doc_id uuid, entry_id uuid, number int, installment_id uuid, policy_id uuid, policy_number text, client_id uuid,
    insurer_id uuid, line_id uuid, due_date date, period_start date, period_end date, net numeric, taxes numeric,
    gross numeric, rate numeric, commission numeric, locale text
  ) on commit drop;
  truncate billing_batch;
  insert into billing_batch
    select gen_random_uuid(), gen_random_uuid(), v_last + row_number() over (order by c.due_date, c.policy_number, c.seq, c.installment_id)::int,
           c.installment_id, c.policy_id, c.policy_number, c.client_id, c.insurer_id, c.line_id, c.due_date, c.period_start, c.period_end,
           c.net, c.taxes, c.gross, c.rate, round(c.net * coalesce(c.rate, 0) / 100, 2), c.locale
      from (
        select i.id as installment_id, i.seq, i.policy_id, p.number as policy_number, p.client_id, p.insurer_id, p.line_id, i.due_date,
               i.period_start, i.period_end, i.net, i.taxes, i.gross, r.rate,
               case when cl.preferred_locale in ('en', 'it', 'de', 'nl', 'pl') then cl.preferred_locale
                    when v_locale in ('en', 'it', 'de', 'nl', 'pl') then v_locale else 'en' end as locale
          from policy_installment i
          join policy p on p.company_id = i.company_id and p.id = i.policy_id
          join client cl on cl.company_id = p.company_id and cl.id = p.client_id
          left join billing_commission_rate r on r.company_id = p.company_id and r.insurer_id = p.insurer_id and r.line_id = p.line_id
         where i.company_id = v_company
           and (p_ids is null or i.id = any(p_ids))
           and (p_due_from is null or i.due_date >= p_due_from)
           and (p_due_to is null or i.due_date <= p_due_to)
           and p.status in ('policy', 'own', 'foreign', 'foreign_part')
           and not p.foreign_business
           and i.gross > 0
           and not exists (select 1 from premium_document d where d.installment_id = i.id)
         order by i.due_date, p.number, i.seq, i.id
         limit p_limit
      ) c;
  get diagnostics v_count = row_count;
  if v_count = 0 then
    return;
  end if;
  update billing_counter set last_number = v_last + v_count where company_id = v_company and series = 'Q' and year = v_year;

  insert into journal_entry (id, company_id, entry_date, description, source, created_by)
    select b.entry_id, v_company, p_issue_date, format('Q %s/%s — %s', v_year, b.number, b.policy_number), 'receipt', p_user from billing_batch b;
  insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit, client_id, insurer_id)
    select v_company, b.entry_id, 1, p_issue_date, v_recv, b.gross, 0, b.client_id, null from billing_batch b
    union all
    select v_company, b.entry_id, 2, p_issue_date, v_ins, 0, b.gross - b.commission, null, b.insurer_id from billing_batch b where b.gross - b.commission > 0
    union all
    select v_company, b.entry_id, 3, p_issue_date, v_comm, 0, b.commission, null, null from billing_batch b where b.commission > 0;
  insert into premium_document (id, company_id, kind, series, year, number, issue_date, client_id, policy_id, insurer_id, line_id,
                                installment_id, due_date, period_start, period_end, net, taxes, gross, commission, commission_rate,
                                entry_id, run_id, locale, created_by)
    select b.doc_id, v_company, 'receipt', 'Q', v_year, b.number, p_issue_date, b.client_id, b.policy_id, b.insurer_id, b.line_id,
           b.installment_id, b.due_date, b.period_start, b.period_end, b.net, b.taxes, b.gross, b.commission, b.rate,
           b.entry_id, p_run, b.locale, p_user
      from billing_batch b;
  return query select b.doc_id from billing_batch b order by b.number;
end $$;
