-- Policies II (issue #9 §2 persons/objects, §3 endorsements and versions, §4 renewals).
-- Tenant tables as in 0012: company_id NOT NULL, row-level security enabled and forced, every
-- reference between tenant rows includes company_id. Money numeric(14,2).

-- §4 renewals: the policy a renewal continues (one renewal per policy: unique), tacit renewal flag.
-- §3 the insured sum an endorsement may change.
alter table policy
  add column tacit_renewal boolean not null default false,
  add column previous_id uuid,
  add column insured_sum numeric(14,2) check (insured_sum >= 0),
  add constraint policy_previous_fk foreign key (company_id, previous_id) references policy(company_id, id),
  add constraint policy_previous_not_self check (previous_id <> id);
create unique index policy_renewed_once on policy (previous_id) where previous_id is not null;

-- §3 versions: append-only, one row per version of a policy's terms (1 = as issued, then one per
-- endorsement); `changes` lists what the version changed ([{field, before, after}]), `terms` the
-- policy's terms as of this version.
create table policy_version (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  policy_id uuid not null,
  version int not null check (version >= 1),
  kind text not null check (kind in ('issued', 'endorsement', 'renewal')),
  effective_date date not null,
  reason text check (reason is null or length(btrim(reason)) between 1 and 1000),
  changes jsonb not null default '[]',
  terms jsonb not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (policy_id, version),
  foreign key (company_id, policy_id) references policy(company_id, id)
);
create index policy_version_policy_idx on policy_version (company_id, policy_id, version);

-- Versions are history: the database refuses to change or remove them (as the audit trail, 0001).
create function policy_version_append_only() returns trigger
  language plpgsql as $$
begin
  raise exception 'policy_version is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger policy_version_no_update before update or delete on policy_version for each row
  execute function policy_version_append_only();
create trigger policy_version_no_truncate before truncate on policy_version
  execute function policy_version_append_only();

-- §2 insured persons: other clients of the company with a role on the policy.
create table policy_insured_person (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  policy_id uuid not null,
  client_id uuid not null,
  role text not null check (role in ('insured', 'driver', 'beneficiary')),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (policy_id, client_id, role),
  foreign key (company_id, policy_id) references policy(company_id, id),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index policy_insured_person_client_idx on policy_insured_person (company_id, client_id);

-- §2 insured objects: an address of the policyholder (a risk location; its text is kept, so the
-- object stays readable when the card's address is later removed: the link alone is cleared) or a
-- free object. Removed by an endorsement: removed_on set, the row stays for the versions.
create table policy_insured_object (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  policy_id uuid not null,
  kind text not null check (kind in ('address', 'free')),
  address_id uuid,
  description text not null check (length(btrim(description)) between 1 and 500),
  insured_sum numeric(14,2) check (insured_sum >= 0),
  added_on date not null,
  removed_on date,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, policy_id) references policy(company_id, id),
  foreign key (company_id, address_id) references client_address(company_id, id) on delete set null (address_id),
  constraint policy_insured_object_removed check (removed_on is null or removed_on >= added_on)
);
create index policy_insured_object_policy_idx on policy_insured_object (company_id, policy_id);

do $$
declare t text;
begin
  foreach t in array array['policy_version', 'policy_insured_person', 'policy_insured_object'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;

-- Version 1 (as issued) of the policies that exist already. The owner runs migrations without
-- BYPASSRLS: row-level security is lifted for this data step only, then forced again.
alter table policy no force row level security;
alter table policy_version no force row level security;
insert into policy_version (company_id, policy_id, version, kind, effective_date, reason, changes, terms, created_at)
select p.company_id, p.id, 1, 'issued', p.cover_start, null, '[]',
       jsonb_build_object('premiumNet', p.premium_net::text, 'premiumTaxes', p.premium_taxes::text, 'premiumGross', p.premium_gross::text,
                          'insuredSum', null, 'coverStart', p.cover_start::text, 'coverEnd', p.cover_end::text,
                          'paymentFrequency', p.payment_frequency, 'objects', '[]'::jsonb),
       p.created_at
  from policy p;
alter table policy force row level security;
alter table policy_version force row level security;

-- The History of a policy (BASE-7): the audit rows of a policy's versions, installments, insured
-- persons and objects name it in `policy`.
create index audit_event_after_policy_idx on audit_event ((after->>'policy'));
create index audit_event_before_policy_idx on audit_event ((before->>'policy'));
