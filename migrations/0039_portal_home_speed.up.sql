-- Issue #12 "Speed": the client portal's home in one call, with plans kept by the connection.
-- The home's four parts (the user's clients, the contracts its grants share, the open claims of grants
-- that include claims, the consent forms pending a new answer) were one statement of ~50 lines planned
-- again on every request (planning took as long as running it), and its parts joined the company's
-- policies, claims and consent records to the grants' clients instead of looking them up by client.
-- This function resolves the user's grants and their clients once into arrays, then reads each part
-- by those client ids (indexes by company and client); PL/pgSQL keeps its statements' plans per
-- connection. Security invoker: row-level security applies as to any statement of the request. The
-- grant rule is the one of server/src/modules/portal/portal-scope.sql.ts (my_grants, my_clients,
-- shared, claim_view); both are guarded by the same portal tests.
create function app_portal_home(p_company uuid, p_user uuid)
  returns json
  language plpgsql stable as $$
declare
  v_grants uuid[];
  v_clients uuid[];
  r json;
begin
  select coalesce(array_agg(g.id), '{}') into v_grants
    from portal_grant g
   where g.company_id = p_company
     and exists (select 1 from portal_grant_user gu where gu.company_id = p_company and gu.grant_id = g.id and gu.portal_user_id = p_user);
  select coalesce(array_agg(distinct gc.client_id), '{}') into v_clients
    from portal_grant_client gc where gc.company_id = p_company and gc.grant_id = any (v_grants);
  if cardinality(v_clients) = 0 then
    return json_build_object('clients', '[]'::json, 'contracts', '[]'::json, 'claims', '[]'::json, 'pending', '[]'::json);
  end if;
  with grants as (
    select g.id, g.include_claims, g.commercial_view, g.share_mode, g.share_statuses, g.share_lines
      from portal_grant g where g.company_id = p_company and g.id = any (v_grants)
  ), shared as (
    select p.id as policy_id, g.id as grant_id, g.commercial_view
      from grants g
      join portal_grant_client gc on gc.company_id = p_company and gc.grant_id = g.id
      join policy p on p.company_id = p_company and p.client_id = gc.client_id
      join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
     where p.client_id = any (v_clients)
       and ((g.share_mode = 'by_status' and p.status = any (g.share_statuses) and (g.share_lines is null or l.code = any (g.share_lines)))
         or (g.share_mode = 'picked' and exists (select 1 from portal_grant_policy gp where gp.company_id = p_company and gp.grant_id = g.id and gp.policy_id = p.id)))
  )
  select json_build_object(
    'clients', (
      select coalesce(json_agg(json_build_object('id', c.id, 'kind', c.kind, 'display_name', c.display_name, 'status', c.status)
                               order by c.display_name, c.id), '[]')
        from client c where c.company_id = p_company and c.id = any (v_clients) and c.erased_at is null),
    'contracts', (
      select coalesce(json_agg(json_build_object(
               'id', p.id, 'number', p.number, 'status', p.status, 'client_id', p.client_id, 'client_name', cl.display_name,
               'line_code', l.code, 'line_name', l.name, 'insurer_name', i.name,
               'cover_start', p.cover_start::text, 'cover_end', p.cover_end::text,
               'premium_gross', case when v.commercial then p.premium_gross::text end,
               'payment_frequency', case when v.commercial then p.payment_frequency end)
               order by p.cover_end desc, p.number), '[]')
        from (select policy_id, bool_or(commercial_view) as commercial from shared group by policy_id) v
        join policy p on p.company_id = p_company and p.id = v.policy_id
        join client cl on cl.company_id = p.company_id and cl.id = p.client_id
        join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
        join insurer i on i.company_id = p.company_id and i.id = p.insurer_id),
    'claims', (
      select coalesce(json_agg(json_build_object(
               'id', c.id, 'client_id', c.client_id, 'policy_number', p.number, 'status', c.status, 'loss_date', c.loss_date::text,
               'loss_place', c.loss_place, 'description', c.description, 'reported_at', c.reported_at)
               order by c.reported_at desc), '[]')
        from claim c
        left join policy p on p.company_id = c.company_id and p.id = c.policy_id
       where c.company_id = p_company and c.client_id = any (v_clients) and c.status in ('reported', 'in_review')
         and exists (
           select 1 from grants g join portal_grant_client gc on gc.company_id = p_company and gc.grant_id = g.id
            where g.include_claims and gc.client_id = c.client_id
              and (c.policy_id is null or exists (select 1 from shared s where s.grant_id = g.id and s.policy_id = c.policy_id)))),
    'pending', (
      select coalesce(json_agg(json_build_object(
               'client_id', p.client_id, 'form_id', p.form_id, 'form_code', f.code, 'form_kind', f.kind,
               'answered_version', p.answered_version, 'current_version', p.current_version, 'title', cv.title)
               order by f.code, p.client_id), '[]')
        from consent_pending p
        join consent_form f on f.company_id = p.company_id and f.id = p.form_id
        join consent_form_version cv on cv.company_id = p.company_id and cv.form_id = p.form_id and cv.version = p.current_version
       where p.company_id = p_company and p.client_id = any (v_clients))
  ) into r;
  return r;
end $$;
