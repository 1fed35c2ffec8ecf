-- Payments, matching and insurer remittances (issue #13 §3–§4; SPEC LE-2).
--
-- payment: money received from a client (bank transfer, cash, card, cheque, direct debit), posted at
--   once: the bank / premium / cash account debit, the client's receivable credit. Append-only.
-- payment_allocation: one row per allocation of a payment to a premium receipt (an open item), and
--   an undo is a NEW row referencing the allocation it undoes (undoes_id, unique: undone at most once).
--   Never updated, never deleted (trigger here; db/provision.ts revokes UPDATE/DELETE/TRUNCATE from the
--   run-time role). Open amount of a receipt = gross − Σ active allocations (view receipt_open_item);
--   what a payment has left = amount − Σ active allocations (view payment_open_item). A trigger refuses
--   any allocation beyond either; matching locks the money_open_item rows of the payment and the
--   receipts FOR UPDATE in id order first, so two people at once wait for each other.
-- remittance / remittance_item: per insurer and period, the collected receipts remitted (gross −
--   commission), posted from the premium account; a receipt is in at most one active remittance
--   (partial unique index); a remittance is cancelled only by the reversal of its entry, which frees its
--   items (active → false, the one change the trigger allows).
-- ledger_export: a general-ledger export of a large range, built by a job with its progress (EX-4).
-- premium_document_mail: which outbox message carried which receipt (its PDF is attached on delivery).
-- Money is numeric(14,2); company_id NOT NULL, forced row-level security, company-keyed references.

alter table journal_entry drop constraint journal_entry_source_check;
alter table journal_entry add constraint journal_entry_source_check
  check (source in ('manual', 'receipt', 'credit_note', 'reversal', 'payment', 'remittance'));

create table payment (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  method text not null check (method in ('bank_transfer', 'cash', 'card', 'cheque', 'direct_debit')),
  payment_date date not null,
  amount numeric(14,2) not null check (amount > 0),
  reference text check (length(reference) <= 300),
  account_id uuid not null,
  entry_id uuid not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (entry_id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, account_id) references ledger_account(company_id, id),
  foreign key (company_id, entry_id) references journal_entry(company_id, id)
);
create index payment_list_idx on payment (company_id, payment_date, created_at);
create index payment_client_idx on payment (company_id, client_id, payment_date);

create table payment_allocation (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  payment_id uuid not null,
  receipt_id uuid not null,
  amount numeric(14,2) not null check (amount > 0),
  -- an undo row: the allocation it undoes (same payment, receipt and amount)
  undoes_id uuid,
  reason text check (length(reason) <= 500),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (undoes_id),
  foreign key (company_id, payment_id) references payment(company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  foreign key (company_id, undoes_id) references payment_allocation(company_id, id),
  constraint payment_allocation_undo_reason check (undoes_id is null or reason is not null)
);
create index payment_allocation_payment_idx on payment_allocation (company_id, payment_id) include (amount, undoes_id);
create index payment_allocation_receipt_idx on payment_allocation (company_id, receipt_id) include (amount, undoes_id);

-- the rows matching locks (FOR UPDATE needs UPDATE, which the append-only tables do not grant)
create table money_open_item (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  receipt_id uuid unique,
  payment_id uuid unique,
  unique (company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  foreign key (company_id, payment_id) references payment(company_id, id),
  constraint money_open_item_one check ((receipt_id is null) <> (payment_id is null))
);

-- open amounts, derived in SQL (security_invoker: row-level security of the caller applies) -------------
create view receipt_open_item with (security_invoker = true) as
  select d.company_id, d.id as receipt_id, d.client_id, d.insurer_id, d.policy_id, d.due_date, d.gross,
         coalesce(a.allocated, 0)::numeric(14,2) as allocated,
         (case when c.id is null then d.gross - coalesce(a.allocated, 0) else 0 end)::numeric(14,2) as open_amount,
         c.id is not null as credited
    from premium_document d
    left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as allocated
                         from payment_allocation x where x.company_id = d.company_id and x.receipt_id = d.id) a on true
    left join premium_document c on c.company_id = d.company_id and c.credits_id = d.id
   where d.kind = 'receipt';

create view payment_open_item with (security_invoker = true) as
  select p.company_id, p.id as payment_id, p.client_id, p.payment_date, p.amount,
         coalesce(a.allocated, 0)::numeric(14,2) as allocated,
         (p.amount - coalesce(a.allocated, 0))::numeric(14,2) as remaining
    from payment p
    left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as allocated
                         from payment_allocation x where x.company_id = p.company_id and x.payment_id = p.id) a on true;

-- an allocation never exceeds what the receipt has open nor what the payment has left ---------------------
create function payment_allocation_check() returns trigger language plpgsql as $$
declare
  o record;
  r_open numeric;
  r_kind text;
  r_credited boolean;
  p_left numeric;
begin
  if new.undoes_id is not null then
    select * into o from payment_allocation where company_id = new.company_id and id = new.undoes_id;
    if not found or o.undoes_id is not null then
      raise exception 'an undo row undoes an allocation' using errcode = 'check_violation', constraint = 'payment_allocation_undo';
    end if;
    if o.payment_id <> new.payment_id or o.receipt_id <> new.receipt_id or o.amount <> new.amount then
      raise exception 'an undo row repeats its allocation''s payment, receipt and amount' using errcode = 'check_violation', constraint = 'payment_allocation_undo';
    end if;
    return new;
  end if;
  select d.kind, exists (select 1 from premium_document c where c.company_id = d.company_id and c.credits_id = d.id)
    into r_kind, r_credited from premium_document d where d.company_id = new.company_id and d.id = new.receipt_id;
  if r_kind is distinct from 'receipt' or r_credited then
    raise exception 'only a receipt not cancelled is matched' using errcode = 'check_violation', constraint = 'payment_allocation_open_receipt';
  end if;
  select open_amount into r_open from receipt_open_item where company_id = new.company_id and receipt_id = new.receipt_id;
  if new.amount > r_open then
    raise exception 'allocation % exceeds the open amount % of receipt %', new.amount, r_open, new.receipt_id
      using errcode = 'check_violation', constraint = 'payment_allocation_open_amount';
  end if;
  select remaining into p_left from payment_open_item where company_id = new.company_id and payment_id = new.payment_id;
  if new.amount > p_left then
    raise exception 'allocation % exceeds what payment % has left (%)', new.amount, new.payment_id, p_left
      using errcode = 'check_violation', constraint = 'payment_allocation_payment_remaining';
  end if;
  return new;
end $$;
create trigger payment_allocation_check before insert on payment_allocation for each row execute function payment_allocation_check();

create trigger payment_append_only before update or delete on payment for each row execute function ledger_append_only();
create trigger payment_no_truncate before truncate on payment for each statement execute function ledger_append_only();
create trigger payment_allocation_append_only before update or delete on payment_allocation for each row execute function ledger_append_only();
create trigger payment_allocation_no_truncate before truncate on payment_allocation for each statement execute function ledger_append_only();

-- remittances to insurers ---------------------------------------------------------------------------
create table remittance (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  insurer_id uuid not null,
  period_from date not null,
  period_to date not null,
  remit_date date not null,
  gross numeric(14,2) not null check (gross >= 0),
  commission numeric(14,2) not null check (commission >= 0),
  amount numeric(14,2) not null check (amount > 0),
  entry_id uuid not null,
  cancel_entry_id uuid,
  cancel_reason text check (length(cancel_reason) <= 500),
  cancelled_by uuid references app_user(id),
  cancelled_at timestamptz,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (entry_id),
  unique (cancel_entry_id),
  foreign key (company_id, insurer_id) references insurer(company_id, id),
  foreign key (company_id, entry_id) references journal_entry(company_id, id),
  foreign key (company_id, cancel_entry_id) references journal_entry(company_id, id),
  constraint remittance_period check (period_to >= period_from),
  constraint remittance_sum check (amount = gross - commission),
  constraint remittance_cancel check ((cancel_entry_id is null) = (cancelled_at is null) and (cancel_entry_id is null) = (cancel_reason is null))
);
create index remittance_list_idx on remittance (company_id, remit_date, created_at);

create table remittance_item (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  remittance_id uuid not null,
  receipt_id uuid not null,
  gross numeric(14,2) not null,
  commission numeric(14,2) not null,
  amount numeric(14,2) not null,
  active boolean not null default true,
  unique (company_id, id),
  foreign key (company_id, remittance_id) references remittance(company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  constraint remittance_item_sum check (amount = gross - commission)
);
-- a collected receipt is remitted at most once (while its remittance stands)
create unique index remittance_item_once on remittance_item (receipt_id) where active;
create index remittance_item_remittance_idx on remittance_item (company_id, remittance_id);

-- a remittance changes only by its cancellation (a reversal entry), once; its items only active → false
create function remittance_guard() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' then
    raise exception '% is kept: a remittance is cancelled by a reversal', tg_table_name using errcode = 'restrict_violation';
  end if;
  if tg_table_name = 'remittance' then
    if old.cancel_entry_id is not null or new.cancel_entry_id is null
       or (new.id, new.company_id, new.insurer_id, new.period_from, new.period_to, new.remit_date, new.gross, new.commission, new.amount, new.entry_id, new.created_by, new.created_at)
          is distinct from (old.id, old.company_id, old.insurer_id, old.period_from, old.period_to, old.remit_date, old.gross, old.commission, old.amount, old.entry_id, old.created_by, old.created_at) then
      raise exception 'a remittance is changed only by its cancellation, once' using errcode = 'restrict_violation';
    end if;
  else
    if not old.active or new.active
       or (new.id, new.company_id, new.remittance_id, new.receipt_id, new.gross, new.commission, new.amount)
          is distinct from (old.id, old.company_id, old.remittance_id, old.receipt_id, old.gross, old.commission, old.amount)
       or not exists (select 1 from remittance r where r.company_id = old.company_id and r.id = old.remittance_id and r.cancel_entry_id is not null) then
      raise exception 'a remittance item is released only by its remittance''s cancellation' using errcode = 'restrict_violation';
    end if;
  end if;
  return new;
end $$;
create trigger remittance_guard before update or delete on remittance for each row execute function remittance_guard();
create trigger remittance_no_truncate before truncate on remittance for each statement execute function ledger_append_only();
create trigger remittance_item_guard before update or delete on remittance_item for each row execute function remittance_guard();
create trigger remittance_item_no_truncate before truncate on remittance_item for each statement execute function ledger_append_only();

-- a premium document's e-mail: the outbox message it went out with (the worker attaches the PDF) ----------
create table premium_document_mail (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  document_id uuid not null,
  outbox_message_id uuid not null references outbox_message(id),
  unique (company_id, id),
  unique (outbox_message_id),
  foreign key (company_id, document_id) references premium_document(company_id, id)
);

-- the general ledger export of a large range runs as a job (EX-4): its progress and its file ------------
create table ledger_export (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  date_from date not null,
  date_to date not null,
  status text not null check (status in ('queued', 'running', 'done', 'failed')),
  total int not null default 0 check (total >= 0),
  processed int not null default 0 check (processed >= 0),
  file bytea,
  file_name text,
  error text,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  unique (company_id, id),
  constraint ledger_export_range check (date_to >= date_from),
  constraint ledger_export_file check ((status = 'done') = (file is not null))
);
create index ledger_export_list_idx on ledger_export (company_id, created_at);

do $$
declare t text;
begin
  foreach t in array array['payment', 'payment_allocation', 'money_open_item', 'remittance', 'remittance_item', 'premium_document_mail', 'ledger_export'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
