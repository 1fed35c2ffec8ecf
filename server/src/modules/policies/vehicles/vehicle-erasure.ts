import type { RequestContext } from '../../../core/context.js';

/**
 * GDPR erasure of a client's vehicles (the clients module's `erase` hook, registered in
 * vehicle-client.extensions.ts): vehicles no policy covers are deleted (plate and VIN identify the
 * person); a vehicle a policy covers is part of a contract the law keeps and stays with the policy.
 * Raw SQL (listed in core/tenant-bypass.ts; row-level security applies), so the ORM's audit subscriber
 * does not copy the erased plates into the trail; the erasure's own audit row counts what was removed.
 * The search trigger removes their plate terms.
 */
export async function eraseVehicles(ctx: RequestContext, clientId: string): Promise<Record<string, number>> {
  const companyId = ctx.requireCompany();
  const res = await ctx.em.getConnection().execute(
    `delete from vehicle v
      where v.company_id = ? and v.client_id = ?
        and not exists (select 1 from vehicle_policy vp where vp.company_id = v.company_id and vp.vehicle_id = v.id)`,
    [companyId, clientId],
    'run',
    ctx.em.getTransactionContext(),
  );
  return { vehicles: (res as { affectedRows?: number }).affectedRows ?? 0 };
}
