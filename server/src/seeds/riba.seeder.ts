import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { saveRibaSettings, setRibaDebtor } from '../modules/banking/riba-settings.service.js';
import { runRibaJob, startRibaRun } from '../modules/banking/riba-run.service.js';
import { presentRibaRun, setRibaOutcome } from '../modules/banking/riba-states.service.js';
import { RibaOutcome } from '../modules/banking/riba.types.js';

/**
 * RiBa's demo data (issue #14 §6), ROSSI only (an Italian agency): the SIA code, the credited account
 * and an unpaid fee; two clients with due open receipts and an Italian bank account (no SEPA mandate)
 * who pay by RiBa; one RiBa run (its CBI file written and checked), sent to the bank, with the first
 * receipt unpaid (insoluto: open again, on the unpaid tile) and the others paid. Everything through the services.
 */
export async function seedRiba(orm: MikroORM, config: Config): Promise<void> {
  const started = await withSystemContext(orm, config, async (ctx) => {
    const company = await ctx.em.findOne(Company, { code: 'ROSSI' });
    if (!company) return null;
    await ctx.applyScope(company.id);
    // the agency's own day: the unpaid tile counts the unpaid RiBa in the company's month
    const today = await companyToday(ctx);
    await saveRibaSettings(ctx, { siaCode: 'R0SS1', iban: 'IT60X0542811101000000123456', street: 'Via Roma 1', town: '20121 Milano MI', taxId: '12345678901', unpaidFee: '5.00' });
    const clients = await ctx.em.execute<Array<{ client_id: string; bank_account_id: string }>>(
      `select distinct on (o.client_id) o.client_id, b.id as bank_account_id
         from receipt_open_item o join client_bank_account b on b.company_id = o.company_id and b.client_id = o.client_id
        where o.company_id = ? and o.open_amount > 0 and not o.credited and o.due_date <= ?::date and b.iban like 'IT%'
          and not exists (select 1 from sepa_mandate m where m.company_id = o.company_id and m.client_id = o.client_id)
          and not exists (select 1 from bank_run_item p where p.company_id = o.company_id and p.receipt_id = o.receipt_id)
        order by o.client_id, b.preferred desc, b.position limit 2`,
      [company.id, today],
    );
    if (!clients.length) return null;
    for (const c of clients) await setRibaDebtor(ctx, c.client_id, c.bank_account_id);
    const run = await startRibaRun(ctx, { dueTo: today });
    return { companyId: company.id, runId: run.id, today };
  });
  if (!started) return;
  await runRibaJob(orm, config, started.companyId, started.runId);
  const { today } = started;
  await withSystemContext(orm, config, async (ctx) => {
    await ctx.applyScope(started.companyId);
    const run = await presentRibaRun(ctx, started.runId, today);
    const items = await ctx.em.execute<Array<{ id: string }>>(`select id from riba_item where company_id = ? and run_id = ? order by progressive`, [started.companyId, run.id]);
    if (items[0]) await setRibaOutcome(ctx, [items[0].id], RibaOutcome.UNPAID, today);
    if (items.length > 1) await setRibaOutcome(ctx, items.slice(1).map((i) => i.id), RibaOutcome.PAID, today);
    await ctx.applyScope(undefined);
  });
}
