/**
 * What a portal user's grants share, as SQL (one rule, used by every portal read): `me` carries the
 * company and the portal user as the statement's first two parameters; `my_grants`, `my_clients`
 * and `shared` (contract × grant) follow from the grants the user is linked to. Row-level security
 * scopes every table to the session's company as well.
 */
export const PORTAL_SCOPE_SQL = `
  me as (select ?::uuid as company_id, ?::uuid as user_id),
  my_grants as (
    select g.* from portal_grant g, me
     where g.company_id = me.company_id
       and exists (select 1 from portal_grant_user gu where gu.company_id = me.company_id and gu.grant_id = g.id and gu.portal_user_id = me.user_id)
  ),
  my_clients as (
    select distinct gc.client_id from portal_grant_client gc join my_grants g on g.id = gc.grant_id, me where gc.company_id = me.company_id
  ),
  shared as (
    select p.id as policy_id, g.id as grant_id, g.include_claims, g.commercial_view
      from my_grants g
      join portal_grant_client gc on gc.company_id = g.company_id and gc.grant_id = g.id
      join policy p on p.company_id = g.company_id and p.client_id = gc.client_id
      join line_of_business l on l.company_id = p.company_id and l.id = p.line_id
     where (g.share_mode = 'by_status' and p.status = any (g.share_statuses) and (g.share_lines is null or l.code = any (g.share_lines)))
        or (g.share_mode = 'picked' and exists (select 1 from portal_grant_policy gp where gp.company_id = g.company_id and gp.grant_id = g.id and gp.policy_id = p.id))
  ),
  claim_view as (
    select distinct c.id as claim_id
      from claim c
      join my_grants g on g.include_claims
      join portal_grant_client gc on gc.company_id = g.company_id and gc.grant_id = g.id and gc.client_id = c.client_id, me
     where c.company_id = me.company_id
       and (c.policy_id is null or exists (select 1 from shared s where s.grant_id = g.id and s.policy_id = c.policy_id))
  )`;
