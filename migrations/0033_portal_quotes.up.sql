-- Quote requests from the client portal (issue #12 item 5, PO-4): the portal account that sent the
-- request ("from the portal", company-keyed) and what the client confirmed before sending (its data and
-- its consent records with their stamps). quote_request keeps its forced row-level security (0019).
alter table quote_request
  add column portal_user_id uuid,
  add column portal_confirmation jsonb,
  add constraint quote_request_portal_user_fk foreign key (company_id, portal_user_id) references portal_user(company_id, id),
  -- a portal request names its client and carries the client's confirmation
  add constraint quote_request_portal_confirmed check (portal_user_id is null or (client_id is not null and portal_confirmation is not null));
-- the portal lists a client's requests, newest first
create index quote_request_client_idx on quote_request (company_id, client_id, created_at) where client_id is not null;
