-- Claims module (issue #9 §6, CLM-1): a client's claims, with or without a policy (the client's own),
-- the parties involved, the workflow history (each status change with who, when and the reason) and
-- the money: reserves (each entry sets the reserve to a new amount) and payments, exact decimals
-- numeric(14,2). Tenant tables: company_id NOT NULL, row-level security enabled and forced, every
-- reference between tenant rows includes the company. Documents and photos of a claim are rows of
-- `document` with owner_type 'claim' (allowed since 0003).

create table claim (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  policy_id uuid,
  status text not null check (status in ('reported', 'in_review', 'settled', 'rejected', 'closed')),
  loss_date date not null,
  loss_time time,
  loss_place text not null check (length(btrim(loss_place)) between 1 and 300),
  description text not null check (length(btrim(description)) between 1 and 5000),
  insurer_claim_number text check (length(btrim(insurer_claim_number)) between 1 and 60),
  handler_id uuid references app_user(id),
  reported_at timestamptz not null default now(),
  status_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, policy_id) references policy(company_id, id)
);
create index claim_client_idx on claim (company_id, client_id);
create index claim_policy_idx on claim (company_id, policy_id) where policy_id is not null;
create index claim_status_idx on claim (company_id, status, reported_at);
create index claim_list_idx on claim (company_id, reported_at, id);

create table claim_party (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  claim_id uuid not null,
  seq int not null check (seq >= 1),
  name text not null check (length(btrim(name)) between 1 and 200),
  role text not null check (role in ('counterparty', 'injured', 'witness', 'driver', 'other')),
  insurer_name text check (length(btrim(insurer_name)) between 1 and 200),
  plate text check (length(btrim(plate)) between 2 and 20),
  unique (company_id, id),
  unique (claim_id, seq),
  foreign key (company_id, claim_id) references claim(company_id, id) on delete cascade
);

create table claim_status_change (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  claim_id uuid not null,
  from_status text check (from_status in ('reported', 'in_review', 'settled', 'rejected', 'closed')),
  to_status text not null check (to_status in ('reported', 'in_review', 'settled', 'rejected', 'closed')),
  reason text,
  changed_by uuid references app_user(id),
  changed_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, claim_id) references claim(company_id, id) on delete cascade,
  -- reopening a closed claim needs a reason
  constraint claim_reopen_reason check (from_status is distinct from 'closed' or length(btrim(coalesce(reason, ''))) > 0)
);
create index claim_status_change_claim_idx on claim_status_change (company_id, claim_id, changed_at);

create table claim_money (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  claim_id uuid not null,
  seq int not null check (seq >= 1),
  kind text not null check (kind in ('reserve', 'payment')),
  -- reserve: the reserve's new amount; payment: the amount paid
  amount numeric(14,2) not null check (amount >= 0),
  entry_date date not null,
  payee text check (length(btrim(payee)) between 1 and 200),
  note text,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (claim_id, seq),
  foreign key (company_id, claim_id) references claim(company_id, id) on delete cascade,
  constraint claim_payment_positive check (kind <> 'payment' or amount > 0)
);
create index claim_money_claim_idx on claim_money (company_id, claim_id, seq);

do $$
declare t text;
begin
  foreach t in array array['claim', 'claim_party', 'claim_status_change', 'claim_money'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
