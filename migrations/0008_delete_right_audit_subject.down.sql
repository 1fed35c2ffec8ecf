-- Back to the catalogue without `delete` (permanent deletion under `edit` again): the right is
-- removed from every role and support grant (row-level security lifted for the update only).
alter table role no force row level security;
alter table support_grant no force row level security;
update role set rights = array(select r from unnest(rights) as r where r not like '%:delete' order by r)
 where exists (select 1 from unnest(rights) as r where r like '%:delete');
update support_grant set rights = array(select r from unnest(rights) as r where r not like '%:delete' order by r)
 where exists (select 1 from unnest(rights) as r where r like '%:delete');
alter table role force row level security;
alter table support_grant force row level security;

drop index if exists audit_event_before_client_doc_idx;
drop index if exists audit_event_after_client_doc_idx;
drop index if exists audit_event_before_client_idx;
drop index if exists audit_event_after_client_idx;
drop index if exists audit_event_entity_idx;
