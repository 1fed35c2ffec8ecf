-- "Which of my companies holds this card?" — for a link to a card of another company: the web app
-- offers to switch instead of saying the card does not exist. Runs with the caller's rights (agency_app,
-- under row-level security): it looks, one at a time, only into the companies the user may enter
-- (an active membership whose role views clients; for the platform operator, an open support grant
-- that does) by setting the company scope for that look, and restores the scope before it returns.
-- A user without access to the holding company learns nothing: the answer is null, exactly as for an
-- id that exists nowhere.
create function app_locate_client(p_client uuid) returns uuid
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
