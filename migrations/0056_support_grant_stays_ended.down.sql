-- Back to migration 0051/0011: a grant beyond its administrator's authority refused on every request only
-- (live), not ended at the change made outside the application; app_locate_client as in 0011; no
-- app_operator_grants. Grants ended by the up migration or its triggers stay ended.
drop trigger if exists app_user_ends_support_grants on app_user;
drop trigger if exists membership_ends_support_grants on membership;
drop trigger if exists membership_removed_ends_support_grants on membership;
drop trigger if exists role_ends_support_grants on role;
drop function if exists app_grantor_authority_changed();
drop function if exists app_end_grants_beyond_grantors(uuid, uuid);
drop function if exists app_support_grant_audit(support_grant);
drop function if exists app_operator_grants();
drop index if exists support_grant_open_grantor_idx;
drop policy if exists grant_ending on support_grant;

create or replace function app_locate_client(p_client uuid) returns uuid
  language plpgsql volatile as $$
declare
  v_scope text := current_setting('app.company_id', true);
  v_user uuid := app_current_user();
  v_company uuid;
  v_found uuid;
begin
  if v_user is null or p_client is null then
    return null;
  end if;
  for v_company in
    select m.company_id
      from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
     where m.user_id = v_user and m.active and 'clients:view' = any(r.rights)
    union
    select g.company_id
      from support_grant g
     where app_is_operator() and g.revoked_at is null and g.expires_at > now() and 'clients:view' = any(g.rights)
  loop
    perform set_config('app.company_id', v_company::text, true);
    if exists (select 1 from client c where c.id = p_client and c.company_id = v_company) then
      v_found := v_company;
      exit;
    end if;
  end loop;
  perform set_config('app.company_id', coalesce(v_scope, ''), true);
  return v_found;
end $$;
