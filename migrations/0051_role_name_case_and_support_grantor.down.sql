-- Back to 0005's app_enter_company (a grant's rights as stored, whatever became of its grantor), no
-- reason of a grant's end, and the exact-case key of role names (roles renamed by the up migration
-- keep their new names).
create or replace function app_enter_company(p_company uuid, p_user uuid, p_operator boolean, p_grant uuid)
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

drop function app_support_grant_rights(support_grant);
drop function app_support_grantor_rights(uuid, uuid);
alter table support_grant drop constraint support_grant_revoked_reason_check;
alter table support_grant drop column revoked_reason;

drop index role_company_name_lower_key;
alter table role add constraint role_company_id_name_key unique (company_id, name);
