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
