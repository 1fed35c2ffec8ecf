-- Company e-mail is company data: the outbox is under row-level security. Account mail (password
-- reset, company_id null) belongs to no company; the delivery worker reads every row as 'system'.
create function app_is_system() returns boolean
  language sql stable as $$ select coalesce(current_setting('app.system', true), '') = 'on' $$;

alter table outbox_message enable row level security;
alter table outbox_message force row level security;
create policy outbox_read on outbox_message for select
  using (company_id is null or company_id = app_current_company() or app_is_system());
create policy outbox_write on outbox_message for insert
  with check (company_id is null or company_id = app_current_company());
create policy outbox_deliver on outbox_message for update
  using (app_is_system()) with check (app_is_system());

-- RFC 6238 §5.2: a verifier must not accept the same one-time code twice. The last accepted time
-- step is kept; only later steps pass.
alter table app_user add column totp_last_step bigint;
