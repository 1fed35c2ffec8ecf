import { PORTAL_SCOPE_SQL } from './portal-scope.sql.js';

/**
 * The portal's home in one statement (issue #12 "Speed"): the user's grants are resolved once (the
 * scope CTEs of `portal-scope.sql.ts`, the same rule as every portal read) and the four parts — clients,
 * shared contracts, open claims, forms pending a new answer — are read from them as JSON arrays in
 * their display order. Money and dates are read as text (exact decimals, calendar days).
 */
export const PORTAL_HOME_SQL = `
  with ${PORTAL_SCOPE_SQL}
  select
    (select coalesce(json_agg(json_build_object('id', c.id, 'kind', c.kind, 'display_name', c.display_name, 'status', c.status)
                              order by c.display_name, c.id), '[]')
       from my_clients m join client c on c.id = m.client_id, me
      where c.company_id = me.company_id and c.erased_at is null) as clients,
    (select coalesce(json_agg(json_build_object(
              'id', p.id, 'number', p.number, 'status', p.status, 'client_id', p.client_id, 'client_name', cl.display_name,
              'line_code', l.code, 'line_name', l.name, 'insurer_name', i.name,
              'cover_start', p.cover_start::text, 'cover_end', p.cover_end::text,
              'premium_gross', case when v.commercial then p.premium_gross::text end,
              'payment_frequency', case when v.commercial then p.payment_frequency end)
              order by p.cover_end desc, p.number), '[]')
       from (select policy_id, bool_or(commercial_view) as commercial from shared group by policy_id) v
       join policy p on p.id = v.policy_id
       join client cl on cl.company_id = p.company_id and cl.id = p.client_id
       join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
       join insurer i on i.company_id = p.company_id and i.id = p.insurer_id) as contracts,
    (select coalesce(json_agg(json_build_object(
              'id', c.id, 'client_id', c.client_id, 'policy_number', p.number, 'status', c.status, 'loss_date', c.loss_date::text,
              'loss_place', c.loss_place, 'description', c.description, 'reported_at', c.reported_at)
              order by c.reported_at desc), '[]')
       from claim_view v
       join claim c on c.id = v.claim_id
       left join policy p on p.company_id = c.company_id and p.id = c.policy_id
      where c.status in ('reported', 'in_review')) as claims,
    (select coalesce(json_agg(json_build_object(
              'client_id', p.client_id, 'form_id', p.form_id, 'form_code', f.code, 'form_kind', f.kind,
              'answered_version', p.answered_version, 'current_version', p.current_version)
              order by f.code, p.client_id), '[]')
       from consent_pending p join my_clients m on m.client_id = p.client_id
       join consent_form f on f.company_id = p.company_id and f.id = p.form_id, me
      where p.company_id = me.company_id) as pending`;
