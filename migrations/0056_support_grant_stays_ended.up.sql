-- A support grant whose administrator lost their authority stays ended (BASE-6), whatever changed it.
--
-- Migration 0051 bounded a grant by its administrator's authority on every request of the operator
-- (app_support_grant_rights in app_enter_company), and the application ended the grant at the change of
-- access it made (support.service endGrantsBeyondGrantors). A change made outside the application — an
-- account disabled, a membership deactivated or given another role, a role's rights changed, by a direct
-- SQL update — only stopped the grant while it lasted: enabled again, the administrator's grant worked
-- again, and the operator's company list and app_locate_client kept offering it meanwhile.
--
-- Now the database does what endGrantsBeyondGrantors does, at the change itself and in its transaction:
-- every change of a row the grantor's authority is read from (app_user.disabled; membership.active /
-- role_id / user_id / company_id, or the membership removed; role.rights) re-checks the open grants
-- resting on it, and
--   - ends each one whose administrator may no longer grant (revoked_at, revoked_by the transaction's
--     user, revoked_reason 'grantor_lost_authority'), the operator's sessions under it losing the
--     company (user_session.support_grant_id, active_company_id), for good: restoring the account, the
--     membership or the rights afterwards revives nothing;
--   - narrows the rights of one whose administrator lost some of them to those they still hold;
-- each audited as an 'update' of the SupportGrant (before / after as the application writes them), by
-- the transaction's user (app.user_id, their role in the company; none: channel 'system').
--
-- The grants open now whose administrator already may not grant are ended by this migration the same
-- way (audited as the system).
--
-- And a grant is offered only where it would let the operator in: app_locate_client (0011) and the
-- operator's company list (app_operator_grants, support.service openSupportGrants) count a grant only
-- when app_support_grant_rights gives something, read in the grant's company — as app_enter_company does.
--
-- The ending runs as the owner (SECURITY DEFINER: an account spans companies): policy grant_ending lets
-- the owner find open grants in every company; the re-check, the ending and the audit row are then made
-- in each grant's company, under its row-level security (app.company_id set for the call and put back).

do $$ begin
  execute format('create policy grant_ending on support_grant for select to %I using (revoked_at is null)', current_user);
end $$;

create index support_grant_open_grantor_idx on support_grant (granted_by_id, expires_at) where revoked_at is null;

-- A grant as the application's audit rows show it (audit.subscriber: its properties, dates as ISO instants).
create function app_support_grant_audit(g support_grant) returns jsonb
  language sql stable as $$
  select jsonb_build_object(
    'id', g.id,
    'reason', g.reason,
    'rights', to_jsonb(g.rights),
    'company', g.company_id,
    'createdAt', to_char(g.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'expiresAt', to_char(g.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'grantedBy', g.granted_by_id,
    'revokedAt', to_char(g.revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'revokedBy', g.revoked_by_id,
    'revokedReason', g.revoked_reason) $$;

-- Ends (or narrows) the open grants (of a company, of a grantor: the filters given) that give more than
-- their administrator still holds, each audited in its company by the transaction's user. Returns how
-- many it changed.
create function app_end_grants_beyond_grantors(p_company uuid, p_grantor uuid)
  returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
  v_scope text := current_setting('app.company_id', true);
  v_actor uuid := app_current_user();
  v_operator boolean := app_is_operator();
  v_email text;
  v_role text;
  v_company uuid;
  v_ended uuid[];
  v_changed integer := 0;
  n integer;
begin
  if p_company is null and p_grantor is null then
    return 0;
  end if;
  select email into v_email from app_user where id = v_actor;
  for v_company in
    select distinct g.company_id
      from support_grant g
     where g.revoked_at is null and g.expires_at > now()
       and (p_company is null or g.company_id = p_company)
       and (p_grantor is null or g.granted_by_id = p_grantor)
  loop
    perform set_config('app.company_id', v_company::text, true);
    v_role := case when v_operator then 'support' end;
    if v_actor is not null and not v_operator then
      select r.name into v_role
        from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
       where m.company_id = v_company and m.user_id = v_actor;
    end if;
    with due as (
      select g.id, g as was, app_support_grant_rights(g) as rights
        from support_grant g
       where g.company_id = v_company and g.revoked_at is null and g.expires_at > now()
         and (p_grantor is null or g.granted_by_id = p_grantor)
         for update of g
    ), changed as (
      update support_grant g
         set rights = coalesce(d.rights, g.rights),
             revoked_at = case when d.rights is null then now() else g.revoked_at end,
             revoked_by_id = case when d.rights is null then v_actor else g.revoked_by_id end,
             revoked_reason = case when d.rights is null then 'grantor_lost_authority' else g.revoked_reason end
        from due d
       where g.id = d.id and d.rights is distinct from g.rights
      returning g.id, g.company_id, d.rights is null as ended, app_support_grant_audit(d.was) as before, app_support_grant_audit(g) as after
    ), logged as (
      insert into audit_event (company_id, user_id, user_email, role_name, channel, action, entity_type, entity_id, before, after, seq, prev_hash, hash)
      select c.company_id, v_actor, v_email, v_role,
             case when v_actor is null then 'system' when v_operator then 'operator' else 'staff' end,
             'update', 'SupportGrant', c.id::text, c.before, c.after, 0, '', ''
        from changed c
      returning 1
    )
    select coalesce(array_agg(c.id) filter (where c.ended), '{}'), count(*) into v_ended, n from changed c;
    v_changed := v_changed + n;
    -- the operator's sessions under an ended grant lose the company at once (as support.service endGrant)
    if cardinality(v_ended) > 0 then
      update user_session set support_grant_id = null, active_company_id = null where support_grant_id = any(v_ended);
    end if;
  end loop;
  perform set_config('app.company_id', coalesce(v_scope, ''), true);
  return v_changed;
end $$;
revoke execute on function app_end_grants_beyond_grantors(uuid, uuid) from public;

-- The trigger on each row a grantor's authority is read from: the grants resting on the row (as it was)
-- re-checked after the change.
create function app_grantor_authority_changed() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  case TG_TABLE_NAME
    when 'app_user' then perform app_end_grants_beyond_grantors(null, old.id);
    when 'membership' then perform app_end_grants_beyond_grantors(old.company_id, old.user_id);
    when 'role' then perform app_end_grants_beyond_grantors(old.company_id, null);
  end case;
  if TG_OP = 'DELETE' then
    return old;
  end if;
  return new;
end $$;

create trigger app_user_ends_support_grants after update of disabled on app_user for each row
  when (old.disabled is distinct from new.disabled)
  execute function app_grantor_authority_changed();

create trigger membership_ends_support_grants after update of active, role_id, user_id, company_id on membership for each row
  when (old.active is distinct from new.active or old.role_id is distinct from new.role_id
        or old.user_id is distinct from new.user_id or old.company_id is distinct from new.company_id)
  execute function app_grantor_authority_changed();
create trigger membership_removed_ends_support_grants after delete on membership for each row
  execute function app_grantor_authority_changed();

create trigger role_ends_support_grants after update of rights on role for each row
  when (old.rights is distinct from new.rights)
  execute function app_grantor_authority_changed();

-- The grants already beyond their administrators, ended now (as the system).
select app_end_grants_beyond_grantors(c.company_id, null)
  from (select distinct company_id from support_grant where revoked_at is null and expires_at > now()) c;

-- As in 0011, but the operator looks into a company only under a grant that would let them in
-- (app_support_grant_rights, read in that company) and gives clients:view.
create or replace function app_locate_client(p_client uuid) returns uuid
  language plpgsql volatile as $$
declare
  v_scope text := current_setting('app.company_id', true);
  v_user uuid := app_current_user();
  v_company uuid;
  v_via_grant boolean;
  v_found uuid;
begin
  if v_user is null or p_client is null then
    return null;
  end if;
  for v_company, v_via_grant in
    select m.company_id, false
      from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
     where m.user_id = v_user and m.active and 'clients:view' = any(r.rights)
    union
    select g.company_id, true
      from support_grant g
     where app_is_operator() and g.revoked_at is null and g.expires_at > now()
  loop
    perform set_config('app.company_id', v_company::text, true);
    if v_via_grant and not exists (select 1 from support_grant g
                                    where g.company_id = v_company and 'clients:view' = any(app_support_grant_rights(g))) then
      continue;
    end if;
    if exists (select 1 from client c where c.id = p_client and c.company_id = v_company) then
      v_found := v_company;
      exit;
    end if;
  end loop;
  perform set_config('app.company_id', coalesce(v_scope, ''), true);
  return v_found;
end $$;

-- The operator's company list: the grants open now in every company that would let the operator in
-- (app_support_grant_rights, read in the grant's company under row-level security), in each company the
-- latest expiry first. Runs with the caller's rights (agency_app, under row-level security: policy
-- operator_open_grants shows the operator the open grants of every company); for anyone but the
-- operator it returns nothing.
create function app_operator_grants()
  returns table (id uuid, company_id uuid, expires_at timestamptz)
  language plpgsql volatile as $$
declare
  v_scope text := current_setting('app.company_id', true);
  v_company uuid;
begin
  if not app_is_operator() then
    return;
  end if;
  for v_company in
    select distinct g.company_id from support_grant g where g.revoked_at is null and g.expires_at > now()
  loop
    perform set_config('app.company_id', v_company::text, true);
    return query
      select g.id, g.company_id, g.expires_at
        from support_grant g
       where g.company_id = v_company and app_support_grant_rights(g) is not null
       order by g.expires_at desc;
  end loop;
  perform set_config('app.company_id', coalesce(v_scope, ''), true);
end $$;
