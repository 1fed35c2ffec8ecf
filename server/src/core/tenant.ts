import { Filter, ManyToOne, type Ref } from '@mikro-orm/core';
import { Company } from '../modules/base/companies/company.entity.js';

export const TENANT_FILTER = 'tenant';

/**
 * The filter condition of every tenant-owned entity. A missing company is an error, never an
 * unfiltered query: `{ company: undefined }` would silently drop out of the WHERE clause.
 */
export function tenantCondition(args: { companyId?: string } | undefined): { company: string } {
  if (!args?.companyId) throw new Error('Tenant scope missing: no active company for this query');
  return { company: args.companyId };
}

/** Class decorator for tenant-owned entities: scoped by the tenant filter, checked by the metadata test. */
export function Tenant(): ClassDecorator {
  return Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true }) as ClassDecorator;
}

/** Base class of every tenant-owned entity: `company_id NOT NULL`. */
export abstract class TenantEntity {
  @ManyToOne(() => Company, { ref: true, fieldName: 'company_id', deleteRule: 'no action', updateRule: 'no action' })
  company!: Ref<Company>;
}
