import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '../../../core/tenant.js';
import { Membership } from './membership.entity.js';

/**
 * A user's memberships in every company. One of the few reads that cross companies (listed in
 * core/tenant-bypass.ts): the ORM filter is off, and the database's `own_memberships` and
 * `own_roles` policies only return rows of the signed-in user (app.user_id).
 */
export function membershipsOfUser(em: EntityManager, userId: string): Promise<Membership[]> {
  return em.find(
    Membership,
    { user: userId, active: true },
    { filters: { [TENANT_FILTER]: false }, populate: ['role', 'company'], orderBy: { createdAt: 'asc' } },
  );
}

/**
 * How many companies the person of this membership (one of the active company's) is authorized for
 * (active membership) that the signed-in user does not administer (no active membership there whose
 * role holds base:edit): `app_member_companies_not_administered`, migration 0049, under row-level
 * security. Null when the membership is not the active company's or the user does not administer it.
 */
export async function companiesNotAdministered(em: EntityManager, membershipId: string): Promise<number | null> {
  const [row] = await em.execute<Array<{ n: number | null }>>('select app_member_companies_not_administered(?) as n', [membershipId]);
  return row?.n ?? null;
}

/**
 * Serializes the changes of who holds which rights in the active company (role rights, a membership's
 * role or state) until the transaction ends: two administrators demoting each other at the same time
 * cannot both pass the check that someone keeps every right (`rightsHeldInCompany`).
 */
export async function lockAccessChanges(em: EntityManager, companyId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('access:' || ?::text))`, [companyId]);
}

/**
 * The rights held in the active company through its active memberships (each right once), as the
 * transaction sees them now (after a flush: with the request's own changes). Row-level security and
 * the company in the WHERE keep it to the company.
 */
export async function rightsHeldInCompany(em: EntityManager, companyId: string): Promise<Set<string>> {
  const rows = await em.execute<Array<{ right: string }>>(
    `select distinct x as right
       from membership m join role r on r.company_id = m.company_id and r.id = m.role_id
       cross join lateral unnest(r.rights) as x
      where m.company_id = ? and m.active`,
    [companyId],
  );
  return new Set(rows.map((r) => r.right));
}
