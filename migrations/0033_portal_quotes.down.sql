drop index if exists quote_request_client_idx;
alter table quote_request
  drop constraint if exists quote_request_portal_confirmed,
  drop constraint if exists quote_request_portal_user_fk,
  drop column if exists portal_confirmation,
  drop column if exists portal_user_id;
