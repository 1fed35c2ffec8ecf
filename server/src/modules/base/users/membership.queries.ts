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
