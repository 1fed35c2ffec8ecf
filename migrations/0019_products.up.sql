-- Products module (issue #10, PR-1, PR-2, CL-4): products an agency designs (line of business, insurer,
-- code) with versions (names per language, questionnaire and rating rules as data), the versions' life
-- cycle with who, when and why (four eyes: the approver is never the author), offers saved on a client
-- (the rating's answers and breakdown, exact decimals numeric(14,2), validity dates, TEST marks) and
-- quote requests for staff. Tenant tables: company_id NOT NULL, row-level security enabled and forced,
-- every reference between tenant rows includes the company.

create table product (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  code text not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,29}$'),
  line_id uuid not null,
  insurer_id uuid not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, code),
  foreign key (company_id, line_id) references line_of_business(company_id, id),
  foreign key (company_id, insurer_id) references insurer(company_id, id)
);

create table product_version (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  product_id uuid not null,
  version int not null check (version >= 1),
  status text not null check (status in ('draft', 'submitted', 'approved', 'test', 'published', 'retired')),
  names jsonb not null,
  questions jsonb not null,
  rating jsonb not null,
  author_id uuid references app_user(id),
  -- everyone who wrote this version's design (the author and anyone who changed the draft)
  editors jsonb not null default '[]' check (jsonb_typeof(editors) = 'array'),
  approved_by uuid references app_user(id),
  status_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (product_id, version),
  foreign key (company_id, product_id) references product(company_id, id),
  -- four eyes: the approver is never the author nor anyone who changed the design
  constraint product_version_four_eyes check (approved_by is null or ((author_id is null or approved_by <> author_id) and not editors ? approved_by::text))
);
-- at most one published version of a product at a time
create unique index product_version_published_idx on product_version (company_id, product_id) where status = 'published';

create table product_version_event (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  version_id uuid not null,
  from_status text check (from_status in ('draft', 'submitted', 'approved', 'test', 'published', 'retired')),
  to_status text not null check (to_status in ('draft', 'submitted', 'approved', 'test', 'published', 'retired')),
  reason text,
  changed_by uuid references app_user(id),
  changed_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, version_id) references product_version(company_id, id) on delete cascade,
  -- a rejection (submitted → draft) carries its reason
  constraint product_reject_reason check (not (from_status = 'submitted' and to_status = 'draft') or length(btrim(coalesce(reason, ''))) > 0)
);
create index product_version_event_idx on product_version_event (company_id, version_id, changed_at);

create table quote_request (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  product_id uuid not null,
  client_id uuid,
  requester_name text not null check (length(btrim(requester_name)) between 1 and 200),
  requester_email text not null check (length(btrim(requester_email)) between 3 and 320),
  answers jsonb not null,
  note text,
  status text not null check (status in ('waiting', 'answered', 'closed')),
  handler_id uuid references app_user(id),
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  answered_at timestamptz,
  unique (company_id, id),
  foreign key (company_id, product_id) references product(company_id, id),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index quote_request_status_idx on quote_request (company_id, status, created_at);

create table product_offer (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  version_id uuid not null,
  request_id uuid,
  policy_id uuid,
  status text not null check (status in ('offered', 'application', 'policy')),
  test boolean not null,
  answers jsonb not null,
  breakdown jsonb not null,
  premium_net numeric(14,2) not null check (premium_net >= 0),
  premium_taxes numeric(14,2) not null check (premium_taxes >= 0),
  premium_gross numeric(14,2) not null,
  valid_from date not null,
  valid_until date not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, version_id) references product_version(company_id, id),
  foreign key (company_id, request_id) references quote_request(company_id, id),
  foreign key (company_id, policy_id) references policy(company_id, id),
  constraint product_offer_premium_sum check (premium_gross = premium_net + premium_taxes),
  constraint product_offer_validity check (valid_until >= valid_from),
  -- a TEST offer never becomes an application or a policy
  constraint product_offer_test_stays check (not test or (status = 'offered' and policy_id is null)),
  constraint product_offer_policy check ((status = 'policy') = (policy_id is not null))
);
create index product_offer_client_idx on product_offer (company_id, client_id, created_at);
create index product_offer_version_idx on product_offer (company_id, version_id, created_at);

do $$
declare t text;
begin
  foreach t in array array['product', 'product_version', 'product_version_event', 'quote_request', 'product_offer'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
