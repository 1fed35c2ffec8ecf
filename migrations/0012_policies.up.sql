-- Policies module, first slice (issue #9 §1–§3, PL-1): per-company reference data (insurers, lines of
-- business with a default tax rate), policies and their installment schedule.
-- Every table is a tenant table: company_id NOT NULL, row-level security enabled and forced, and every
-- reference between tenant rows includes the company. Money is numeric(14,2) (exact decimals); tax
-- rates are percentages numeric(5,2).

create table insurer (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  name text not null check (length(btrim(name)) between 1 and 200),
  code text not null check (length(btrim(code)) between 1 and 40),
  tax_id text,
  agency_code text,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, code)
);

create table line_of_business (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  code text not null check (code in ('motor_liability', 'motor_own_damage', 'home', 'liability', 'accident', 'health',
                                     'life', 'legal_protection', 'travel', 'business_multi_risk')),
  name text not null check (length(btrim(name)) between 1 and 200),
  default_tax_rate numeric(5,2) not null check (default_tax_rate >= 0 and default_tax_rate <= 100),
  unique (company_id, id),
  unique (company_id, code)
);

create table policy (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  number text not null check (length(btrim(number)) between 1 and 60),
  client_id uuid not null,
  insurer_id uuid not null,
  line_id uuid not null,
  status text not null check (status in ('request', 'offer', 'application', 'policy', 'own', 'foreign', 'foreign_part',
                                         'blocked', 'info', 'dormant', 'cancelled')),
  foreign_business boolean not null default false,
  cover_start date not null,
  cover_end date not null,
  issue_date date,
  premium_net numeric(14,2) not null check (premium_net >= 0),
  premium_taxes numeric(14,2) not null check (premium_taxes >= 0),
  premium_gross numeric(14,2) not null,
  payment_frequency text not null check (payment_frequency in ('annual', 'semi_annual', 'quarterly', 'monthly', 'single')),
  producer_id uuid references app_user(id),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, insurer_id, number),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, insurer_id) references insurer(company_id, id),
  foreign key (company_id, line_id) references line_of_business(company_id, id),
  constraint policy_cover check (cover_end >= cover_start),
  constraint policy_premium_sum check (premium_gross = premium_net + premium_taxes)
);
create index policy_client_idx on policy (company_id, client_id);
create index policy_cover_end_idx on policy (company_id, cover_end);
create index policy_list_idx on policy (company_id, created_at, id);

-- The schedule billing will invoice: one row per period; paid rows are never rewritten.
create table policy_installment (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  policy_id uuid not null,
  seq int not null check (seq >= 1),
  due_date date not null,
  period_start date not null,
  period_end date not null,
  net numeric(14,2) not null check (net >= 0),
  taxes numeric(14,2) not null check (taxes >= 0),
  gross numeric(14,2) not null,
  paid_at timestamptz,
  unique (company_id, id),
  unique (policy_id, seq),
  foreign key (company_id, policy_id) references policy(company_id, id),
  constraint policy_installment_period check (period_end >= period_start),
  constraint policy_installment_sum check (gross = net + taxes)
);
create index policy_installment_policy_idx on policy_installment (company_id, policy_id, seq);
create index policy_installment_due_idx on policy_installment (company_id, due_date) where paid_at is null;

do $$
declare t text;
begin
  foreach t in array array['insurer', 'line_of_business', 'policy', 'policy_installment'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;

-- Global search (CL-6, extension point 4 of the clients module): a policy's number finds its client.
-- Terms in app_search.client_term with source 'policy' (source_id = the policy), written by this
-- SECURITY DEFINER trigger and scoped to app_current_company() like client_search_refresh;
-- client_search() does not change. client_search_refresh() rewrites only the sources 'client' and
-- 'contact', so policy terms survive a change of the card.
create function policy_search_on_policy() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from app_search.client_term
     where company_id = app_current_company() and source = 'policy' and source_id = old.id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.company_id = app_current_company() then
    insert into app_search.client_term (company_id, client_id, source, source_id, term)
      select new.company_id, new.client_id, 'policy', new.id, t.term
        from (values (app_search_norm(new.number)), (app_search_norm(regexp_replace(new.number, '[^0-9A-Za-z]', '', 'g')))) as t(term)
       where t.term is not null and t.term <> ''
       group by t.term;
  end if;
  return null;
end $$;
revoke all on function policy_search_on_policy() from public;
create trigger policy_search_insert after insert on policy for each row execute function policy_search_on_policy();
create trigger policy_search_update after update of number, client_id on policy for each row execute function policy_search_on_policy();
create trigger policy_search_delete after delete on policy for each row execute function policy_search_on_policy();
