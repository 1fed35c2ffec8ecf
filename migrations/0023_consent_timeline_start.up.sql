-- Consents (issue #11, CN-6): the consent timeline shows a client's chain "from the start of the
-- relationship (or from an agreed date)". The agreed date is agreed with the client (e.g. the day the
-- agency and the client moved to paperless collection) and kept per client: the timeline starts there
-- by default; the records before it stay in the chain, verified, and can be shown at any time.
--
-- Tenant table: company_id NOT NULL, row-level security enabled and forced, the client referenced
-- with its company.
create table consent_timeline_start (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  agreed_from date not null,
  note text check (note is null or char_length(note) <= 500),
  set_by_id uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, client_id),
  foreign key (company_id, client_id) references client(company_id, id)
);

alter table consent_timeline_start enable row level security;
alter table consent_timeline_start force row level security;
create policy tenant_isolation on consent_timeline_start
  using (company_id = app_current_company()) with check (company_id = app_current_company());
