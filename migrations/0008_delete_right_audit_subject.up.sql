-- BASE-4: permanent deletion becomes its own action `delete` of the rights catalogue
-- (packages/shared/src/rights.ts); until now `edit` included it, so every agent could delete any
-- card for good. New roles get it from the templates: only the administrator template holds it.
--
-- Existing roles (and support grants, which carry rights the same way) migrate by this rule:
--   a role that holds `base:edit` — an administrator: it manages users and roles, and must use a
--   second factor (MFA_REQUIRING_RIGHT) — receives `<module>:delete` for every module in which it
--   already holds `<module>:edit`. Today that is `clients:delete` (the only module whose records
--   are deleted for good); a role copied from the administrator template receives every `:delete`
--   of the catalogue. Every other role (agents, accountants, claims handlers, read-only, custom
--   roles without `base:edit`) loses nothing it had except permanent deletion; an administrator
--   grants `clients:delete` to it explicitly when wanted.
-- Rights stay a sorted array without duplicates, as the roles service writes them.

create function pg_temp.with_delete_rights(rights text[]) returns text[]
language sql immutable as $$
  select array(
    select distinct r from (
      select unnest(rights) as r
      union all
      select split_part(e, ':', 1) || ':delete'
        from unnest(rights) as e
       where 'base:edit' = any(rights)
         and e like '%:edit'
         and split_part(e, ':', 1) in ('clients', 'consents', 'policies', 'products', 'claims', 'producers',
                                       'commissions', 'billing', 'ledger', 'collections', 'cancellations', 'portal')
    ) x order by r
  )
$$;

-- The owner runs migrations without BYPASSRLS: row-level security is lifted for the data update
-- only, then forced again.
alter table role no force row level security;
alter table support_grant no force row level security;
update role set rights = pg_temp.with_delete_rights(rights) where 'base:edit' = any(rights);
update support_grant set rights = pg_temp.with_delete_rights(rights) where 'base:edit' = any(rights);
alter table role force row level security;
alter table support_grant force row level security;
drop function pg_temp.with_delete_rights(text[]);

-- BASE-7, the History tab of a client card: the audit rows of one card are those of the card itself
-- (entity_id) and of its areas, whose before/after name the card in `client` (documents in
-- `clientId`). Indexes for those lookups (the table is append-only and company-scoped by RLS).
create index audit_event_entity_idx on audit_event (company_id, entity_id);
create index audit_event_after_client_idx on audit_event ((after->>'client'));
create index audit_event_before_client_idx on audit_event ((before->>'client'));
create index audit_event_after_client_doc_idx on audit_event ((after->>'clientId'));
create index audit_event_before_client_doc_idx on audit_event ((before->>'clientId'));
