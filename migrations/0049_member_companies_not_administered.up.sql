-- A person's second factor is one for every company they work for: an administrator of one company who
-- resets it (resetUserTotp) changes how the person signs in to the others too. The application lets the
-- administrator do it only when they administer every company the person is authorized for; this
-- function tells how many they do not.
--
-- It runs with the caller's rights (agency_app, under row-level security), as app_locate_client (0011)
-- does: the person's memberships in other companies are visible only to the person (policy
-- own_memberships), so for the one statement that lists them the user scope is set to the person, and
-- set back before anything else is read. It answers only for a membership of the active company, asked
-- by a signed-in administrator of that company (an active membership whose role holds base:edit); for
-- anything else it returns null. It tells a count, never which companies.
create function app_member_companies_not_administered(p_membership uuid) returns integer
  language plpgsql volatile as $$
declare
  v_user uuid := app_current_user();
  v_company uuid := app_current_company();
  v_member uuid;
  v_companies uuid[];
begin
  if v_user is null or v_company is null or p_membership is null then
    return null;
  end if;
  if not exists (select 1 from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
                  where m.company_id = v_company and m.user_id = v_user and m.active and 'base:edit' = any(r.rights)) then
    return null;
  end if;
  select m.user_id into v_member from membership m where m.company_id = v_company and m.id = p_membership;
  if v_member is null then
    return null;
  end if;
  perform set_config('app.user_id', v_member::text, true);
  select coalesce(array_agg(m.company_id), '{}') into v_companies from membership m where m.user_id = v_member and m.active;
  perform set_config('app.user_id', v_user::text, true);
  return (select count(*)::int from unnest(v_companies) as c(id)
           where not exists (select 1 from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
                              where m.company_id = c.id and m.user_id = v_user and m.active and 'base:edit' = any(r.rights)));
end $$;
