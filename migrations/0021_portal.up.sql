-- Client portal (issue #12, PO-1…PO-9): portal accounts of clients (their own accounts, never staff
-- users: e-mail, argon2id password, optional TOTP, verified e-mail, lockout), their sessions and
-- one-time links, and the access grants staff create over one or more clients. Every table is a
-- tenant table: portal accounts belong to one company's portal; company_id NOT NULL, row-level
-- security enabled and forced, every reference between tenant rows includes the company.

create table portal_user (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  email citext not null check (length(email) between 3 and 320),
  display_name text not null check (length(btrim(display_name)) between 1 and 200),
  password_hash text,
  locale text not null default 'en',
  email_verified_at timestamptz,
  totp_secret text,
  totp_enabled boolean not null default false,
  totp_last_step bigint,
  failed_logins int not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, email)
);

create table portal_session (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  portal_user_id uuid not null,
  token_hash text not null unique,
  stage text not null check (stage in ('mfa_pending', 'active')),
  kind text not null check (kind in ('cookie', 'bearer')),
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  -- staff looking at the portal as this user (PO-8): read-only, short-lived, audited
  view_as_by uuid references app_user(id),
  unique (company_id, id),
  foreign key (company_id, portal_user_id) references portal_user(company_id, id) on delete cascade
);
create index portal_session_user_idx on portal_session (company_id, portal_user_id);

-- A named grant over one or more clients of the company (a family, an owner and her company).
create table portal_grant (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  name text not null check (length(btrim(name)) between 1 and 200),
  include_claims boolean not null default false,
  -- contracts shared automatically by status (and optionally only some lines of business), or picked one by one
  share_mode text not null default 'by_status' check (share_mode in ('by_status', 'picked')),
  share_statuses text[] not null default '{policy}'
    check (share_statuses <@ array['request', 'offer', 'application', 'policy', 'own', 'foreign', 'foreign_part', 'blocked', 'info', 'dormant', 'cancelled']),
  share_lines text[],
  commercial_view boolean not null default false,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, name)
);

create table portal_grant_client (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  grant_id uuid not null,
  client_id uuid not null,
  unique (grant_id, client_id),
  foreign key (company_id, grant_id) references portal_grant(company_id, id) on delete cascade,
  foreign key (company_id, client_id) references client(company_id, id)
);
create index portal_grant_client_client_idx on portal_grant_client (company_id, client_id);

create table portal_grant_policy (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  grant_id uuid not null,
  policy_id uuid not null,
  unique (grant_id, policy_id),
  foreign key (company_id, grant_id) references portal_grant(company_id, id) on delete cascade,
  foreign key (company_id, policy_id) references policy(company_id, id)
);

-- The grant's users: an address not (yet) registered waits for its invitation to be accepted.
create table portal_grant_user (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  grant_id uuid not null,
  email citext not null check (length(email) between 3 and 320),
  portal_user_id uuid,
  invited_at timestamptz,
  linked_at timestamptz,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (grant_id, email),
  foreign key (company_id, grant_id) references portal_grant(company_id, id) on delete cascade,
  foreign key (company_id, portal_user_id) references portal_user(company_id, id) on delete cascade,
  constraint portal_grant_user_linked check ((portal_user_id is null) = (linked_at is null))
);
create index portal_grant_user_user_idx on portal_grant_user (company_id, portal_user_id);

-- One-time links (e-mail verification, invitation, password reset): only the SHA-256 is stored.
create table portal_token (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  purpose text not null check (purpose in ('verify', 'invite', 'reset')),
  token_hash text not null unique,
  email citext not null,
  portal_user_id uuid,
  grant_user_id uuid,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  unique (company_id, id),
  foreign key (company_id, portal_user_id) references portal_user(company_id, id) on delete cascade,
  foreign key (company_id, grant_user_id) references portal_grant_user(company_id, id) on delete cascade
);

-- Controlled synchronization (PO-3): per company, what a client enters is applied at once or queued.
create table portal_setting (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null unique references company(id),
  sync_mode text not null default 'review' check (sync_mode in ('apply', 'review')),
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now(),
  unique (company_id, id)
);

-- A change of a card's data area entered on the portal: applied at once, or waiting for staff to
-- approve or reject it (who entered it and who decided are kept; the card's own audit rows follow).
create table portal_change (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  portal_user_id uuid,
  entered_by_email citext not null,
  area text not null check (area in ('addresses', 'contacts', 'bank_accounts')),
  data jsonb not null check (jsonb_typeof(data) = 'array'),
  status text not null check (status in ('pending', 'applied', 'approved', 'rejected')),
  message text check (length(message) <= 2000),
  reviewed_by uuid references app_user(id),
  reviewed_at timestamptz,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, portal_user_id) references portal_user(company_id, id) on delete set null (portal_user_id),
  constraint portal_change_reviewed check ((status in ('approved', 'rejected')) = (reviewed_at is not null)),
  constraint portal_change_rejected check (status <> 'rejected' or length(btrim(coalesce(message, ''))) > 0)
);
create index portal_change_pending_idx on portal_change (company_id, status, created_at);

-- Messages between a client and the agency (PO-7): a thread per case, on one client's card.
create table portal_thread (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  subject text not null check (length(btrim(subject)) between 1 and 200),
  policy_id uuid,
  claim_id uuid,
  started_by_portal_user uuid,
  started_by_staff uuid references app_user(id),
  created_at timestamptz not null default now(),
  last_message_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, policy_id) references policy(company_id, id),
  foreign key (company_id, claim_id) references claim(company_id, id),
  foreign key (company_id, started_by_portal_user) references portal_user(company_id, id) on delete set null (started_by_portal_user)
);
create index portal_thread_client_idx on portal_thread (company_id, client_id, last_message_at);

create table portal_message (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  thread_id uuid not null,
  author text not null check (author in ('client', 'staff')),
  portal_user_id uuid,
  staff_user_id uuid references app_user(id),
  author_name text not null check (length(btrim(author_name)) between 1 and 200),
  body text not null check (length(btrim(body)) between 1 and 5000),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, thread_id) references portal_thread(company_id, id) on delete cascade,
  foreign key (company_id, portal_user_id) references portal_user(company_id, id) on delete set null (portal_user_id),
  constraint portal_message_author check ((author = 'staff') = (staff_user_id is not null))
);
create index portal_message_thread_idx on portal_message (company_id, thread_id, created_at);

do $$
declare t text;
begin
  foreach t in array array['portal_user', 'portal_session', 'portal_grant', 'portal_grant_client', 'portal_grant_policy', 'portal_grant_user', 'portal_token', 'portal_setting', 'portal_change', 'portal_thread', 'portal_message'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;

-- A request to the portal knows only its token: the session row is visible to a transaction that
-- named the token's hash (app_open_portal_request sets and clears it), to nothing else.
create policy portal_token_lookup on portal_session for select
  using (token_hash = nullif(current_setting('app.portal_token', true), ''));
create policy portal_link_lookup on portal_token for select
  using (token_hash = nullif(current_setting('app.portal_token', true), ''));

-- Opens a portal request for a session token's hash, in one statement: the session and its portal
-- user (as rows for the ORM) and the scope set to the session's company (no staff user, never the
-- operator). Null, with an empty scope, for an unknown, revoked or expired session or a disabled user.
create function app_open_portal_request(p_token_hash text, p_touch_after interval)
  returns jsonb
  language plpgsql volatile as $$
declare
  s portal_session;
  u portal_user;
begin
  perform set_config('app.company_id', '', true),
          set_config('app.user_id', '', true),
          set_config('app.is_operator', '', true),
          set_config('app.portal_token', coalesce(p_token_hash, ''), true);
  select * into s from portal_session where token_hash = p_token_hash;
  perform set_config('app.portal_token', '', true);
  if s.id is null or s.revoked_at is not null or s.expires_at <= now() then
    return null;
  end if;
  perform set_config('app.company_id', s.company_id::text, true);
  select * into u from portal_user where company_id = s.company_id and id = s.portal_user_id and not disabled;
  if u.id is null then
    perform set_config('app.company_id', '', true);
    return null;
  end if;
  if s.last_seen_at < now() - p_touch_after then
    update portal_session set last_seen_at = now() where id = s.id returning * into s;
  end if;
  return jsonb_build_object('session', to_jsonb(s), 'user', to_jsonb(u));
end $$;

-- The company a one-time portal link belongs to (the link carries only its token).
create function app_portal_link_company(p_token_hash text)
  returns uuid
  language plpgsql volatile as $$
declare
  c uuid;
begin
  perform set_config('app.portal_token', coalesce(p_token_hash, ''), true);
  select company_id into c from portal_token where token_hash = p_token_hash;
  perform set_config('app.portal_token', '', true);
  return c;
end $$;
