import { type EventSubscriber, type FlushEventArgs, type EntityMetadata, helper } from '@mikro-orm/core';
import { TENANT_FILTER } from './tenant.js';
import { contextFor } from './context.js';
import { forbidden } from './errors.js';

export function isTenantEntity(meta: EntityMetadata): boolean {
  return !!meta.filters?.[TENANT_FILTER];
}

/**
 * Second line of the company scope in the application: every tenant row created, changed or removed
 * in a flush must belong to the request's active company. A flush without one fails closed. The
 * database's row-level security is the third line.
 */
export class TenantGuardSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const tenantChanges = uow.getChangeSets().filter((cs) => isTenantEntity(cs.meta));
    if (!tenantChanges.length) return;
    const companyId = contextFor(em)?.companyId;
    if (!companyId) throw forbidden('No active company: tenant data cannot be written.');
    for (const cs of tenantChanges) {
      const company = (cs.entity as { company?: unknown }).company;
      const id = company ? helper(company as object).getPrimaryKey() : undefined;
      if (id !== companyId) throw forbidden('This record belongs to another company.');
    }
  }
}
