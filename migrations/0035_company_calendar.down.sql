-- back to 0016's app_open_request()
create or replace function app_open_request(p_token_hash text, p_touch_after interval)
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
    'channel', coalesce(sc.channel, 'staff'),
    'company_locale', case when sc.channel is null then null else (select c.locale from company c where c.id = s.active_company_id) end);
end $$;

drop function app_company_today();
drop function app_company_time_zone();
drop function app_time_zone_of(text);
