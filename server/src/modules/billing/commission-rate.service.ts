import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { parseRate } from '../policies/money.js';
import { UUID, money, notFoundFields } from '../ledger/ledger-sql.js';
import type { FieldIssue } from '@agency/shared';

/**
 * Commission rates per insurer and line of business (right billing:edit): a percent of the net premium
 * the agency retains; receipts issued afterwards post it as commission income (issued receipts keep
 * the rate they were issued with).
 */
export interface CommissionRateRow {
  insurerId: string;
  lineId: string;
  rate: string;
}

export async function setCommissionRate(ctx: RequestContext, insurerId: string, lineId: string, rate: string): Promise<CommissionRateRow> {
  const companyId = ctx.requireCompany();
  const [refs] = await ctx.em.execute<Array<{ insurer: boolean; line: boolean }>>(
    `select exists (select 1 from insurer where company_id = ? and id = ?::uuid) as insurer, exists (select 1 from line_of_business where company_id = ? and id = ?::uuid) as line`,
    [companyId, UUID.test(insurerId) ? insurerId : null, companyId, UUID.test(lineId) ? lineId : null],
  );
  const missing: FieldIssue[] = [];
  if (!refs?.insurer) missing.push({ field: 'insurerId', reason: 'not_found', message: 'No such insurer in this company.' });
  if (!refs?.line) missing.push({ field: 'lineId', reason: 'not_found', message: 'No such line of business in this company.' });
  if (missing.length) throw notFoundFields(missing);
  const r = parseRate(rate ?? '');
  if (r === null) throw badInput([{ field: 'rate', reason: 'not_a_rate', message: 'A percentage from 0 to 100 with at most two decimals.' }]);
  const [row] = await ctx.em.execute<Array<{ rate: string }>>(
    `insert into billing_commission_rate (company_id, insurer_id, line_id, rate) values (?, ?, ?, ?::numeric / 100)
     on conflict (company_id, insurer_id, line_id) do update set rate = excluded.rate returning rate`,
    [companyId, insurerId, lineId, r.toString()],
  );
  return { insurerId, lineId, rate: money(row.rate) };
}
