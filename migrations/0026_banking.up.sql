-- Banking (issue #14 §1–§3): SEPA direct-debit mandates, collection runs (pain.008.001.08), bank files,
-- returns and rejects (pain.002 / camt.054).
--
-- banking_settings: per company the creditor identifier (ISO 7064 mod 97-10, checked by the service),
--   the creditor account and the fee charged to a client for a returned collection.
-- sepa_mandate: a mandate on a client's bank account: reference unique per company, signature date
--   required, scheme CORE/B2B, recurring (RCUR) or one-off (OOFF), revocation. The debtor account is
--   copied from the client's bank account (the card's bank area may be rewritten).
-- sepa_mandate_amendment: every amendment of account or reference, kept; the next collection carries it
--   (AmdmntInd, OrgnlMndtId, OrgnlDbtrAcct SMNDA) and marks it reported.
-- bank_run: a run that writes a bank file (kind sepa_dd now; riba later), a job with progress.
-- bank_run_item: one collection: receipt, mandate, amount, sequence type, collection date, end-to-end id
--   (traceable), the amendment it reports (original reference / SMNDA), the payment that booked it. A receipt is in at most one standing (presented) item.
-- bank_file: every bank file written or imported (kind pain.008 / pain.002 / camt.054; camt.053 and RiBa
--   later), with its message id (unique per company and kind: a file imported twice is recognised).
-- bank_return: a returned or rejected collection (once per item), its ISO reason, the reversal entry,
--   the fee entry.

alter table journal_entry drop constraint journal_entry_source_check;
alter table journal_entry add constraint journal_entry_source_check
  check (source in ('manual', 'receipt', 'credit_note', 'reversal', 'payment', 'remittance', 'bank_return'));

create table banking_settings (
  company_id uuid primary key references company(id),
  creditor_id text not null check (creditor_id ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$'),
  creditor_name text not null check (length(creditor_name) between 1 and 70),
  creditor_iban text not null check (creditor_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$'),
  creditor_bic text check (creditor_bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
  return_fee numeric(14,2) check (return_fee >= 0),
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now()
);

create table sepa_mandate (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  reference text not null check (reference ~ '^[A-Za-z0-9+?/:().,'' -]{1,35}$'),
  scheme text not null check (scheme in ('CORE', 'B2B')),
  recurrence text not null check (recurrence in ('RCUR', 'OOFF')),
  signature_date date not null,
  iban text not null,
  bic text,
  debtor_name text not null check (length(debtor_name) between 1 and 70),
  status text not null default 'active' check (status in ('active', 'revoked')),
  revoked_on date,
  revoke_reason text check (length(revoke_reason) <= 500),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, reference),
  foreign key (company_id, client_id) references client(company_id, id),
  constraint sepa_mandate_revoked check ((status = 'revoked') = (revoked_on is not null))
);
create index sepa_mandate_client_idx on sepa_mandate (company_id, client_id);

create table sepa_mandate_amendment (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  mandate_id uuid not null,
  kind text not null check (kind in ('account', 'reference')),
  old_value text not null,
  new_value text not null,
  reported_item_id uuid,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, mandate_id) references sepa_mandate(company_id, id)
);
create index sepa_mandate_amendment_idx on sepa_mandate_amendment (company_id, mandate_id, created_at);

create table bank_file (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  kind text not null check (kind in ('pain.008', 'pain.002', 'camt.054')),
  direction text not null check (direction in ('out', 'in')),
  message_id text not null check (length(message_id) between 1 and 35),
  file_name text not null,
  content bytea not null,
  sha256 text not null,
  size_bytes int not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, kind, message_id)
);

create table bank_run (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  kind text not null check (kind in ('sepa_dd')),
  status text not null check (status in ('queued', 'running', 'done', 'failed')),
  collection_date date not null,
  due_to date not null,
  message_id text not null,
  total int not null default 0 check (total >= 0),
  processed int not null default 0 check (processed >= 0),
  ctrl_sum numeric(14,2) not null default 0,
  file_id uuid,
  error text,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  unique (company_id, id),
  unique (company_id, message_id),
  foreign key (company_id, file_id) references bank_file(company_id, id)
);
create index bank_run_list_idx on bank_run (company_id, created_at);
create unique index bank_run_one_active on bank_run (company_id) where status in ('queued', 'running');

create table bank_run_item (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  run_id uuid not null,
  receipt_id uuid not null,
  mandate_id uuid not null,
  amount numeric(14,2) not null check (amount > 0),
  sequence_type text not null check (sequence_type in ('FRST', 'RCUR', 'OOFF', 'FNAL')),
  scheme text not null check (scheme in ('CORE', 'B2B')),
  collection_date date not null,
  end_to_end_id text not null check (length(end_to_end_id) <= 35),
  -- the payment that books the collection, written once the file has passed its validation
  payment_id uuid,
  original_reference text,
  smnda boolean not null default false,
  status text not null default 'presented' check (status in ('presented', 'returned')),
  unique (company_id, id),
  unique (company_id, end_to_end_id),
  foreign key (company_id, run_id) references bank_run(company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  foreign key (company_id, mandate_id) references sepa_mandate(company_id, id),
  foreign key (company_id, payment_id) references payment(company_id, id)
);
-- a receipt stands in one presented collection at most
create unique index bank_run_item_once on bank_run_item (receipt_id) where status = 'presented';
create index bank_run_item_run_idx on bank_run_item (company_id, run_id);
create index bank_run_item_mandate_idx on bank_run_item (company_id, mandate_id);
alter table sepa_mandate_amendment add foreign key (company_id, reported_item_id) references bank_run_item(company_id, id);

create table bank_return (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  file_id uuid not null,
  item_id uuid not null,
  reason_code text not null check (reason_code ~ '^[A-Z0-9]{4}$'),
  return_date date not null,
  reversal_entry_id uuid not null,
  fee numeric(14,2) check (fee > 0),
  fee_entry_id uuid,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (item_id),
  foreign key (company_id, file_id) references bank_file(company_id, id),
  foreign key (company_id, item_id) references bank_run_item(company_id, id),
  foreign key (company_id, reversal_entry_id) references journal_entry(company_id, id),
  foreign key (company_id, fee_entry_id) references journal_entry(company_id, id),
  constraint bank_return_fee check ((fee is null) = (fee_entry_id is null))
);
create index bank_return_list_idx on bank_return (company_id, created_at);

-- a payment whose entry has been reversed (a returned direct debit) has nothing left to allocate
create or replace view payment_open_item with (security_invoker = true) as
  select p.company_id, p.id as payment_id, p.client_id, p.payment_date, p.amount,
         coalesce(a.allocated, 0)::numeric(14,2) as allocated,
         (case when exists (select 1 from journal_entry r where r.company_id = p.company_id and r.reverses_id = p.entry_id) then 0
               else p.amount - coalesce(a.allocated, 0) end)::numeric(14,2) as remaining
    from payment p
    left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as allocated
                         from payment_allocation x where x.company_id = p.company_id and x.payment_id = p.id) a on true;

do $$
declare t text;
begin
  foreach t in array array['banking_settings', 'sepa_mandate', 'sepa_mandate_amendment', 'bank_file', 'bank_run', 'bank_run_item', 'bank_return'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
