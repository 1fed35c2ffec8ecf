-- Consents module (issue #11, CN-1 … CN-6): versioned consent forms per company, the clients' acceptance
-- (and refusal, withdrawal, delivery) records chained per client, and what is pending re-consent.
--
-- Canonical serialization: every hash here is sha256 over a jsonb value's text output. PostgreSQL's
-- jsonb output is deterministic (keys unique and ordered by length, then bytewise; numbers and strings
-- in one normal form; no insignificant whitespace), so the same content always gives the same text.
-- Timestamps enter the serialization as UTC text ('YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), never through the
-- session's TimeZone.
--
-- Tenant tables: company_id NOT NULL, row-level security enabled and forced, every reference between
-- tenant rows includes the company.

create table consent_form (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  code text not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,29}$'),
  kind text not null check (kind in ('privacy_notice', 'marketing', 'profiling', 'third_party_transfer', 'allegato_3',
                                     'allegato_4', 'allegato_4_ter', 'broker_mandate', 'tax_list_248', 'e_consent')),
  retired boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, code)
);

-- A form's versions: one draft at most (version and hash null), published ones numbered 1, 2, … with
-- the text hash computed here at publish. A published version never changes (trigger below).
create table consent_form_version (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  form_id uuid not null,
  status text not null check (status in ('draft', 'published')),
  version int check (version >= 1),
  -- {"en": "...", "it": "..."}: title and text per language
  title jsonb not null check (jsonb_typeof(title) = 'object'),
  body jsonb not null check (jsonb_typeof(body) = 'object'),
  -- [{"key": "marketing_email", "required": false, "text": {"en": "..."}}], in display order
  clauses jsonb not null default '[]' check (jsonb_typeof(clauses) = 'array'),
  text_hash text,
  published_at timestamptz,
  published_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (form_id, version),
  foreign key (company_id, form_id) references consent_form(company_id, id),
  constraint consent_form_version_state check (
    (status = 'draft' and version is null and text_hash is null and published_at is null)
    or (status = 'published' and version is not null and text_hash is not null and published_at is not null))
);
create unique index consent_form_version_one_draft on consent_form_version (form_id) where status = 'draft';
create index consent_form_version_current_idx on consent_form_version (company_id, form_id, version desc) where status = 'published';

-- The text hash of a version: title, text and clauses in their canonical jsonb serialization.
create function consent_text_hash(p_title jsonb, p_body jsonb, p_clauses jsonb) returns text
  language sql immutable parallel safe as $$
  select encode(sha256(convert_to(jsonb_build_object('title', p_title, 'body', p_body, 'clauses', p_clauses)::text, 'UTF8')), 'hex') $$;

-- Publishing numbers the version and stamps its hash; a published version refuses any change or deletion.
create function consent_form_version_guard() returns trigger
  language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if old.status = 'published' then
      raise exception 'a published consent form version never changes' using errcode = 'insufficient_privilege';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' and old.status = 'published' then
    raise exception 'a published consent form version never changes' using errcode = 'insufficient_privilege';
  end if;
  if new.status = 'published' then
    -- one publisher of a form at a time: the numbering cannot fork
    perform 1 from consent_form f where f.company_id = new.company_id and f.id = new.form_id for update;
    select coalesce(max(v.version), 0) + 1 into new.version from consent_form_version v where v.form_id = new.form_id and v.status = 'published';
    new.text_hash := consent_text_hash(new.title, new.body, new.clauses);
    new.published_at := clock_timestamp();
  else
    new.version := null;
    new.text_hash := null;
    new.published_at := null;
  end if;
  new.updated_at := now();
  return new;
end $$;
create trigger consent_form_version_guard before insert or update or delete on consent_form_version
  for each row execute function consent_form_version_guard();

-- The records: one per form version answered (or delivered) by a client, chained per client.
create table consent_record (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  -- position in the client's chain, 1, 2, … (set by the trigger)
  seq int not null,
  kind text not null check (kind in ('answer', 'delivery')),
  form_id uuid not null,
  form_version_id uuid not null,
  -- the answered version's text hash (copied by the trigger from the version)
  text_hash text not null,
  decision text not null check (decision in ('accepted', 'refused', 'withdrawn', 'delivered')),
  -- {"clause_key": true|false, …}: every clause of the version answered
  answers jsonb not null check (jsonb_typeof(answers) = 'object'),
  channel text not null check (channel in ('portal', 'staff_screen', 'paper', 'email')),
  paper_document_id uuid,
  given_by text not null check (given_by in ('client', 'staff')),
  staff_user_id uuid references app_user(id),
  staff_name text,
  ip text,
  user_agent text,
  session_id uuid,
  recorded_at timestamptz not null default clock_timestamp(),
  -- the validation stamp: dd/mm/yy/hh/mm/ss in the company's time zone (set by the trigger) …
  stamp text not null,
  -- … plus the e-mail address(es) the record went to
  sent_to text[] not null default '{}',
  prev_hash text not null,
  hash text not null,
  unique (company_id, id),
  unique (client_id, seq),
  foreign key (company_id, client_id) references client(company_id, id),
  foreign key (company_id, form_id) references consent_form(company_id, id),
  foreign key (company_id, form_version_id) references consent_form_version(company_id, id),
  foreign key (company_id, paper_document_id) references document(company_id, id),
  constraint consent_record_paper check ((channel = 'paper') = (paper_document_id is not null)),
  constraint consent_record_staff check ((given_by = 'staff') = (staff_user_id is not null)),
  constraint consent_record_delivery check ((kind = 'delivery') = (decision = 'delivered'))
);
create index consent_record_client_idx on consent_record (company_id, client_id, seq);
create index consent_record_last_idx on consent_record (company_id, client_id, form_id, seq desc) where kind = 'answer';
create index consent_record_form_idx on consent_record (company_id, form_id);
create index consent_record_day_idx on consent_record (company_id, recorded_at);

-- The record's canonical serialization: every column except the hash itself (prev_hash included).
create function consent_record_hash(r consent_record) returns text
  language sql immutable parallel safe as $$
  select encode(sha256(convert_to(jsonb_build_object(
    'id', r.id, 'company_id', r.company_id, 'client_id', r.client_id, 'seq', r.seq, 'kind', r.kind,
    'form_id', r.form_id, 'form_version_id', r.form_version_id, 'text_hash', r.text_hash, 'decision', r.decision,
    'answers', r.answers, 'channel', r.channel, 'paper_document_id', r.paper_document_id, 'given_by', r.given_by,
    'staff_user_id', r.staff_user_id, 'staff_name', r.staff_name, 'ip', r.ip, 'user_agent', r.user_agent,
    'session_id', r.session_id, 'recorded_at', to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'stamp', r.stamp, 'sent_to', to_jsonb(r.sent_to), 'prev_hash', r.prev_hash
  )::text, 'UTF8')), 'hex') $$;

create function consent_time_zone(p_country text) returns text
  language sql immutable parallel safe as $$
  select case p_country when 'IT' then 'Europe/Rome' when 'NL' then 'Europe/Amsterdam' when 'DE' then 'Europe/Berlin'
                        when 'PL' then 'Europe/Warsaw' else 'UTC' end $$;

-- Appends to the client's chain: the previous record is read under a per-client lock (held to the end
-- of the transaction), so two concurrent inserts for one client cannot both link to the same record.
create function consent_record_chain() returns trigger
  language plpgsql as $$
declare
  last consent_record;
  v consent_form_version;
begin
  perform pg_advisory_xact_lock(hashtextextended('consent_record:' || new.client_id::text, 0));
  select * into v from consent_form_version where company_id = new.company_id and id = new.form_version_id;
  if v.status is distinct from 'published' or v.form_id <> new.form_id then
    raise exception 'a consent record needs a published version of its form' using errcode = 'check_violation';
  end if;
  select * into last from consent_record where company_id = new.company_id and client_id = new.client_id order by seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.prev_hash := coalesce(last.hash, repeat('0', 64));
  new.text_hash := v.text_hash;
  new.recorded_at := clock_timestamp();
  new.stamp := to_char(new.recorded_at at time zone consent_time_zone((select c.country from company c where c.id = new.company_id)), 'DD/MM/YY/HH24/MI/SS');
  new.hash := consent_record_hash(new);
  return new;
end $$;
create trigger consent_record_chain before insert on consent_record for each row execute function consent_record_chain();

create function consent_record_append_only() returns trigger
  language plpgsql as $$
begin
  raise exception 'consent records never change: record a new one' using errcode = 'insufficient_privilege';
end $$;
create trigger consent_record_no_update before update or delete on consent_record for each row
  execute function consent_record_append_only();
create trigger consent_record_no_truncate before truncate on consent_record for each statement
  execute function consent_record_append_only();

-- The PDFs of a record (and a client's bundle) are client documents (category 'consent'); this links them.
create table consent_record_document (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  record_id uuid not null,
  document_id uuid not null,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (record_id, document_id),
  foreign key (company_id, record_id) references consent_record(company_id, id),
  foreign key (company_id, document_id) references document(company_id, id)
);

-- The e-mails a record went out with (outbox): the delivery attaches the record's PDF (mail-attachments.ts).
create table consent_record_mail (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  record_id uuid not null,
  outbox_message_id uuid not null references outbox_message(id),
  unique (company_id, id),
  unique (outbox_message_id),
  foreign key (company_id, record_id) references consent_record(company_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['consent_form', 'consent_form_version', 'consent_record_document', 'consent_record_mail'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;
-- the records: read and append only (the run-time role also lacks UPDATE/DELETE, see db/provision.ts)
alter table consent_record enable row level security;
alter table consent_record force row level security;
create policy tenant_read on consent_record for select using (company_id = app_current_company());
create policy tenant_append on consent_record for insert with check (company_id = app_current_company());

-- Verification, set-based: for each record, the hash recomputed and the previous record's hash (window
-- function over the client's chain). One row per broken client: its first broken link.
create function consent_chain_breaks(p_client uuid) returns table (client_id uuid, seq int, problem text)
  language sql stable as $$
  select distinct on (c.client_id) c.client_id, c.seq, c.problem
    from (select r.client_id, r.seq,
                 case when r.seq <> row_number() over w then 'sequence_gap'
                      when r.prev_hash <> coalesce(lag(r.hash) over w, repeat('0', 64)) then 'broken_link'
                      when consent_record_hash(r) <> r.hash then 'content_changed'
                 end as problem
            from consent_record r
           where r.company_id = app_current_company() and (p_client is null or r.client_id = p_client)
          window w as (partition by r.client_id order by r.seq)) c
   where c.problem is not null
   order by c.client_id, c.seq $$;

-- Re-consent (CN-5): a client is pending for a form when their last answer to it was to a version older
-- than the form's current published one (retired forms ask nothing). Set-based; invoker's RLS applies.
create view consent_pending with (security_invoker = true) as
with cur as (
  select v.company_id, v.form_id, max(v.version) as version
    from consent_form_version v where v.status = 'published' group by v.company_id, v.form_id
), last as (
  select distinct on (r.company_id, r.client_id, r.form_id) r.company_id, r.client_id, r.form_id, r.form_version_id, r.decision, r.recorded_at
    from consent_record r where r.kind = 'answer'
   order by r.company_id, r.client_id, r.form_id, r.seq desc
)
select l.company_id, l.client_id, l.form_id, lv.version as answered_version, l.form_version_id as answered_version_id,
       cur.version as current_version, l.decision as last_decision, l.recorded_at as answered_at
  from last l
  join consent_form f on f.company_id = l.company_id and f.id = l.form_id and not f.retired
  join cur on cur.company_id = l.company_id and cur.form_id = l.form_id
  join consent_form_version lv on lv.company_id = l.company_id and lv.id = l.form_version_id
 where lv.version < cur.version;
