-- Bank statements (issue #14 §5): ISO 20022 camt.053 statements (and camt.054 notifications of credits
-- that are not SEPA returns), their lines as bank transactions, and the match proposals for each line.
--
-- bank_statement: one statement (camt.053 Stmt / camt.054 Ntfctn) of one of the company's accounts, with
--   the file it came in (kept here, not in bank_file, whose kind list other imports extend). Recognised
--   when imported twice: unique per account and statement id.
-- bank_transaction: one line (an entry, or one TxDtls of a batched entry): amount (exact), credit/debit,
--   booking and value date, end-to-end id, remittance text, counterparty. bank_ref (the bank's entry
--   reference, "/n" per transaction of a batched entry) is unique per account, so overlapping statements
--   do not duplicate lines. payment_id: the payment that books the confirmed line (a new one through the
--   payments module, or the SEPA collection's own payment for its settlement) — once per line and per
--   payment.
-- bank_transaction_proposal: the receipts proposed for a credit line when it was imported, with why
--   (end-to-end id of a SEPA collection 8, receipt number in the remittance text 4, open amount equal to
--   the line 2, the client's account or name 1).

create table bank_statement (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  kind text not null check (kind in ('camt.053', 'camt.054')),
  message_id text not null check (length(message_id) between 1 and 35),
  statement_ref text not null check (length(statement_ref) between 1 and 35),
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$'),
  from_date date,
  to_date date,
  file_name text not null,
  content bytea not null,
  sha256 text not null,
  size_bytes int not null,
  line_count int not null default 0 check (line_count >= 0),
  duplicate_count int not null default 0 check (duplicate_count >= 0),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, iban, statement_ref)
);
create index bank_statement_list_idx on bank_statement (company_id, created_at);
create index bank_statement_message_idx on bank_statement (company_id, message_id);

create table bank_transaction (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  statement_id uuid not null,
  line_no int not null check (line_no >= 1),
  iban text not null,
  bank_ref text check (length(bank_ref) <= 80),
  direction text not null check (direction in ('CRDT', 'DBIT')),
  amount numeric(14,2) not null check (amount > 0),
  booking_date date not null,
  value_date date,
  end_to_end_id text check (length(end_to_end_id) <= 35),
  remittance text check (length(remittance) <= 1000),
  counterparty_name text check (length(counterparty_name) <= 140),
  counterparty_iban text check (length(counterparty_iban) <= 34),
  payment_id uuid,
  settlement boolean not null default false,
  matched_by uuid references app_user(id),
  matched_at timestamptz,
  unique (company_id, id),
  unique (company_id, payment_id),
  foreign key (company_id, statement_id) references bank_statement(company_id, id),
  foreign key (company_id, payment_id) references payment(company_id, id),
  constraint bank_transaction_matched check ((payment_id is null) = (matched_at is null))
);
create unique index bank_transaction_ref on bank_transaction (company_id, iban, bank_ref) where bank_ref is not null;
create index bank_transaction_statement_idx on bank_transaction (company_id, statement_id, line_no);
create index bank_transaction_open_idx on bank_transaction (company_id, booking_date) where payment_id is null and direction = 'CRDT';
create index bank_transaction_e2e_idx on bank_transaction (company_id, end_to_end_id) where end_to_end_id is not null;

create table bank_transaction_proposal (
  company_id uuid not null references company(id),
  transaction_id uuid not null,
  receipt_id uuid not null,
  collection_id uuid,
  by_end_to_end boolean not null default false,
  by_reference boolean not null default false,
  by_amount boolean not null default false,
  by_client boolean not null default false,
  score int not null check (score between 1 and 15),
  primary key (transaction_id, receipt_id),
  foreign key (company_id, transaction_id) references bank_transaction(company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  foreign key (company_id, collection_id) references bank_run_item(company_id, id)
);
create index bank_transaction_proposal_receipt_idx on bank_transaction_proposal (company_id, receipt_id);

-- the proposals look clients up by the counterparty's IBAN and name
create index client_bank_account_iban_norm_idx on client_bank_account (company_id, upper(replace(iban, ' ', '')));
create index client_display_name_lower_idx on client (company_id, lower(display_name));

do $$
declare t text;
begin
  foreach t in array array['bank_statement', 'bank_transaction', 'bank_transaction_proposal'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
