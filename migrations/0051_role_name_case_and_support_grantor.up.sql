-- 1. Role names are unique in a company whatever their letter case — now in the database too.
--
-- The service refuses a name another role of the company has in any letter case (roles.service
-- uniqueName: ILIKE without wildcards, which compares lower(name) with lower(the new name)), but the
-- key was (company_id, name), exact case: two requests at once ("Claims desk", "claims DESK") could
-- both pass the check and both be saved. The key is now on (company_id, lower(name)), as the service
-- compares; the service answers its violation with the check's field error (name, taken).
--
-- A company that got two such names before (through that race) keeps the oldest role under its name;
-- each later one is renamed "<name> (2)", "<name> (3)", … (within the 100 characters of a name), so
-- that the key can be built. None of the demo data is concerned.
alter table role no force row level security;
do $$
declare
  d record;
  n int;
  candidate text;
begin
  for d in
    select x.id, x.company_id, x.name
      from (select r.id, r.company_id, r.name,
                   row_number() over (partition by r.company_id, lower(r.name) order by r.created_at, r.id) as k
              from role r) x
     where x.k > 1
     order by x.company_id, lower(x.name), x.k
  loop
    n := 2;
    loop
      candidate := left(d.name, 100 - length(' (' || n || ')')) || ' (' || n || ')';
      exit when not exists (select 1 from role r where r.company_id = d.company_id and lower(r.name) = lower(candidate));
      n := n + 1;
    end loop;
    update role set name = candidate where id = d.id;
    raise notice 'role % of company %: "%" renamed "%" (its name differed from another role''s only in letter case)', d.id, d.company_id, d.name, candidate;
  end loop;
end $$;
alter table role drop constraint role_company_id_name_key;
create unique index role_company_name_lower_key on role (company_id, lower(name));
alter table role force row level security;

-- 2. A support grant lives no longer than the authority of the administrator who gave it (BASE-6).
--
-- The operator works in a company with the rights of a grant, given by an administrator (base:edit)
-- as far as they held them. The grant kept its rights after that administrator was demoted, disabled
-- or had their role stripped. Now:
--   - app_support_grantor_rights tells what a user may hand to the operator in a company: the rights
--     they hold there, if they may grant at all (an enabled user, an active membership whose role
--     holds base:edit); null otherwise;
--   - app_support_grant_rights tells what a grant gives now: its rights as far as its grantor still
--     holds them; null when it is revoked, expired, or its grantor may no longer grant;
--   - app_enter_company (the request's opening statement, 0005) lets the operator in only with those
--     rights, checked on every request — whatever changed the grantor's access;
--   - the application ends such grants at the change of access itself (support.service
--     endGrantsBeyondGrantors, audited), marking them revoked_reason 'grantor_lost_authority', and
--     narrows the rights of a grant whose grantor lost some of them.
-- Both run with the caller's rights (agency_app, under row-level security): they read the grantor's
-- membership and role of the company in scope, so they answer only for a grant of that company.
alter table support_grant add column revoked_reason text;
alter table support_grant add constraint support_grant_revoked_reason_check
  check (revoked_reason is null or (revoked_reason in ('grantor_lost_authority') and revoked_at is not null));

create function app_support_grantor_rights(p_company uuid, p_user uuid) returns text[]
  language sql stable as $$
  select r.rights
    from membership m
    join role r on r.company_id = m.company_id and r.id = m.role_id
    join app_user u on u.id = m.user_id
   where m.company_id = p_company and m.user_id = p_user and m.active
     and not u.disabled and 'base:edit' = any(r.rights) $$;

create function app_support_grant_rights(g support_grant) returns text[]
  language sql stable as $$
  select array(select x from unnest(g.rights) with ordinality as t(x, i) where x = any(held.rights) order by i)
    from (select app_support_grantor_rights(g.company_id, g.granted_by_id) as rights) held
   where g.revoked_at is null and g.expires_at > now() and held.rights is not null $$;

-- As in 0005, but the operator's grant gives its rights only as far as its grantor still holds them.
create or replace function app_enter_company(p_company uuid, p_user uuid, p_operator boolean, p_grant uuid)
  returns table (rights text[], role_name text, channel text)
  language plpgsql volatile as $$
declare
  v_rights text[];
begin
  perform set_config('app.company_id', coalesce(p_company::text, ''), true),
          set_config('app.user_id', coalesce(p_user::text, ''), true),
          set_config('app.is_operator', case when p_operator then 'on' else '' end, true);
  if p_company is null or p_user is null then
    perform set_config('app.company_id', '', true);
    return;
  end if;
  return query
    select r.rights, r.name, 'staff'::text
      from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
     where m.company_id = p_company and m.user_id = p_user and m.active;
  if found then return; end if;
  if p_operator and p_grant is not null then
    select app_support_grant_rights(g) into v_rights
      from support_grant g
     where g.company_id = p_company and g.id = p_grant;
    if v_rights is not null then
      return query select v_rights, 'support'::text, 'operator'::text;
      return;
    end if;
  end if;
  perform set_config('app.company_id', '', true);
end $$;
