-- Clients module (CL-1…CL-8, DR-1): the client card and its areas, documents kept in two stores,
-- service entries, and the search terms behind the global search (CL-6).
-- Every table is a tenant table: company_id NOT NULL, row-level security enabled and forced, and
-- every reference between rows includes the company: (company_id, x_id) references x(company_id, id).

-- pg_trgm, unaccent and btree_gin are trusted extensions: the database owner may create them.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists btree_gin;

-- unaccent() is STABLE (it reads a dictionary); an index needs an IMMUTABLE expression. The wrapper
-- names the dictionary explicitly so that its result does not depend on search_path.
create function app_unaccent(text) returns text
  language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- How names, identifiers and queries are compared: lower case, no accents, single spaces.
create function app_search_norm(text) returns text
  language sql immutable parallel safe strict as $$ select btrim(regexp_replace(lower(public.app_unaccent($1)), '\s+', ' ', 'g')) $$;

create table client (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  kind text not null check (kind in ('person', 'entity')),
  status text not null default 'active' check (status in ('prospect', 'active', 'hidden')),
  display_name text not null,
  -- registry (anagrafica)
  first_name text,
  last_name text,
  gender text check (gender in ('M', 'F', 'X')),
  birth_date date,
  birth_place text,
  birth_province text,
  birth_country char(2),
  citizenship char(2),
  legal_name text,
  legal_form text,
  tax_country char(2) not null,
  tax_code text,
  no_local_tax_id boolean not null default false,
  no_local_tax_id_reason text,
  vat_number text,
  preferred_locale text,
  -- family situation
  marital_status text,
  -- occupation / activity
  occupation text,
  employer text,
  registry_number text,
  activity_code text,
  activity_description text,
  legal_representative_id uuid,
  legal_representative_name text,
  -- life cycle
  hidden_reason text,
  hidden_at timestamptz,
  erased_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, legal_representative_id) references client(company_id, id),
  constraint client_person_names check (kind <> 'person' or erased_at is not null or (first_name is not null and last_name is not null)),
  constraint client_entity_name check (kind <> 'entity' or erased_at is not null or legal_name is not null),
  -- CL-3: a missing local tax id is explicit, never an empty field
  constraint client_tax_id check (erased_at is not null or no_local_tax_id or tax_code is not null or (kind = 'entity' and vat_number is not null)),
  constraint client_no_tax_id_reason check (not no_local_tax_id or no_local_tax_id_reason is not null)
);
create index client_list_idx on client (company_id, display_name, id);
create index client_status_idx on client (company_id, status, created_at);
create index client_created_idx on client (company_id, created_at);
create index client_tax_code_idx on client (company_id, tax_code) where tax_code is not null;
create index client_vat_idx on client (company_id, vat_number) where vat_number is not null;

create table document (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  -- generic owner: a client now; a policy or a claim later (those modules extend the check)
  owner_type text not null check (owner_type in ('client', 'policy', 'claim')),
  owner_id uuid not null,
  -- the client the document concerns (also for a policy's documents): legal holds, merge, erasure
  client_id uuid,
  category text not null,
  file_name text not null check (length(file_name) between 1 and 255),
  content_type text not null,
  size_bytes bigint not null check (size_bytes > 0),
  sha256 char(64) not null,
  storage_key text not null,
  uploaded_by_id uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (storage_key),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index document_owner_idx on document (company_id, owner_type, owner_id);
create index document_client_idx on document (company_id, client_id);

create table client_address (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  kind text not null check (kind in ('residence', 'domicile', 'billing', 'risk', 'other')),
  label text,
  line1 text not null,
  line2 text,
  postal_code text not null,
  city text not null,
  province text,
  country char(2) not null,
  position int not null default 0,
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index client_address_client_idx on client_address (company_id, client_id);
create unique index client_address_one_residence on client_address (client_id) where kind = 'residence';

create table client_contact (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  kind text not null check (kind in ('email', 'phone', 'pec')),
  value text not null,
  -- phones: the national significant number's digits (libphonenumber), searched by prefix
  national_number text,
  label text,
  preferred boolean not null default false,
  position int not null default 0,
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index client_contact_client_idx on client_contact (company_id, client_id);
create unique index client_contact_one_preferred on client_contact (client_id, kind) where preferred;
create index client_contact_value_idx on client_contact (company_id, value);

create table client_bank_account (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  iban text not null,
  bic text,
  holder text not null,
  bank_name text,
  sepa_mandate_ref text,
  sepa_mandate_date date,
  preferred boolean not null default false,
  position int not null default 0,
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  check ((sepa_mandate_ref is null) = (sepa_mandate_date is null))
);
create index client_bank_account_client_idx on client_bank_account (company_id, client_id);
create unique index client_bank_account_one_preferred on client_bank_account (client_id) where preferred;

create table client_identity_document (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  type text not null check (type in ('identity_card', 'passport', 'driving_licence', 'residence_permit', 'other')),
  number text not null,
  issuer text not null,
  issue_date date not null,
  expiry_date date,
  scan_document_id uuid,
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, scan_document_id) references document(company_id, id),
  check (expiry_date is null or expiry_date > issue_date)
);
create index client_identity_document_client_idx on client_identity_document (company_id, client_id);
create index client_identity_document_expiry_idx on client_identity_document (company_id, expiry_date);

create table client_household_member (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  -- a household member who is also a client of the same company
  member_client_id uuid,
  name text,
  relation text not null check (relation in ('spouse', 'partner', 'child', 'parent', 'sibling', 'other')),
  birth_date date,
  dependent boolean not null default false,
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, member_client_id) references client(company_id, id),
  check (member_client_id is not null or name is not null),
  check (member_client_id is null or member_client_id <> client_id)
);
create index client_household_client_idx on client_household_member (company_id, client_id);
create index client_household_member_idx on client_household_member (company_id, member_client_id) where member_client_id is not null;

create table client_service_entry (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  kind text not null check (kind in ('note', 'complaint', 'event', 'call', 'vehicle_sold')),
  subject text not null,
  body text,
  occurred_on date not null default current_date,
  created_by_id uuid references app_user(id),
  created_at timestamptz not null default now(),
  redacted_at timestamptz,
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index client_service_entry_client_idx on client_service_entry (company_id, client_id, created_at);

-- Contact history (CL-4): the outbox knows which client an e-mail was for. outbox_message is a
-- platform table (company_id null for account mail); the reference includes the company.
-- A deleted card keeps its sent mail (proof of notice) without the link: ON DELETE SET NULL of the
-- client column only (PostgreSQL 15+), never of company_id.
alter table outbox_message add column client_id uuid;
alter table outbox_message add constraint outbox_message_client_fk
  foreign key (company_id, client_id) references client(company_id, id) on delete set null (client_id);
create index outbox_message_client_idx on outbox_message (company_id, client_id) where client_id is not null;

-- A merge moves the contact history to the card that stays. Only the delivery worker may update
-- outbox rows (migration 0004), so this narrow function does it: within the active company, between
-- two of its clients (row-level security on client applies), touching client_id only.
create function client_outbox_relink(p_from uuid, p_to uuid) returns integer
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  v_company uuid := app_current_company();
  v_prev text := coalesce(current_setting('app.system', true), '');
  v_moved integer;
begin
  if v_company is null or (select count(*) from client where id in (p_from, p_to) and company_id = v_company) <> 2 then
    raise exception 'client_outbox_relink: unknown client' using errcode = 'insufficient_privilege';
  end if;
  perform set_config('app.system', 'on', true);
  update outbox_message set client_id = p_to where company_id = v_company and client_id = p_from;
  get diagnostics v_moved = row_count;
  perform set_config('app.system', v_prev, true);
  return v_moved;
end $$;

-- Global search (CL-6) --------------------------------------------------------------------------
-- One row per searchable term of a client: its name, tax code, VAT number (source 'client'), each
-- e-mail and phone (source 'contact'). Other modules add their own sources later (policy numbers,
-- plates) with their own triggers; the search function does not change. A trigram GIN index over
-- (company_id, term) serves typo-tolerant (word similarity) and substring (LIKE) matching.
--
-- Why a separate schema without row-level security: PostgreSQL never uses a non-leakproof operator
-- (LIKE, pg_trgm's <%) as an index condition on a table under row-level security, so under RLS every
-- search would read all of the company's terms. Instead the run-time role has no privilege at all on
-- schema app_search: the terms are written by triggers and read by client_search(), SECURITY DEFINER
-- functions that scope every statement to app_current_company() (no company: no rows). The rows they
-- return are joined with client, which row-level security still guards.
create schema app_search;
revoke all on schema app_search from public;

create table app_search.client_term (
  company_id uuid not null references company(id),
  client_id uuid not null,
  source text not null,
  source_id uuid not null,
  term text not null,
  foreign key (company_id, client_id) references client(company_id, id) on delete cascade
) partition by hash (company_id);
-- 32 partitions by company: a company's trigram posting lists are not read through every other
-- company's terms (a large agency of 100,000 clients shares its partition with few others).
do $$
begin
  for i in 0..31 loop
    execute format('create table app_search.client_term_p%s partition of app_search.client_term for values with (modulus 32, remainder %s)', i, i);
  end loop;
end $$;
-- typo-tolerant and substring matching
create index client_term_trgm on app_search.client_term using gin (company_id, term gin_trgm_ops);
-- exact and prefix matching (tax codes, e-mails, phone numbers, full names)
create index client_term_prefix on app_search.client_term (company_id, term text_pattern_ops);
create index client_term_client_idx on app_search.client_term (company_id, client_id);

-- The terms of the clients module, as a view (security_invoker: the caller's policies apply): used by
-- the triggers (one client) and by bulk loads.
create view client_search_source with (security_invoker = true) as
  select c.company_id, c.id as client_id, 'client'::text as source, c.id as source_id, t.term
    from client c
    cross join lateral (values (app_search_norm(c.display_name)), (app_search_norm(c.first_name || ' ' || c.last_name)),
                               (lower(c.tax_code)), (lower(c.vat_number)), (lower(substr(c.vat_number, 3)))) as t(term)
   where c.erased_at is null and t.term is not null and t.term <> ''
  union all
  select k.company_id, k.client_id, 'contact'::text, k.id, t.term
    from client_contact k
    cross join lateral (values (case when k.kind = 'phone' then ltrim(k.value, '+') else lower(k.value) end), (k.national_number)) as t(term)
   where t.term is not null;

-- Rewrites the clients module's terms of one client of the active company.
create function client_search_refresh(p_client uuid) returns void
  language sql security definer set search_path = pg_catalog, public as $$
  delete from app_search.client_term where company_id = app_current_company() and client_id = p_client and source in ('client', 'contact');
  insert into app_search.client_term (company_id, client_id, source, source_id, term)
    select company_id, client_id, source, source_id, term from client_search_source
     where company_id = app_current_company() and client_id = p_client;
$$;

create function client_search_on_client() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  perform client_search_refresh(new.id);
  return null;
end $$;
create trigger client_search_insert after insert on client for each row execute function client_search_on_client();
create trigger client_search_update after update of display_name, tax_code, vat_number, erased_at on client
  for each row execute function client_search_on_client();

create function client_search_on_contact() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform client_search_refresh(old.client_id);
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.client_id <> old.client_id) then
    perform client_search_refresh(new.client_id);
  end if;
  return null;
end $$;
create trigger client_search_contact after insert or update or delete on client_contact
  for each row execute function client_search_on_contact();

-- The search itself: ranked client ids of the active company. Phone-like input is reduced to its
-- digits by the caller; everything else is lowered and unaccented here. Threshold: word similarity
-- 0.45 (a typo or two in a surname).
create function client_search(p_query text, p_first int, p_include_hidden boolean)
  returns table (client_id uuid, score double precision)
  language plpgsql volatile security definer set search_path = pg_catalog, public
  -- plan each call with its values (constant ranges and patterns for the indexes)
  set plan_cache_mode = force_custom_plan as $$
declare
  v_company uuid := app_current_company();
  v_q text := app_search_norm(p_query);
  v_first int := least(greatest(p_first, 1), 100);
  v_q2 text;
  v_top constant text := chr(1114111);
  v_words text[];
  v_ids uuid[];
  v_scores double precision[];
begin
  if v_company is null or v_q is null or length(v_q) < 2 then
    return;
  end if;
  -- digits typed with a trunk prefix (0…) also match without it
  v_q2 := case when v_q ~ '^0+[0-9]+$' then ltrim(v_q, '0') else v_q end;
  -- 1. exact and prefix matches: a b-tree range (text_pattern_ops) — tax codes, e-mails, phones,
  --    names as written ("last first" or "first last")
  select coalesce(array_agg(x.client_id order by x.score desc, x.display_name, x.client_id), '{}'),
         coalesce(array_agg(x.score order by x.score desc, x.display_name, x.client_id), '{}')
    into v_ids, v_scores
    from (select h.client_id, h.score, c.display_name
            from (select t.client_id, max(1.0 + similarity(v_q, t.term))::double precision as score
                    from app_search.client_term t
                   where t.company_id = v_company
                     and ((t.term ~>=~ v_q and t.term ~<~ (v_q || v_top)) or (t.term ~>=~ v_q2 and t.term ~<~ (v_q2 || v_top)))
                   group by t.client_id) h
            join client c on c.id = h.client_id and c.company_id = v_company
           where p_include_hidden or c.status <> 'hidden'
           order by h.score desc, c.display_name, c.id
           limit v_first) x;
  return query select u.id, u.score from unnest(v_ids, v_scores) as u(id, score);
  -- identifiers (digits, e-mail addresses) found by prefix need no fuzzy second pass, and a number
  -- is only searched by prefix (digit trigrams are shared by every phone number)
  if cardinality(v_ids) >= v_first or (cardinality(v_ids) > 0 and v_q ~ '[0-9@]') or v_q ~ '^[0-9]+$' then
    return;
  end if;
  -- 2. typo-tolerant matches (trigram GIN): every word of the query close to a word of the term
  --    (up to three words are required; with force_custom_plan the missing ones fold away), or the
  --    query as a substring. Ranked by word similarity of the whole query.
  v_words := (regexp_split_to_array(v_q, ' '))[1:3];
  perform set_config('pg_trgm.word_similarity_threshold', '0.45', true);
  return query
    select h.client_id, h.score
      from (select t.client_id,
                   max(greatest(word_similarity(v_q, t.term), case when strpos(t.term, v_q) > 0 then 0.99 else 0.0 end)
                       + similarity(v_q, t.term) * 0.01)::double precision as score
              from app_search.client_term t
             where t.company_id = v_company
               and (t.term like '%' || replace(replace(replace(v_q, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                    or (v_words[1] <% t.term
                        and (v_words[2] is null or v_words[2] <% t.term)
                        and (v_words[3] is null or v_words[3] <% t.term)))
             group by t.client_id) h
      join client c on c.id = h.client_id and c.company_id = v_company
     where (p_include_hidden or c.status <> 'hidden') and h.client_id <> all(v_ids)
     order by h.score desc, c.display_name, c.id
     limit v_first - cardinality(v_ids);
end $$;

revoke all on function client_search_refresh(uuid) from public;
revoke all on function client_search_on_client() from public;
revoke all on function client_search_on_contact() from public;

-- Row-level security ----------------------------------------------------------------------------
do $$
declare t text;
begin
  foreach t in array array['client', 'document', 'client_address', 'client_contact', 'client_bank_account',
    'client_identity_document', 'client_household_member', 'client_service_entry'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
