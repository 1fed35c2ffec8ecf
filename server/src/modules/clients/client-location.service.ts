import type { RequestContext } from '../../core/context.js';
import { Company } from '../base/companies/company.entity.js';

/**
 * Which of the companies the user may enter holds a card (a link from another company's page, CL-1):
 * null when none of them does — the same answer for a card of a company the user cannot enter as for
 * an id that exists nowhere, so nothing leaks. The look is done by `app_locate_client()` (migration
 * 0011) under row-level security, one company of the user's at a time. Raw SQL: listed in core/tenant-bypass.ts.
 */
export async function locateClient(ctx: RequestContext, id: string): Promise<Company | null> {
  ctx.requireUser();
  const [row] = await ctx.em.execute<Array<{ company_id: string | null }>>(`select app_locate_client(?) as company_id`, [id]);
  if (!row?.company_id) return null;
  return ctx.loaders.byId(Company).load(row.company_id);
}
