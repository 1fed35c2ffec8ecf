-- Back to migration 0021's app_open_portal_request (a view-as session checked only when opened), and
-- no record of the staff session that opened a view-as session.
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
  if s.last_seen_at < now() - p_touch_after then
    update portal_session set last_seen_at = now() where id = s.id returning * into s;
  end if;
  return jsonb_build_object('session', to_jsonb(s), 'user', to_jsonb(u));
end $$;

alter table portal_session drop column if exists view_as_session_id;
