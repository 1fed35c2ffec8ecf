-- A "view as" session (PO-8) that lost its grounds stays ended.
--
-- Migration 0048 made app_open_portal_request re-check, on every request of a view-as portal session,
-- that its opener could still open it (not disabled, the opening staff session open, an active
-- membership whose role holds portal:view, clients:view, policies:view and claims:view, or for the
-- operator the opening session's open support grant holding them). The check was live: a right taken
-- and given back, a membership deactivated and reactivated, an account disabled and enabled again —
-- all within the view's 30 minutes and before its next request — left the old view working again.
--
-- Now the view ends at the change itself, for good: every change of a row the grounds are read from
-- (app_user.disabled / is_operator; membership.active / role_id / user_id, or the membership removed;
-- role.rights; user_session.revoked_at / expires_at / support_grant_id / user_id; support_grant
-- .revoked_at / expires_at / rights, or the grant removed) re-checks, in the same transaction, the open
-- view-as sessions that rest on it, and revokes (portal_session.revoked_at) each one whose grounds no
-- longer hold — audited as 'view_as_end' on the portal user, by whoever made the change. A revoked
-- session is never opened again, whatever is restored afterwards. The rows with an expiry (the staff
-- session, the support grant) are re-checked before their change too, so a view whose staff session or
-- grant had already run out is not revived by a later extension. The check on every request stays, for
-- what no row change announces (an expiry reached).
--
-- app_view_as_grounds is that check, shared by app_open_portal_request (unchanged in what it refuses)
-- and the revocation. app_view_as_hold is called by the opening of a view (portal-view-as.service.ts)
-- after its row is written: it takes a share lock on the rows the grounds are read from, so a change
-- racing the opening either waits for it (and then finds the new view to revoke) or is seen by it
-- (and the opening is refused).
--
-- The revocation runs as the owner (SECURITY DEFINER: a staff user's account or session spans
-- companies): policy view_as_ending lets the owner find open view-as sessions in every company; the
-- re-check, the revocation and the audit row are then made in each session's company, under its
-- row-level security (app.company_id set for the call and put back after it).

create function app_view_as_grounds(vs portal_session) returns boolean
  language sql stable as $$
  select vs.view_as_by is null or exists (
    select 1
      from app_user su
      left join user_session us on us.id = vs.view_as_session_id
     where su.id = vs.view_as_by
       and not su.disabled
       and (vs.view_as_session_id is null
            or (us.id is not null and us.user_id = su.id and us.revoked_at is null and us.expires_at > now()))
       and (exists (select 1
                      from membership m
                      join role r on r.company_id = m.company_id and r.id = m.role_id
                     where m.company_id = vs.company_id and m.user_id = su.id and m.active
                       and r.rights @> array['portal:view', 'clients:view', 'policies:view', 'claims:view']::text[])
            or (su.is_operator and exists (
                    select 1
                      from support_grant g
                     where g.company_id = vs.company_id
                       and (vs.view_as_session_id is null or g.id = us.support_grant_id)
                       -- what the grant still gives: nothing once revoked, expired or its administrator
                       -- may no longer grant, and no more than they hold (0051)
                       and app_support_grant_rights(g) @> array['portal:view', 'clients:view', 'policies:view', 'claims:view']::text[]))))
$$;

-- As in 0048; the view-as check is app_view_as_grounds.
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
  -- support grant are read in the session's company, under row-level security); a change that took
  -- the grounds away revoked it already (above)
  if s.view_as_by is not null and not app_view_as_grounds(s) then
    perform set_config('app.company_id', '', true);
    return null;
  end if;
  if s.last_seen_at < now() - p_touch_after then
    update portal_session set last_seen_at = now() where id = s.id returning * into s;
  end if;
  return jsonb_build_object('session', to_jsonb(s), 'user', to_jsonb(u));
end $$;

-- The opening of a view (after its row is written, in its transaction): the rows its grounds are read
-- from held against change until it commits, then the grounds checked.
create function app_view_as_hold(p_session uuid) returns boolean
  language plpgsql volatile as $$
declare
  s portal_session;
begin
  select * into s from portal_session where id = p_session;
  if s.id is null or s.view_as_by is null then
    return false;
  end if;
  perform 1 from app_user where id = s.view_as_by for share;
  perform 1 from user_session where id = s.view_as_session_id for share;
  perform 1 from membership where company_id = s.company_id and user_id = s.view_as_by for share;
  perform 1 from role r
   where r.company_id = s.company_id
     and r.id in (select m.role_id from membership m where m.company_id = s.company_id and m.user_id = s.view_as_by)
     for share of r;
  perform 1 from support_grant g
   where g.company_id = s.company_id
     and g.id in (select us.support_grant_id from user_session us where us.id = s.view_as_session_id)
     for share of g;
  return app_view_as_grounds(s);
end $$;

-- The owner finds open view-as sessions in every company (app_end_view_as); it changes them only in
-- their own company, under tenant_isolation.
do $$ begin
  execute format('create policy view_as_ending on portal_session for select to %I using (view_as_by is not null)', current_user);
end $$;

create index portal_session_view_as_by_idx on portal_session (view_as_by, expires_at) where view_as_by is not null and revoked_at is null;
create index portal_session_view_as_company_idx on portal_session (company_id, expires_at) where view_as_by is not null and revoked_at is null;
create index portal_session_view_as_session_idx on portal_session (view_as_session_id) where view_as_session_id is not null;

-- Revokes the open view-as sessions (of a company, of a staff user, opened from a staff session: the
-- filters given) whose grounds no longer hold, each audited in its company as 'view_as_end' on the
-- portal user (after: the portal user's e-mail, the staff user's as `user`, `reason` — the kind of row
-- whose change ended it: user, membership, role, staff_session, support_grant — and the view's `until`),
-- by the transaction's user (app.user_id; none: channel 'system'). Returns how many it ended.
create function app_end_view_as(p_company uuid, p_staff uuid, p_staff_session uuid, p_cause text)
  returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
  v_scope text := current_setting('app.company_id', true);
  v_actor uuid := app_current_user();
  v_operator boolean := app_is_operator();
  v_email text;
  v_role text;
  v_company uuid;
  v_ended integer := 0;
  n integer;
begin
  if p_company is null and p_staff is null and p_staff_session is null then
    return 0;
  end if;
  select email into v_email from app_user where id = v_actor;
  for v_company in
    select distinct s.company_id
      from portal_session s
     where s.view_as_by is not null and s.revoked_at is null and s.expires_at > now()
       and (p_company is null or s.company_id = p_company)
       and (p_staff is null or s.view_as_by = p_staff)
       and (p_staff_session is null or s.view_as_session_id = p_staff_session)
  loop
    perform set_config('app.company_id', v_company::text, true);
    v_role := case when v_operator then 'support' end;
    if v_actor is not null and not v_operator then
      select r.name into v_role
        from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
       where m.company_id = v_company and m.user_id = v_actor;
    end if;
    with ended as (
      update portal_session s set revoked_at = now()
       where s.company_id = v_company
         and s.view_as_by is not null and s.revoked_at is null and s.expires_at > now()
         and (p_staff is null or s.view_as_by = p_staff)
         and (p_staff_session is null or s.view_as_session_id = p_staff_session)
         and not app_view_as_grounds(s)
      returning s.*
    )
    insert into audit_event (company_id, user_id, user_email, role_name, channel, action, entity_type, entity_id, before, after, seq, prev_hash, hash)
    select e.company_id, v_actor, v_email, v_role,
           case when v_actor is null then 'system' when v_operator then 'operator' else 'staff' end,
           'view_as_end', 'PortalUser', e.portal_user_id::text, null,
           jsonb_build_object('email', pu.email, 'user', su.email, 'reason', p_cause, 'until', e.expires_at),
           0, '', ''
      from ended e
      left join portal_user pu on pu.company_id = e.company_id and pu.id = e.portal_user_id
      left join app_user su on su.id = e.view_as_by;
    get diagnostics n = row_count;
    v_ended := v_ended + n;
  end loop;
  perform set_config('app.company_id', coalesce(v_scope, ''), true);
  return v_ended;
end $$;
revoke execute on function app_end_view_as(uuid, uuid, uuid, text) from public;

-- The trigger on each row the grounds are read from: the view-as sessions resting on the row (as it was)
-- re-checked. BEFORE (staff session, support grant: what had run out stays out) and AFTER the change.
create function app_view_as_grounds_changed() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  case TG_TABLE_NAME
    when 'app_user' then perform app_end_view_as(null, old.id, null, 'user');
    when 'membership' then perform app_end_view_as(old.company_id, old.user_id, null, 'membership');
    when 'role' then perform app_end_view_as(old.company_id, null, null, 'role');
    when 'user_session' then perform app_end_view_as(null, null, old.id, 'staff_session');
    when 'support_grant' then perform app_end_view_as(old.company_id, null, null, 'support_grant');
  end case;
  if TG_OP = 'DELETE' then
    return old;
  end if;
  return new;
end $$;

create trigger app_user_ends_view_as after update of disabled, is_operator on app_user for each row
  when (old.disabled is distinct from new.disabled or old.is_operator is distinct from new.is_operator)
  execute function app_view_as_grounds_changed();

create trigger membership_ends_view_as after update of active, role_id, user_id on membership for each row
  when (old.active is distinct from new.active or old.role_id is distinct from new.role_id or old.user_id is distinct from new.user_id)
  execute function app_view_as_grounds_changed();
create trigger membership_removed_ends_view_as after delete on membership for each row
  execute function app_view_as_grounds_changed();

create trigger role_ends_view_as after update of rights on role for each row
  when (old.rights is distinct from new.rights)
  execute function app_view_as_grounds_changed();

create trigger user_session_ended_view_as before update of revoked_at, expires_at, support_grant_id, user_id on user_session for each row
  when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at
        or old.support_grant_id is distinct from new.support_grant_id or old.user_id is distinct from new.user_id)
  execute function app_view_as_grounds_changed();
create trigger user_session_ends_view_as after update of revoked_at, expires_at, support_grant_id, user_id on user_session for each row
  when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at
        or old.support_grant_id is distinct from new.support_grant_id or old.user_id is distinct from new.user_id)
  execute function app_view_as_grounds_changed();

create trigger support_grant_ended_view_as before update of revoked_at, expires_at, rights on support_grant for each row
  when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at or old.rights is distinct from new.rights)
  execute function app_view_as_grounds_changed();
create trigger support_grant_ends_view_as after update of revoked_at, expires_at, rights on support_grant for each row
  when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at or old.rights is distinct from new.rights)
  execute function app_view_as_grounds_changed();
create trigger support_grant_removed_ends_view_as after delete on support_grant for each row
  execute function app_view_as_grounds_changed();
