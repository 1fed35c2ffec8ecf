import type { RequestContext } from '../../core/context.js';
import { badInput, conflict } from '../../core/errors.js';
import { getMandate } from './mandate.service.js';
import { auditMandate } from './mandate-audit.js';
import { MandateEndedBy, type SepaMandate } from './banking.types.js';

/**
 * The last collection of a recurring mandate (FNAL). The creditor or the debtor ends the mandate: it is
 * marked, the next run collects it once with sequence type FNAL (`selectBatch`) and the mandate is then
 * ended — no run selects it again. Right billing:edit. Until that collection the mark may be taken back
 * (`by` null). Amendments not yet reported travel with the FNAL collection as with any other.
 *
 * Refused: another company's mandate (NOT_FOUND); a revoked or ended mandate (CONFLICT, `status`); a
 * one-off mandate (BAD_USER_INPUT `by`, one_off: its one collection is OOFF); a mandate never collected
 * (`by`, never_collected: a series that never started has no last collection — revoke it instead).
 */
export async function setLastCollection(ctx: RequestContext, id: string, by: MandateEndedBy | null | undefined): Promise<SepaMandate> {
  const m = await getMandate(ctx, id);
  if (m.status !== 'active') throw conflict(`A mandate that is ${m.status} has no further collection.`, { status: m.status });
  const companyId = ctx.requireCompany();
  if (by == null) {
    await ctx.em.execute(`update sepa_mandate set last_collection_by = null, last_collection_marked_at = null where company_id = ? and id = ?`, [companyId, m.id]);
    if (m.lastCollectionBy) await auditMandate(ctx, 'update', m, { lastCollectionBy: m.lastCollectionBy }, { lastCollectionBy: null });
    return getMandate(ctx, m.id);
  }
  if (!Object.values(MandateEndedBy).includes(by)) throw badInput([{ field: 'by', reason: 'invalid', message: 'CREDITOR or DEBTOR.' }]);
  if (m.recurrence === 'OOFF') throw badInput([{ field: 'by', reason: 'one_off', message: 'A one-off mandate is collected once (OOFF): it has no last collection of a series.' }]);
  const [presented] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from bank_run_item where company_id = ? and mandate_id = ? and status = 'presented'`, [companyId, m.id]);
  if (Number(presented.n) === 0) {
    throw badInput([{ field: 'by', reason: 'never_collected', message: 'This mandate has never been collected: a series that never started has no last collection — revoke the mandate instead.' }]);
  }
  await ctx.em.execute(`update sepa_mandate set last_collection_by = ?, last_collection_marked_at = now() where company_id = ? and id = ?`, [by, companyId, m.id]);
  if (m.lastCollectionBy !== by) await auditMandate(ctx, 'update', m, { lastCollectionBy: m.lastCollectionBy }, { lastCollectionBy: by });
  return getMandate(ctx, m.id);
}
