-- Back to migration 0048: the view-as check on every request only (live), no revocation at the change
-- of the grounds, no hold of the grounds at the opening.
drop trigger if exists app_user_ends_view_as on app_user;
drop trigger if exists membership_ends_view_as on membership;
drop trigger if exists membership_removed_ends_view_as on membership;
drop trigger if exists role_ends_view_as on role;
drop trigger if exists user_session_ended_view_as on user_session;
drop trigger if exists user_session_ends_view_as on user_session;
drop trigger if exists support_grant_ended_view_as on support_grant;
drop trigger if exists support_grant_ends_view_as on support_grant;
drop trigger if exists support_grant_removed_ends_view_as on support_grant;
drop function if exists app_view_as_grounds_changed();
drop function if exists app_end_view_as(uuid, uuid, uuid, text);
drop function if exists app_view_as_hold(uuid);
drop index if exists portal_session_view_as_by_idx;
drop index if exists portal_session_view_as_company_idx;
drop index if exists portal_session_view_as_session_idx;
drop policy if exists view_as_ending on portal_session;

create or replace function app_open_portal_request(p_token_hash text, p_touch_after interval)
  returns jsonb
  language plpgsql volatile as $$
declare
  s portal_session;
  u portal_user;
begin
  perform set_config('app.company_id', '', true),
          set_config('app.user_id', '', true),
          set_config('app.is_operator', '', true),
          set_config('app.portal_token', coalesce(p_token_hash, ''), true);
  select * into s from portal_session where token_hash = p_token_hash;
  perform set_config('app.portal_token', '', true);
  if s.id is null or s.revoked_at is not null or s.expires_at <= now() then
    return null;
  end if;
  perform set_config('app.company_id', s.company_id::text, true);
  select * into u from portal_user where company_id = s.company_id and id = s.portal_user_id and not disabled;
  if u.id is null then
    perform set_config('app.company_id', '', true);
    return null;
  end if;
  -- staff's read-only view: only while the staff member may still open it (membership, role and
  -- support grant are read in the session's company, under row-level security)
  if s.view_as_by is not null and not exists (
    select 1
      from app_user su
      left join user_session us on us.id = s.view_as_session_id
     where su.id = s.view_as_by
       and not su.disabled
       and (s.view_as_session_id is null
            or (us.id is not null and us.user_id = su.id and us.revoked_at is null and us.expires_at > now()))
       and (exists (select 1
                      from membership m
                      join role r on r.company_id = m.company_id and r.id = m.role_id
                     where m.company_id = s.company_id and m.user_id = su.id and m.active
                       and r.rights @> array['portal:view', 'clients:view', 'policies:view', 'claims:view']::text[])
            or (su.is_operator and exists (
                    select 1
                      from support_grant g
                     where g.company_id = s.company_id
                       and (s.view_as_session_id is null or g.id = us.support_grant_id)
                       and g.revoked_at is null and g.expires_at > now()
                       and g.rights @> array['portal:view', 'clients:view', 'policies:view', 'claims:view']::text[])))
  ) then
    perform set_config('app.company_id', '', true);
    return null;
  end if;
  if s.last_seen_at < now() - p_touch_after then
    update portal_session set last_seen_at = now() where id = s.id returning * into s;
  end if;
  return jsonb_build_object('session', to_jsonb(s), 'user', to_jsonb(u));
end $$;

drop function if exists app_view_as_grounds(portal_session);
