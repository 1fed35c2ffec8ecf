-- Base module: companies, users, sessions, roles, memberships, support access, audit trail, outbox.
-- Tables fall in two groups:
--   platform tables (company, app_user, user_session, ...) have no company_id and are reached only
--   through services that never expose another company's data;
--   tenant tables carry company_id NOT NULL, row-level security ENABLED and FORCED, and policies
--   reading the transaction-local setting app.company_id. References between tenant rows include
--   the company, so the database refuses a row that points into another company.

create extension if not exists citext;

create function app_current_company() returns uuid
  language sql stable as $$ select nullif(current_setting('app.company_id', true), '')::uuid $$;
create function app_current_user() returns uuid
  language sql stable as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
create function app_is_operator() returns boolean
  language sql stable as $$ select coalesce(current_setting('app.is_operator', true), '') = 'on' $$;

create table company (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
  name text not null check (length(name) between 1 and 200),
  country char(2) not null,
  locale text not null,
  currency char(3) not null,
  email text,
  created_at timestamptz not null default now()
);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  email citext not null unique,
  display_name text not null,
  password_hash text,
  locale text not null default 'en',
  is_operator boolean not null default false,
  disabled boolean not null default false,
  totp_secret text,
  totp_enabled boolean not null default false,
  recovery_codes text[] not null default '{}',
  failed_logins int not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz not null default now()
);

create table user_session (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references app_user(id) on delete cascade,
  stage text not null check (stage in ('mfa_pending', 'active')),
  kind text not null check (kind in ('cookie', 'bearer')),
  active_company_id uuid references company(id),
  support_grant_id uuid,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index user_session_user_idx on user_session(user_id);

create table password_reset_token (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user(id) on delete cascade,
  token_hash text not null unique,
  purpose text not null check (purpose in ('reset', 'invite')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create table login_event (
  id bigint generated always as identity primary key,
  user_id uuid references app_user(id) on delete set null,
  email citext not null,
  success boolean not null,
  reason text not null,
  ip text,
  at timestamptz not null default now()
);
create index login_event_user_at_idx on login_event(user_id, at);

create table outbox_message (
  id uuid primary key default gen_random_uuid(),
  company_id uuid references company(id),
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  kind text not null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts int not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_message_status_idx on outbox_message(status, created_at);

-- Tenant tables ---------------------------------------------------------------------------------

create table role (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  name text not null check (length(name) between 1 and 100),
  description text,
  template text,
  rights text[] not null default '{}',
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, name)
);

create table membership (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  user_id uuid not null references app_user(id),
  role_id uuid not null,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, user_id),
  foreign key (company_id, role_id) references role(company_id, id)
);
create index membership_user_idx on membership(user_id);

create table support_grant (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  granted_by_id uuid not null references app_user(id),
  reason text not null,
  rights text[] not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by_id uuid references app_user(id),
  unique (company_id, id)
);
alter table user_session add constraint user_session_support_grant_fk
  foreign key (support_grant_id) references support_grant(id);

create table audit_event (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  seq bigint not null,
  at timestamptz not null default clock_timestamp(),
  user_id uuid,
  user_email text,
  role_name text,
  channel text not null check (channel in ('staff', 'operator', 'portal', 'import', 'system')),
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  prev_hash text not null,
  hash text not null,
  unique (company_id, seq)
);
create index audit_event_company_at_idx on audit_event(company_id, at);

-- The audit hash chain: each row's hash covers its content and the previous row's hash of the same
-- company. Computed here, not in the application, so that no code path can append outside the chain.
create function audit_event_hash(e audit_event) returns text
  language sql immutable as $$
  select encode(sha256(convert_to(concat_ws('|',
    e.prev_hash, e.company_id::text, e.seq::text, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.user_id::text, ''), coalesce(e.user_email, ''), coalesce(e.role_name, ''), e.channel, e.action,
    e.entity_type, coalesce(e.entity_id, ''), coalesce(e.before::text, ''), coalesce(e.after::text, '')
  ), 'UTF8')), 'hex') $$;

create function audit_event_chain() returns trigger
  language plpgsql as $$
declare
  last audit_event;
begin
  perform pg_advisory_xact_lock(hashtext('audit:' || new.company_id::text));
  select * into last from audit_event where company_id = new.company_id order by seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.prev_hash := coalesce(last.hash, repeat('0', 64));
  new.at := clock_timestamp();
  new.hash := audit_event_hash(new);
  return new;
end $$;
create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_chain();

create function audit_event_append_only() returns trigger
  language plpgsql as $$
begin
  raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_no_update before update or delete on audit_event for each row
  execute function audit_event_append_only();

-- Row-level security ----------------------------------------------------------------------------

alter table role enable row level security;
alter table role force row level security;
create policy tenant_isolation on role using (company_id = app_current_company())
  with check (company_id = app_current_company());

alter table membership enable row level security;
alter table membership force row level security;
create policy tenant_isolation on membership using (company_id = app_current_company())
  with check (company_id = app_current_company());
-- A signed-in user may see their own memberships in every company (to list and switch companies).
create policy own_memberships on membership for select using (user_id = app_current_user());
-- ... and the roles those memberships give them.
create policy own_roles on role for select
  using (exists (select 1 from membership m where m.role_id = role.id and m.user_id = app_current_user()));

alter table support_grant enable row level security;
alter table support_grant force row level security;
create policy tenant_isolation on support_grant using (company_id = app_current_company())
  with check (company_id = app_current_company());
-- The platform operator sees which companies currently grant support access (no business data).
create policy operator_open_grants on support_grant for select
  using (app_is_operator() and revoked_at is null and expires_at > now());

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_isolation on audit_event for select using (company_id = app_current_company());
create policy tenant_append on audit_event for insert with check (company_id = app_current_company());
