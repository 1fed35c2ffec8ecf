-- The company's calendar. "Today" for an agency is its own day, not the server's UTC one: between
-- midnight and 1–2 a.m. in Rome the UTC date is still yesterday, so a payment recorded then would be
-- dated the day before (into a closed month on the 1st), a policy ending "today" would show as ended
-- and a renewal list would start a day late. The company's time zone follows its country, as the
-- consent stamps already do (consent_time_zone, 0017); app_company_today() is the active company's
-- date for SQL (call it as `(select app_company_today())`: computed once per statement, not per row),
-- and the request's opening statement also answers the zone, so the server knows the
-- company's date without a statement of its own (core/company-calendar.ts).

create function app_time_zone_of(p_country text) returns text
  language sql immutable parallel safe as $$ select consent_time_zone(p_country) $$;

create function app_company_time_zone() returns text
  language sql stable as $$
  select coalesce((select app_time_zone_of(c.country) from company c where c.id = app_current_company()), 'UTC') $$;

create function app_company_today() returns date
  language sql stable as $$ select (now() at time zone app_company_time_zone())::date $$;

-- As in 0016, plus company_time_zone (one read of the company for both).
create or replace function app_open_request(p_token_hash text, p_touch_after interval)
  returns jsonb
  language plpgsql volatile as $$
declare
  s user_session;
  u app_user;
  sc record;
  co_locale text;
  co_zone text;
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
  if sc.channel is not null then
    select c.locale, app_time_zone_of(c.country) into co_locale, co_zone from company c where c.id = s.active_company_id;
  end if;
  return jsonb_build_object(
    'session', to_jsonb(s),
    'user', to_jsonb(u),
    'company_id', case when sc.channel is null then null else s.active_company_id end,
    'rights', coalesce(to_jsonb(sc.rights), '[]'::jsonb),
    'role_name', sc.role_name,
    'channel', coalesce(sc.channel, 'staff'),
    'company_locale', co_locale,
    'company_time_zone', co_zone);
end $$;
