-- One statement per request to resolve who is acting and where (the request pipeline's hot path).
-- Both functions run with the caller's rights (agency_app, under row-level security): they read
-- nothing the run-time role could not read by itself, they only save round trips.

-- Sets the transaction-local scope (company, user, operator flag) and returns what the user may do
-- in that company: through an active membership (staff), or for the platform operator through the
-- session's open support grant. With neither, the company part of the scope is cleared (fail closed)
-- and no row is returned.
create function app_enter_company(p_company uuid, p_user uuid, p_operator boolean, p_grant uuid)
  returns table (rights text[], role_name text, channel text)
  language plpgsql volatile as $$
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
    return query
      select g.rights, 'support'::text, 'operator'::text
        from support_grant g
       where g.company_id = p_company and g.id = p_grant and g.revoked_at is null and g.expires_at > now();
    if found then return; end if;
  end if;
  perform set_config('app.company_id', '', true);
end $$;

-- Resolves a session token's hash: the session and its user (as rows, for the ORM to map), the
-- scope set by app_enter_company, and last_seen_at touched when older than p_touch_after. Returns
-- null, with an empty scope, for an unknown, revoked or expired session or a disabled user.
create function app_open_request(p_token_hash text, p_touch_after interval)
  returns jsonb
  language plpgsql volatile as $$
declare
  s user_session;
  u app_user;
  sc record;
begin
  select * into s from user_session where token_hash = p_token_hash;
  if found and s.revoked_at is null and s.expires_at > now() then
    select * into u from app_user where id = s.user_id and not disabled;
  end if;
  if u.id is null then
    perform app_enter_company(null, null, false, null);
    return null;
  end if;
  if s.last_seen_at < now() - p_touch_after then
    update user_session set last_seen_at = now() where id = s.id returning * into s;
  end if;
  if s.stage <> 'active' then
    perform app_enter_company(null, u.id, u.is_operator, null);
    return jsonb_build_object('session', to_jsonb(s), 'user', to_jsonb(u));
  end if;
  select * into sc from app_enter_company(s.active_company_id, u.id, u.is_operator, s.support_grant_id) limit 1;
  return jsonb_build_object(
    'session', to_jsonb(s),
    'user', to_jsonb(u),
    'company_id', case when sc.channel is null then null else s.active_company_id end,
    'rights', coalesce(to_jsonb(sc.rights), '[]'::jsonb),
    'role_name', sc.role_name,
    'channel', coalesce(sc.channel, 'staff'));
end $$;
