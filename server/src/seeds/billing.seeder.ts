import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Insurer } from '../modules/policies/insurer.entity.js';
import { LineOfBusiness } from '../modules/policies/line-of-business.entity.js';
import { PolicyInstallment } from '../modules/policies/installment.entity.js';
import { setCommissionRate } from '../modules/billing/commission-rate.service.js';
import { issueCreditNote, issueReceipts } from '../modules/billing/billing-issue.service.js';
import { listDocuments } from '../modules/billing/billing-queries.service.js';
import { PremiumDocumentKind } from '../modules/billing/billing.types.js';
import { closePeriod } from '../modules/ledger/posting.service.js';

/**
 * Billing's demo data, consistent with the demo policies: commission rates for every insurer and
 * line (motor liability 7 %, life 3 %, the rest 12 %); the receipts of every installment already due
 * (month by month, issued on the first day of the due month, so numbers follow the dates); one credit
 * note cancelling the latest receipt; and the previous month closed. Every receipt posts its balanced
 * entry (billing_issue_receipts). Deterministic for a given day.
 */
const RATES: Record<string, string> = { motor_liability: '7', life: '3' };
const CREDIT_REASON: Record<string, string> = { IT: 'Quietanza emessa per errore: polizza sostituita', NL: 'Kwitantie ten onrechte opgemaakt: polis vervangen' };

export async function seedBilling(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await seedCompany(ctx, company);
    }
    await ctx.applyScope(undefined);
  });
}

const monthEnd = (first: string) => {
  const d = new Date(`${first}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
};

async function seedCompany(ctx: RequestContext, company: Company): Promise<void> {
  const insurers = await ctx.em.find(Insurer, {}, { orderBy: { code: 'asc' } });
  const lines = await ctx.em.find(LineOfBusiness, {}, { orderBy: { code: 'asc' } });
  for (const insurer of insurers) for (const line of lines) await setCommissionRate(ctx, insurer.id, line.id, RATES[line.code] ?? '12');
  // the agency's own day (its time zone), as the platform counts due receipts and closed months
  const today = await companyToday(ctx);
  const due = await ctx.em.find(PolicyInstallment, { dueDate: { $lte: today } }, { fields: ['dueDate'] });
  const months = [...new Set(due.map((i) => `${String(i.dueDate).slice(0, 7)}-01`))].sort();
  // each month's receipts dated its first day, for the installments due in it by today (not those due later this month)
  for (const month of months) {
    const end = monthEnd(month);
    await issueReceipts(ctx, { ids: null, dueFrom: month, dueTo: end < today ? end : today, limit: 1_000_000, issueDate: month, runId: null });
  }
  const latest = (await listDocuments(ctx, { kind: PremiumDocumentKind.RECEIPT }, 1, 0)).items[0];
  if (latest) await issueCreditNote(ctx, latest.id, CREDIT_REASON[company.country] ?? 'Receipt issued by mistake: policy replaced', today);
  const previous = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  previous.setUTCMonth(previous.getUTCMonth() - 1);
  await closePeriod(ctx, previous.toISOString().slice(0, 7));
}
