import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { formatCents } from '../modules/policies/money.js';
import { dbCents } from '../modules/ledger/ledger-sql.js';
import { type OpenReceiptHead, oldestOpenReceiptPerClient } from '../modules/payments/client-account.service.js';
import { matchPayment } from '../modules/payments/matching.service.js';
import { recordPayment } from '../modules/payments/payment.service.js';
import { createRemittance } from '../modules/payments/remittance.service.js';
import { PaymentMethod } from '../modules/payments/payments.types.js';


/**
 * Payments' demo data (issue #13 §6), consistent with the demo receipts, dated today (the previous month
 * is closed by the billing seeder): for three clients with open receipts — one paid in full by bank
 * transfer, one paid partially in cash, one over-paid (the rest stays the client's credit) — and one
 * remittance to the insurer of the fully paid receipts. Every step posts balanced entries through the
 * services; matching moves no money.
 */
export async function seedPayments(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await seedCompany(ctx);
    }
    await ctx.applyScope(undefined);
  });
}

async function seedCompany(ctx: RequestContext): Promise<void> {
  const today = await companyToday(ctx);
  const picked = await oldestOpenReceiptPerClient(ctx, 3);
  if (picked.length < 3) return;
  const [full, partial, over] = picked;
  const pay = async (r: OpenReceiptHead, method: PaymentMethod, amount: bigint, allocate: bigint) => {
    const id = await recordPayment(ctx, { clientId: r.client_id, method, paymentDate: today, amount: formatCents(amount), reference: `Q ${r.number}` });
    await matchPayment(ctx, id, [{ receiptId: r.receipt_id, amount: formatCents(allocate) }]);
  };
  const open = (r: OpenReceiptHead) => dbCents(r.open_amount);
  await pay(full, PaymentMethod.BANK_TRANSFER, open(full), open(full));
  await pay(partial, PaymentMethod.CASH, open(partial) / 2n, open(partial) / 2n);
  await pay(over, PaymentMethod.BANK_TRANSFER, open(over) + 5000n, open(over));
  await createRemittance(ctx, { insurerId: full.insurer_id, periodFrom: `${today.slice(0, 7)}-01`, periodTo: today, remitDate: today });
}
