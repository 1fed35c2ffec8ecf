-- RiBa (issue #14 §4, BI-2): Italian bank receipts (Ri.Ba.) written as the CBI fixed-width file
-- ("standard CBI area incassi", ../shared/standards/riba/CBI-RIBA.md), and their states and postings.
--
-- riba_settings: per company the SIA code (codice SIA of the sender), the account the bank credits
--   (an Italian IBAN: ABI, CAB and account are read from it) and the fee charged to a client for an
--   unpaid receipt (insoluto).
-- riba_debtor: a client who pays by RiBa, with the Italian IBAN of its bank (banca domiciliataria)
--   copied from a bank account of its card; ABI and CAB are read from the IBAN.
-- riba_file: the CBI file of a run (checked by the layout validator before it is stored).
-- riba_run: a run (a job with progress) turning due receipts of RiBa clients into items.
-- riba_item: one receipt in a run: issued → presented (file sent: receivable moved to "effetti
--   all'incasso") → paid (bank credit) or unpaid (insoluto: reversed back to the client, fee). A receipt
--   stands in one issued/presented RiBa item at most, and never in a presented SEPA collection at once.

alter table ledger_account drop constraint ledger_account_role_check;
alter table ledger_account add constraint ledger_account_role_check
  check (role in ('clients_receivable', 'insurers_payable', 'producers_payable', 'bank', 'premium_account',
                  'cash', 'commission_income', 'producer_commission_expense', 'equity', 'riba_in_collection'));

alter table payment drop constraint payment_method_check;
alter table payment add constraint payment_method_check
  check (method in ('bank_transfer', 'cash', 'card', 'cheque', 'direct_debit', 'riba'));

create table riba_settings (
  company_id uuid primary key references company(id),
  sia_code text not null check (sia_code ~ '^[A-Z0-9]{5}$'),
  creditor_iban text not null check (creditor_iban ~ '^IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}$'),
  -- record 20 (creditor description) and 50 (creditor's tax id): optional
  creditor_street text check (length(creditor_street) <= 70),
  creditor_town text check (length(creditor_town) <= 70),
  creditor_tax_id text check (creditor_tax_id ~ '^[A-Z0-9]{11,16}$'),
  unpaid_fee numeric(14,2) check (unpaid_fee > 0),
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now()
);

create table riba_debtor (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  bank_account_id uuid,
  iban text not null check (iban ~ '^IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}$'),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, client_id),
  foreign key (company_id, client_id) references client(company_id, id)
);

create table riba_file (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  file_name text not null,
  content bytea not null,
  sha256 text not null,
  size_bytes int not null,
  created_at timestamptz not null default now(),
  unique (company_id, id)
);

create table riba_run (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  status text not null check (status in ('queued', 'running', 'done', 'failed')),
  due_to date not null,
  creation_date date not null,
  -- "nome supporto": unique per creation date, sender and receiving bank
  support_name text not null check (length(support_name) between 1 and 20),
  total int not null default 0 check (total >= 0),
  processed int not null default 0 check (processed >= 0),
  total_amount numeric(14,2) not null default 0,
  file_id uuid,
  error text,
  presented_at timestamptz,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  unique (company_id, id),
  unique (company_id, support_name),
  foreign key (company_id, file_id) references riba_file(company_id, id)
);
create index riba_run_list_idx on riba_run (company_id, created_at);
create unique index riba_run_one_active on riba_run (company_id) where status in ('queued', 'running');

create table riba_item (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  run_id uuid not null,
  receipt_id uuid not null,
  debtor_id uuid not null,
  progressive int not null check (progressive > 0),
  amount numeric(14,2) not null check (amount > 0),
  due_date date not null,
  iban text not null,
  state text not null default 'issued' check (state in ('issued', 'presented', 'paid', 'unpaid')),
  state_date date,
  -- presented: the payment (method riba) moving the receivable to "effetti all'incasso", allocated to the receipt
  payment_id uuid,
  -- paid: the bank's credit against "effetti all'incasso"
  paid_entry_id uuid,
  -- unpaid: the reversal of the presentation and the fee charged to the client
  reversal_entry_id uuid,
  fee numeric(14,2) check (fee > 0),
  fee_entry_id uuid,
  unique (company_id, id),
  unique (company_id, run_id, progressive),
  foreign key (company_id, run_id) references riba_run(company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  foreign key (company_id, debtor_id) references riba_debtor(company_id, id),
  foreign key (company_id, payment_id) references payment(company_id, id),
  foreign key (company_id, paid_entry_id) references journal_entry(company_id, id),
  foreign key (company_id, reversal_entry_id) references journal_entry(company_id, id),
  foreign key (company_id, fee_entry_id) references journal_entry(company_id, id),
  constraint riba_item_presented check ((state = 'issued') = (payment_id is null)),
  constraint riba_item_paid check ((state = 'paid') = (paid_entry_id is not null)),
  constraint riba_item_unpaid check ((state = 'unpaid') = (reversal_entry_id is not null)),
  constraint riba_item_fee check ((fee is null) = (fee_entry_id is null))
);
-- a receipt stands in one issued or presented RiBa at most
create unique index riba_item_once on riba_item (receipt_id) where state in ('issued', 'presented');
create index riba_item_run_idx on riba_item (company_id, run_id, progressive);
create index riba_item_unpaid_idx on riba_item (company_id, state_date) where state = 'unpaid';

-- a receipt is never in a standing RiBa and a presented SEPA collection at once
create function riba_sepa_exclusive() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'riba_item' then
    if new.state in ('issued', 'presented') and exists (select 1 from bank_run_item b where b.company_id = new.company_id and b.receipt_id = new.receipt_id and b.status = 'presented') then
      raise exception 'receipt % is in a presented SEPA collection', new.receipt_id using errcode = 'unique_violation';
    end if;
  elsif new.status = 'presented' and exists (select 1 from riba_item r where r.company_id = new.company_id and r.receipt_id = new.receipt_id and r.state in ('issued', 'presented')) then
    raise exception 'receipt % is in a standing RiBa', new.receipt_id using errcode = 'unique_violation';
  end if;
  return new;
end $$;
create trigger riba_sepa_exclusive before insert or update of state on riba_item for each row execute function riba_sepa_exclusive();
create trigger riba_sepa_exclusive before insert or update of status on bank_run_item for each row execute function riba_sepa_exclusive();

do $$
declare t text;
begin
  foreach t in array array['riba_settings', 'riba_debtor', 'riba_file', 'riba_run', 'riba_item'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
