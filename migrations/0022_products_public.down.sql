alter table audit_event drop constraint audit_event_channel_check;
alter table audit_event add constraint audit_event_channel_check check (channel in ('staff', 'operator', 'portal', 'import', 'system')) not valid;
drop index if exists quote_request_website_idx;
alter table quote_request
  drop constraint if exists quote_request_web_consent,
  drop constraint if exists quote_request_website_fk,
  drop column if exists consent,
  drop column if exists producer_id,
  drop column if exists website_id;
drop table if exists quote_website;
