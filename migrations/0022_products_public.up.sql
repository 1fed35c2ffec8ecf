-- Products module, the embeddable public quote form (issue #10 item 6, PR-3). A company configures
-- websites: a name, the origins the form may be used from (CORS and Origin check), the producer /
-- sub-agent its quote requests are attributed to, the privacy notice shown, and a public key the
-- snippet names. Quote requests sent from a website keep the website, the producer and the consent
-- given (the text shown, its version, when, from which address).
-- Tenant table: company_id NOT NULL, row-level security enabled and forced, company-keyed references.

create table quote_website (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  name text not null check (length(btrim(name)) between 1 and 200),
  -- what the snippet names; unique across companies (the public endpoint finds the company by it)
  public_key text not null unique check (public_key ~ '^[a-z0-9]{24,64}$'),
  origins jsonb not null check (jsonb_typeof(origins) = 'array' and jsonb_array_length(origins) between 1 and 20),
  producer_id uuid references app_user(id),
  privacy_notice_url text not null check (privacy_notice_url ~ '^https?://' and length(privacy_notice_url) <= 500),
  active boolean not null default true,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  unique (company_id, name)
);

alter table quote_website enable row level security;
alter table quote_website force row level security;
create policy tenant_isolation on quote_website using (company_id = app_current_company()) with check (company_id = app_current_company());
-- The public endpoint's only way in: the one active website whose key the request names (set
-- transaction-locally in app.quote_key), read before any company is entered. Nothing else is visible.
create policy public_key_lookup on quote_website for select
  using (active and public_key = nullif(current_setting('app.quote_key', true), ''));

alter table quote_request
  add column website_id uuid,
  add column producer_id uuid references app_user(id),
  -- the privacy-notice consent given on the website: {version, text, url, locale, acceptedAt, ip}
  add column consent jsonb,
  add constraint quote_request_website_fk foreign key (company_id, website_id) references quote_website(company_id, id),
  add constraint quote_request_web_consent check (website_id is null or consent is not null);
create index quote_request_website_idx on quote_request (company_id, website_id) where website_id is not null;

-- Audit rows written for a visitor of a website name the channel 'public'.
alter table audit_event drop constraint audit_event_channel_check;
alter table audit_event add constraint audit_event_channel_check check (channel in ('staff', 'operator', 'portal', 'import', 'system', 'public'));
