-- "View as" (PO-8) ends when the staff member's authority to open it ends. A view-as portal session
-- (portal_session.view_as_by) was checked only when it was opened: it stayed valid for its 30 minutes
-- after the staff member was deactivated, lost the company or lost the rights portalViewAs requires.
--
-- The view-as session now records the staff session that opened it (view_as_session_id: signing out,
-- or that session's end, ends the view; a session row removed takes the view with it), and
-- app_open_portal_request re-checks, on every request of a view-as session, what portalViewAs checked
-- (portal-staff.rules.ts): the staff user is not disabled, the staff session that opened it (when
-- recorded) is neither revoked nor expired, and in the portal session's company the user holds
-- portal:view, clients:view, policies:view and claims:view — through an active membership's role, or
-- for the platform operator through an open support grant (the one of the opening staff session when
-- recorded). When any of this no longer holds the session is refused as an ended one: null, with an
-- empty scope (the portal answers UNAUTHENTICATED), exactly as for an expired session. Sessions of the
-- portal user themselves (view_as_by null) are opened as before.

alter table portal_session add column view_as_session_id uuid references user_session(id) on delete cascade;

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
