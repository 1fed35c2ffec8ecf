alter table app_user drop column if exists totp_last_step;
drop policy if exists outbox_read on outbox_message;
drop policy if exists outbox_write on outbox_message;
drop policy if exists outbox_deliver on outbox_message;
alter table outbox_message no force row level security;
alter table outbox_message disable row level security;
drop function if exists app_is_system();
